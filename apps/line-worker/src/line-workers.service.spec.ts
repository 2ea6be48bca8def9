import { describe, expect, it } from '@jest/globals';
import { LineJobName } from '#lines';
import { assertHandlers } from './line-workers.service.js';

describe('assertHandlers', () => {
  it('accepts exactly one handler per job name', () => {
    expect(() => assertHandlers({ [LineJobName.DELIVER_REFERRAL]: () => undefined })).not.toThrow();
  });

  it('refuses a missing or an unknown handler', () => {
    expect(() => assertHandlers({})).toThrow(/do not match the job map/);
    expect(() => assertHandlers({ [LineJobName.DELIVER_REFERRAL]: 1, 'referral.other': 2 })).toThrow(/referral.other/);
  });
});
