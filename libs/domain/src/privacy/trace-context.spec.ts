import { describe, expect, it } from '@jest/globals';
import { traceIdFromTraceparent } from './trace-context.js';

describe('traceIdFromTraceparent', () => {
  it('takes the trace id of a valid header', () => {
    expect(traceIdFromTraceparent('00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01')).toBe('4bf92f3577b34da6a3ce929d0e0e4736');
  });

  it('refuses malformed headers, version ff and all-zero ids', () => {
    for (const header of [undefined, '', 'garbage', 'ff-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01',
      '00-00000000000000000000000000000000-00f067aa0ba902b7-01', '00-4bf92f3577b34da6a3ce929d0e0e4736-0000000000000000-01']) {
      expect(traceIdFromTraceparent(header)).toBeNull();
    }
  });
});
