import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { loadConfig, nestLogLevels } from '#config';
import { HubModule } from './hub.module.js';
import { applyHttpSecurity } from './security/http-security.js';
import { serveWebApp } from './web/serve-web-app.js';

const config = loadConfig();
const app = await NestFactory.create<NestExpressApplication>(HubModule, { logger: nestLogLevels(config.logLevel) });
applyHttpSecurity(app, config);
app.enableShutdownHooks();
const web = serveWebApp(app, config.webDistDir);
await app.listen(config.hubPort, '127.0.0.1');
new Logger('Hub').log(`GraphQL on http://127.0.0.1:${config.hubPort}/graphql`);
if (web) new Logger('Hub').log(`Web app on http://127.0.0.1:${config.hubPort}/`);
