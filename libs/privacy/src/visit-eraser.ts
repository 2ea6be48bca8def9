import type { EntityManager } from 'typeorm';
import { type ProcessingActivity, ProcessingOperation, type TraceContext } from '#domain';
import type { ErasableVisit, VisitErasureRepository } from '#persistence';
import type { PersonalDataVault } from './personal-data-vault.js';
import type { Processor, ProcessingLog } from './processing-log.js';

/**
 * The one erasure of a visit's personal data, for retention and for a request alike: an ERASE record
 * per visit in the processing log, under the subject the visit named, and the erasure itself, in
 * the caller's transaction (no record, no erasure).
 */
export class VisitEraser {
  constructor(
    private readonly vault: PersonalDataVault,
    private readonly log: ProcessingLog,
    private readonly repository: VisitErasureRepository,
  ) {}

  async erase(manager: EntityManager, trace: TraceContext, processor: Processor, activity: ProcessingActivity, visits: readonly ErasableVisit[], now: Date): Promise<void> {
    if (visits.length === 0) return;
    await this.log.record(
      manager,
      trace,
      processor,
      visits.map((v) => ({ activity, operation: ProcessingOperation.ERASE, dataSubject: v.dataSubject ?? this.vault.dataSubject(v.id, null) })),
    );
    await this.repository.erase(
      manager,
      visits.map((v) => v.id),
      now,
    );
  }
}
