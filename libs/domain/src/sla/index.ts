export * from './business-calendar.js';
export * from './business-duration.js';
export * from './line-hours-rules.js';
export * from './public-holidays.js';
export * from './sla-policy.js';
export * from './business-clock.js';
export * from './deadline-state.js';
