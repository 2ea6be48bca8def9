import { Global, Module } from '@nestjs/common';
import { APP_CONFIG } from './app-config.js';
import { loadConfig } from './load-config.js';
import { loadWebhookConfig, WEBHOOK_CONFIG } from './webhook-config.js';

@Global()
@Module({
  providers: [
    { provide: APP_CONFIG, useFactory: () => loadConfig() },
    { provide: WEBHOOK_CONFIG, useFactory: () => loadWebhookConfig() },
  ],
  exports: [APP_CONFIG, WEBHOOK_CONFIG],
})
export class ConfigModule {}
