import { describe, expect, it } from '@jest/globals';
import { csvParams, defaultPeriod, filterInput, filtersFrom, searchFor } from './monitor-filters';

describe('monitor filters in the query string', () => {
  const now = new Date('2026-03-30T22:30:00Z'); // already 31 March in Amsterdam

  it('defaults to the last four weeks up to today, in Dutch days', () => {
    expect(defaultPeriod(now)).toEqual({ from: '2026-03-04', to: '2026-03-31' });
    expect(filtersFrom('', now)).toMatchObject({ from: '2026-03-04', to: '2026-03-31', agency: '', channel: '' });
  });

  it('survives a round trip through the address bar', () => {
    const filters = filtersFrom('?from=2026-01-01&to=2026-01-31&agency=UWV&channel=PHONE&servicePoint=sp-1', now);
    expect(filtersFrom(searchFor(filters), now)).toEqual(filters);
    expect(searchFor(filters)).toBe('?from=2026-01-01&to=2026-01-31&servicePoint=sp-1&agency=UWV&channel=PHONE');
  });

  it('asks the API and the CSV endpoint for the same narrowing; an empty choice means all', () => {
    const filters = filtersFrom('?agency=UWV&municipality=Utrecht', now);
    expect(filterInput(filters)).toEqual({
      servicePointIds: undefined,
      municipalities: ['Utrecht'],
      agencyCodes: ['UWV'],
      topicIds: undefined,
      urgencies: undefined,
      channels: undefined,
    });
    expect(csvParams(filters).toString()).toBe('from=2026-03-04&to=2026-03-31&municipalities=Utrecht&agencyCodes=UWV');
  });
});
