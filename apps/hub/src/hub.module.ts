import './graphql/register-enums.js';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { AccessGuard } from '#auth';
import { APP_CONFIG, type AppConfig, ConfigModule } from '#config';
import { LinesModule } from '#lines';
import { HealthModule, LoggingModule, MetricsModule } from '#operations';
import { PersistenceModule } from '#persistence';
import { Registry } from 'prom-client';
import { PrivacyModule } from '#privacy';
import { AgencySystemsModule } from './agency-systems/agency-systems.module.js';
import { ActorResolver } from './auth/actor-resolver.js';
import { IdentityModule } from './auth/identity.module.js';
import { SignInModule } from './auth/sign-in.module.js';
import { AppointmentsModule } from './appointments/appointments.module.js';
import { DirectoryModule } from './directory/directory.module.js';
import { EventsModule } from './events/events.module.js';
import { graphqlOptions } from './graphql/graphql-options.js';
import { InputValidationPipe } from './graphql/input-validation.pipe.js';
import { OpenSockets } from './graphql/open-sockets.js';
import { PassThroughExceptionFilter } from './graphql/pass-through-exception.filter.js';
import { LineFeatureModule } from './lines/lines.module.js';
import { MonitorModule } from './monitor/monitor.module.js';
import { PrivacyOfficerModule } from './privacy/privacy-officer.module.js';
import { ReferralsModule } from './referrals/referrals.module.js';
import { RequestRateLimiter } from './security/request-rate-limiter.js';
import { SlaModule } from './sla/sla.module.js';
import { VisitsModule } from './visits/visits.module.js';

/** Feature modules of the GraphQL API. Shared with the schema printer, which needs no database. */
export const FEATURE_MODULES = [
  SignInModule,
  DirectoryModule,
  VisitsModule,
  ReferralsModule,
  LineFeatureModule,
  MonitorModule,
  EventsModule,
  PrivacyOfficerModule,
  SlaModule,
  AppointmentsModule,
  AgencySystemsModule,
];

@Module({
  imports: [
    ConfigModule,
    LoggingModule.forService('hub'),
    PersistenceModule,
    PrivacyModule,
    LinesModule,
    IdentityModule,
    HealthModule,
    MetricsModule,
    GraphQLModule.forRootAsync<ApolloDriverConfig>({
      driver: ApolloDriver,
      inject: [APP_CONFIG, ActorResolver, RequestRateLimiter, OpenSockets, Registry],
      useFactory: (config: AppConfig, actors: ActorResolver, rateLimiter: RequestRateLimiter, sockets: OpenSockets, metrics: Registry) =>
        graphqlOptions(config, { actors, rateLimiter, sockets }, metrics),
    }),
    ...FEATURE_MODULES,
  ],
  providers: [
    { provide: APP_GUARD, useClass: AccessGuard },
    { provide: APP_PIPE, useClass: InputValidationPipe },
    { provide: APP_FILTER, useClass: PassThroughExceptionFilter },
  ],
})
export class HubModule {}
