import type { EntityManager } from 'typeorm';
import type { ProcessingActivity, ProcessingOperation, TraceContext } from '#domain';
import { ProcessingLogEntity } from '#persistence';
import type { BlindIndex } from './blind-index.js';
import { PrivacyErrorCode, PrivacyException } from './privacy-exception.js';

/** Who processed: an account, or the system itself (actor id null). */
export interface Processor {
  readonly id: string | null;
  readonly role: string;
}

/** One processing of one data subject. */
export interface ProcessingEntry {
  readonly activity: ProcessingActivity;
  readonly operation: ProcessingOperation;
  /** BSN:<index> or VISIT:<keyed hash>, as stored on the visit and referral. */
  readonly dataSubject: string;
  readonly referralId?: string | null;
}

/** A place where a hash chain does not hold: a row changed, went missing, or the head moved. */
export interface ChainBreak {
  readonly chain: number;
  readonly seq: string;
  readonly problem: string;
}

/**
 * The processing log (after Logius "Logboek Dataverwerkingen"). Records are written with the
 * caller's manager, inside the transaction of the processing itself: if the record cannot be
 * written, the processing does not happen either.
 */
export class ProcessingLog {
  constructor(private readonly index: BlindIndex) {}

  async record(manager: EntityManager, trace: TraceContext, actor: Processor, entries: readonly ProcessingEntry[]): Promise<void> {
    if (entries.length === 0) return;
    const params: unknown[] = [trace.traceId, trace.spanId, actor.id, actor.role];
    const rows = entries.map((entry) => {
      const [type, ref] = splitSubject(entry.dataSubject);
      params.push(entry.activity, entry.operation, type, ref, entry.referralId ?? null);
      const n = params.length;
      return `($1, $2, $${n - 4}, $${n - 3}, $3, $4, $${n - 2}, $${n - 1}, $${n})`;
    });
    // chain, seq and the hashes are filled in by the database's chaining trigger.
    await manager.query(
      `INSERT INTO processing_log (trace_id, span_id, activity, operation, actor_id, actor_role, subject_type, subject_ref, referral_id)
       VALUES ${rows.join(', ')}`,
      params,
    );
  }

  /** Every processing of one citizen, oldest first, found through the BSN's blind index. */
  forBsn(manager: EntityManager, bsn: string): Promise<ProcessingLogEntity[]> {
    return manager.find(ProcessingLogEntity, { where: { subjectType: 'BSN', subjectRef: this.index.bsn(bsn) }, order: { id: 'ASC' } });
  }

  /** Recomputes every hash chain; an empty list means no record was changed, removed or slipped in. */
  async verify(manager: EntityManager): Promise<ChainBreak[]> {
    const rows = (await manager.query(`SELECT chain, seq, problem FROM processing_log_verify()`)) as { chain: number; seq: string; problem: string }[];
    return rows.map((r) => ({ chain: Number(r.chain), seq: String(r.seq), problem: r.problem }));
  }
}

function splitSubject(dataSubject: string): ['BSN' | 'VISIT', string] {
  const separator = dataSubject.indexOf(':');
  const type = dataSubject.slice(0, separator);
  if (type !== 'BSN' && type !== 'VISIT') throw new PrivacyException(PrivacyErrorCode.MALFORMED, 'A data subject is BSN:<index> or VISIT:<hash>');
  return [type, dataSubject.slice(separator + 1)];
}
