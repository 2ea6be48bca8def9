import { existsSync } from 'node:fs';
import { join } from 'node:path';
import accepts from '@fastify/accepts';
import fastifyStatic from '@fastify/static';
import { Logger } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { isApiPath } from './api-paths.js';

/**
 * Serves the built web app on the hub's own origin: hashed assets cached for a year, and every
 * other browser navigation answered with index.html so the app's own paths survive a reload.
 * /graphql (HTTP and WebSocket) stays with Apollo.
 */
export async function serveWebApp(app: NestFastifyApplication, distDir: string): Promise<boolean> {
  if (!existsSync(join(distDir, 'index.html'))) {
    new Logger('Hub').warn(`no web app at ${distDir}; build it to serve the desk, line and monitor screens`);
    return false;
  }
  await app.register(accepts);
  await app.register(fastifyStatic, { root: join(distDir, 'assets'), prefix: '/assets/', immutable: true, maxAge: '365d' });
  // One route per file beside index.html, read at boot: every other path stays unmatched, for the app's pages.
  await app.register(fastifyStatic, { root: distDir, index: false, maxAge: 0, wildcard: false, globIgnore: ['assets/**'], decorateReply: false });
  // Fastify has one not-found handler and Nest owns it; a request bound for it gets the page here first.
  app.getHttpAdapter().getInstance().addHook('onRequest', (request: FastifyRequest, reply: FastifyReply, done: () => void) => {
    if (!isPageNavigation(request)) return done();
    reply.header('cache-control', 'no-cache').sendFile('index.html', distDir, { cacheControl: false });
  });
  return true;
}

/** A browser asking for a page of the app: nothing else answers the path, it is no API path, HTML will do. */
function isPageNavigation(request: FastifyRequest): boolean {
  if (!request.is404 || (request.method !== 'GET' && request.method !== 'HEAD')) return false;
  return !isApiPath(request.url.split('?')[0]!) && request.accepts().type('html') !== false;
}
