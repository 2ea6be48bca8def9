import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { type LoggerOptions, stdTimeFunctions } from 'pino';
import type { Options } from 'pino-http';
import type { AppConfig } from '#config';
import { requestTrace } from '#privacy';

/** Which app writes the line: a closed set, so the field is safe to index and filter on. */
export type ServiceName = 'hub' | 'line-worker';

/** Where personal data could sit if something ever logged a whole request or GraphQL payload. */
export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.body',
  'req.query',
  'variables',
  '*.variables',
  'input',
  '*.input',
  'password',
  '*.password',
  'authorization',
  '*.authorization',
];

const REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

/** The caller's X-Request-Id when it is a plain token, else a new one: the correlation id of every line of this request. */
function correlationId(req: IncomingMessage, res: ServerResponse): string {
  const header = req.headers['x-request-id'];
  const id = typeof header === 'string' && REQUEST_ID.test(header) ? header : randomUUID();
  res.setHeader('X-Request-Id', id);
  return id;
}

/** The path without its query: a GET /graphql?variables=... or an OIDC callback's code must not reach the log. */
function pathOf(url: string | undefined): string {
  return (url ?? '').split('?')[0]!;
}

const QUIET_PATHS = ['/health', '/metrics'];

/**
 * pino through nestjs-pino: one JSON object per line (level, time, service, msg, and inside a request
 * its correlationId and W3C traceId) for log collectors; pino-pretty when a person watches a terminal.
 * A request's own line records method, path, status and time only, never headers or bodies; successful
 * requests log at debug, refused ones at info, failed ones at error.
 */
export function logOptions(config: AppConfig, service: ServiceName, tty = Boolean(process.stdout.isTTY)): Options {
  const base: LoggerOptions = {
    level: config.logLevel,
    base: { service },
    timestamp: stdTimeFunctions.isoTime,
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
  };
  return {
    ...base,
    // pino-pretty renders numeric levels itself; JSON gets the level's name.
    ...(tty
      ? { transport: { target: 'pino-pretty', options: { translateTime: 'SYS:HH:MM:ss.l', ignore: 'pid,hostname' } } }
      : { formatters: { level: (label: string) => ({ level: label }) } }),
    genReqId: correlationId,
    customAttributeKeys: { reqId: 'correlationId' },
    quietReqLogger: true,
    customProps: (req: IncomingMessage) => ({ traceId: requestTrace(req).traceId }),
    serializers: {
      req: (req: { method?: string; url?: string }) => ({ method: req.method, path: pathOf(req.url) }),
      res: (res: { statusCode?: number }) => ({ statusCode: res.statusCode }),
    },
    autoLogging: { ignore: (req: IncomingMessage) => QUIET_PATHS.some((p) => pathOf(req.url).startsWith(p)) },
    customLogLevel: (_req, res, error) => (error || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'info' : 'debug'),
  };
}
