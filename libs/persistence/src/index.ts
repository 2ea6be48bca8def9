export * from './data-source.js';
export * from './entities/index.js';
export * from './referrals/referral-mover.js';
export * from './referrals/timeline-writer.js';
export * from './seed/seed-catalogue.js';
export * from './persistence.module.js';
export * from './agency-systems/agency-delivery-repository.js';
