export * from './agency-code.js';
export * from './line-hours.js';
export * from './agencies.js';
export * from './topics.js';
export * from './service-points.js';
export * from './role.js';
export * from './demo-accounts.js';
export * from './reject-reasons.js';
