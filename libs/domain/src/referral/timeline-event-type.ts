import { ReferralAction } from './referral-action.js';

/** What a timeline entry records: the referral being created, consent being withdrawn, or one lifecycle move. */
export const TimelineEventType = { CREATED: 'CREATED', CONSENT_WITHDRAWN: 'CONSENT_WITHDRAWN', ...ReferralAction } as const;
export type TimelineEventType = (typeof TimelineEventType)[keyof typeof TimelineEventType];
