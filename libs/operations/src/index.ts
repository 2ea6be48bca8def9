export * from './health/check-failure.js';
export * from './health/health.module.js';
export * from './health/queue-attachments.js';
export * from './health/redis.health.js';
export * from './shutdown/graceful-shutdown.js';
