/** What a user of Loketlijn may do. */
export enum Role {
  /** Loketmedewerker at a service point: registers visits and sends warm handoffs. */
  DESK_WORKER = 'DESK_WORKER',
  /** Specialist on an agency's professional line: picks up and handles referrals. */
  AGENCY_SPECIALIST = 'AGENCY_SPECIALIST',
  /** Coordinates the professional line of one agency. */
  AGENCY_COORDINATOR = 'AGENCY_COORDINATOR',
  /** BZK monitor: watches all locations and lines. */
  MONITOR = 'MONITOR',
  /** Manages the catalogue and accounts. */
  ADMIN = 'ADMIN',
  /** Machine account of an agency system connected to its line. */
  AGENCY_SYSTEM = 'AGENCY_SYSTEM',
  /** Privacy officer (functionaris gegevensbescherming): reads the processing log, nothing else. */
  PRIVACY_OFFICER = 'PRIVACY_OFFICER',
}
