/** Typed configuration read once from the environment. */
export interface AppConfig {
  readonly env: 'development' | 'test' | 'production';
  readonly databaseUrl: string;
  readonly redisUrl: string;
  readonly hubPort: number;
  readonly tokenSecret: Uint8Array;
  readonly tokenTtlSeconds: number;
  /** How often the reconciler sweeps for work Redis may have lost. */
  readonly reconcileIntervalMs: number;
  /** The built web app the hub serves beside /graphql. */
  readonly webDistDir: string;
  readonly logLevel: 'debug' | 'info' | 'warn' | 'error';
}

export const APP_CONFIG = Symbol('APP_CONFIG');
