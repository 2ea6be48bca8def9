import { describe, expect, it } from '@jest/globals';
import { TimerJobName } from '#lines';
import { assertTimerHandlers } from './sla-timer-worker.service.js';

describe('assertTimerHandlers', () => {
  it('accepts exactly one handler per timer job name and refuses anything else', () => {
    expect(() => assertTimerHandlers({ [TimerJobName.FIRE_SLA_TIMER]: () => undefined })).not.toThrow();
    expect(() => assertTimerHandlers({})).toThrow(/do not match the job map/);
    expect(() => assertTimerHandlers({ [TimerJobName.FIRE_SLA_TIMER]: 1, 'sla.timer.other': 2 })).toThrow(/sla.timer.other/);
  });
});
