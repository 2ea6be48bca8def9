import { Module } from '@nestjs/common';
import { MonitorResolver } from './monitor.resolver.js';
import { MonitorService } from './monitor.service.js';

@Module({ providers: [MonitorResolver, MonitorService] })
export class MonitorModule {}
