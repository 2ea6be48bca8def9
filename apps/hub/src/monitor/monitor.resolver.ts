import { Inject } from '@nestjs/common';
import { Query, Resolver } from '@nestjs/graphql';
import { Role } from '#domain';
import { Roles } from '#auth';
import { MonitorService } from './monitor.service.js';
import { LineFiguresType, ServicePointFiguresType } from './monitor.types.js';

@Resolver()
@Roles(Role.MONITOR, Role.ADMIN)
export class MonitorResolver {
  constructor(@Inject(MonitorService) private readonly monitor: MonitorService) {}

  @Query(() => [LineFiguresType], { description: 'Figures per professional line, for BZK.' })
  lineFigures() {
    return this.monitor.lines();
  }

  @Query(() => [ServicePointFiguresType], { description: 'Figures per service point, for BZK: referrals and warm visits open now.' })
  servicePointFigures() {
    return this.monitor.servicePoints();
  }
}
