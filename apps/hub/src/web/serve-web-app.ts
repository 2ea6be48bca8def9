import { existsSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { Logger } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';

/** The slice of Express's request the fallback reads; Express's own types are not a dependency. */
interface PageRequest extends IncomingMessage {
  path: string;
  accepts(type: string): string | false;
}

interface PageResponse extends ServerResponse {
  sendFile(path: string): void;
}

/**
 * /visits: the printable citizen summary (GET /visits/:id/summary), answered by the hub itself;
 * /monitor-csv: the monitor's CSV downloads (GET /monitor-csv/:table; /monitor itself is the web page);
 * /health and /metrics: the operators' probes and scrape, which must never get the web app's page.
 */
const API_PREFIXES = ['/graphql', '/auth', '/oauth', '/visits', '/monitor-csv', '/health', '/metrics'];

/** Paths that belong to the API and sign-in routes, never to the web app. */
export function isApiPath(path: string): boolean {
  return API_PREFIXES.some((prefix) => path === prefix || path.startsWith(`${prefix}/`));
}

/**
 * Serves the built web app on the hub's own origin: hashed assets cached for a year, and every
 * other browser navigation answered with index.html so the app's own paths survive a reload.
 * /graphql (HTTP and WebSocket) stays with Apollo.
 */
export function serveWebApp(app: NestExpressApplication, distDir: string): boolean {
  const index = join(distDir, 'index.html');
  if (!existsSync(index)) {
    new Logger('Hub').warn(`no web app at ${distDir}; build it to serve the desk, line and monitor screens`);
    return false;
  }
  app.useStaticAssets(join(distDir, 'assets'), { prefix: '/assets/', immutable: true, maxAge: '365d', fallthrough: false });
  app.useStaticAssets(distDir, { index: false, maxAge: 0 });
  app.use((req: PageRequest, res: PageResponse, next: () => void) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || isApiPath(req.path) || !req.accepts('html')) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
  return true;
}
