import type { LetGoMissing } from '@domain/visit/let-go-gate.js';

/**
 * The desk's texts for letting go, finding a closed visit again, sending a referral back to the same
 * agency and naming the field that is wrong. Part of the Dictionary (dictionary.ts), kept apart so
 * that file stays readable.
 */
export interface DeskFlowTexts {
  letGo: {
    close: string;
    closeFor: (visit: string) => string;
    blocked: string;
    /** One line per organisation: what it still has to do before the desk may let go. */
    missing: Record<`${LetGoMissing}`, (agency: string, reference: string) => string>;
    advice: string;
    ready: string;
    confirm: string;
    confirmYes: string;
    confirmNo: string;
    closed: (visit: string) => string;
  };
  closedVisits: {
    title: string;
    intro: string;
    empty: string;
    search: string;
    searchHint: string;
    searchButton: string;
    notFound: string;
    invalidReference: string;
    closedAt: (time: string) => string;
  };
  resend: {
    sentBack: (agency: string, reason: string) => string;
    explanation: string;
    button: string;
    open: (reference: string) => string;
    title: (reference: string) => string;
    intro: (agency: string) => string;
    submit: string;
    sentAgainAs: (reference: string) => string;
  };
  formCheck: {
    /** Above the form when a submit finds fields to fix; each field says what beside it. */
    summary: (count: number) => string;
    agency: string;
    bsnHint: string;
    placeRequired: string;
    startsAtMissing: string;
    startsAtPast: string;
    startsAtFar: string;
    endsAt: string;
    place: string;
    channel: string;
    extraItems: string;
  };
}

export const nlDeskFlow: DeskFlowTexts = {
  letGo: {
    close: 'Sluit de hulpvraag af',
    closeFor: (visit) => `Sluit de hulpvraag af: ${visit}`,
    blocked: 'U kunt de hulpvraag nog niet afsluiten.',
    missing: {
      PICKUP: (agency, reference) => `${agency} (${reference}) heeft de vraag nog niet opgepakt.`,
      APPOINTMENT: (agency, reference) => `${agency} (${reference}) heeft de vraag opgepakt. Er is nog geen afspraak of terugbelmoment.`,
    },
    advice: 'Deze melding verandert vanzelf. Wacht tot elke organisatie heeft opgepakt en een afspraak of terugbelmoment heeft. Of trek de doorverwijzing in.',
    ready: 'Alles is geregeld. U kunt de hulpvraag nu afsluiten.',
    confirm: 'Weet u zeker dat u de hulpvraag afsluit? Hij staat dan niet meer bij de lopende hulpvragen. U vindt hem terug bij "Vandaag afgesloten".',
    confirmYes: 'Ja, sluit af',
    confirmNo: 'Nee, nog niet',
    closed: (visit) => `${visit} is afgesloten. U vindt hem bij "Vandaag afgesloten". Daar kunt u de samenvatting opnieuw afdrukken.`,
  },
  closedVisits: {
    title: 'Vandaag afgesloten',
    intro: 'Hulpvragen die vandaag zijn afgesloten. U kunt de samenvatting opnieuw afdrukken.',
    empty: 'Vandaag is nog geen hulpvraag afgesloten.',
    search: 'Zoek op referentie',
    searchHint: 'Bijvoorbeeld LL-001001. Zo vindt u ook een hulpvraag van een andere dag.',
    searchButton: 'Zoek',
    notFound: 'Er is geen afgesloten hulpvraag met deze referentie.',
    invalidReference: 'Dit is geen referentie. Een referentie ziet eruit als LL-001001.',
    closedAt: (time) => `Afgesloten op ${time}`,
  },
  resend: {
    sentBack: (agency, reason) => `${agency} heeft de doorverwijzing teruggestuurd. Reden: ${reason}.`,
    explanation: 'Uitleg van de organisatie:',
    button: 'Verbeter en stuur opnieuw',
    open: (reference) => `Verbeter en stuur opnieuw naar dezelfde organisatie: ${reference}`,
    title: (reference) => `Opnieuw sturen in plaats van ${reference}`,
    intro: (agency) => `Verbeter de vraag en vraag de burger opnieuw om toestemming. De vraag gaat dan opnieuw naar ${agency}.`,
    submit: 'Stuur opnieuw',
    sentAgainAs: (reference) => `Opnieuw gestuurd als ${reference}`,
  },
  formCheck: {
    summary: (count) => (count === 1 ? 'Eén veld is nog niet goed. Kijk bij het veld wat er mis is.' : `${count} velden zijn nog niet goed. Kijk bij elk veld wat er mis is.`),
    agency: 'Kies een organisatie.',
    bsnHint: '9 cijfers. Spaties of punten mogen. Niet verplicht.',
    placeRequired: 'Waar? *',
    startsAtMissing: 'Vul een datum en tijd in.',
    startsAtPast: 'Deze datum en tijd zijn al voorbij. Kies een moment dat nog moet komen.',
    startsAtFar: 'Kies een moment binnen een jaar.',
    endsAt: 'Kies een eindtijd na de begintijd, hoogstens 12 uur later.',
    place: 'Vul in waar de afspraak is.',
    channel: 'Terugbellen kan alleen per telefoon of beeldbellen.',
    extraItems: 'Zet één ding per regel, hoogstens 10 dingen van elk hoogstens 200 tekens.',
  },
};

export const enDeskFlow: DeskFlowTexts = {
  letGo: {
    close: 'Close the visit',
    closeFor: (visit) => `Close the visit: ${visit}`,
    blocked: 'You cannot close this visit yet.',
    missing: {
      PICKUP: (agency, reference) => `${agency} (${reference}) has not picked up the question yet.`,
      APPOINTMENT: (agency, reference) => `${agency} (${reference}) has picked up the question. There is no appointment or callback yet.`,
    },
    advice: 'This message updates by itself. Wait until every agency has picked up and set an appointment or callback. Or withdraw the referral.',
    ready: 'Everything is arranged. You can close the visit now.',
    confirm: 'Are you sure you want to close the visit? It will no longer be among the open visits. You will find it under "Closed today".',
    confirmYes: 'Yes, close it',
    confirmNo: 'No, not yet',
    closed: (visit) => `${visit} is closed. You will find it under "Closed today", where you can print the summary again.`,
  },
  closedVisits: {
    title: 'Closed today',
    intro: 'Visits closed today. You can print the summary again.',
    empty: 'No visit has been closed today.',
    search: 'Search by reference',
    searchHint: 'For example LL-001001. This also finds a visit from another day.',
    searchButton: 'Search',
    notFound: 'There is no closed visit with this reference.',
    invalidReference: 'This is not a reference. A reference looks like LL-001001.',
    closedAt: (time) => `Closed on ${time}`,
  },
  resend: {
    sentBack: (agency, reason) => `${agency} sent the referral back. Reason: ${reason}.`,
    explanation: "The agency's explanation:",
    button: 'Correct and send again',
    open: (reference) => `Correct and send again to the same agency: ${reference}`,
    title: (reference) => `Send again instead of ${reference}`,
    intro: (agency) => `Correct the question and ask the citizen for consent again. The question then goes to ${agency} again.`,
    submit: 'Send again',
    sentAgainAs: (reference) => `Sent again as ${reference}`,
  },
  formCheck: {
    summary: (count) => (count === 1 ? 'One field is not right yet. See beside the field what is wrong.' : `${count} fields are not right yet. See beside each field what is wrong.`),
    agency: 'Choose an agency.',
    bsnHint: '9 digits. Spaces or dots are fine. Optional.',
    placeRequired: 'Where? *',
    startsAtMissing: 'Fill in a date and time.',
    startsAtPast: 'This date and time have passed. Choose a moment still to come.',
    startsAtFar: 'Choose a moment within a year.',
    endsAt: 'Choose an end time after the start, at most 12 hours later.',
    place: 'Fill in where the appointment is.',
    channel: 'A callback is by phone or video call only.',
    extraItems: 'Put one item per line, at most 10 items of at most 200 characters each.',
  },
};
