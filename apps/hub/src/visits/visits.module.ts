import { Module } from '@nestjs/common';
import { DirectoryModule } from '../directory/directory.module.js';
import { VisitsResolver } from './visits.resolver.js';
import { VisitsService } from './visits.service.js';

@Module({ imports: [DirectoryModule], providers: [VisitsResolver, VisitsService] })
export class VisitsModule {}
