import { describe, expect, it } from '@jest/globals';
import { HTTP } from 'cloudevents';
import { AgencyCode, ReferralAction, ReferralNote, ReferralStatus, TimelineEventType } from '#domain';
import { referralCloudEvent, referralEventType } from './referral-cloud-event.js';

const row = {
  eventId: '4711',
  referralId: '7f1e0d3c-0000-4000-8000-000000000001',
  agencyCode: AgencyCode.SVB,
  type: ReferralAction.HOLD,
  fromStatus: ReferralStatus.REQUESTED,
  toStatus: ReferralStatus.ON_HOLD,
  occurredAt: new Date('2026-11-27T10:00:00.000Z'),
};

describe('referral CloudEvents (NL GOV profile)', () => {
  it('names every status with a reverse-DNS type', () => {
    for (const status of Object.values(ReferralStatus)) {
      expect(referralEventType(ReferralAction.START, status)).toMatch(/^nl\.overheid\.loketlijn\.referral-[a-z]+(-[a-z]+)*$/);
    }
    expect(referralEventType(ReferralAction.START, ReferralStatus.IN_PROGRESS)).toBe('nl.overheid.loketlijn.referral-in-progress');
  });

  it('names what happened when the status stayed: a withdrawn consent or a note is not a move', () => {
    expect(referralEventType(TimelineEventType.CONSENT_WITHDRAWN, ReferralStatus.RECEIVED)).toBe('nl.overheid.loketlijn.referral-consent-withdrawn');
    expect(referralEventType(ReferralNote.ESCALATED, ReferralStatus.REQUESTED)).toBe('nl.overheid.loketlijn.referral-escalated');
    const notes = [TimelineEventType.CONSENT_WITHDRAWN, ...Object.values(ReferralNote)].map((t) => referralEventType(t, ReferralStatus.REQUESTED));
    const statuses = Object.values(ReferralStatus).map((s) => referralEventType(ReferralAction.START, s));
    // No note is mistaken for a status by a receiver that switches on the type.
    expect(notes.filter((t) => statuses.includes(t))).toEqual([]);
  });

  it('builds a valid 1.0 envelope whose id is the timeline event and whose data holds ids and statuses only', () => {
    const event = referralCloudEvent(row, 'urn:nl:loketlijn:hub');
    const again = referralCloudEvent(row, 'urn:nl:loketlijn:hub');
    expect(event.id).toBe(again.id);
    const { headers, body } = HTTP.structured(event);
    expect(headers['content-type']).toMatch(/^application\/cloudevents\+json/);
    expect(JSON.parse(body as string)).toEqual({
      specversion: '1.0',
      id: '4711',
      source: 'urn:nl:loketlijn:hub',
      type: 'nl.overheid.loketlijn.referral-on-hold',
      subject: row.referralId,
      time: '2026-11-27T10:00:00.000Z',
      datacontenttype: 'application/json',
      sequence: '00000000000000004711',
      data: { referralId: row.referralId, agencyCode: 'SVB', status: 'ON_HOLD', previousStatus: 'REQUESTED' },
    });
  });
});
