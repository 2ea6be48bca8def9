import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { LineWorkerModule } from './line-worker.module.js';

const app = await NestFactory.createApplicationContext(LineWorkerModule, { logger: ['error', 'warn', 'log'] });
app.enableShutdownHooks();
new Logger('LineWorker').log('processing the professional lines');
