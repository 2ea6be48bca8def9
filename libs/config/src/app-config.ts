/** Typed configuration read once from the environment. */
export interface AppConfig {
  readonly env: 'development' | 'test' | 'production';
  /** The schema owner: migrations and the seed only. */
  readonly databaseUrl: string;
  /** The application's own role (not owner, not superuser): row-level security applies to it. */
  readonly appDatabaseUrl: string;
  readonly redisUrl: string;
  readonly hubPort: number;
  readonly tokenSecret: Uint8Array;
  readonly tokenTtlSeconds: number;
  /** How often the reconciler sweeps for work Redis may have lost. */
  readonly reconcileIntervalMs: number;
  readonly logLevel: 'debug' | 'info' | 'warn' | 'error';
  /** AES-256-GCM keys for personal data, by key id; new values use the current one. */
  readonly fieldKeys: ReadonlyMap<string, Uint8Array>;
  readonly fieldKeyCurrent: string;
  /** HMAC-SHA256 key of the blind index (look-up by BSN); separate from the field keys. */
  readonly blindIndexKey: Uint8Array;
  /** Days after closing a visit before its personal data is erased. */
  readonly retentionDays: number;
  /** How often the line worker re-encrypts under the current key and erases expired data. */
  readonly privacyIntervalMs: number;
}

/** The database role the hub and line worker connect as; created by a migration. */
export const APP_DATABASE_ROLE = 'loketlijn_app';

export const APP_CONFIG = Symbol('APP_CONFIG');
