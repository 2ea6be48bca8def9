import { InitialSchema1795773407187 } from './1795773407187-initial-schema.js';
import { TimelineAndOutboxGuards1795773500000 } from './1795773500000-timeline-and-outbox-guards.js';
import { AgencySystems1795781000000 } from './1795781000000-agency-systems.js';
import { SealedPersonalData1795782000000 } from './1795782000000-sealed-personal-data.js';
import { AppRoleAndRowSecurity1795782100000 } from './1795782100000-app-role-and-row-security.js';
import { ProcessingLogChain1795782200000 } from './1795782200000-processing-log-chain.js';
import { ProcessingLogChainPerTransaction1795782300000 } from './1795782300000-processing-log-chain-per-transaction.js';
import { OidcAccounts1795783000000 } from './1795783000000-oidc-accounts.js';
import { OidcAccountGrants1795783100000 } from './1795783100000-oidc-account-grants.js';
import { LinesCore1795780000000 } from './1795780000000-lines-core.js';
import { LinesCoreGrants1795783900000 } from './1795783900000-lines-core-grants.js';
import { AgencySystemsGrants1795783950000 } from './1795783950000-agency-systems-grants.js';
import { ReferralEventNotes1795784000000 } from './1795784000000-referral-event-notes.js';
import { ReferralEventNoteGrants1795784100000 } from './1795784100000-referral-event-note-grants.js';
import { ReferralFailReason1795784600000 } from './1795784600000-referral-fail-reason.js';
import { MigrationHistoryGrant1795786000000 } from './1795786000000-migration-history-grant.js';
import { SessionRevocation1795785000000 } from './1795785000000-session-revocation.js';
import { MonitorRollups1795790000000 } from './1795790000000-monitor-rollups.js';
import { VisitCloseReason1795785100000 } from './1795785100000-visit-close-reason.js';
import { ErasedReferralsStayEmpty1795785110000 } from './1795785110000-erased-referrals-stay-empty.js';
import { IdempotencyKeys1795793000000 } from './1795793000000-idempotency-keys.js';
import { MonitorMonths1795796000000 } from './1795796000000-monitor-months.js';
import { ReferralVisitFacts1795797000000 } from './1795797000000-referral-visit-facts.js';
import { MonitorAgencyGrouping1795798000000 } from './1795798000000-monitor-agency-grouping.js';

/** Every migration in order. Listed explicitly: ES modules have no reliable directory glob. */
export const MIGRATIONS = [
  InitialSchema1795773407187,
  TimelineAndOutboxGuards1795773500000,
  LinesCore1795780000000,
  AgencySystems1795781000000,
  SealedPersonalData1795782000000,
  AppRoleAndRowSecurity1795782100000,
  ProcessingLogChain1795782200000,
  ProcessingLogChainPerTransaction1795782300000,
  OidcAccounts1795783000000,
  OidcAccountGrants1795783100000,
  LinesCoreGrants1795783900000,
  AgencySystemsGrants1795783950000,
  ReferralEventNotes1795784000000,
  ReferralEventNoteGrants1795784100000,
  ReferralFailReason1795784600000,
  SessionRevocation1795785000000,
  VisitCloseReason1795785100000,
  ErasedReferralsStayEmpty1795785110000,
  MigrationHistoryGrant1795786000000,
  MonitorRollups1795790000000,
  IdempotencyKeys1795793000000,
  MonitorMonths1795796000000,
  ReferralVisitFacts1795797000000,
  MonitorAgencyGrouping1795798000000,
];
