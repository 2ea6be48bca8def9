import { Module } from '@nestjs/common';
import { CLOCK, systemClock } from '#lines';
import { AppointmentsResolver } from './appointments.resolver.js';
import { AppointmentsService } from './appointments.service.js';

@Module({ providers: [AppointmentsResolver, AppointmentsService, { provide: CLOCK, useValue: systemClock }], exports: [AppointmentsService] })
export class AppointmentsModule {}
