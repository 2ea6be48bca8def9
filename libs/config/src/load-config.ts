import { createHash } from 'node:crypto';
import { isIP } from 'node:net';
import { resolve } from 'node:path';
import { APP_DATABASE_ROLE, type AppConfig, type OidcConfig, type RateWindow } from './app-config.js';
import { masterName, parseRedisNodes, parseSentinelUrl, type RedisTarget, RedisTargetError } from './redis-target.js';

export class ConfigError extends Error {
  override name = 'ConfigError';
}

function required(env: NodeJS.ProcessEnv, key: string): string {
  const value = env[key]?.trim();
  if (!value) throw new ConfigError(`Missing environment variable ${key}`);
  return value;
}

function integer(env: NodeJS.ProcessEnv, key: string, fallback: number, min: number, max: number): number {
  const raw = env[key]?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${key} must be an integer between ${min} and ${max}`);
  }
  return value;
}

function oneOf<T extends string>(env: NodeJS.ProcessEnv, key: string, allowed: readonly T[], fallback: T): T {
  const raw = env[key]?.trim();
  if (!raw) return fallback;
  if (!(allowed as readonly string[]).includes(raw)) throw new ConfigError(`${key} must be one of ${allowed.join(', ')}`);
  return raw as T;
}

function url(env: NodeJS.ProcessEnv, key: string, protocols: readonly string[]): string {
  const value = required(env, key);
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    throw new ConfigError(`${key} is not a valid URL`);
  }
  if (!protocols.includes(parsed.protocol)) throw new ConfigError(`${key} must use ${protocols.join(' or ')}`);
  return value;
}

const KEY_ID = /^[A-Za-z0-9_-]{1,16}$/;

/** Fixed keys for the embedded default and tests only; production refuses to boot without real ones. */
function developmentKey(purpose: string): Uint8Array {
  return createHash('sha256').update(`loketlijn-development-${purpose}`).digest();
}

function base64Key(raw: string, key: string, bytes: number): Uint8Array {
  const value = Buffer.from(raw, 'base64');
  if (value.length !== bytes || value.toString('base64').replace(/=+$/, '') !== raw.replace(/=+$/, '')) {
    throw new ConfigError(`${key} must hold base64 keys of ${bytes} bytes`);
  }
  return new Uint8Array(value);
}

/** FIELD_KEYS=kid1:base64,kid2:base64 and FIELD_KEY_CURRENT=kid2 (defaults to the only or last key). */
function fieldKeys(env: NodeJS.ProcessEnv, production: boolean): { keys: Map<string, Uint8Array>; current: string } {
  const raw = env.FIELD_KEYS?.trim();
  if (!raw) {
    if (production) throw new ConfigError('FIELD_KEYS must be set in production');
    return { keys: new Map([['dev1', developmentKey('field-key-1')]]), current: 'dev1' };
  }
  const keys = new Map<string, Uint8Array>();
  for (const entry of raw.split(',')) {
    const [id, material, ...rest] = entry.trim().split(':');
    if (!id || !material || rest.length > 0 || !KEY_ID.test(id)) throw new ConfigError('FIELD_KEYS must be a list of keyId:base64key');
    if (keys.has(id)) throw new ConfigError('FIELD_KEYS names a key id twice');
    keys.set(id, base64Key(material, 'FIELD_KEYS', 32));
  }
  const current = env.FIELD_KEY_CURRENT?.trim() || [...keys.keys()].at(-1)!;
  if (!keys.has(current)) throw new ConfigError('FIELD_KEY_CURRENT must name a key in FIELD_KEYS');
  return { keys, current };
}

function blindIndexKey(env: NodeJS.ProcessEnv, production: boolean): Uint8Array {
  const raw = env.BLIND_INDEX_KEY?.trim();
  if (!raw) {
    if (production) throw new ConfigError('BLIND_INDEX_KEY must be set in production');
    return developmentKey('blind-index-key');
  }
  return base64Key(raw, 'BLIND_INDEX_KEY', 32);
}

/** The app role's URL: APP_DATABASE_URL, or (outside production) DATABASE_URL with the app role as user. */
function appDatabaseUrl(env: NodeJS.ProcessEnv, ownerUrl: string, production: boolean): string {
  if (env.APP_DATABASE_URL?.trim()) return url(env, 'APP_DATABASE_URL', ['postgres:', 'postgresql:']);
  if (production) throw new ConfigError('APP_DATABASE_URL must be set in production');
  const derived = new URL(ownerUrl);
  derived.username = APP_DATABASE_ROLE;
  derived.password = '';
  return derived.toString();
}

function optional(env: NodeJS.ProcessEnv, key: string): string | null {
  return env[key]?.trim() || null;
}

const HOST_NAME = /^(?=.{1,253}$)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/i;

/** An address or host name to listen on; loopback unless set (0.0.0.0 or :: in a container). */
function host(env: NodeJS.ProcessEnv, key: string): string {
  const value = env[key]?.trim();
  if (!value) return '127.0.0.1';
  if (isIP(value) === 0 && !HOST_NAME.test(value)) throw new ConfigError(`${key} must be an IP address or a host name`);
  return value;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** https, or plain http on the loopback interface only (local identity providers in tests and demos). */
function secureUrl(env: NodeJS.ProcessEnv, key: string): string {
  const value = url(env, key, ['https:', 'http:']);
  const parsed = new URL(value);
  if (parsed.protocol === 'http:' && !LOOPBACK.has(parsed.hostname)) throw new ConfigError(`${key} must use https: outside loopback`);
  return value;
}

function window(env: NodeJS.ProcessEnv, prefix: string, points: number, durationSeconds: number): RateWindow {
  return {
    points: integer(env, `${prefix}_POINTS`, points, 1, 1_000_000),
    durationSeconds: integer(env, `${prefix}_SECONDS`, durationSeconds, 1, 86_400),
  };
}

/** A path on this origin, or an absolute URL (https, or http on loopback). */
function appUrl(env: NodeJS.ProcessEnv): string {
  const value = optional(env, 'OIDC_APP_URL');
  if (value === null) return '/';
  if (value.startsWith('/') && !value.startsWith('//')) return value;
  return secureUrl(env, 'OIDC_APP_URL');
}

/** All of OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_REDIRECT_URI and OIDC_AUDIENCE, or none of them. */
function oidc(env: NodeJS.ProcessEnv): OidcConfig | null {
  const keys = ['OIDC_ISSUER', 'OIDC_CLIENT_ID', 'OIDC_REDIRECT_URI', 'OIDC_AUDIENCE'] as const;
  const present = keys.filter((k) => optional(env, k) !== null);
  if (present.length === 0) return null;
  const missing = keys.find((k) => !present.includes(k));
  if (missing) throw new ConfigError(`Missing environment variable ${missing} (OIDC is partly configured)`);
  return {
    issuer: secureUrl(env, 'OIDC_ISSUER'),
    clientId: required(env, 'OIDC_CLIENT_ID'),
    clientSecret: optional(env, 'OIDC_CLIENT_SECRET'),
    redirectUri: secureUrl(env, 'OIDC_REDIRECT_URI'),
    audience: required(env, 'OIDC_AUDIENCE'),
    appUrl: appUrl(env),
  };
}

/**
 * REDIS_URL (redis://, rediss:// or redis+sentinel://), or REDIS_SENTINELS with REDIS_SENTINEL_NAME (and
 * REDIS_PASSWORD, REDIS_SENTINEL_PASSWORD from the secret store): one way to name Redis, not both.
 */
function redisTarget(env: NodeJS.ProcessEnv): RedisTarget {
  const sentinels = optional(env, 'REDIS_SENTINELS');
  try {
    if (sentinels === null) {
      const raw = required(env, 'REDIS_URL');
      return raw.startsWith('redis+sentinel:') ? parseSentinelUrl(raw, 'REDIS_URL') : { kind: 'standalone', url: url(env, 'REDIS_URL', ['redis:', 'rediss:']) };
    }
    if (optional(env, 'REDIS_URL') !== null) throw new ConfigError('Set REDIS_URL or REDIS_SENTINELS, not both');
    return {
      kind: 'sentinel',
      sentinels: parseRedisNodes(sentinels, 'REDIS_SENTINELS'),
      masterName: masterName(required(env, 'REDIS_SENTINEL_NAME'), 'REDIS_SENTINEL_NAME'),
      username: optional(env, 'REDIS_USERNAME'),
      password: optional(env, 'REDIS_PASSWORD'),
      sentinelPassword: optional(env, 'REDIS_SENTINEL_PASSWORD'),
      db: integer(env, 'REDIS_DB', 0, 0, 15),
    };
  } catch (error) {
    throw error instanceof RedisTargetError ? new ConfigError(error.message) : error;
  }
}

/** A read replica for the monitor's aggregate reads; null reads from the primary. */
function monitorDatabaseUrl(env: NodeJS.ProcessEnv): string | null {
  return optional(env, 'MONITOR_DATABASE_URL') === null ? null : url(env, 'MONITOR_DATABASE_URL', ['postgres:', 'postgresql:']);
}

/** Validates the environment; fails fast at boot with a message naming the variable (never its value). */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const mode = oneOf(env, 'NODE_ENV', ['development', 'test', 'production'] as const, 'development');
  const secret = env.TOKEN_SECRET?.trim();
  if (mode === 'production' && (!secret || secret.length < 32)) {
    throw new ConfigError('TOKEN_SECRET must be set to at least 32 characters in production');
  }
  const production = mode === 'production';
  const databaseUrl = url(env, 'DATABASE_URL', ['postgres:', 'postgresql:']);
  const keys = fieldKeys(env, production);
  return Object.freeze({
    env: mode,
    databaseUrl,
    appDatabaseUrl: appDatabaseUrl(env, databaseUrl, production),
    monitorDatabaseUrl: monitorDatabaseUrl(env),
    redis: redisTarget(env),
    hubHost: host(env, 'HOST'),
    hubPort: integer(env, 'PORT', 3000, 0, 65535),
    workerHost: host(env, 'WORKER_HOST'),
    workerPort: integer(env, 'WORKER_PORT', 3001, 0, 65535),
    shutdownGraceMs: integer(env, 'SHUTDOWN_GRACE_MS', 10_000, 0, 600_000),
    tokenSecret: new TextEncoder().encode(secret || 'loketlijn-development-secret-change-me'),
    tokenTtlSeconds: integer(env, 'TOKEN_TTL_SECONDS', 900, 5, 86400),
    revocationRefreshMs: integer(env, 'REVOCATION_REFRESH_MS', 2000, 100, 60_000),
    reconcileIntervalMs: integer(env, 'RECONCILE_INTERVAL_MS', 10_000, 100, 3_600_000),
    webDistDir: resolve(env.WEB_DIST_DIR?.trim() || 'apps/web/dist'),
    logLevel: oneOf(env, 'LOG_LEVEL', ['debug', 'info', 'warn', 'error'] as const, 'info'),
    fieldKeys: keys.keys,
    fieldKeyCurrent: keys.current,
    blindIndexKey: blindIndexKey(env, production),
    retentionDays: integer(env, 'RETENTION_DAYS', 90, 1, 3650),
    abandonedVisitDays: integer(env, 'ABANDONED_VISIT_DAYS', 30, 1, 3650),
    privacyIntervalMs: integer(env, 'PRIVACY_INTERVAL_MS', 60_000, 100, 86_400_000),
    monitorDrainIntervalMs: integer(env, 'MONITOR_DRAIN_INTERVAL_MS', 2_000, 50, 600_000),
    graphqlLimits: {
      maxDepth: integer(env, 'GRAPHQL_MAX_DEPTH', 8, 2, 50),
      maxAliases: integer(env, 'GRAPHQL_MAX_ALIASES', 15, 1, 1000),
      maxTokens: integer(env, 'GRAPHQL_MAX_TOKENS', 1000, 50, 100_000),
      // The desk board (50 visits with referrals and timelines) costs about 25,000 by armor's estimate.
      maxCost: integer(env, 'GRAPHQL_MAX_COST', 50_000, 10, 1_000_000),
    },
    rateLimits: {
      perUser: window(env, 'RATE_LIMIT_USER', 600, 60),
      perIp: window(env, 'RATE_LIMIT_IP', 1200, 60),
      signIn: window(env, 'RATE_LIMIT_SIGN_IN', 10, 900),
    },
    trustProxyHops: integer(env, 'TRUST_PROXY_HOPS', 0, 0, 10),
    oidc: oidc(env),
  });
}
