import helmet from '@fastify/helmet';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyServerOptions } from 'fastify';
import type { AppConfig } from '#config';

/** Request bodies stop at 100 kB, Express's old body-parser default (Fastify's own is 1 MB); sockets use it too. */
export const MAX_BODY_BYTES = 100 * 1024;

/**
 * What Fastify takes only when it is created: the body limit, and how many proxy hops of X-Forwarded-For
 * request.ip believes (rate limits count per address). A bare number would trust no hop at all in Fastify 5,
 * so the hop count is a function, as Express's "trust proxy" number was. Routing stays as lenient as
 * Express's (any letter case, a trailing slash ignored). Fastify sends no X-Powered-By.
 */
export function httpServerOptions(config: AppConfig): FastifyServerOptions {
  const hops = config.trustProxyHops;
  return {
    trustProxy: (_address: string, hop: number) => hop < hops,
    bodyLimit: MAX_BODY_BYTES,
    routerOptions: { caseSensitive: false, ignoreTrailingSlash: true },
  };
}

/**
 * Security headers for a JSON API that will also serve a same-origin single-page app: scripts,
 * styles, fonts and fetch/WebSocket only from our own origin, never framed, no plugins.
 */
export async function applyHttpSecurity(app: NestFastifyApplication, config: AppConfig): Promise<void> {
  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        ...(config.env === 'production' ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    strictTransportSecurity: { maxAge: 31_536_000, includeSubDomains: true },
    referrerPolicy: { policy: 'no-referrer' },
    crossOriginResourcePolicy: { policy: 'same-origin' },
    crossOriginOpenerPolicy: { policy: 'same-origin' },
    xFrameOptions: { action: 'deny' },
  });
}
