import 'reflect-metadata';
import type { AddressInfo } from 'node:net';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Logger as PinoLogger } from 'nestjs-pino';
import { loadConfig } from '#config';
import { enableGracefulShutdown } from '#operations';
import { LineWorkerModule } from './line-worker.module.js';

const config = loadConfig();
// An HTTP server of its own for the health probes only; the work comes from the queues.
const app = await NestFactory.create<NestExpressApplication>(LineWorkerModule, { bufferLogs: true });
app.useLogger(app.get(PinoLogger));
app.disable('x-powered-by');
enableGracefulShutdown(app, { graceMs: config.shutdownGraceMs, logger: new Logger('LineWorker') });
await app.listen(config.workerPort, config.workerHost);
const { port } = app.getHttpServer().address() as AddressInfo;
new Logger('LineWorker').log(`processing the professional lines; health on http://${config.workerHost}:${port}/health`);
