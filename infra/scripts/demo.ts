/** Password of every demo account; seeded only for the embedded default and tests. */
export const DEMO_PASSWORD = 'loketlijn-demo';

/** Ports of the embedded default, chosen away from system defaults so nothing collides. */
export const EMBEDDED = { pgPort: 54329, redisPort: 63790, hubPort: 3000, database: 'loketlijn' } as const;
