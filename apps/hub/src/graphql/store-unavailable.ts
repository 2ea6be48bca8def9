/**
 * Whether an error means Postgres or Redis is away for now (restarting, refusing, unreachable), so the
 * caller may retry the same request, with its Idempotency-Key, in a moment. Looks through the wrappers
 * TypeORM, pg-pool, Apollo and Node put around the driver's error.
 */
export function isStoreUnavailable(error: unknown, depth = 0): boolean {
  if (depth > 5 || error === null || typeof error !== 'object') return false;
  const { code, name, message } = error as { code?: unknown; name?: unknown; message?: unknown };
  if (typeof code === 'string' && (UNAVAILABLE_CODES.has(code) || code.startsWith('08'))) return true;
  if (typeof name === 'string' && UNAVAILABLE_NAMES.has(name)) return true;
  if (typeof message === 'string' && UNAVAILABLE_MESSAGES.some((pattern) => pattern.test(message))) return true;
  const nested = error as { driverError?: unknown; originalError?: unknown; cause?: unknown; errors?: unknown };
  const inner = [nested.driverError, nested.originalError, nested.cause, ...(Array.isArray(nested.errors) ? nested.errors : [])];
  return inner.some((e) => e !== error && isStoreUnavailable(e, depth + 1));
}

/** Postgres SQLSTATEs (class 08 is matched as a prefix) and Node socket errors. */
const UNAVAILABLE_CODES = new Set([
  '57P01', // admin_shutdown
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now: starting up or recovering
  '53300', // too_many_connections
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
]);

/** ioredis gives up on a command with these. */
const UNAVAILABLE_NAMES = new Set(['MaxRetriesPerRequestError']);

/** pg, pg-pool and ioredis say a connection went away only in words. */
const UNAVAILABLE_MESSAGES = [
  /^Connection terminated/,
  /^timeout exceeded when trying to connect$/,
  /^Connection is closed\.$/,
  /^Stream isn't writeable/,
  /^Redis connection .* not ready/i,
];
