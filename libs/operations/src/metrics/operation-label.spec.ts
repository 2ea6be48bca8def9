import { describe, expect, it } from '@jest/globals';
import { OperationLabels, OTHER_OPERATION } from './operation-label.js';

describe('OperationLabels', () => {
  it('keeps the first names up to the cap, then counts every new one as other', () => {
    const labels = new OperationLabels(2);
    expect([labels.label('OpenVisit'), labels.label('Inbox'), labels.label('Board'), labels.label('OpenVisit')]).toEqual(['OpenVisit', 'Inbox', OTHER_OPERATION, 'OpenVisit']);
  });

  it('never labels with a name that could carry data or break the exposition', () => {
    const labels = new OperationLabels(100);
    expect(labels.label(undefined)).toBe('anonymous');
    expect(labels.label('q111222333')).toBe(OTHER_OPERATION);
    expect(labels.label('x'.repeat(65))).toBe(OTHER_OPERATION);
    expect(labels.label('a"b')).toBe(OTHER_OPERATION);
    expect(labels.label(OTHER_OPERATION)).toBe(OTHER_OPERATION);
    expect(labels.label('Step2')).toBe('Step2');
  });
});
