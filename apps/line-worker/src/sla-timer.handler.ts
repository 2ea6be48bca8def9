import { Inject, Injectable } from '@nestjs/common';
import { type Clock, CLOCK, type TimerJobMap, type TimerJobName } from '#lines';
import { fireSlaTimer, ScopedDatabase, type TimerFiring } from '#persistence';

/** Fires an SLA timer at the injected clock's now; the persistence side makes it exactly-once. */
@Injectable()
export class SlaTimerHandler {
  constructor(
    @Inject(ScopedDatabase) private readonly db: ScopedDatabase,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  fire(data: TimerJobMap[TimerJobName.FIRE_SLA_TIMER]): Promise<TimerFiring> {
    return fireSlaTimer(this.db, data.timerId, this.clock());
  }
}
