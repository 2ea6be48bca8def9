import type { Server, ServerResponse } from 'node:http';
import type { INestApplication, LoggerService } from '@nestjs/common';

export interface GracefulShutdownOptions {
  /** How long in-flight requests, jobs and hooks may take before the process stops anyway (exit 1). */
  readonly graceMs: number;
  readonly logger: LoggerService;
  /** Runs before the server stops accepting: the hub tells WebSocket clients to reconnect elsewhere. */
  readonly first?: () => void;
}

/**
 * SIGTERM (and SIGINT) end the process in order: `first`, stop accepting connections, wait for
 * in-flight requests, then Nest's hooks (BullMQ workers finish their active jobs, the relay stops,
 * pools close), and exit 0. Replaces Nest's enableShutdownHooks, which re-raises the signal (exit 143).
 */
export function enableGracefulShutdown(app: INestApplication, options: GracefulShutdownOptions): void {
  let started = false;
  const shutDown = (signal: NodeJS.Signals) => {
    if (started) return;
    started = true;
    options.logger.log(`${signal}: shutting down within ${options.graceMs} ms`);
    setTimeout(() => {
      options.logger.error(`shutdown grace of ${options.graceMs} ms ran out; stopping with work unfinished`);
      process.exit(1);
    }, options.graceMs).unref();
    drain(app, options)
      .then(() => {
        options.logger.log('shut down gracefully');
        process.exit(0);
      })
      .catch((error: unknown) => {
        options.logger.error(`shutdown failed: ${error instanceof Error ? error.name : 'unknown'}`);
        process.exit(1);
      });
  };
  process.once('SIGTERM', shutDown);
  process.once('SIGINT', shutDown);
}

async function drain(app: INestApplication, options: GracefulShutdownOptions): Promise<void> {
  options.first?.();
  const server = app.getHttpServer() as Server;
  // A client under load keeps its keep-alive connection busy, so it would never go idle: from now on
  // every answer ends its connection, and the client opens its next one elsewhere.
  server.prependListener('request', (_request, response: ServerResponse) => response.setHeader('Connection', 'close'));
  const closed = new Promise<void>((done) => server.close(() => done()));
  server.closeIdleConnections();
  await closed;
  await app.close();
}
