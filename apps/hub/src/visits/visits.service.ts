import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  type Actor,
  canSeeVisit,
  type CitizenContact,
  DomainException,
  normaliseCitizenContact,
  normaliseQuestions,
  ProcessingActivity,
  ProcessingOperation,
  type TraceContext,
  VisitStatus,
} from '#domain';
import {
  CitizenRepository,
  createOnce,
  type IdempotentRequest,
  type ReferralEntity,
  ReferralRepository,
  ScopedDatabase,
  scopeOf,
  type VisitEntity,
  VisitRepository,
} from '#persistence';
import { PersonalDataVault, ProcessingLog } from '#privacy';
import { decodeCursor, toConnection, type Connection } from '../graphql/connection.js';
import type { OpenVisitInput } from './visit.inputs.js';

export interface VisitFilter {
  readonly status: VisitStatus | null;
  readonly bsn: string | null;
}

@Injectable()
export class VisitsService {
  constructor(
    @Inject(ScopedDatabase) private readonly db: ScopedDatabase,
    @Inject(PersonalDataVault) private readonly vault: PersonalDataVault,
    @Inject(ProcessingLog) private readonly log: ProcessingLog,
  ) {}

  /** Opens a visit for the actor's own service point; questions and contact data are sealed, the opening logged. */
  async open(actor: Actor, trace: TraceContext, input: OpenVisitInput, once: IdempotentRequest | null = null): Promise<VisitEntity> {
    const questions = normaliseQuestions(input.questions, ['input', 'questions']);
    const contact = normaliseCitizenContact(input.citizen ?? {}, ['input', 'citizen']);
    const id = randomUUID();
    const dataSubject = this.vault.dataSubject(id, contact.bsn);
    return this.db.run(scopeOf(actor), (manager) => createOnce(manager, once, async () => {
      const visit = await new VisitRepository(manager).insert({
        id,
        servicePointId: actor.servicePointId!,
        openedBy: actor.accountId,
        channel: input.channel,
        status: VisitStatus.OPEN,
        questionsSealed: this.vault.sealQuestions(id, questions),
        dataSubject,
      });
      await new CitizenRepository(manager).insert(id, this.vault.sealCitizen(id, contact));
      await this.log.record(manager, trace, { id: actor.accountId, role: actor.role }, [
        { activity: ProcessingActivity.REGISTER_VISIT, operation: ProcessingOperation.CREATE, dataSubject },
      ]);
      return visit;
    }, (firstId) => new VisitRepository(manager).get(firstId)));
  }

  async get(actor: Actor, id: string): Promise<VisitEntity> {
    const visit = await this.db.run(scopeOf(actor), (manager) => new VisitRepository(manager).find(id));
    if (!visit || !canSeeVisit(actor, visit)) throw DomainException.notFound('Visit');
    return visit;
  }

  /** The desk's own visits, newest first; a BSN is matched through its blind index, never decrypted. */
  async list(actor: Actor, filter: VisitFilter, first: number, after?: string | null): Promise<Connection<VisitEntity>> {
    const cursor = decodeCursor(after);
    const bsn = filter.bsn === null ? null : normaliseCitizenContact({ bsn: filter.bsn }, []).bsn;
    const visits = await this.db.run(scopeOf(actor), (manager) =>
      new VisitRepository(manager).page({
        servicePointId: actor.servicePointId,
        status: filter.status,
        bsnIndex: bsn === null ? null : this.vault.bsnIndex(bsn),
        afterId: cursor?.id ?? null,
        limit: first + 1,
      }),
    );
    return toConnection(visits, first, (v) => ({ at: v.openedAt, id: v.id }));
  }

  /** The questions of many visits; every view is logged, in one insert per batch, in the read's transaction. */
  questions(actor: Actor, trace: TraceContext, visits: readonly VisitEntity[]): Promise<string[][]> {
    return this.db.run(scopeOf(actor), async (manager) => {
      const seen = visits.filter((v) => v.questionsSealed !== null && canSeeVisit(actor, v));
      await this.logViews(manager, trace, actor, seen);
      return visits.map((v) => (seen.includes(v) ? this.vault.openQuestions(v) : []));
    });
  }

  /** The desk's view of the citizen; every view is logged in the same transaction as the read. */
  async citizen(actor: Actor, trace: TraceContext, visit: VisitEntity): Promise<CitizenContact | null> {
    return (await this.citizens(actor, trace, [visit]))[0]!;
  }

  /** As citizen(), for many visits in one transaction with one processing-log insert. */
  citizens(actor: Actor, trace: TraceContext, visits: readonly VisitEntity[]): Promise<(CitizenContact | null)[]> {
    return this.db.run(scopeOf(actor), async (manager) => {
      const rows = await new CitizenRepository(manager).ofVisits(visits.map((v) => v.id));
      const byVisit = new Map(rows.map((c) => [c.visitId, c]));
      const seen = visits.filter((v) => byVisit.has(v.id));
      await this.logViews(manager, trace, actor, seen);
      return visits.map((v) => {
        const citizen = byVisit.get(v.id);
        return citizen ? this.vault.openCitizen(citizen) : null;
      });
    });
  }

  private logViews(manager: EntityManager, trace: TraceContext, actor: Actor, visits: readonly VisitEntity[]): Promise<void> {
    return this.log.record(
      manager,
      trace,
      { id: actor.accountId, role: actor.role },
      visits.map((v) => ({ activity: ProcessingActivity.REGISTER_VISIT, operation: ProcessingOperation.VIEW, dataSubject: v.dataSubject ?? this.vault.dataSubject(v.id, null) })),
    );
  }

  referrals(actor: Actor, visitId: string): Promise<ReferralEntity[]> {
    return this.db.run(scopeOf(actor), (manager) => new ReferralRepository(manager).ofVisit(visitId));
  }
}
