export * from './data-source.js';
export * from './entities/index.js';
export * from './referrals/referral-mover.js';
export * from './referrals/timeline-writer.js';
export * from './scope/db-scope.js';
export * from './scope/scoped-database.js';
export * from './seed/seed-catalogue.js';
export * from './persistence.module.js';
