import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { DataSource, EntityManager } from 'typeorm';
import { AgencyCode, Party, ReferralAction, Role, Urgency } from '#domain';
import { APP_DATABASE_ROLE, loadConfig } from '#config';
import { assertRowSecurityApplies, createDataSource, type DbScope, moveReferral, ScopedDatabase, scopeOf, SYSTEM_SCOPE } from '#persistence';
import { Fixtures } from '../support/fixtures.js';

const CASE_TABLES = ['visit', 'visit_citizen', 'referral', 'referral_consent', 'referral_event', 'outbox', 'processing_log'];

/** Every id in a table the scope can see, asked the way a careless query would: no WHERE at all. */
async function everything(db: ScopedDatabase, scope: DbScope, table: string, column = 'id'): Promise<string[]> {
  return db.run(scope, async (m: EntityManager) => ((await m.query(`SELECT ${column} AS id FROM ${table}`)) as { id: string }[]).map((r) => r.id));
}

describe('row-level security as the second line of defence', () => {
  let owner: DataSource;
  let app: DataSource;
  let db: ScopedDatabase;
  let fixtures: Fixtures;
  let utrechtToUwv: Awaited<ReturnType<Fixtures['submittedReferral']>>;
  let utrechtDraft: Awaited<ReturnType<Fixtures['draftReferral']>>;
  let amersfoortToTsl: Awaited<ReturnType<Fixtures['submittedReferral']>>;

  beforeAll(async () => {
    owner = await createDataSource({ url: process.env.DATABASE_URL!, poolSize: 2 }).initialize();
    app = await createDataSource({ url: loadConfig().appDatabaseUrl, poolSize: 4 }).initialize();
    db = new ScopedDatabase(app);
    fixtures = new Fixtures(app);
    utrechtToUwv = await fixtures.submittedReferral(AgencyCode.UWV);
    utrechtDraft = await fixtures.draftReferral(AgencyCode.UWV, Urgency.LIVE);
    amersfoortToTsl = await fixtures.submittedReferral(AgencyCode.TSL, 'desk.amersfoort');
  });

  /** What one service point holds, read in the system scope: other suites add rows to the same database. */
  async function ownOf(servicePointId: string): Promise<{ referrals: string[]; visits: string[]; visitsWithCitizen: string[] }> {
    return db.run(SYSTEM_SCOPE, async (m: EntityManager) => {
      const ids = async (sql: string) => ((await m.query(sql, [servicePointId])) as { id: string }[]).map((r) => r.id);
      return {
        referrals: await ids(`SELECT id FROM referral WHERE service_point_id = $1`),
        visits: await ids(`SELECT id FROM visit WHERE service_point_id = $1`),
        visitsWithCitizen: await ids(`SELECT vc.visit_id AS id FROM visit_citizen vc JOIN visit v ON v.id = vc.visit_id WHERE v.service_point_id = $1`),
      };
    });
  }

  afterAll(async () => {
    await app?.destroy();
    await owner?.destroy();
  });

  it('connects as a login role that is neither superuser nor owner, on tables with RLS enabled and forced', async () => {
    const [role] = await app.query(`SELECT current_user AS name, rolsuper, rolbypassrls FROM pg_roles WHERE rolname = current_user`);
    expect(role).toEqual({ name: APP_DATABASE_ROLE, rolsuper: false, rolbypassrls: false });
    const tables = await owner.query(
      `SELECT relname, relrowsecurity, relforcerowsecurity, pg_get_userbyid(relowner) AS owner FROM pg_class WHERE relname = ANY($1) ORDER BY relname`,
      [CASE_TABLES],
    );
    expect(tables).toHaveLength(CASE_TABLES.length);
    for (const table of tables) expect(table).toMatchObject({ relrowsecurity: true, relforcerowsecurity: true, owner: expect.not.stringMatching(APP_DATABASE_ROLE) });
    // The apps refuse to start on a connection that would bypass it.
    await expect(assertRowSecurityApplies(app)).resolves.toBeUndefined();
    await expect(assertRowSecurityApplies(owner)).rejects.toThrow(/row-level security would not apply/);
  });

  it('shows a desk only its own service point\'s rows, even to a query without a WHERE', async () => {
    const amersfoort = scopeOf(await fixtures.actor('desk.amersfoort'));
    const own = await ownOf(amersfoortToTsl.visit.servicePointId);
    expect(own.referrals).toContain(amersfoortToTsl.referral.id);
    expect(new Set(await everything(db, amersfoort, 'referral'))).toEqual(new Set(own.referrals));
    expect(new Set(await everything(db, amersfoort, 'visit'))).toEqual(new Set(own.visits));
    expect(new Set(await everything(db, amersfoort, 'visit_citizen', 'visit_id'))).toEqual(new Set(own.visitsWithCitizen));
    for (const table of ['referral_consent', 'referral_event', 'outbox']) {
      const seen = new Set(await everything(db, amersfoort, table, 'referral_id'));
      expect(seen).toContain(amersfoortToTsl.referral.id);
      expect([...seen].filter((id) => !own.referrals.includes(id))).toEqual([]);
    }
    const utrecht = scopeOf(utrechtToUwv.desk);
    const seen = await everything(db, utrecht, 'referral');
    expect(seen).toEqual(expect.arrayContaining([utrechtToUwv.referral.id, utrechtDraft.referral.id]));
    expect(seen).not.toContain(amersfoortToTsl.referral.id);
  });

  it('shows an agency only its own line\'s referrals, never a draft, and citizens only through them', async () => {
    const uwv = scopeOf(await fixtures.actor('specialist.uwv'));
    const referrals = await everything(db, uwv, 'referral');
    expect(referrals).toContain(utrechtToUwv.referral.id);
    expect(referrals).not.toContain(utrechtDraft.referral.id);
    expect(referrals).not.toContain(amersfoortToTsl.referral.id);
    const citizens = await everything(db, uwv, 'visit_citizen', 'visit_id');
    expect(citizens).toContain(utrechtToUwv.visit.id);
    expect(citizens).not.toContain(utrechtDraft.visit.id);
    expect(citizens).not.toContain(amersfoortToTsl.visit.id);
    expect(await everything(db, uwv, 'visit')).toEqual([]);
    expect(await everything(db, uwv, 'processing_log')).toEqual([]);
  });

  it('shows nothing without a scope, nothing personal to the monitor, and everything to the system', async () => {
    const none = await app.query(`SELECT count(*)::int AS n FROM referral`);
    expect(none[0].n).toBe(0);
    const admin = scopeOf({ accountId: utrechtToUwv.desk.accountId, role: Role.ADMIN, servicePointId: null, agencyCode: null });
    expect(await everything(db, admin, 'referral')).toEqual([]);
    expect(await everything(db, { kind: 'monitor' }, 'visit_citizen', 'visit_id')).toEqual([]);
    expect(await everything(db, { kind: 'monitor' }, 'referral')).toContain(amersfoortToTsl.referral.id);
    expect(await everything(db, SYSTEM_SCOPE, 'visit_citizen', 'visit_id')).toEqual(expect.arrayContaining([utrechtToUwv.visit.id, amersfoortToTsl.visit.id]));
  });

  it('lets no scope change or create rows outside itself', async () => {
    const amersfoort = scopeOf(await fixtures.actor('desk.amersfoort'));
    const changed = await db.run(amersfoort, (m) => m.query(`UPDATE referral SET urgency = urgency RETURNING id`));
    expect(new Set((changed as [{ id: string }[], number])[0].map((r) => r.id))).toEqual(new Set((await ownOf(amersfoortToTsl.visit.servicePointId)).referrals));
    await expect(
      db.run(amersfoort, (m) =>
        m.query(`INSERT INTO visit (service_point_id, opened_by, channel) VALUES ($1, $2, 'PHONE')`, [utrechtToUwv.visit.servicePointId, utrechtToUwv.desk.accountId]),
      ),
    ).rejects.toThrow(/row-level security/);
    const tsl = scopeOf(await fixtures.actor('specialist.tsl'));
    await expect(
      moveReferral(db, tsl, { referralId: utrechtToUwv.referral.id, action: ReferralAction.RECEIVE, party: Party.LINE, actor: { id: null, role: 'LINE' }, isVisible: () => true }),
    ).rejects.toThrow(/not found/);
  });
});
