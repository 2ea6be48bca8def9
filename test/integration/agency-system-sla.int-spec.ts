import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { DataSource } from 'typeorm';
import { type Actor, AgencyCode, ProcessingOperation, ReferralNote, ReferralStatus, Role, SlaDeadline, SlaTimerKind } from '#domain';
import { loadConfig } from '#config';
import { createDataSource, fireSlaTimer, ReferralTimerEntity, ScopedDatabase, TimerOutcome } from '#persistence';
import { SystemReferralsService } from '../../apps/hub/src/agency-systems/system-referrals.service.js';
import { ReferralsService } from '../../apps/hub/src/referrals/referrals.service.js';
import { Fixtures } from '../support/fixtures.js';

/** An agency system's machine client, as its access token describes it. */
function machine(agencyCode: AgencyCode): Actor {
  return { accountId: randomUUID(), role: Role.AGENCY_SYSTEM, servicePointId: null, agencyCode };
}

describe('agency systems under row-level security: acknowledging meets the RECEIVE deadline, fetching is scoped and logged', () => {
  let owner: DataSource;
  /** The app role, as the hub connects: the agency scope and its policies apply. */
  let app: DataSource;
  let fixtures: Fixtures;
  let system: SystemReferralsService;
  let scoped: ScopedDatabase;

  beforeAll(async () => {
    owner = await createDataSource({ url: process.env.DATABASE_URL!, poolSize: 2 }).initialize();
    app = await createDataSource({ url: loadConfig().appDatabaseUrl, poolSize: 2 }).initialize();
    fixtures = new Fixtures(owner);
    scoped = new ScopedDatabase(app);
    system = new SystemReferralsService(scoped, new ReferralsService(scoped, fixtures.kit.vault, fixtures.kit.log), fixtures.kit.log);
  });

  afterAll(async () => {
    await app.destroy();
    await owner.destroy();
  });

  it('treats the acknowledgement as the line treats its own RECEIVE: the RECEIVE timers fire before it and stand down after it', async () => {
    const { referral } = await fixtures.submittedReferral(AgencyCode.BD);
    const timers = new Map((await owner.getRepository(ReferralTimerEntity).findBy({ referralId: referral.id })).map((t) => [t.kind, t]));
    const reminder = timers.get(SlaTimerKind.RECEIVE_REMINDER)!;
    const escalation = timers.get(SlaTimerKind.RECEIVE_ESCALATION)!;

    // The system has not acknowledged yet: the referral still waits for it, so the reminder fires.
    expect(await fireSlaTimer(scoped, reminder.id, reminder.fireAt)).toEqual({
      result: TimerOutcome.FIRED,
      notes: [ReferralNote.REMINDED],
      missed: { agencyCode: AgencyCode.BD, urgency: referral.urgency, deadline: SlaDeadline.RECEIVE },
    });
    expect((await system.acknowledge(machine(AgencyCode.BD), referral.id)).status).toBe(ReferralStatus.RECEIVED);
    expect(await fireSlaTimer(scoped, escalation.id, escalation.fireAt)).toEqual({ result: TimerOutcome.MET, notes: [], missed: null });
  });

  it('fetches only in its own agency\'s scope and records the hand-over in the processing log', async () => {
    const { referral } = await fixtures.submittedReferral(AgencyCode.CJIB);
    await expect(system.fetch(machine(AgencyCode.SVB), fixtures.trace, referral.id)).rejects.toThrow('Referral not found');
    await expect(system.acknowledge(machine(AgencyCode.SVB), referral.id)).rejects.toThrow('Referral not found');

    const cjib = machine(AgencyCode.CJIB);
    expect((await system.fetch(cjib, fixtures.trace, referral.id)).id).toBe(referral.id);
    const records = (await owner.query(`SELECT actor_id, actor_role, operation FROM processing_log WHERE referral_id = $1 AND actor_role = $2`, [
      referral.id,
      Role.AGENCY_SYSTEM,
    ])) as unknown[];
    expect(records).toEqual([{ actor_id: cjib.accountId, actor_role: Role.AGENCY_SYSTEM, operation: ProcessingOperation.DELIVER }]);
  });
});
