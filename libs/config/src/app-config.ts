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
  readonly databaseUrl: string;
  readonly redisUrl: string;
  readonly hubPort: number;
  readonly tokenSecret: Uint8Array;
  readonly tokenTtlSeconds: number;
  /** How often the reconciler sweeps for work Redis may have lost. */
  readonly reconcileIntervalMs: number;
  readonly logLevel: 'debug' | 'info' | 'warn' | 'error';
  readonly graphqlLimits: GraphqlLimits;
  readonly rateLimits: RateLimits;
  /** Reverse-proxy hops whose X-Forwarded-For the hub believes; 0 trusts none. */
  readonly trustProxyHops: number;
  readonly oidc: OidcConfig | null;
}

export const APP_CONFIG = Symbol('APP_CONFIG');
