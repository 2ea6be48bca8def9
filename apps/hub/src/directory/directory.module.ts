import { Module } from '@nestjs/common';
import { DirectoryResolver } from './directory.resolver.js';
import { DirectoryService } from './directory.service.js';

@Module({ providers: [DirectoryResolver, DirectoryService], exports: [DirectoryService] })
export class DirectoryModule {}
