import { Inject, Injectable } from '@nestjs/common';
import { type Actor, DomainException, isValidBsn, ProcessingActivity, ProcessingOperation, type TraceContext } from '#domain';
import { type Clock, CLOCK } from '#lines';
import { type ProcessingLogEntity, ScopedDatabase, scopeOf } from '#persistence';
import { type ChainBreak, CitizenErasure, type ErasureReport, PersonalDataVault, ProcessingLog } from '#privacy';

/** What the privacy officer needs: every processing of one citizen, erasure on request, and whether the log is intact. */
@Injectable()
export class PrivacyOfficerService {
  constructor(
    @Inject(ScopedDatabase) private readonly db: ScopedDatabase,
    @Inject(ProcessingLog) private readonly log: ProcessingLog,
    @Inject(PersonalDataVault) private readonly vault: PersonalDataVault,
    @Inject(CitizenErasure) private readonly erasure: CitizenErasure,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Answering an access request is itself a processing (EXPORT), logged with the answer. */
  processingOf(actor: Actor, trace: TraceContext, rawBsn: string): Promise<ProcessingLogEntity[]> {
    const bsn = validBsn(rawBsn);
    return this.db.run(scopeOf(actor), async (manager) => {
      const records = await this.log.forBsn(manager, bsn);
      await this.log.record(manager, trace, { id: actor.accountId, role: actor.role }, [
        { activity: ProcessingActivity.SUBJECT_ACCESS, operation: ProcessingOperation.EXPORT, dataSubject: `BSN:${this.vault.bsnIndex(bsn)}` },
      ]);
      return records;
    });
  }

  /** Erasure on request (AVG art. 17); CitizenErasure says what happens to open referrals. */
  erase(actor: Actor, trace: TraceContext, rawBsn: string, withdrawOpenReferrals: boolean): Promise<ErasureReport> {
    return this.erasure.eraseOnRequest({ id: actor.accountId, role: actor.role }, trace, validBsn(rawBsn), withdrawOpenReferrals, this.clock());
  }

  integrity(actor: Actor): Promise<ChainBreak[]> {
    return this.db.run(scopeOf(actor), (manager) => this.log.verify(manager));
  }
}

function validBsn(raw: string): string {
  const bsn = raw.replace(/[\s.]/g, '');
  if (!isValidBsn(bsn)) throw DomainException.invalidInput([{ path: ['bsn'], message: 'is not a valid BSN (elfproef failed)' }]);
  return bsn;
}
