import { ReferralAction } from './referral-action.js';

/** What a timeline entry records: the referral being created, or one lifecycle move. */
export const TimelineEventType = { CREATED: 'CREATED', ...ReferralAction } as const;
export type TimelineEventType = (typeof TimelineEventType)[keyof typeof TimelineEventType];
