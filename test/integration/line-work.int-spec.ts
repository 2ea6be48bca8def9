import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { DataSource } from 'typeorm';
import { type Actor, AgencyCode, DomainErrorCode, DomainException, Party, ReferralAction, ReferralNote, ReferralStatus, Urgency } from '#domain';
import { createDataSource, moveReferral, ReferralEntity, SYSTEM_SCOPE } from '#persistence';
import { LineWorkService } from '../../apps/hub/src/lines/line-work.service.js';
import { SlaService } from '../../apps/hub/src/sla/sla.service.js';
import { Fixtures } from '../support/fixtures.js';

async function codeOf(promise: Promise<unknown>): Promise<DomainErrorCode | 'OK'> {
  try {
    await promise;
    return 'OK';
  } catch (error) {
    if (error instanceof DomainException) return error.code;
    throw error;
  }
}

describe('a line hands out its work: take next, reassign, overdue now', () => {
  let db: DataSource;
  let fixtures: Fixtures;
  let work: LineWorkService;

  beforeAll(async () => {
    db = await createDataSource({ url: process.env.DATABASE_URL!, poolSize: 20 }).initialize();
    fixtures = new Fixtures(db);
    work = new LineWorkService(fixtures.scoped, fixtures.referrals);
  });

  afterAll(() => db.destroy());

  async function receivedReferral(agency: AgencyCode, urgency: Urgency): Promise<ReferralEntity> {
    const { referral: draft, desk } = await fixtures.draftReferral(agency, urgency);
    await fixtures.referrals.submit(desk, fixtures.trace, draft.id);
    return (await moveReferral(fixtures.scoped, SYSTEM_SCOPE, { referralId: draft.id, action: ReferralAction.RECEIVE, party: Party.LINE, actor: { id: null, role: 'LINE' }, isVisible: () => true })).referral;
  }

  /** Claims whatever earlier tests left on the line, so the line holds only this test's referrals. */
  async function drain(actor: Actor): Promise<void> {
    while (await work.takeNext(actor, fixtures.trace));
  }

  it('gives out the most urgent referral first, then the earliest deadline, and null when the line is empty', async () => {
    const coordinator = await fixtures.actor('coordinator.cjib');
    await drain(coordinator);
    const regular = await receivedReferral(AgencyCode.CJIB, Urgency.REGULAR);
    const live1 = await receivedReferral(AgencyCode.CJIB, Urgency.LIVE);
    const callback = await receivedReferral(AgencyCode.CJIB, Urgency.CALLBACK);
    const live2 = await receivedReferral(AgencyCode.CJIB, Urgency.LIVE);
    const specialist = await fixtures.actor('specialist.cjib');
    const taken: string[] = [];
    for (;;) {
      const next = await work.takeNext(specialist, fixtures.trace);
      if (!next) break;
      expect(next.status).toBe(ReferralStatus.ACCEPTED);
      expect(next.assignedTo).toBe(specialist.accountId);
      taken.push(next.id);
    }
    expect(taken).toEqual([live1.id, live2.id, callback.id, regular.id]);
  });

  it('never gives one referral to two specialists asking at once (SKIP LOCKED + compare-and-set)', async () => {
    const [one, two, coordinator] = await Promise.all([fixtures.actor('specialist.uwv'), fixtures.actor('specialist2.uwv'), fixtures.actor('coordinator.uwv')]);
    await drain(coordinator);
    const made = await Promise.all(Array.from({ length: 6 }, (_, i) => receivedReferral(AgencyCode.UWV, [Urgency.LIVE, Urgency.CALLBACK, Urgency.REGULAR][i % 3]!)));
    const callers = Array.from({ length: 14 }, (_, i) => (i % 2 === 0 ? one : two));
    const results = await Promise.all(callers.map((actor) => work.takeNext(actor, fixtures.trace).then((r) => ({ actor, referral: r }))));
    const claimed = results.filter((r) => r.referral !== null);
    expect(claimed).toHaveLength(6);
    expect(new Set(claimed.map((c) => c.referral!.id))).toEqual(new Set(made.map((m) => m.id)));
    for (const { actor, referral } of claimed) {
      const row = await db.getRepository(ReferralEntity).findOneByOrFail({ id: referral!.id });
      expect(row.assignedTo).toBe(actor.accountId);
      const accepts = (await fixtures.referrals.timeline(actor, fixtures.trace, row.id)).filter((e) => e.type === ReferralAction.ACCEPT);
      expect(accepts).toHaveLength(1);
      expect(accepts[0]!.actorId).toBe(actor.accountId);
    }
  });

  it('lets a coordinator reassign a picked-up referral within the agency, on the timeline', async () => {
    const [specialist, specialist2, coordinator, otherCoordinator] = await Promise.all([
      fixtures.actor('specialist.uwv'),
      fixtures.actor('specialist2.uwv'),
      fixtures.actor('coordinator.uwv'),
      fixtures.actor('coordinator.tsl'),
    ]);
    const received = await receivedReferral(AgencyCode.UWV, Urgency.REGULAR);
    expect(await codeOf(work.reassign(coordinator, received.id, specialist2.accountId))).toBe(DomainErrorCode.ILLEGAL_TRANSITION);
    await fixtures.referrals.move(specialist, received.id, ReferralAction.ACCEPT, { patch: { assignedTo: specialist.accountId } });

    expect(await codeOf(work.reassign(otherCoordinator, received.id, specialist2.accountId))).toBe(DomainErrorCode.NOT_FOUND);
    const tslSpecialist = await fixtures.actor('specialist.tsl');
    expect(await codeOf(work.reassign(coordinator, received.id, tslSpecialist.accountId))).toBe(DomainErrorCode.INVALID_INPUT);

    const reassigned = await work.reassign(coordinator, received.id, specialist2.accountId);
    expect(reassigned.assignedTo).toBe(specialist2.accountId);
    expect(reassigned.status).toBe(ReferralStatus.ACCEPTED);
    const notes = (await fixtures.referrals.timeline(coordinator, fixtures.trace, received.id)).filter((e) => e.type === ReferralNote.REASSIGNED);
    expect(notes).toEqual([expect.objectContaining({ fromStatus: ReferralStatus.ACCEPTED, toStatus: ReferralStatus.ACCEPTED, actorId: coordinator.accountId })]);
    expect((await work.staff(coordinator)).map((a) => a.id)).toEqual(expect.arrayContaining([specialist.accountId, specialist2.accountId, coordinator.accountId]));
  });

  it('lists what is overdue now (injected clock) in deadline order, page by page, only for the own line', async () => {
    const coordinator = await fixtures.actor('coordinator.cak');
    const [a, b] = [await receivedReferral(AgencyCode.CAK, Urgency.LIVE), await receivedReferral(AgencyCode.CAK, Urgency.LIVE)];
    const accepted = await receivedReferral(AgencyCode.CAK, Urgency.LIVE);
    await fixtures.referrals.move(await fixtures.actor('specialist.cak'), accepted.id, ReferralAction.ACCEPT);
    const due = (id: string) => db.getRepository(ReferralEntity).findOneByOrFail({ id }).then((r) => r.acceptDueAt!);

    const before = new SlaService(fixtures.scoped, () => new Date(a.acceptDueAt!.getTime() - 1));
    expect((await before.overdue(coordinator, AgencyCode.CAK, 100)).edges.map((e) => e.node.id)).not.toContain(a.id);

    const later = new SlaService(fixtures.scoped, () => new Date(Math.max(a.acceptDueAt!.getTime(), b.acceptDueAt!.getTime()) + 1));
    const all: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page = await later.overdue(coordinator, AgencyCode.CAK, 2, after);
      all.push(...page.edges.map((e) => e.node.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(all).toEqual(expect.arrayContaining([a.id, b.id]));
    expect(all).not.toContain(accepted.id);
    const dues = await Promise.all(all.map(due));
    expect([...dues].sort((x, y) => x.getTime() - y.getTime())).toEqual(dues);
    expect(await codeOf(later.overdue(await fixtures.actor('coordinator.uwv'), AgencyCode.CAK, 10))).toBe(DomainErrorCode.NOT_FOUND);
  });
});
