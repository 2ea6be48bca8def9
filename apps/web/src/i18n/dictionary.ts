import type {
  AppointmentKind,
  BusinessStatus,
  Channel,
  ConsentMethod,
  ContactChannel,
  DataCategory,
  FailReasonCode,
  ReferralStatus,
  RejectReasonCode,
  Urgency,
} from '../gql/graphql';
import type { PersonalDataKind } from '@domain/privacy/personal-data-detector.js';
import { type DeskFlowTexts, enDeskFlow, nlDeskFlow } from './desk-flow';
import { formatDuration } from '../shared/format';

/** Every text on screen. Dutch is the source at B1 level; English mirrors its shape so a gap will not compile. */
export interface Dictionary extends DeskFlowTexts {
  appName: string;
  skipToContent: string;
  language: { switchTo: string };
  signOut: string;
  signedInAs: (name: string) => string;
  error: { generic: string; network: string; unauthenticated: string; conflict: string; badInput: string; notFound: string };
  signIn: {
    title: string;
    intro: string;
    username: string;
    password: string;
    submit: string;
    busy: string;
    failed: string;
    noPage: string;
  };
  status: Record<ReferralStatus, string>;
  urgency: Record<Urgency, string>;
  urgencyHint: Record<Urgency, string>;
  channel: Record<Channel, string>;
  consentMethod: Record<ConsentMethod, string>;
  dataCategory: Record<DataCategory, string>;
  /** Beside a free-text field that carries personal data the citizen did not agree to share. */
  personalData: {
    kind: Record<PersonalDataKind, string>;
    notConsented: (what: string, agency: string) => string;
    never: (what: string) => string;
    thisAgency: string;
    list: (items: readonly string[]) => string;
  };
  rejectReason: Record<RejectReasonCode, string>;
  failReason: Record<FailReasonCode, string>;
  businessStatus: Record<BusinessStatus, string>;
  desk: {
    title: string;
    newVisit: string;
    newVisitIntro: string;
    channel: string;
    questions: string;
    questionsHint: string;
    citizen: string;
    citizenHint: string;
    name: string;
    phone: string;
    email: string;
    bsn: string;
    referral: (n: number) => string;
    agency: string;
    chooseAgency: string;
    topicSearch: string;
    topicSearchHint: string;
    topic: string;
    noTopics: string;
    whatToBring: string;
    urgency: string;
    summary: string;
    summaryHint: string;
    consent: (agency: string) => string;
    consentHint: string;
    consentMethod: string;
    addReferral: string;
    removeReferral: string;
    submit: string;
    busy: string;
    sent: (references: string) => string;
    missing: string;
    invalid: { questions: string; topic: string; summary: string; bsn: string; phone: string; email: string; name: string };
    board: string;
    boardIntro: string;
    boardEmpty: string;
    visitOf: (name: string) => string;
    anonymous: string;
    openedAt: (time: string) => string;
    waiting: string;
    pickedUpAfter: (duration: string) => string;
    notPickedUp: (agency: string) => string;
    notPickedUpAdvice: string;
    notPickedUpLive: string;
    toCallback: string;
    toCallbackFor: (reference: string) => string;
    timeline: string;
    reference: string;
    live: (reference: string, agency: string, status: string) => string;
    send: string;
    withdraw: string;
    withdrawReason: string;
    withdrawConfirm: string;
    cancel: string;
  };
  line: {
    title: (agency: string) => string;
    filters: string;
    statusFilter: string;
    urgencyFilter: string;
    clearFilters: string;
    inbox: string;
    inboxEmpty: string;
    more: string;
    columns: { reference: string; topic: string; urgency: string; status: string; submitted: string; deadline: string };
    open: (reference: string) => string;
    takeNext: string;
    taken: (reference: string) => string;
    nothingWaiting: string;
    overdueFilter: string;
    overdueOnly: string;
    overdueTitle: string;
    reassign: string;
    reassignTo: string;
    detail: string;
    chooseReferral: string;
    question: string;
    noQuestion: string;
    citizen: string;
    noCitizen: string;
    consent: string;
    consentRecorded: (method: string, when: string) => string;
    outcome: string;
    actions: string;
    accept: string;
    reject: string;
    rejectReason: string;
    rejectNote: string;
    fail: string;
    failReason: string;
    failNote: string;
    hold: string;
    holdReason: string;
    resume: string;
    start: string;
    complete: string;
    completeOutcome: string;
    confirm: string;
    cancel: string;
    done: (reference: string, status: string) => string;
    arrived: (reference: string) => string;
    noActions: string;
  };
  escalations: { title: string; intro: string; none: string; arrived: (reference: string) => string };
  reroute: {
    button: string;
    open: (reference: string) => string;
    title: (reference: string) => string;
    intro: (agency: string) => string;
    submit: string;
    sentOnAs: (reference: string) => string;
  };
  schedule: {
    button: string;
    change: string;
    title: (reference: string) => string;
    kind: string;
    kinds: Record<AppointmentKind, string>;
    channel: string;
    channels: Record<ContactChannel, string>;
    startsAt: string;
    windowOpens: string;
    windowCloses: string;
    place: string;
    placeHint: string;
    extraItems: string;
    extraItemsHint: string;
    submit: string;
  };
  summary: { show: string; showFor: (visit: string) => string; print: string; reference: (reference: string) => string };
  timeline: { empty: string };
  duration: (seconds: number) => string;
}


export const nl: Dictionary = {
  ...nlDeskFlow,
  appName: 'Loketlijn',
  skipToContent: 'Ga naar de inhoud',
  language: { switchTo: 'English' },
  signOut: 'Uitloggen',
  signedInAs: (name) => `Ingelogd als ${name}`,
  error: {
    generic: 'Er ging iets mis. Probeer het opnieuw.',
    network: 'Geen verbinding met Loketlijn. Controleer de verbinding en probeer het opnieuw.',
    unauthenticated: 'U bent uitgelogd. Log opnieuw in.',
    conflict: 'Iemand anders heeft dit net veranderd. Bekijk de nieuwe stand.',
    badInput: 'Een gegeven klopt niet. Controleer het formulier.',
    notFound: 'Niet gevonden.',
  },
  signIn: {
    title: 'Inloggen',
    intro: 'Log in met uw account van Loketlijn.',
    username: 'Gebruikersnaam',
    password: 'Wachtwoord',
    submit: 'Inloggen',
    busy: 'Bezig met inloggen…',
    failed: 'Inloggen lukt niet. Controleer uw gebruikersnaam en wachtwoord.',
    noPage: 'Voor uw soort account is er geen scherm.',
  },
  status: {
    DRAFT: 'Concept',
    REQUESTED: 'Verstuurd',
    RECEIVED: 'Ontvangen',
    ACCEPTED: 'Opgepakt',
    IN_PROGRESS: 'In behandeling',
    ON_HOLD: 'Wacht even',
    COMPLETED: 'Afgerond',
    REJECTED: 'Teruggestuurd',
    CANCELLED: 'Ingetrokken',
    FAILED: 'Niet gelukt',
  },
  urgency: { LIVE: 'Nu, burger is aan de balie', CALLBACK: 'Terugbellen', REGULAR: 'Gewoon' },
  urgencyHint: {
    LIVE: 'De lijn moet binnen een paar minuten oppakken.',
    CALLBACK: 'De lijn belt binnen een paar uur terug.',
    REGULAR: 'De lijn pakt het binnen een paar dagen op.',
  },
  channel: { WALK_IN: 'Aan de balie', PHONE: 'Telefoon', ONLINE: 'Online' },
  consentMethod: { VERBAL: 'Mondeling', WRITTEN: 'Op papier', REPRESENTATIVE: 'Via een gemachtigde' },
  dataCategory: { CONTACT_DETAILS: 'Naam en contactgegevens', BSN: 'BSN', QUESTION_TEXT: 'De vraag' },
  personalData: {
    kind: {
      BSN: 'een BSN',
      PHONE: 'een telefoonnummer',
      EMAIL: 'een e-mailadres',
      IBAN: 'een rekeningnummer (IBAN)',
      DATE_OF_BIRTH: 'een geboortedatum',
    },
    notConsented: (what, agency) => `Hier staat ${what}. De burger gaf geen toestemming om dit te delen met ${agency}. Haal het weg, of vraag eerst toestemming.`,
    never: (what) => `Hier staat ${what}. Dat mag niet in deze tekst. Haal het weg.`,
    thisAgency: 'deze organisatie',
    list: (items) => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} en ${items.at(-1)}`),
  },
  rejectReason: {
    NOT_OUR_DOMAIN: 'Hoort niet bij ons',
    INSUFFICIENT_INFORMATION: 'Te weinig informatie',
    CITIZEN_NOT_KNOWN: 'Burger niet bij ons bekend',
    DUPLICATE: 'Staat er al',
    NEEDS_FORMAL_REQUEST: 'Eerst een formele aanvraag nodig',
  },
  failReason: {
    NO_AGENCY_CAN_HELP: 'Wij kunnen niet helpen, en een andere organisatie ook niet',
    CITIZEN_UNREACHABLE: 'Burger niet bereikt',
    UNDELIVERABLE: 'Kwam niet aan bij de organisatie',
  },
  businessStatus: {
    APPOINTMENT_SCHEDULED: 'Afspraak gemaakt',
    CALLBACK_SCHEDULED: 'Terugbelafspraak gemaakt',
    CITIZEN_CONTACTED: 'Contact met burger gehad',
  },
  desk: {
    title: 'Balie',
    newVisit: 'Nieuwe hulpvraag',
    newVisitIntro: 'Vul in wat u weet. Velden met * zijn verplicht.',
    channel: 'Hoe kwam de burger binnen?',
    questions: 'Vragen van de burger *',
    questionsHint: 'Eén vraag per regel.',
    citizen: 'Gegevens van de burger',
    citizenHint: 'Alleen invullen wat nodig is. De organisatie ziet alleen wat de burger goedvindt.',
    name: 'Naam',
    phone: 'Telefoonnummer',
    email: 'E-mailadres',
    bsn: 'BSN',
    referral: (n) => `Doorverwijzing ${n}`,
    agency: 'Organisatie *',
    chooseAgency: 'Kies een organisatie',
    topicSearch: 'Zoek een onderwerp',
    topicSearchHint: 'Typ een woord, bijvoorbeeld "huur" of "WW".',
    topic: 'Onderwerp *',
    noTopics: 'Geen onderwerp gevonden. Probeer een ander woord.',
    whatToBring: 'Wat de burger klaar moet hebben',
    urgency: 'Hoe snel? *',
    summary: 'De vraag voor deze organisatie *',
    summaryHint: 'In een paar zinnen. Een BSN, telefoonnummer of e-mailadres alleen als de burger dat goed vindt.',
    consent: (agency) => `Toestemming: wat mag ${agency} zien?`,
    consentHint: 'Vraag het de burger. Kies alleen wat de burger goedvindt.',
    consentMethod: 'Hoe gaf de burger toestemming? *',
    addReferral: 'Nog een organisatie toevoegen',
    removeReferral: 'Deze doorverwijzing weghalen',
    submit: 'Doorverwijzing versturen',
    busy: 'Bezig met versturen…',
    sent: (references) => `Verstuurd. Referentie: ${references}. U ziet de stand hieronder.`,
    missing: 'Vul de velden met * in.',
    invalid: {
      questions: 'Schrijf minstens één vraag op.',
      topic: 'Kies een onderwerp. Zoek eerst met een woord.',
      summary: 'Schrijf de vraag voor deze organisatie op.',
      bsn: 'Dit BSN klopt niet. Kijk de 9 cijfers na.',
      phone: 'Dit telefoonnummer klopt niet.',
      email: 'Dit e-mailadres klopt niet.',
      name: 'Deze naam klopt niet.',
    },
    board: 'Lopende hulpvragen',
    boardIntro: 'De stand verandert vanzelf. U laat pas los als alles is opgepakt.',
    boardEmpty: 'Er zijn geen lopende hulpvragen.',
    visitOf: (name) => `Hulpvraag van ${name}`,
    anonymous: 'een burger (geen naam)',
    openedAt: (time) => `Geopend om ${time}`,
    waiting: 'Nog niet opgepakt na',
    pickedUpAfter: (duration) => `Opgepakt na ${duration}`,
    notPickedUp: (agency) => `${agency} heeft nog niet opgepakt.`,
    notPickedUpAdvice: 'Bel de lijn, of spreek met de burger af dat de organisatie terugbelt.',
    notPickedUpLive: 'Wil de burger niet langer wachten? Maak er dan een terugbelverzoek van. De organisatie belt de burger dan terug.',
    toCallback: 'Maak er terugbellen van',
    toCallbackFor: (reference) => `Maak er terugbellen van: ${reference}`,
    timeline: 'Verloop',
    reference: 'Referentie',
    live: (reference, agency, status) => `${agency}, ${reference}: ${status}`,
    send: 'Alsnog versturen',
    withdraw: 'Intrekken',
    withdrawReason: 'Waarom trekt u deze doorverwijzing in? *',
    withdrawConfirm: 'Bevestigen: intrekken',
    cancel: 'Annuleren',
  },
  line: {
    title: (agency) => `Lijn ${agency}`,
    filters: 'Filters',
    statusFilter: 'Stand',
    urgencyFilter: 'Hoe snel',
    clearFilters: 'Alle filters weghalen',
    inbox: 'Binnengekomen doorverwijzingen',
    inboxEmpty: 'Geen doorverwijzingen met deze filters.',
    more: 'Er zijn meer doorverwijzingen. Gebruik de filters.',
    columns: { reference: 'Referentie', topic: 'Onderwerp', urgency: 'Hoe snel', status: 'Stand', submitted: 'Verstuurd', deadline: 'Uiterlijk' },
    open: (reference) => `Open ${reference}`,
    takeNext: 'Pak de volgende',
    taken: (reference) => `U heeft ${reference} opgepakt.`,
    nothingWaiting: 'Er is nu niets om op te pakken. Goed gedaan.',
    overdueFilter: 'Te laat',
    overdueOnly: 'Alleen wat nu te laat is',
    overdueTitle: 'Nu te laat',
    reassign: 'Geef aan collega',
    reassignTo: 'Welke collega?',
    detail: 'Doorverwijzing',
    chooseReferral: 'Kies een doorverwijzing uit de lijst.',
    question: 'De vraag',
    noQuestion: 'De burger deelt de vraag niet met u.',
    citizen: 'Burger',
    noCitizen: 'De burger deelt geen gegevens met u.',
    consent: 'Toestemming',
    consentRecorded: (method, when) => `${method}, vastgelegd ${when}`,
    outcome: 'Uitkomst',
    actions: 'Wat doet u?',
    accept: 'Oppakken',
    reject: 'Terugsturen',
    rejectReason: 'Reden *',
    rejectNote: 'Toelichting voor de balie',
    fail: 'Lukt niet',
    failReason: 'Waarom lukt het niet? *',
    failNote: 'Toelichting voor de balie',
    hold: 'Wacht even',
    holdReason: 'Waarop wacht u? *',
    resume: 'Verder gaan',
    start: 'Contact starten',
    complete: 'Afronden',
    completeOutcome: 'Wat is er gedaan? *',
    confirm: 'Bevestigen',
    cancel: 'Annuleren',
    done: (reference, status) => `${reference} is nu: ${status}.`,
    arrived: (reference) => `Nieuwe doorverwijzing: ${reference}.`,
    noActions: 'Deze doorverwijzing is klaar.',
  },
  escalations: {
    title: 'Naar u doorgezet',
    intro: 'Deze doorverwijzingen zijn te laat. De herinnering hielp niet. Kijk wat nodig is. Alles wat nu te laat is, ziet u met het filter Te laat.',
    none: 'Sinds u deze pagina opende, is niets naar u doorgezet.',
    arrived: (reference) => `${reference} is naar u doorgezet: te laat.`,
  },
  reroute: {
    button: 'Stuur door naar een andere organisatie',
    open: (reference) => `Stuur door naar een andere organisatie: ${reference}`,
    title: (reference) => `Doorsturen in plaats van ${reference}`,
    intro: (agency) => `${agency} kan deze vraag niet oppakken. Kies een andere organisatie. Vraag de burger opnieuw om toestemming.`,
    submit: 'Stuur door',
    sentOnAs: (reference) => `Doorgestuurd als ${reference}`,
  },
  schedule: {
    button: 'Maak een afspraak',
    change: 'Verander de afspraak',
    title: (reference) => `Afspraak voor ${reference}`,
    kind: 'Wat voor afspraak?',
    kinds: { APPOINTMENT: 'Afspraak', CALLBACK: 'Terugbellen' },
    channel: 'Hoe?',
    channels: { IN_PERSON: 'Op kantoor', PHONE: 'Telefoon', VIDEO: 'Beeldbellen' },
    startsAt: 'Datum en tijd',
    windowOpens: 'Bellen vanaf',
    windowCloses: 'Bellen tot',
    place: 'Waar?',
    placeHint: 'Adres van het kantoor, of hoe de burger het beeldgesprek start.',
    extraItems: 'Wat moet de burger nog meer meenemen?',
    extraItemsHint: 'Eén ding per regel.',
    submit: 'Leg de afspraak vast',
  },
  summary: {
    show: 'Samenvatting voor de burger',
    showFor: (visit) => `Samenvatting voor de burger: ${visit}`,
    print: 'Druk af',
    reference: (reference) => `Uw nummer: ${reference}`,
  },
  timeline: { empty: 'Nog niets gebeurd.' },
  duration: (seconds) => formatDuration(seconds, 'nl'),
};

export const en: Dictionary = {
  ...enDeskFlow,
  appName: 'Loketlijn',
  skipToContent: 'Skip to content',
  language: { switchTo: 'Nederlands' },
  signOut: 'Sign out',
  signedInAs: (name) => `Signed in as ${name}`,
  error: {
    generic: 'Something went wrong. Please try again.',
    network: 'No connection to Loketlijn. Check the connection and try again.',
    unauthenticated: 'You were signed out. Please sign in again.',
    conflict: 'Someone else just changed this. Look at the new state.',
    badInput: 'Some data is not right. Check the form.',
    notFound: 'Not found.',
  },
  signIn: {
    title: 'Sign in',
    intro: 'Sign in with your Loketlijn account.',
    username: 'Username',
    password: 'Password',
    submit: 'Sign in',
    busy: 'Signing in…',
    failed: 'Could not sign in. Check your username and password.',
    noPage: 'There is no screen for your kind of account.',
  },
  status: {
    DRAFT: 'Draft',
    REQUESTED: 'Sent',
    RECEIVED: 'Received',
    ACCEPTED: 'Picked up',
    IN_PROGRESS: 'In progress',
    ON_HOLD: 'On hold',
    COMPLETED: 'Completed',
    REJECTED: 'Sent back',
    CANCELLED: 'Withdrawn',
    FAILED: 'Failed',
  },
  urgency: { LIVE: 'Now, citizen is at the desk', CALLBACK: 'Call back', REGULAR: 'Regular' },
  urgencyHint: {
    LIVE: 'The line must pick up within minutes.',
    CALLBACK: 'The line calls back within hours.',
    REGULAR: 'The line picks up within days.',
  },
  channel: { WALK_IN: 'At the desk', PHONE: 'Phone', ONLINE: 'Online' },
  consentMethod: { VERBAL: 'Spoken', WRITTEN: 'On paper', REPRESENTATIVE: 'Through a representative' },
  dataCategory: { CONTACT_DETAILS: 'Name and contact details', BSN: 'BSN', QUESTION_TEXT: 'The question' },
  personalData: {
    kind: {
      BSN: 'a BSN',
      PHONE: 'a phone number',
      EMAIL: 'an e-mail address',
      IBAN: 'a bank account number (IBAN)',
      DATE_OF_BIRTH: 'a date of birth',
    },
    notConsented: (what, agency) => `This text contains ${what}. The citizen did not agree to share it with ${agency}. Remove it, or ask for consent first.`,
    never: (what) => `This text contains ${what}. That may not go in this text. Remove it.`,
    thisAgency: 'this agency',
    list: (items) => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`),
  },
  rejectReason: {
    NOT_OUR_DOMAIN: 'Not ours',
    INSUFFICIENT_INFORMATION: 'Not enough information',
    CITIZEN_NOT_KNOWN: 'Citizen not known to us',
    DUPLICATE: 'Duplicate',
    NEEDS_FORMAL_REQUEST: 'Needs a formal request first',
  },
  failReason: {
    NO_AGENCY_CAN_HELP: 'We cannot help, and no other agency can',
    CITIZEN_UNREACHABLE: 'Citizen could not be reached',
    UNDELIVERABLE: 'Never reached the agency',
  },
  businessStatus: {
    APPOINTMENT_SCHEDULED: 'Appointment made',
    CALLBACK_SCHEDULED: 'Callback arranged',
    CITIZEN_CONTACTED: 'Citizen contacted',
  },
  desk: {
    title: 'Desk',
    newVisit: 'New visit',
    newVisitIntro: 'Fill in what you know. Fields with * are required.',
    channel: 'How did the citizen reach us?',
    questions: "Citizen's questions *",
    questionsHint: 'One question per line.',
    citizen: "Citizen's details",
    citizenHint: 'Only what is needed. The agency sees only what the citizen agrees to.',
    name: 'Name',
    phone: 'Phone number',
    email: 'Email address',
    bsn: 'BSN',
    referral: (n) => `Referral ${n}`,
    agency: 'Agency *',
    chooseAgency: 'Choose an agency',
    topicSearch: 'Search a topic',
    topicSearchHint: 'Type a word, for example "rent" or "WW".',
    topic: 'Topic *',
    noTopics: 'No topic found. Try another word.',
    whatToBring: 'What the citizen should have ready',
    urgency: 'How fast? *',
    summary: 'The question for this agency *',
    summaryHint: 'A few sentences. A BSN, phone number or e-mail address only if the citizen agrees.',
    consent: (agency) => `Consent: what may ${agency} see?`,
    consentHint: 'Ask the citizen. Choose only what the citizen agrees to.',
    consentMethod: 'How did the citizen consent? *',
    addReferral: 'Add another agency',
    removeReferral: 'Remove this referral',
    submit: 'Send referral',
    busy: 'Sending…',
    sent: (references) => `Sent. Reference: ${references}. Follow it below.`,
    missing: 'Fill in the fields marked *.',
    invalid: {
      questions: 'Write down at least one question.',
      topic: 'Choose a topic. Search with a word first.',
      summary: 'Write down the question for this agency.',
      bsn: 'This BSN is not right. Check the 9 digits.',
      phone: 'This phone number is not right.',
      email: 'This email address is not right.',
      name: 'This name is not right.',
    },
    board: 'Open visits',
    boardIntro: 'The state updates by itself. Let go only when everything is picked up.',
    boardEmpty: 'There are no open visits.',
    visitOf: (name) => `Visit of ${name}`,
    anonymous: 'a citizen (no name)',
    openedAt: (time) => `Opened at ${time}`,
    waiting: 'Not picked up after',
    pickedUpAfter: (duration) => `Picked up after ${duration}`,
    notPickedUp: (agency) => `${agency} has not picked up yet.`,
    notPickedUpAdvice: 'Call the line, or agree with the citizen that the agency calls back.',
    notPickedUpLive: 'Does the citizen not want to wait any longer? Turn it into a callback; the agency will call the citizen back.',
    toCallback: 'Turn into a callback',
    toCallbackFor: (reference) => `Turn into a callback: ${reference}`,
    timeline: 'History',
    reference: 'Reference',
    live: (reference, agency, status) => `${agency}, ${reference}: ${status}`,
    send: 'Send now',
    withdraw: 'Withdraw',
    withdrawReason: 'Why do you withdraw this referral? *',
    withdrawConfirm: 'Confirm: withdraw',
    cancel: 'Cancel',
  },
  line: {
    title: (agency) => `Line ${agency}`,
    filters: 'Filters',
    statusFilter: 'State',
    urgencyFilter: 'How fast',
    clearFilters: 'Clear all filters',
    inbox: 'Incoming referrals',
    inboxEmpty: 'No referrals match these filters.',
    more: 'There are more referrals. Use the filters.',
    columns: { reference: 'Reference', topic: 'Topic', urgency: 'How fast', status: 'State', submitted: 'Sent', deadline: 'Due' },
    open: (reference) => `Open ${reference}`,
    takeNext: 'Take the next one',
    taken: (reference) => `You picked up ${reference}.`,
    nothingWaiting: 'Nothing is waiting now. Well done.',
    overdueFilter: 'Overdue',
    overdueOnly: 'Only what is overdue now',
    overdueTitle: 'Overdue now',
    reassign: 'Hand to a colleague',
    reassignTo: 'Which colleague?',
    detail: 'Referral',
    chooseReferral: 'Choose a referral from the list.',
    question: 'The question',
    noQuestion: 'The citizen does not share the question with you.',
    citizen: 'Citizen',
    noCitizen: 'The citizen shares no details with you.',
    consent: 'Consent',
    consentRecorded: (method, when) => `${method}, recorded ${when}`,
    outcome: 'Outcome',
    actions: 'What do you do?',
    accept: 'Pick up',
    reject: 'Send back',
    rejectReason: 'Reason *',
    rejectNote: 'Note for the desk',
    fail: 'Cannot be done',
    failReason: 'Why can it not be done? *',
    failNote: 'Note for the desk',
    hold: 'Put on hold',
    holdReason: 'What are you waiting for? *',
    resume: 'Resume',
    start: 'Start contact',
    complete: 'Complete',
    completeOutcome: 'What was done? *',
    confirm: 'Confirm',
    cancel: 'Cancel',
    done: (reference, status) => `${reference} is now: ${status}.`,
    arrived: (reference) => `New referral: ${reference}.`,
    noActions: 'This referral is finished.',
  },
  escalations: {
    title: 'Escalated to you',
    intro: 'These referrals are overdue. The reminder did not help. See what is needed. The Overdue filter shows everything that is overdue now.',
    none: 'Nothing has been escalated to you since you opened this page.',
    arrived: (reference) => `${reference} was escalated to you: overdue.`,
  },
  reroute: {
    button: 'Send on to another agency',
    open: (reference) => `Send on to another agency: ${reference}`,
    title: (reference) => `Send on instead of ${reference}`,
    intro: (agency) => `${agency} cannot take this question. Choose another agency. Ask the citizen for consent again.`,
    submit: 'Send on',
    sentOnAs: (reference) => `Sent on as ${reference}`,
  },
  schedule: {
    button: 'Make an appointment',
    change: 'Change the appointment',
    title: (reference) => `Appointment for ${reference}`,
    kind: 'What kind?',
    kinds: { APPOINTMENT: 'Appointment', CALLBACK: 'Callback' },
    channel: 'How?',
    channels: { IN_PERSON: 'At the office', PHONE: 'Phone', VIDEO: 'Video call' },
    startsAt: 'Date and time',
    windowOpens: 'Call from',
    windowCloses: 'Call until',
    place: 'Where?',
    placeHint: 'The office address, or how the citizen joins the video call.',
    extraItems: 'What else should the citizen bring?',
    extraItemsHint: 'One item per line.',
    submit: 'Save the appointment',
  },
  summary: {
    show: 'Summary for the citizen',
    showFor: (visit) => `Summary for the citizen: ${visit}`,
    print: 'Print',
    reference: (reference) => `Your number: ${reference}`,
  },
  timeline: { empty: 'Nothing happened yet.' },
  duration: (seconds) => formatDuration(seconds, 'en'),
};

export type Language = 'nl' | 'en';
export const DICTIONARIES: Record<Language, Dictionary> = { nl, en };
