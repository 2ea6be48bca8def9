import { type AgencyCode, isDeadlineMet, ReferralNote, type SlaDeadline, SlaTimerKind, TIMER_DEADLINE, Urgency } from '#domain';
import { ReferralEntity } from '../entities/referral.entity.js';
import { ReferralTimerEntity, TimerOutcome } from '../entities/referral-timer.entity.js';
import { appendTimelineEvent } from '../referrals/timeline-writer.js';
import { SYSTEM_SCOPE } from '../scope/db-scope.js';
import type { ScopedDatabase } from '../scope/scoped-database.js';

/** A deadline that passed unmet: reminders fire at the deadline itself (escalations after a grace), so it is counted once. */
export interface MissedDeadline {
  readonly agencyCode: AgencyCode;
  readonly urgency: Urgency;
  readonly deadline: SlaDeadline;
}

export type TimerFiring =
  | { readonly result: TimerOutcome.FIRED | TimerOutcome.MET; readonly notes: readonly ReferralNote[]; readonly missed: MissedDeadline | null }
  /** Settled before (a duplicate job) or replaced by a newer plan: nothing to do. */
  | { readonly result: 'SETTLED' }
  /** The alarm went off before the timer's time (a promoted job, a clock skew): try again then. */
  | { readonly result: 'EARLY'; readonly fireAt: Date };

const NOTES: Readonly<Record<SlaTimerKind, (urgency: Urgency) => ReferralNote[]>> = {
  [SlaTimerKind.RECEIVE_REMINDER]: () => [ReferralNote.REMINDED],
  [SlaTimerKind.RECEIVE_ESCALATION]: () => [ReferralNote.ESCALATED],
  // The citizen of a LIVE referral is waiting at the desk: the desk hears of a missed pickup at once.
  [SlaTimerKind.ACCEPT_REMINDER]: (u) => (u === Urgency.LIVE ? [ReferralNote.REMINDED, ReferralNote.DESK_ALERTED] : [ReferralNote.REMINDED]),
  [SlaTimerKind.ACCEPT_ESCALATION]: () => [ReferralNote.ESCALATED],
};

/**
 * Fires one SLA timer at `now` (injected): if the referral has not moved past the timer's deadline,
 * its notes go on the timeline (and through the outbox to the line and the desk). Exactly once:
 * the timer row is locked and settled in the same transaction.
 */
export async function fireSlaTimer(db: ScopedDatabase, timerId: string, now: Date): Promise<TimerFiring> {
  return db.run(SYSTEM_SCOPE, async (manager) => {
    // A note lost in a crash goes with its timer's settlement; the reconciler re-adds the job and it fires again.
    await manager.query('SET LOCAL synchronous_commit = off');
    const timer = await manager.findOne(ReferralTimerEntity, { where: { id: timerId }, lock: { mode: 'pessimistic_write' } });
    if (!timer || timer.settledAt) return { result: 'SETTLED' };
    if (timer.fireAt.getTime() > now.getTime()) return { result: 'EARLY', fireAt: timer.fireAt };
    const referral = await manager.findOneByOrFail(ReferralEntity, { id: timer.referralId });
    const met = isDeadlineMet(TIMER_DEADLINE[timer.kind], referral.status);
    const notes = met ? [] : NOTES[timer.kind](referral.urgency);
    for (const note of notes) {
      await appendTimelineEvent(manager, {
        referral,
        type: note,
        fromStatus: referral.status,
        actor: { id: null, role: 'LINE' },
        reason: `${TIMER_DEADLINE[timer.kind]} deadline passed`,
      });
    }
    const result = met ? TimerOutcome.MET : TimerOutcome.FIRED;
    await manager.update(ReferralTimerEntity, { id: timer.id }, { settledAt: now, outcome: result });
    const reminder = timer.kind === SlaTimerKind.RECEIVE_REMINDER || timer.kind === SlaTimerKind.ACCEPT_REMINDER;
    const missed = !met && reminder ? { agencyCode: referral.agencyCode, urgency: referral.urgency, deadline: TIMER_DEADLINE[timer.kind] } : null;
    return { result, notes, missed };
  });
}
