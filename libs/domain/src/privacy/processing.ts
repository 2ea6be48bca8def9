/**
 * Register of processing activities (verwerkingsactiviteiten), after Logius "Logboek
 * Dataverwerkingen": every processing-log record names one of these.
 */
export enum ProcessingActivity {
  /** Registering a citizen's question and contact data at the desk. */
  REGISTER_VISIT = 'loketlijn:hulpvraag-registreren',
  /** Preparing and handing a question over to an agency. */
  WARM_HANDOFF = 'loketlijn:warme-doorverwijzing',
  /** Handling a referral on an agency's professional line. */
  LINE_HANDLING = 'loketlijn:professionele-lijn',
  /** Answering a data subject's access request (inzage), by the privacy officer. */
  SUBJECT_ACCESS = 'loketlijn:inzage-verwerkingen',
  /** Erasing personal data when its retention period has passed. */
  RETENTION = 'loketlijn:bewaartermijn',
  /** Erasing a data subject's personal data on their request (AVG art. 17), by the privacy officer. */
  ERASURE_REQUEST = 'loketlijn:verzoek-tot-wissen',
}

/** What was done with the personal data. */
export enum ProcessingOperation {
  CREATE = 'CREATE',
  VIEW = 'VIEW',
  DELIVER = 'DELIVER',
  ACCEPT = 'ACCEPT',
  EXPORT = 'EXPORT',
  ERASE = 'ERASE',
}
