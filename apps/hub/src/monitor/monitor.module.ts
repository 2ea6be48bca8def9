import { Module } from '@nestjs/common';
import { CLOCK, systemClock } from '#lines';
import { MonitorFiguresResolver } from './monitor-figures.resolver.js';
import { MonitorFiguresService } from './monitor-figures.service.js';
import { MonitorResolver } from './monitor.resolver.js';
import { MonitorService } from './monitor.service.js';

@Module({ providers: [MonitorResolver, MonitorService, MonitorFiguresResolver, MonitorFiguresService, { provide: CLOCK, useValue: systemClock }] })
export class MonitorModule {}
