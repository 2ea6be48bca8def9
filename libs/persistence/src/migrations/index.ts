import { InitialSchema1795773407187 } from './1795773407187-initial-schema.js';
import { TimelineAndOutboxGuards1795773500000 } from './1795773500000-timeline-and-outbox-guards.js';
import { AgencySystems1795781000000 } from './1795781000000-agency-systems.js';

/** Every migration in order. Listed explicitly: ES modules have no reliable directory glob. */
export const MIGRATIONS = [InitialSchema1795773407187, TimelineAndOutboxGuards1795773500000, AgencySystems1795781000000];
