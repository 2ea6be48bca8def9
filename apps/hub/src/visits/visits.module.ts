import { Module } from '@nestjs/common';
import { DirectoryModule } from '../directory/directory.module.js';
import { CitizenSummaryService } from './citizen-summary.service.js';
import { LetGoResolver } from './let-go.resolver.js';
import { LetGoService } from './let-go.service.js';
import { VisitSummaryController } from './visit-summary.controller.js';
import { VisitsResolver } from './visits.resolver.js';
import { VisitsService } from './visits.service.js';

@Module({
  imports: [DirectoryModule],
  controllers: [VisitSummaryController],
  providers: [VisitsResolver, VisitsService, LetGoResolver, LetGoService, CitizenSummaryService],
})
export class VisitsModule {}
