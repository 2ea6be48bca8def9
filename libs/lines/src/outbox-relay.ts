import type { DataSource } from 'typeorm';
import { type ClaimedOutboxRow, OutboxRepository, type PendingTimer, ScopedDatabase, SYSTEM_SCOPE, TimerRepository } from '#persistence';
import { DeliveryMode, ReferralAction, ReferralNote, ReferralStatus, type TimelineEventType } from '#domain';
import { type EventPublisher, isOnTheLine } from './event-publisher.js';
import type { HandoffObserver, HandoffStep } from './handoff-step.js';
import { LineJobName } from './line-jobs.js';
import { ListenConnection } from './listen-connection.js';
import type { LineJob, LineProducer, WebhookJob } from './line-producer.js';
import { outboxJobId } from './outbox-job-id.js';
import type { ReferralEventMessage } from './referral-event-message.js';
import type { SlaTimerScheduler } from './sla-timer-scheduler.js';

export const OUTBOX_CHANNEL = 'loketlijn_outbox';
const BATCH = 200;
/** Events after which a referral has a fresh SLA plan whose timers must reach Redis. */
const PLANS_TIMERS: ReadonlySet<TimelineEventType> = new Set([ReferralAction.SUBMIT, ReferralNote.CONVERTED_TO_CALLBACK]);
/** Safety net for a missed notification; not the wake-up path (a dropped LISTEN connection reconnects and drains). */
const DEFAULT_SWEEP_MS = 5_000;

/**
 * Moves committed outbox rows to Redis: deliveries onto the agency's line, every event onto pub/sub.
 * Woken by LISTEN/NOTIFY; rows are claimed with SKIP LOCKED so any number of relays can run.
 */
export class OutboxRelay {
  private readonly listener: ListenConnection;
  private readonly db: ScopedDatabase;
  private sweepTimer: NodeJS.Timeout | null = null;
  private draining: Promise<void> | null = null;
  private again = false;
  private stopped = false;
  private readonly timerWork = new Set<Promise<void>>();

  constructor(
    dataSource: DataSource,
    private readonly producer: LineProducer,
    private readonly publisher: EventPublisher,
    databaseUrl: string,
    private readonly onError: (error: unknown) => void,
    private readonly sweepMs = DEFAULT_SWEEP_MS,
    private readonly timers: SlaTimerScheduler | null = null,
    private readonly handoffs: HandoffObserver | null = null,
  ) {
    this.db = new ScopedDatabase(dataSource);
    this.listener = new ListenConnection(databaseUrl, OUTBOX_CHANNEL, 'loketlijn-outbox-relay', {
      onNotification: () => this.wake(),
      // Rows committed while nobody listened (a Postgres restart) go out now, not at the next sweep.
      onListening: () => this.wake(),
      onError,
    });
  }

  async start(): Promise<void> {
    this.stopped = false;
    await this.listener.open();
    this.sweepTimer = setInterval(() => this.wake(), this.sweepMs);
    this.sweepTimer.unref();
    this.wake();
  }

  /** Started, not stopped, and holding its LISTEN connection (readiness reports it). */
  get listening(): boolean {
    return !this.stopped && this.listener.listening;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.sweepTimer) clearInterval(this.sweepTimer);
    await this.listener.close();
    await this.draining;
    await Promise.all(this.timerWork);
  }

  /** Drains now, or right after the drain in progress. */
  wake(): void {
    if (this.stopped) return;
    if (this.draining) {
      this.again = true;
      return;
    }
    this.draining = this.drainAll()
      .then(() => undefined, this.onError)
      .finally(() => {
        this.draining = null;
        if (this.again) {
          this.again = false;
          this.wake();
        }
      });
  }

  /** Dispatches everything pending; returns how many rows it moved. */
  async drainAll(): Promise<number> {
    let total = 0;
    for (;;) {
      const { moved, timers, steps } = await this.dispatchBatch();
      this.scheduleTimers(timers);
      if (steps.length > 0) this.handoffs?.(steps);
      total += moved;
      if (moved < BATCH) return total;
    }
  }

  /**
   * Timers go to Redis after commit and off the relay's path, so they never delay the next event;
   * if this fails or the process dies, the reconciler rebuilds them from their rows.
   */
  private scheduleTimers(timers: readonly PendingTimer[]): void {
    if (!this.timers || timers.length === 0) return;
    const work = this.timers.add(timers).then(() => undefined, this.onError);
    this.timerWork.add(work);
    void work.finally(() => this.timerWork.delete(work));
  }

  private async dispatchBatch(): Promise<{ moved: number; timers: PendingTimer[]; steps: HandoffStep[] }> {
    return this.db.run(SYSTEM_SCOPE, async (manager) => {
      const outbox = new OutboxRepository(manager);
      const rows = await outbox.claimPending(BATCH);
      if (rows.length === 0) return { moved: 0, timers: [], steps: [] };
      const jobs: LineJob[] = rows
        .filter((r) => r.type === ReferralAction.SUBMIT)
        .map((r) => ({
          agency: r.agencyCode,
          name: LineJobName.DELIVER_REFERRAL,
          data: { outboxId: r.outboxId, referralId: r.referralId, eventId: r.eventId },
          jobId: outboxJobId(r.outboxId),
        }));
      // A submit reaches a system through its delivery job; every later change on the line directly.
      const webhooks: WebhookJob[] = rows
        .filter((r) => r.deliveryMode === DeliveryMode.SYSTEM && r.type !== ReferralAction.SUBMIT && isOnTheLine(toMessage(r)))
        .map((r) => ({ agency: r.agencyCode, data: { referralId: r.referralId, eventId: r.eventId } }));
      // Enqueue before marking dispatched: a crash in between re-sends, and the job id dedupes.
      await this.producer.add(jobs);
      await this.producer.addWebhooks(webhooks);
      await this.publisher.publish(rows.map(toMessage));
      // Losing this mark in a crash only means sending again, which job ids and subscribers absorb: no WAL flush wait.
      await outbox.markDispatched(rows.map((r) => r.outboxId));
      // The new plans' timer rows are read in this transaction: no second one per batch.
      const timerReferrals = this.timers ? [...new Set(rows.filter((r) => PLANS_TIMERS.has(r.type)).map((r) => r.referralId))] : [];
      return {
        moved: rows.length,
        timers: timerReferrals.length > 0 ? await new TimerRepository(manager).pendingOf(timerReferrals) : [],
        steps: rows.flatMap(handoffStep),
      };
    });
  }
}

/** The event's own time against the referral's previous stamp; both written by Postgres, so one clock. */
function handoffStep(row: ClaimedOutboxRow): HandoffStep[] {
  const since = row.toStatus === ReferralStatus.RECEIVED ? row.submittedAt : row.toStatus === ReferralStatus.ACCEPTED ? row.receivedAt : null;
  if (since === null || row.fromStatus === row.toStatus) return [];
  const step = row.toStatus === ReferralStatus.RECEIVED ? 'RECEIVED' : 'ACCEPTED';
  return [{ agency: row.agencyCode, step, seconds: Math.max(0, (row.occurredAt.getTime() - since.getTime()) / 1000) }];
}

function toMessage(row: ClaimedOutboxRow): ReferralEventMessage {
  return {
    eventId: row.eventId,
    referralId: row.referralId,
    servicePointId: row.servicePointId,
    agencyCode: row.agencyCode,
    type: row.type,
    fromStatus: row.fromStatus,
    toStatus: row.toStatus,
    occurredAt: row.occurredAt.toISOString(),
  };
}
