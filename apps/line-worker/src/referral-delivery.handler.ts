import { Inject, Injectable, Logger } from '@nestjs/common';
import { DeliveryMode, DomainErrorCode, DomainException, Party, ReferralAction } from '#domain';
import { LineProducer, type LineJobMap, type LineJobName } from '#lines';
import { type MoveCommand, moveReferral, moveReferralIn, ReferralRepository, ScopedDatabase, SYSTEM_SCOPE } from '#persistence';

/** REQUESTED -> RECEIVED, by the line itself. */
const receiveCommand = (referralId: string): MoveCommand => ({
  referralId,
  action: ReferralAction.RECEIVE,
  party: Party.LINE,
  actor: { id: null, role: 'LINE' },
  isVisible: () => true,
});

/**
 * Delivers a submitted referral: into its agency's inbox (marks it RECEIVED), or, for an agency
 * with its own system, onto that system's webhook queue (the system acknowledges it later).
 * Idempotent: a duplicate or late job finds the referral already moved on and does nothing.
 */
@Injectable()
export class ReferralDeliveryHandler {
  private readonly logger = new Logger('ReferralDelivery');

  constructor(
    @Inject(ScopedDatabase) private readonly db: ScopedDatabase,
    @Inject(LineProducer) private readonly producer: LineProducer,
  ) {}

  /** The route and the move in one transaction: the handoff waits for one commit, not two. */
  async deliver(data: LineJobMap[LineJobName.DELIVER_REFERRAL]): Promise<void> {
    const system = await this.delivered(data.referralId, () =>
      this.db.run(SYSTEM_SCOPE, async (manager) => {
        const route = await new ReferralRepository(manager).deliveryRoute(data.referralId);
        if (route?.mode === DeliveryMode.SYSTEM) return route;
        await moveReferralIn(manager, receiveCommand(data.referralId));
        return null;
      }),
    );
    if (system) await this.producer.addWebhooks([{ agency: system.agencyCode, data: { referralId: data.referralId, eventId: data.eventId } }]);
  }

  /** Into the inbox: REQUESTED -> RECEIVED, by the line itself (a system's acknowledgement lands here too). */
  async receive(referralId: string): Promise<void> {
    await this.delivered(referralId, () => moveReferral(this.db, SYSTEM_SCOPE, receiveCommand(referralId)));
  }

  /** A referral that has moved on (or is gone) was delivered already: logged, not retried. */
  private async delivered<T>(referralId: string, work: () => Promise<T>): Promise<T | null> {
    try {
      return await work();
    } catch (error) {
      if (error instanceof DomainException && error.code !== DomainErrorCode.INVALID_INPUT) {
        this.logger.log(`referral ${referralId} not delivered: ${error.code} (${error.details.currentStatus ?? 'missing'})`);
        return null;
      }
      throw error;
    }
  }
}
