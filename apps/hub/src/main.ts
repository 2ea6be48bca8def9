import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { loadConfig, nestLogLevels } from '#config';
import { HubModule } from './hub.module.js';
import { applyHttpSecurity } from './security/http-security.js';

const config = loadConfig();
const app = await NestFactory.create<NestExpressApplication>(HubModule, { logger: nestLogLevels(config.logLevel) });
applyHttpSecurity(app, config);
app.enableShutdownHooks();
await app.listen(config.hubPort, '127.0.0.1');
new Logger('Hub').log(`GraphQL on http://127.0.0.1:${config.hubPort}/graphql`);
