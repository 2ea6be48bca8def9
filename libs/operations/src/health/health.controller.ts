import { Controller, Get, Header, Inject } from '@nestjs/common';
import { HealthCheck, HealthCheckService } from '@nestjs/terminus';
import { Public } from '#auth';
import { PostgresHealth } from './postgres.health.js';
import { QueueAttachments } from './queue-attachments.js';
import { RedisHealth } from './redis.health.js';

/**
 * Probes for the orchestrator, public like a load balancer needs them and outside GraphQL (so outside
 * its rate limits). Live: the process answers. Ready: it can do its work now; a 503 names the failed check.
 */
@Controller('health')
@Public()
export class HealthController {
  constructor(
    @Inject(HealthCheckService) private readonly health: HealthCheckService,
    @Inject(PostgresHealth) private readonly postgres: PostgresHealth,
    @Inject(RedisHealth) private readonly redis: RedisHealth,
    @Inject(QueueAttachments) private readonly queues: QueueAttachments,
  ) {}

  @Get('live')
  @HealthCheck()
  @Header('Cache-Control', 'no-store')
  live() {
    return this.health.check([]);
  }

  @Get('ready')
  @HealthCheck()
  @Header('Cache-Control', 'no-store')
  ready() {
    return this.health.check([
      () => this.postgres.database(),
      () => this.postgres.migrations(),
      () => this.redis.redisReady(),
      () => this.queues.queues(),
    ]);
  }
}
