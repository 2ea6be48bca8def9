import type { Redis } from 'ioredis';
import { type AgencyCode, LineAudience, lineAudienceOf, ReferralStatus, type TimelineEventType } from '#domain';
import { coordinatorChannel, lineChannel, type ReferralEventMessage, servicePointChannel } from './referral-event-message.js';

/** Fans referral events out to every hub instance over Redis pub/sub. */
export class EventPublisher {
  constructor(private readonly redis: Redis) {}

  async publish(messages: readonly ReferralEventMessage[]): Promise<void> {
    if (messages.length === 0) return;
    const pipeline = this.redis.pipeline();
    for (const message of messages) {
      const payload = JSON.stringify(message);
      pipeline.publish(servicePointChannel(message.servicePointId), payload);
      if (isOnTheLine(message)) pipeline.publish(agencyChannel(message.agencyCode, message.type), payload);
    }
    await pipeline.exec();
  }
}

/** An agency never learns of drafts, nor of a draft that was withdrawn before it was sent. */
export function isOnTheLine(message: Pick<ReferralEventMessage, 'fromStatus' | 'toStatus'>): boolean {
  if (message.toStatus === ReferralStatus.DRAFT) return false;
  return message.fromStatus !== ReferralStatus.DRAFT || message.toStatus === ReferralStatus.REQUESTED;
}

/** The agency-side channel an event goes to: the whole line, or its coordinators alone. */
function agencyChannel(agency: AgencyCode, type: TimelineEventType): string {
  switch (lineAudienceOf(type)) {
    case LineAudience.LINE:
      return lineChannel(agency);
    case LineAudience.COORDINATORS:
      return coordinatorChannel(agency);
  }
}
