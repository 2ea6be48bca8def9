import { type DynamicModule, Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { APP_CONFIG, type AppConfig } from '#config';
import { logOptions, type ServiceName } from './log-options.js';

/** Structured logs for an app; main.ts hands Nest's logger over to it (`app.useLogger(app.get(Logger))`). */
@Module({})
export class LoggingModule {
  static forService(service: ServiceName): DynamicModule {
    return {
      module: LoggingModule,
      imports: [LoggerModule.forRootAsync({ inject: [APP_CONFIG], useFactory: (config: AppConfig) => ({ pinoHttp: logOptions(config, service) }) })],
    };
  }
}
