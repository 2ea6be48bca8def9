import type { AppointmentKind, Role, TimelineReasonCode } from '../gql/graphql';

/** Who did something, when the viewer may not see the person's name. */
type Who = Record<Role | 'LINE', string>;

/** The words of a timeline sentence; one B1 sentence per kind of entry (shared/timeline-sentence.ts). */
export interface TimelineWords {
  who: Who;
  reason: Record<TimelineReasonCode, string>;
  created: (who: string) => string;
  createdInsteadOf: (reference: string) => string;
  submitted: (who: string) => string;
  received: string;
  accepted: (who: string) => string;
  rejected: (who: string) => string;
  started: (who: string) => string;
  held: (who: string) => string;
  resumed: (who: string) => string;
  completed: (who: string) => string;
  cancelled: (who: string) => string;
  failed: (who: string) => string;
  consentWithdrawn: (who: string) => string;
  reminded: string;
  escalated: string;
  deskAlerted: string;
  convertedToCallback: (who: string) => string;
  handedTo: (who: string, handler: string) => string;
  tookOver: (who: string) => string;
  aColleague: string;
  rerouted: (who: string, reference: string) => string;
  reroutedSomewhere: (who: string) => string;
  resent: (who: string, reference: string) => string;
  resentSomewhere: (who: string) => string;
  scheduled: (who: string, kind: AppointmentKind, when: string) => string;
  scheduledNoTime: (who: string) => string;
  visitAbandoned: string;
  because: (reason: string) => string;
  note: (note: string) => string;
}

export const timelineNl: TimelineWords = {
  who: {
    DESK_WORKER: 'Een medewerker van de balie',
    AGENCY_SPECIALIST: 'Een specialist van de organisatie',
    AGENCY_COORDINATOR: 'Een coördinator van de organisatie',
    AGENCY_SYSTEM: 'Het systeem van de organisatie',
    MONITOR: 'De monitor',
    ADMIN: 'Beheer',
    PRIVACY_OFFICER: 'De privacyfunctionaris',
    LINE: 'Loketlijn',
  },
  reason: {
    NOT_OUR_DOMAIN: 'de vraag hoort niet bij deze organisatie',
    INSUFFICIENT_INFORMATION: 'er is te weinig informatie',
    CITIZEN_NOT_KNOWN: 'de burger is niet bekend bij deze organisatie',
    DUPLICATE: 'deze vraag staat er al',
    NEEDS_FORMAL_REQUEST: 'de burger moet eerst een formele aanvraag doen',
    NO_AGENCY_CAN_HELP: 'deze organisatie kan niet helpen, en een andere organisatie ook niet',
    CITIZEN_UNREACHABLE: 'de burger was niet te bereiken',
    UNDELIVERABLE: 'de doorverwijzing kwam niet aan bij de organisatie',
    VISIT_ABANDONED: 'niemand pakte dit op en het bezoek stond te lang open',
    ERASURE_REQUESTED: 'de gegevens zijn gewist op verzoek van de burger',
    RECEIVE_DEADLINE_PASSED: 'de lijn heeft de doorverwijzing niet op tijd ontvangen',
    ACCEPT_DEADLINE_PASSED: 'niemand heeft de doorverwijzing op tijd opgepakt',
    OUTCOME_RECORDED: 'de uitkomst is vastgelegd',
  },
  created: (who) => `${who} maakte de doorverwijzing.`,
  createdInsteadOf: (reference) => `Deze komt in plaats van ${reference}.`,
  submitted: (who) => `${who} verstuurde de doorverwijzing.`,
  received: 'De lijn van de organisatie heeft de doorverwijzing ontvangen.',
  accepted: (who) => `${who} heeft de doorverwijzing opgepakt.`,
  rejected: (who) => `${who} stuurde de doorverwijzing terug.`,
  started: (who) => `${who} is begonnen met het contact met de burger.`,
  held: (who) => `${who} zette de doorverwijzing op "Wacht even".`,
  resumed: (who) => `${who} ging weer verder met de doorverwijzing.`,
  completed: (who) => `${who} heeft de doorverwijzing afgerond en de uitkomst vastgelegd.`,
  cancelled: (who) => `${who} heeft de doorverwijzing ingetrokken.`,
  failed: (who) => `${who} meldde dat de doorverwijzing niet gelukt is.`,
  consentWithdrawn: (who) => `${who} legde vast dat de burger de toestemming heeft ingetrokken.`,
  reminded: 'De lijn kreeg een herinnering.',
  escalated: 'De coördinator van de lijn is ingeschakeld.',
  deskAlerted: 'De balie kreeg een waarschuwing: de burger wacht nog.',
  convertedToCallback: (who) => `${who} veranderde "Nu" in "Terugbellen". De burger hoeft niet meer te wachten.`,
  handedTo: (who, handler) => `${who} gaf de doorverwijzing aan ${handler}.`,
  tookOver: (who) => `${who} heeft de doorverwijzing overgenomen.`,
  aColleague: 'een collega',
  rerouted: (who, reference) => `${who} stuurde de vraag door naar een andere organisatie, als ${reference}.`,
  reroutedSomewhere: (who) => `${who} stuurde de vraag door naar een andere organisatie.`,
  resent: (who, reference) => `${who} verbeterde de vraag en stuurde die opnieuw naar dezelfde organisatie, als ${reference}.`,
  resentSomewhere: (who) => `${who} verbeterde de vraag en stuurde die opnieuw naar dezelfde organisatie.`,
  scheduled: (who, kind, when) => (kind === 'CALLBACK' ? `${who} sprak af om de burger terug te bellen: ${when}.` : `${who} maakte een afspraak met de burger: ${when}.`),
  scheduledNoTime: (who) => `${who} maakte een afspraak met de burger.`,
  visitAbandoned: 'Het bezoek aan de balie is gesloten, omdat er te lang niets gebeurde. De organisatie houdt de doorverwijzing.',
  because: (reason) => `Reden: ${reason}.`,
  note: (note) => `Toelichting: ${note}`,
};

export const timelineEn: TimelineWords = {
  who: {
    DESK_WORKER: 'A desk worker',
    AGENCY_SPECIALIST: 'A specialist of the agency',
    AGENCY_COORDINATOR: 'A coordinator of the agency',
    AGENCY_SYSTEM: "The agency's system",
    MONITOR: 'The monitor',
    ADMIN: 'The administrator',
    PRIVACY_OFFICER: 'The privacy officer',
    LINE: 'Loketlijn',
  },
  reason: {
    NOT_OUR_DOMAIN: 'the question is not for this agency',
    INSUFFICIENT_INFORMATION: 'there is not enough information',
    CITIZEN_NOT_KNOWN: 'the citizen is not known to this agency',
    DUPLICATE: 'this question is already there',
    NEEDS_FORMAL_REQUEST: 'the citizen must make a formal request first',
    NO_AGENCY_CAN_HELP: 'this agency cannot help, and no other agency can',
    CITIZEN_UNREACHABLE: 'the citizen could not be reached',
    UNDELIVERABLE: 'the referral never reached the agency',
    VISIT_ABANDONED: 'nobody picked this up and the visit stayed open too long',
    ERASURE_REQUESTED: "the data was erased at the citizen's request",
    RECEIVE_DEADLINE_PASSED: 'the line did not receive the referral in time',
    ACCEPT_DEADLINE_PASSED: 'nobody picked the referral up in time',
    OUTCOME_RECORDED: 'the outcome is recorded',
  },
  created: (who) => `${who} created the referral.`,
  createdInsteadOf: (reference) => `It replaces ${reference}.`,
  submitted: (who) => `${who} sent the referral.`,
  received: "The agency's line received the referral.",
  accepted: (who) => `${who} picked the referral up.`,
  rejected: (who) => `${who} sent the referral back.`,
  started: (who) => `${who} started contact with the citizen.`,
  held: (who) => `${who} set the referral to "On hold".`,
  resumed: (who) => `${who} carried on with the referral.`,
  completed: (who) => `${who} completed the referral and recorded the outcome.`,
  cancelled: (who) => `${who} withdrew the referral.`,
  failed: (who) => `${who} reported that the referral did not work out.`,
  consentWithdrawn: (who) => `${who} recorded that the citizen withdrew consent.`,
  reminded: 'The line got a reminder.',
  escalated: "The line's coordinator was called in.",
  deskAlerted: 'The desk got a warning: the citizen is still waiting.',
  convertedToCallback: (who) => `${who} changed "Now" into "Call back". The citizen no longer has to wait.`,
  handedTo: (who, handler) => `${who} handed the referral to ${handler}.`,
  tookOver: (who) => `${who} took the referral over.`,
  aColleague: 'a colleague',
  rerouted: (who, reference) => `${who} sent the question on to another agency, as ${reference}.`,
  reroutedSomewhere: (who) => `${who} sent the question on to another agency.`,
  resent: (who, reference) => `${who} corrected the question and sent it again to the same agency, as ${reference}.`,
  resentSomewhere: (who) => `${who} corrected the question and sent it again to the same agency.`,
  scheduled: (who, kind, when) => (kind === 'CALLBACK' ? `${who} arranged to call the citizen back: ${when}.` : `${who} made an appointment with the citizen: ${when}.`),
  scheduledNoTime: (who) => `${who} made an appointment with the citizen.`,
  visitAbandoned: 'The visit at the desk was closed because nothing happened for too long. The agency keeps the referral.',
  because: (reason) => `Reason: ${reason}.`,
  note: (note) => `Note: ${note}`,
};

export const TIMELINE_WORDS = { nl: timelineNl, en: timelineEn } as const;
