import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { loadConfig, nestLogLevels } from '#config';
import { HubModule } from './hub.module.js';

const config = loadConfig();
const app = await NestFactory.create(HubModule, { logger: nestLogLevels(config.logLevel) });
app.enableShutdownHooks();
await app.listen(config.hubPort, '127.0.0.1');
new Logger('Hub').log(`GraphQL on http://127.0.0.1:${config.hubPort}/graphql`);
