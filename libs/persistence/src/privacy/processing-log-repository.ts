import type { EntityManager } from 'typeorm';
import type { ProcessingActivity, ProcessingOperation } from '#domain';
import { ProcessingLogEntity } from '../entities/processing-log.entity.js';

/** What every record of one call shares: the trace and who processed (actor id null for the system itself). */
export interface ProcessingContext {
  readonly traceId: string;
  readonly spanId: string;
  readonly actorId: string | null;
  readonly actorRole: string;
}

/** One record: one processing of one data subject, named by its keyed reference only. */
export interface ProcessingRecord {
  readonly activity: ProcessingActivity;
  readonly operation: ProcessingOperation;
  readonly subjectType: 'BSN' | 'VISIT';
  readonly subjectRef: string;
  readonly referralId: string | null;
}

/** A place where a hash chain does not hold: a row changed, went missing, or the head moved. */
export interface ChainBreak {
  readonly chain: number;
  readonly seq: string;
  readonly problem: string;
}

/**
 * The insert-only, hash-chained processing_log. Bound to the caller's transaction: a record is
 * written with the processing it describes, or neither is.
 */
export class ProcessingLogRepository {
  constructor(private readonly manager: EntityManager) {}

  /** All records in one statement; chain, seq and the hashes are filled in by the database's chaining trigger. */
  async append(context: ProcessingContext, records: readonly ProcessingRecord[]): Promise<void> {
    if (records.length === 0) return;
    const params: unknown[] = [context.traceId, context.spanId, context.actorId, context.actorRole];
    const rows = records.map((record) => {
      params.push(record.activity, record.operation, record.subjectType, record.subjectRef, record.referralId);
      const n = params.length;
      return `($1, $2, $${n - 4}, $${n - 3}, $3, $4, $${n - 2}, $${n - 1}, $${n})`;
    });
    await this.manager.query(
      `INSERT INTO processing_log (trace_id, span_id, activity, operation, actor_id, actor_role, subject_type, subject_ref, referral_id)
       VALUES ${rows.join(', ')}`,
      params,
    );
  }

  /** Every record of one data subject, oldest first (the subject index covers it). */
  ofSubject(subjectType: 'BSN' | 'VISIT', subjectRef: string): Promise<ProcessingLogEntity[]> {
    return this.manager.find(ProcessingLogEntity, { where: { subjectType, subjectRef }, order: { id: 'ASC' } });
  }

  /** Recomputes every hash chain in the database; an empty list means no record was changed, removed or slipped in. */
  async verify(): Promise<ChainBreak[]> {
    const rows = (await this.manager.query(`SELECT chain, seq, problem FROM processing_log_verify()`)) as { chain: number; seq: string; problem: string }[];
    return rows.map((r) => ({ chain: Number(r.chain), seq: String(r.seq), problem: r.problem }));
  }
}
