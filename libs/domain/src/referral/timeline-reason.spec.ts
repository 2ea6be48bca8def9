import { describe, expect, it } from '@jest/globals';
import { SlaDeadline } from '../sla/sla-policy.js';
import { AppointmentKind } from './appointment.js';
import { ReferralAction } from './referral-action.js';
import { ReferralNote, TimelineEventType } from './timeline-event-type.js';
import { readTimelineReason, TIMELINE_REASON_CODES, TimelineReasonCode, timelineReasonText } from './timeline-reason.js';

const ACCOUNT = '0b6f3c1e-8a55-4c8e-9d47-2f1a6f0c9e11';

describe('readTimelineReason reads back what the hub writes', () => {
  it('takes a coded reason and its note apart', () => {
    expect(readTimelineReason(ReferralAction.REJECT, timelineReasonText.coded('INSUFFICIENT_INFORMATION', 'Telefoonnummer ontbreekt'))).toMatchObject({
      code: TimelineReasonCode.INSUFFICIENT_INFORMATION,
      note: 'Telefoonnummer ontbreekt',
    });
    expect(readTimelineReason(ReferralAction.FAIL, 'CITIZEN_UNREACHABLE')).toMatchObject({ code: TimelineReasonCode.CITIZEN_UNREACHABLE, note: null });
    expect(readTimelineReason(ReferralAction.CANCEL, 'Burger heeft het zelf geregeld')).toMatchObject({ code: null, note: 'Burger heeft het zelf geregeld' });
  });

  it('finds references, appointments, handlers and deadlines instead of showing them raw', () => {
    expect(readTimelineReason(ReferralNote.REROUTED, timelineReasonText.reroutedTo('LL-001234')).relatedReference).toBe('LL-001234');
    expect(readTimelineReason(TimelineEventType.CREATED, timelineReasonText.reroutedFrom('LL-001233')).relatedReference).toBe('LL-001233');
    expect(readTimelineReason(ReferralNote.REASSIGNED, timelineReasonText.assignedTo(ACCOUNT)).handlerId).toBe(ACCOUNT);
    const at = new Date('2026-12-03T13:30:00.000Z');
    expect(readTimelineReason(ReferralNote.SCHEDULED, timelineReasonText.scheduled(AppointmentKind.APPOINTMENT, at))).toMatchObject({
      scheduledKind: AppointmentKind.APPOINTMENT,
      scheduledAt: at,
      note: null,
    });
    expect(readTimelineReason(ReferralNote.ESCALATED, timelineReasonText.deadlinePassed(SlaDeadline.ACCEPT)).code).toBe(TimelineReasonCode.ACCEPT_DEADLINE_PASSED);
    expect(readTimelineReason(ReferralAction.COMPLETE, timelineReasonText.outcomeRecorded).code).toBe(TimelineReasonCode.OUTCOME_RECORDED);
  });

  it('knows every code it can return', () => {
    expect(TIMELINE_REASON_CODES).toEqual(expect.arrayContaining(['NOT_OUR_DOMAIN', 'UNDELIVERABLE', 'VISIT_ABANDONED', 'RECEIVE_DEADLINE_PASSED']));
    expect(readTimelineReason(ReferralAction.HOLD, null)).toMatchObject({ code: null, note: null });
  });
});
