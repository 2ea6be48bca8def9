import type { DataSource } from 'typeorm';
import { applyScope, SYSTEM_SCOPE } from '#persistence';
import { DeliveryMode, ReferralAction, ReferralNote, type AgencyCode, ReferralStatus, type TimelineEventType } from '#domain';
import { type EventPublisher, isOnTheLine } from './event-publisher.js';
import type { HandoffObserver, HandoffStep } from './handoff-step.js';
import { LineJobName } from './line-jobs.js';
import { ListenConnection } from './listen-connection.js';
import type { LineJob, LineProducer, WebhookJob } from './line-producer.js';
import { outboxJobId } from './outbox-job-id.js';
import type { ReferralEventMessage } from './referral-event-message.js';
import type { SlaTimerScheduler } from './sla-timer-scheduler.js';

interface ClaimedRow {
  id: string;
  referral_id: string;
  event_id: string;
  agency_code: AgencyCode;
  service_point_id: string;
  type: TimelineEventType;
  from_status: ReferralStatus | null;
  to_status: ReferralStatus;
  occurred_at: Date;
  delivery_mode: DeliveryMode | null;
  submitted_at: Date | null;
  received_at: Date | null;
}

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
  private sweepTimer: NodeJS.Timeout | null = null;
  private draining: Promise<void> | null = null;
  private again = false;
  private stopped = false;
  private readonly timerWork = new Set<Promise<void>>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly producer: LineProducer,
    private readonly publisher: EventPublisher,
    databaseUrl: string,
    private readonly onError: (error: unknown) => void,
    private readonly sweepMs = DEFAULT_SWEEP_MS,
    private readonly timers: SlaTimerScheduler | null = null,
    private readonly handoffs: HandoffObserver | null = null,
  ) {
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
      const { moved, timerReferrals, steps } = await this.dispatchBatch();
      this.scheduleTimers(timerReferrals);
      if (steps.length > 0) this.handoffs?.(steps);
      total += moved;
      if (moved < BATCH) return total;
    }
  }

  /**
   * Timers go to Redis after commit and off the relay's path, so they never delay the next event;
   * if this fails or the process dies, the reconciler rebuilds them from their rows.
   */
  private scheduleTimers(referralIds: string[]): void {
    if (!this.timers || referralIds.length === 0) return;
    const work = this.timers.schedule(referralIds).then(() => undefined, this.onError);
    this.timerWork.add(work);
    void work.finally(() => this.timerWork.delete(work));
  }

  private async dispatchBatch(): Promise<{ moved: number; timerReferrals: string[]; steps: HandoffStep[] }> {
    return this.dataSource.transaction(async (manager) => {
      await applyScope(manager, SYSTEM_SCOPE);
      // Losing this mark in a crash only means sending again, which job ids and subscribers absorb.
      await manager.query('SET LOCAL synchronous_commit = off');
      const rows = (await manager.query(
        `SELECT o.id, o.referral_id, o.event_id, o.agency_code, r.service_point_id,
                e.type, e.from_status, e.to_status, e.occurred_at, c.mode AS delivery_mode,
                r.submitted_at, r.received_at
           FROM outbox o
           JOIN referral_event e ON e.id = o.event_id
           JOIN referral r ON r.id = o.referral_id
           LEFT JOIN agency_connection c ON c.agency_code = o.agency_code
          WHERE o.dispatched_at IS NULL
          ORDER BY o.id
          LIMIT ${BATCH}
          FOR UPDATE OF o SKIP LOCKED`,
      )) as ClaimedRow[];
      if (rows.length === 0) return { moved: 0, timerReferrals: [], steps: [] };
      const jobs: LineJob[] = rows
        .filter((r) => r.type === ReferralAction.SUBMIT)
        .map((r) => ({
          agency: r.agency_code,
          name: LineJobName.DELIVER_REFERRAL,
          data: { outboxId: r.id, referralId: r.referral_id, eventId: r.event_id },
          jobId: outboxJobId(r.id),
        }));
      // A submit reaches a system through its delivery job; every later change on the line directly.
      const webhooks: WebhookJob[] = rows
        .filter((r) => r.delivery_mode === DeliveryMode.SYSTEM && r.type !== ReferralAction.SUBMIT && isOnTheLine(toMessage(r)))
        .map((r) => ({ agency: r.agency_code, data: { referralId: r.referral_id, eventId: r.event_id } }));
      // Enqueue before marking dispatched: a crash in between re-sends, and the job id dedupes.
      await this.producer.add(jobs);
      await this.producer.addWebhooks(webhooks);
      await this.publisher.publish(rows.map(toMessage));
      await manager.query(`UPDATE outbox SET dispatched_at = now() WHERE id = ANY($1::bigint[])`, [rows.map((r) => r.id)]);
      return {
        moved: rows.length,
        timerReferrals: [...new Set(rows.filter((r) => PLANS_TIMERS.has(r.type)).map((r) => r.referral_id))],
        steps: rows.flatMap(handoffStep),
      };
    });
  }

}

/** The event's own time against the referral's previous stamp; both written by Postgres, so one clock. */
function handoffStep(row: ClaimedRow): HandoffStep[] {
  const since = row.to_status === ReferralStatus.RECEIVED ? row.submitted_at : row.to_status === ReferralStatus.ACCEPTED ? row.received_at : null;
  if (since === null || row.from_status === row.to_status) return [];
  const step = row.to_status === ReferralStatus.RECEIVED ? 'RECEIVED' : 'ACCEPTED';
  return [{ agency: row.agency_code, step, seconds: Math.max(0, (row.occurred_at.getTime() - since.getTime()) / 1000) }];
}

function toMessage(row: ClaimedRow): ReferralEventMessage {
  return {
    eventId: row.event_id,
    referralId: row.referral_id,
    servicePointId: row.service_point_id,
    agencyCode: row.agency_code,
    type: row.type,
    fromStatus: row.from_status,
    toStatus: row.to_status,
    occurredAt: row.occurred_at.toISOString(),
  };
}
