import { AGENCY_CODES, AgencyCode } from './agency-code.js';
import { Role } from './role.js';

/**
 * A fictional account for demos and tests. Passwords are not kept here;
 * they are set where the accounts are seeded.
 */
export interface DemoAccount {
  readonly username: string;
  /** Obviously fictional, in Dutch. */
  readonly displayName: string;
  readonly role: Role;
  /** Set for desk workers: the service point they work at. */
  readonly servicePointCode?: string;
  /** Set for agency specialists and coordinators: the line they work on. */
  readonly agencyCode?: AgencyCode;
}

const SPECIALISTS: readonly DemoAccount[] = AGENCY_CODES.map((code) => ({
  username: `specialist.${code.toLowerCase()}`,
  displayName: `Demo Specialist ${code}`,
  role: Role.AGENCY_SPECIALIST,
  agencyCode: code,
}));

const COORDINATORS: readonly DemoAccount[] = AGENCY_CODES.map((code) => ({
  username: `coordinator.${code.toLowerCase()}`,
  displayName: `Demo Coördinator ${code}`,
  role: Role.AGENCY_COORDINATOR,
  agencyCode: code,
}));

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  {
    username: 'desk.utrecht',
    displayName: 'Demo Loketmedewerker Utrecht',
    role: Role.DESK_WORKER,
    servicePointCode: 'UTR-STADSKANTOOR',
  },
  {
    username: 'desk.amersfoort',
    displayName: 'Demo Loketmedewerker Amersfoort',
    role: Role.DESK_WORKER,
    servicePointCode: 'AMF-STADHUIS',
  },
  ...SPECIALISTS,
  {
    username: 'specialist2.uwv',
    displayName: 'Demo Specialist UWV 2',
    role: Role.AGENCY_SPECIALIST,
    agencyCode: AgencyCode.UWV,
  },
  ...COORDINATORS,
  {
    username: 'monitor.bzk',
    displayName: 'Demo Monitor BZK',
    role: Role.MONITOR,
  },
  {
    username: 'admin',
    displayName: 'Demo Beheerder',
    role: Role.ADMIN,
  },
  {
    username: 'privacy.officer',
    displayName: 'Demo Functionaris Gegevensbescherming',
    role: Role.PRIVACY_OFFICER,
  },
];
