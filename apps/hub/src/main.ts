import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Logger as PinoLogger } from 'nestjs-pino';
import { loadConfig } from '#config';
import { enableGracefulShutdown } from '#operations';
import { limitWebSocketPayload } from './graphql/websocket-payload-limit.js';
import { closeSocketsForRestart } from './graphql/websocket-server.js';
import { HubModule } from './hub.module.js';
import { applyHttpSecurity } from './security/http-security.js';
import { serveWebApp } from './web/serve-web-app.js';

const config = loadConfig();
// Boot lines wait for pino (LoggingModule), so every line of the process has the same shape.
const app = await NestFactory.create<NestExpressApplication>(HubModule, { bufferLogs: true });
app.useLogger(app.get(PinoLogger));
applyHttpSecurity(app, config);
enableGracefulShutdown(app, { graceMs: config.shutdownGraceMs, logger: new Logger('Hub'), first: () => closeSocketsForRestart(app) });
const web = serveWebApp(app, config.webDistDir);
await app.init();
limitWebSocketPayload(app);
await app.listen(config.hubPort, config.hubHost);
new Logger('Hub').log(`GraphQL on http://${config.hubHost}:${config.hubPort}/graphql`);
if (web) new Logger('Hub').log(`Web app on http://${config.hubHost}:${config.hubPort}/`);
