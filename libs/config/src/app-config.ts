import type { RedisTarget } from './redis-target.js';

/** Limits on the shape of a GraphQL operation, enforced before it runs (graphql-armor). */
export interface GraphqlLimits {
  readonly maxDepth: number;
  readonly maxAliases: number;
  readonly maxTokens: number;
  readonly maxCost: number;
}

/** A fixed window: at most `points` hits per `durationSeconds`. */
export interface RateWindow {
  readonly points: number;
  readonly durationSeconds: number;
}

export interface RateLimits {
  readonly perUser: RateWindow;
  readonly perIp: RateWindow;
  /** Sign-in attempts per user name and client address. */
  readonly signIn: RateWindow;
}

/** The organisation's identity provider; absent when only local accounts are used. */
export interface OidcConfig {
  readonly issuer: string;
  readonly clientId: string;
  /** Absent for a public client (PKCE only). */
  readonly clientSecret: string | null;
  /** The hub's /auth/callback as registered at the provider. */
  readonly redirectUri: string;
  /** The `aud` the API demands in access tokens. */
  readonly audience: string;
  /** Where the browser lands after signing in; the one-time code follows in the fragment. */
  readonly appUrl: string;
}

/** Typed configuration read once from the environment. */
export interface AppConfig {
  readonly env: 'development' | 'test' | 'production';
  /** The schema owner: migrations and the seed only. */
  readonly databaseUrl: string;
  /** The application's own role (not owner, not superuser): row-level security applies to it. */
  readonly appDatabaseUrl: string;
  /** Read replica of the app role for the monitor's aggregates; null: the primary. */
  readonly monitorDatabaseUrl: string | null;
  readonly redis: RedisTarget;
  /** The interface the hub listens on: loopback for the embedded default, 0.0.0.0 in a container. */
  readonly hubHost: string;
  readonly hubPort: number;
  /** The line worker's own HTTP endpoint (health); port 0 picks a free one. */
  readonly workerHost: string;
  readonly workerPort: number;
  /** After SIGTERM: how long in-flight requests and jobs may take before the process stops anyway. */
  readonly shutdownGraceMs: number;
  readonly tokenSecret: Uint8Array;
  readonly tokenTtlSeconds: number;
  /** How often each hub re-reads disabled accounts and revoked sessions (and closes their sockets). */
  readonly revocationRefreshMs: number;
  /** How often the reconciler sweeps for work Redis may have lost. */
  readonly reconcileIntervalMs: number;
  /** The built web app the hub serves beside /graphql. */
  readonly webDistDir: string;
  readonly logLevel: 'debug' | 'info' | 'warn' | 'error';
  /** AES-256-GCM keys for personal data, by key id; new values use the current one. */
  readonly fieldKeys: ReadonlyMap<string, Uint8Array>;
  readonly fieldKeyCurrent: string;
  /** HMAC-SHA256 key of the blind index (look-up by BSN); separate from the field keys. */
  readonly blindIndexKey: Uint8Array;
  /** Days after closing a visit before its personal data is erased. */
  readonly retentionDays: number;
  /** Days without any activity after which an open visit counts as abandoned and is closed. */
  readonly abandonedVisitDays: number;
  /** How often the line worker re-encrypts under the current key, closes abandoned visits and erases expired data. */
  readonly privacyIntervalMs: number;
  /** How often the line worker folds the timeline's new events into the monitor's rollups. */
  readonly monitorDrainIntervalMs: number;
  readonly graphqlLimits: GraphqlLimits;
  readonly rateLimits: RateLimits;
  /** Reverse-proxy hops whose X-Forwarded-For the hub believes; 0 trusts none. */
  readonly trustProxyHops: number;
  readonly oidc: OidcConfig | null;
}

/** The database role the hub and line worker connect as; created by a migration. */
export const APP_DATABASE_ROLE = 'loketlijn_app';

export const APP_CONFIG = Symbol('APP_CONFIG');
