import { resolve } from 'node:path';
import type { AppConfig } from './app-config.js';

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

/** Validates the environment; fails fast at boot with a message naming the variable (never its value). */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const mode = oneOf(env, 'NODE_ENV', ['development', 'test', 'production'] as const, 'development');
  const secret = env.TOKEN_SECRET?.trim();
  if (mode === 'production' && (!secret || secret.length < 32)) {
    throw new ConfigError('TOKEN_SECRET must be set to at least 32 characters in production');
  }
  return Object.freeze({
    env: mode,
    databaseUrl: url(env, 'DATABASE_URL', ['postgres:', 'postgresql:']),
    redisUrl: url(env, 'REDIS_URL', ['redis:', 'rediss:']),
    hubPort: integer(env, 'PORT', 3000, 0, 65535),
    tokenSecret: new TextEncoder().encode(secret || 'loketlijn-development-secret-change-me'),
    tokenTtlSeconds: integer(env, 'TOKEN_TTL_SECONDS', 900, 30, 86400),
    reconcileIntervalMs: integer(env, 'RECONCILE_INTERVAL_MS', 10_000, 100, 3_600_000),
    webDistDir: resolve(env.WEB_DIST_DIR?.trim() || 'apps/web/dist'),
    logLevel: oneOf(env, 'LOG_LEVEL', ['debug', 'info', 'warn', 'error'] as const, 'info'),
  });
}
