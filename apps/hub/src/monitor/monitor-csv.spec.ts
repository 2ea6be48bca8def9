import { describe, expect, it } from '@jest/globals';
import { publishFigures } from '#domain';
import { csvCell, csvLine, FIGURES_HEADER, figuresRow } from './monitor-csv.js';

describe('monitor CSV', () => {
  it('quotes separators and neutralises formulas', () => {
    expect(csvCell('Servicepunt "Noord", Utrecht')).toBe('"Servicepunt ""Noord"", Utrecht"');
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell(-1.5)).toBe('-1.5');
    expect(csvLine(['a', null, 3])).toBe('a,,3\r\n');
  });

  it('writes the published figures only: "<5" and counts rounded to ten', () => {
    const empty = new Array<number>(18).fill(0);
    const figures = publishFigures({
      counts: { submitted: 3, received: 27, receivedInTime: 20, accepted: 0, acceptedInTime: 0, rejected: 1, cancelled: 0, failed: 0, rerouted: 0, visits: 2 },
      histograms: { receiveWall: empty, receiveBusiness: empty, acceptWall: empty, acceptBusiness: empty },
    });
    const row = figuresRow('UWV', 'UWV', figures);
    expect(row).toHaveLength(FIGURES_HEADER.length);
    expect(row.slice(0, 5)).toEqual(['UWV', 'UWV', '<5', '30', '<5']);
    expect(row).not.toContain(3);
    expect(row).not.toContain('27');
  });
});
