export * from './deadline-planner.js';
export * from './line-sla-repository.js';
export * from './sla-timer-firing.js';
export * from './timer-repository.js';
