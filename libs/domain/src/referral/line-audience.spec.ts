import { describe, expect, it } from '@jest/globals';
import { LineAudience, lineAudienceOf } from './line-audience.js';
import { TimelineEventType } from './timeline-event-type.js';

describe('line audience', () => {
  it('sends escalations to the coordinators alone and every other event to the whole line', () => {
    const forCoordinators = Object.values(TimelineEventType).filter((type) => lineAudienceOf(type) === LineAudience.COORDINATORS);
    expect(forCoordinators).toEqual([TimelineEventType.ESCALATED]);
  });
});
