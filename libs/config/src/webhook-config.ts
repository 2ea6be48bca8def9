import { ConfigError } from './load-config.js';

/** How the line worker delivers to agency systems, and how the hub rotates their signing secrets. */
export interface WebhookConfig {
  /** First retry delay; later ones double, each with jitter. */
  readonly backoffBaseMs: number;
  /** No single wait grows beyond this. */
  readonly backoffMaxMs: number;
  /** Attempts before an event goes to the dead letter. */
  readonly attempts: number;
  /** An endpoint that does not answer within this counts as a failed attempt. */
  readonly timeoutMs: number;
  /** Deliveries in flight per agency; a hanging agency holds at most these slots, its own. */
  readonly concurrency: number;
  /** How long a worker holds a delivery before another may take it over (after a crash). */
  readonly lockMs: number;
  /** How long the previous signing secret keeps signing after a rotation. */
  readonly secretOverlapHours: number;
  /** CloudEvents `source` of every event the hub emits. */
  readonly source: string;
}

export const WEBHOOK_CONFIG = Symbol('WEBHOOK_CONFIG');

function integer(env: NodeJS.ProcessEnv, key: string, fallback: number, min: number, max: number): number {
  const raw = env[key]?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) throw new ConfigError(`${key} must be an integer between ${min} and ${max}`);
  return value;
}

export function loadWebhookConfig(env: NodeJS.ProcessEnv = process.env): WebhookConfig {
  const source = env.WEBHOOK_SOURCE?.trim() || 'urn:nl:loketlijn:hub';
  if (!/^urn:[a-z0-9][a-z0-9-]{0,31}:\S+$/i.test(source)) throw new ConfigError('WEBHOOK_SOURCE must be a URN');
  return Object.freeze({
    backoffBaseMs: integer(env, 'WEBHOOK_BACKOFF_BASE_MS', 60_000, 1, 3_600_000),
    backoffMaxMs: integer(env, 'WEBHOOK_BACKOFF_MAX_MS', 4 * 3_600_000, 1, 24 * 3_600_000),
    attempts: integer(env, 'WEBHOOK_ATTEMPTS', 10, 1, 50),
    timeoutMs: integer(env, 'WEBHOOK_TIMEOUT_MS', 10_000, 100, 120_000),
    concurrency: integer(env, 'WEBHOOK_CONCURRENCY', 8, 1, 256),
    lockMs: integer(env, 'WEBHOOK_LOCK_MS', 30_000, 500, 600_000),
    secretOverlapHours: integer(env, 'WEBHOOK_SECRET_OVERLAP_HOURS', 24, 0, 24 * 30),
    source,
  });
}
