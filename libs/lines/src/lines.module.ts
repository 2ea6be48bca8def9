import { Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Redis } from 'ioredis';
import { APP_CONFIG, type AppConfig, WEBHOOK_CONFIG, type WebhookConfig } from '#config';
import { EventPublisher } from './event-publisher.js';
import { LineProducer } from './line-producer.js';
import { createRedisConnection } from './redis-connection.js';
import { SlaTimerScheduler } from './sla-timer-scheduler.js';

export const REDIS = Symbol('REDIS');

/** Redis, the professional-line producer and the event publisher, shared by hub and line worker. */
@Global()
@Module({
  providers: [
    { provide: REDIS, inject: [APP_CONFIG], useFactory: (config: AppConfig) => createRedisConnection(config.redis, 'loketlijn') },
    { provide: LineProducer, inject: [REDIS, WEBHOOK_CONFIG], useFactory: (redis: Redis, webhooks: WebhookConfig) => new LineProducer(redis, webhooks.attempts) },
    { provide: EventPublisher, inject: [REDIS], useFactory: (redis: Redis) => new EventPublisher(redis) },
    { provide: SlaTimerScheduler, inject: [DataSource, REDIS], useFactory: (db: DataSource, redis: Redis) => new SlaTimerScheduler(db, redis) },
  ],
  exports: [REDIS, LineProducer, EventPublisher, SlaTimerScheduler],
})
export class LinesModule implements OnApplicationShutdown {
  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(LineProducer) private readonly producer: LineProducer,
    @Inject(SlaTimerScheduler) private readonly timers: SlaTimerScheduler,
  ) {}

  async onApplicationShutdown(): Promise<void> {
    await this.producer.close();
    await this.timers.close();
    await this.redis.quit().catch(() => undefined);
  }
}
