import type { Provider } from '@nestjs/common';
import { RedisPubSub } from 'graphql-redis-subscriptions';
import { APP_CONFIG, type AppConfig } from '#config';
import { createRedisConnection } from '#lines';

export const PUB_SUB = Symbol('PUB_SUB');

/** Each hub subscribes to Redis once; events published by any relay reach every hub's subscribers. */
export const pubSubProvider: Provider = {
  provide: PUB_SUB,
  inject: [APP_CONFIG],
  useFactory: (config: AppConfig) =>
    new RedisPubSub({
      publisher: createRedisConnection(config.redis, 'loketlijn-hub-pub'),
      subscriber: createRedisConnection(config.redis, 'loketlijn-hub-sub'),
    }),
};
