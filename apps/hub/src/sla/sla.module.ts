import { Module } from '@nestjs/common';
import { CLOCK, systemClock } from '#lines';
import { SlaResolver } from './sla.resolver.js';
import { SlaService } from './sla.service.js';

@Module({ providers: [SlaResolver, SlaService, { provide: CLOCK, useValue: systemClock }] })
export class SlaModule {}
