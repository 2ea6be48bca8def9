import { Global, Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { HealthController } from './health.controller.js';
import { PostgresHealth } from './postgres.health.js';
import { QueueAttachments } from './queue-attachments.js';
import { RedisHealth } from './redis.health.js';

/** GET /health/live and /health/ready for hub and line worker; needs the persistence and lines modules. */
@Global()
@Module({
  imports: [TerminusModule.forRoot({ errorLogStyle: 'json' })],
  controllers: [HealthController],
  providers: [PostgresHealth, RedisHealth, QueueAttachments],
  exports: [QueueAttachments],
})
export class HealthModule {}
