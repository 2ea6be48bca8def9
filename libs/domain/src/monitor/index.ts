export * from './duration-buckets.js';
export * from './monitor-query.js';
export * from './referral-contribution.js';
export * from './small-numbers.js';
export * from './published-figures.js';
export * from './monitor-period-parts.js';
