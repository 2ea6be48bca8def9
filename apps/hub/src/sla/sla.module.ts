import { Module } from '@nestjs/common';
import { CLOCK, systemClock } from '#lines';
import { DeadlineStateResolver } from './deadline-state.resolver.js';
import { SlaResolver } from './sla.resolver.js';
import { SlaService } from './sla.service.js';

@Module({ providers: [SlaResolver, SlaService, DeadlineStateResolver, { provide: CLOCK, useValue: systemClock }] })
export class SlaModule {}
