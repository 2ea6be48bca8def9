import { Global, Module } from '@nestjs/common';
import { Registry } from 'prom-client';
import { BacklogCollector } from './backlog-collector.js';
import { MetricsController } from './metrics.controller.js';
import { createMetricsRegistry } from './metrics-registry.js';
import { WorkMetrics } from './work-metrics.js';

/** GET /metrics for hub and line worker; needs the persistence and lines modules. */
@Global()
@Module({
  controllers: [MetricsController],
  providers: [{ provide: Registry, useFactory: createMetricsRegistry }, WorkMetrics, BacklogCollector],
  exports: [Registry, WorkMetrics],
})
export class MetricsModule {}
