import { Module } from '@nestjs/common';
import { CLOCK, systemClock } from '#lines';
import { MonitorCsvController } from './monitor-csv.controller.js';
import { MonitorFiguresResolver } from './monitor-figures.resolver.js';
import { MonitorFiguresService } from './monitor-figures.service.js';

@Module({
  controllers: [MonitorCsvController],
  providers: [MonitorFiguresResolver, MonitorFiguresService, { provide: CLOCK, useValue: systemClock }],
})
export class MonitorModule {}
