import { InitialSchema1795773407187 } from './1795773407187-initial-schema.js';
import { TimelineAndOutboxGuards1795773500000 } from './1795773500000-timeline-and-outbox-guards.js';
import { OidcAccounts1795783000000 } from './1795783000000-oidc-accounts.js';

/** Every migration in order. Listed explicitly: ES modules have no reliable directory glob. */
export const MIGRATIONS = [InitialSchema1795773407187, TimelineAndOutboxGuards1795773500000, OidcAccounts1795783000000];
