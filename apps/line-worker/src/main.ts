import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { loadConfig, nestLogLevels } from '#config';
import { LineWorkerModule } from './line-worker.module.js';

const config = loadConfig();
const app = await NestFactory.createApplicationContext(LineWorkerModule, { logger: nestLogLevels(config.logLevel) });
app.enableShutdownHooks();
new Logger('LineWorker').log('processing the professional lines');
