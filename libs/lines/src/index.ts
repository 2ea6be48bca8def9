export * from './event-publisher.js';
export * from './line-jobs.js';
export * from './line-producer.js';
export * from './line-queue-name.js';
export * from './outbox-job-id.js';
export * from './outbox-relay.js';
export * from './reconciler.js';
export * from './referral-event-message.js';
