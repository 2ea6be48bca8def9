import { describe, expect, it } from '@jest/globals';
import { SubmissionKeys } from './submission-keys';

describe('SubmissionKeys', () => {
  it('keeps the key of a submission until it is settled, then starts a new one', () => {
    let n = 0;
    const keys = new SubmissionKeys(() => `key-${++n}`);
    expect(keys.keyFor('openVisit {"a":1}')).toBe('key-1');
    expect(keys.keyFor('openVisit {"a":1}')).toBe('key-1');
    expect(keys.keyFor('openVisit {"a":2}')).toBe('key-2');
    keys.settled('openVisit {"a":1}');
    expect(keys.keyFor('openVisit {"a":1}')).toBe('key-3');
  });
});
