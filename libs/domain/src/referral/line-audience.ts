import { ReferralNote, type TimelineEventType } from './timeline-event-type.js';

/** Who on the agency's side hears a referral event live. */
export enum LineAudience {
  /** Everyone who answers the line: its specialists and coordinators. */
  LINE = 'LINE',
  /** The agency's coordinators alone: an escalation calls them in, not every specialist. */
  COORDINATORS = 'COORDINATORS',
}

export function lineAudienceOf(type: TimelineEventType): LineAudience {
  return type === ReferralNote.ESCALATED ? LineAudience.COORDINATORS : LineAudience.LINE;
}
