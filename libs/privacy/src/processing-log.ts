import type { EntityManager } from 'typeorm';
import type { ProcessingActivity, ProcessingOperation, TraceContext } from '#domain';
import { type ChainBreak, type ProcessingLogEntity, ProcessingLogRepository } from '#persistence';
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

export type { ChainBreak } from '#persistence';

/**
 * The processing log (after Logius "Logboek Dataverwerkingen"). Records are written with the
 * caller's manager, inside the transaction of the processing itself: if the record cannot be
 * written, the processing does not happen either.
 */
export class ProcessingLog {
  constructor(private readonly index: BlindIndex) {}

  async record(manager: EntityManager, trace: TraceContext, actor: Processor, entries: readonly ProcessingEntry[]): Promise<void> {
    await new ProcessingLogRepository(manager).append(
      { traceId: trace.traceId, spanId: trace.spanId, actorId: actor.id, actorRole: actor.role },
      entries.map((entry) => {
        const [subjectType, subjectRef] = splitSubject(entry.dataSubject);
        return { activity: entry.activity, operation: entry.operation, subjectType, subjectRef, referralId: entry.referralId ?? null };
      }),
    );
  }

  /** Every processing of one citizen, oldest first, found through the BSN's blind index. */
  forBsn(manager: EntityManager, bsn: string): Promise<ProcessingLogEntity[]> {
    return new ProcessingLogRepository(manager).ofSubject('BSN', this.index.bsn(bsn));
  }

  /** Recomputes every hash chain; an empty list means no record was changed, removed or slipped in. */
  verify(manager: EntityManager): Promise<ChainBreak[]> {
    return new ProcessingLogRepository(manager).verify();
  }
}

function splitSubject(dataSubject: string): ['BSN' | 'VISIT', string] {
  const separator = dataSubject.indexOf(':');
  const type = dataSubject.slice(0, separator);
  if (type !== 'BSN' && type !== 'VISIT') throw new PrivacyException(PrivacyErrorCode.MALFORMED, 'A data subject is BSN:<index> or VISIT:<hash>');
  return [type, dataSubject.slice(separator + 1)];
}
