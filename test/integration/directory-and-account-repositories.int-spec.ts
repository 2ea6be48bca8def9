import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { DataSource } from 'typeorm';
import { AGENCY_CODES, AgencyCode, Role } from '#domain';
import { AccountEntity, AccountRepository, DirectoryRepository, ServicePointEntity, TopicEntity } from '#persistence';
import { closeIntegrationDatabases, type IntegrationDatabases, openIntegrationDatabases } from '../support/integration-databases.js';

/** The catalogue and the accounts, read and written as the app role; checks read as the owner. */
describe('directory and account repositories against the real database', () => {
  let databases: IntegrationDatabases;
  let owner: DataSource;
  let directory: DirectoryRepository;
  let accounts: AccountRepository;

  beforeAll(async () => {
    databases = await openIntegrationDatabases();
    owner = databases.owner;
    directory = new DirectoryRepository(databases.app.manager);
    accounts = new AccountRepository(databases.app.manager);
  });

  afterAll(async () => {
    await closeIntegrationDatabases(databases);
  });

  it('reads the agencies by code, and one agency', async () => {
    expect((await directory.agencies()).map((a) => a.code)).toEqual([...AGENCY_CODES].sort());
    expect(await directory.agency(AgencyCode.UWV)).toMatchObject({ code: AgencyCode.UWV, name: expect.any(String) });
    expect(await directory.agency('NOPE' as AgencyCode)).toBeNull();
  });

  it('reads topics by agency and name, of one agency, and by a search text with LIKE wildcards taken literally', async () => {
    const all = await directory.topics(null, null);
    const ordered = (await owner.query(`SELECT id FROM topic ORDER BY agency_code, name`)) as { id: string }[];
    expect(all.map((t) => t.id)).toEqual(ordered.map((t) => t.id));
    const uwv = await directory.topics(AgencyCode.UWV, null);
    expect(uwv.length).toBeGreaterThan(0);
    expect(uwv.every((t) => t.agencyCode === AgencyCode.UWV)).toBe(true);
    const sample = uwv[0]!;
    const word = sample.name.slice(1, 6).toUpperCase();
    const found = await directory.topics(null, word);
    expect(found.map((t) => t.id)).toContain(sample.id);
    expect(found.every((t) => `${t.name} ${t.description}`.toUpperCase().includes(word))).toBe(true);
    expect(await directory.topics(AgencyCode.UWV, '%')).toEqual(all.filter((t) => t.agencyCode === AgencyCode.UWV && `${t.name}${t.description}`.includes('%')));
    expect(await directory.topics(null, '_')).toEqual(all.filter((t) => `${t.name}${t.description}`.includes('_')));
    expect(await directory.topic(sample.id)).toEqual(await owner.getRepository(TopicEntity).findOneBy({ id: sample.id }));
    expect(await directory.topic(randomUUID())).toBeNull();
  });

  it('pages service points in creation order (to the millisecond, as the cursor carries it) after a keyset cursor', async () => {
    const ids = (await owner.query(`SELECT id FROM service_point ORDER BY date_trunc('milliseconds', created_at), id`)) as { id: string }[];
    const ordered = await Promise.all(ids.map(({ id }) => owner.getRepository(ServicePointEntity).findOneByOrFail({ id })));
    expect(ordered.length).toBeGreaterThan(2);
    const firstTwo = await directory.servicePoints(2, null);
    expect(firstTwo.map((s) => s.id)).toEqual(ordered.slice(0, 2).map((s) => s.id));
    const next = await directory.servicePoints(100, { at: firstTwo[1]!.createdAt, id: firstTwo[1]!.id });
    expect(next.map((s) => s.id)).toEqual(ordered.slice(2, 102).map((s) => s.id));
    expect(await directory.servicePoint(ordered[0]!.id)).toEqual(ordered[0]);
    expect(await directory.servicePoint(randomUUID())).toBeNull();
  });

  it('finds active local accounts by user name and id, never a disabled one', async () => {
    const desk = (await accounts.activeByUsername('desk.utrecht'))!;
    expect(desk).toMatchObject({ username: 'desk.utrecht', role: Role.DESK_WORKER, active: true });
    expect(await accounts.activeById(desk.id)).toEqual(desk);
    expect(await accounts.activeByUsername('nobody.here')).toBeNull();
    const grant = (await accounts.upsertOidc(claims()))!;
    await owner.query(`UPDATE account SET active = false WHERE id = $1`, [grant.id]);
    expect(await accounts.activeById(grant.id)).toBeNull();
    const { username } = await owner.getRepository(AccountEntity).findOneByOrFail({ id: grant.id });
    expect(await accounts.activeByUsername(username)).toBeNull();
  });

  const claims = (subject = `sub-${randomUUID()}`) => ({
    issuer: 'https://idp.example.org/realms/rijk',
    subject,
    username: `oidc:${subject}@idp.example.org`,
    displayName: 'Demo Medewerker',
    role: Role.DESK_WORKER,
    servicePointCode: 'AMF-STADHUIS' as string | null,
    agencyCode: null as AgencyCode | null,
  });

  it('provisions an identity provider account in one statement, follows its claims, and keeps a disabled one disabled', async () => {
    const first = claims();
    const [point] = (await owner.query(`SELECT id FROM service_point WHERE code = 'AMF-STADHUIS'`)) as { id: string }[];
    const created = (await accounts.upsertOidc(first))!;
    expect(created).toEqual({ id: expect.any(String), active: true, role: Role.DESK_WORKER, servicePointId: point!.id, agencyCode: null });
    expect(await owner.getRepository(AccountEntity).findOneByOrFail({ id: created.id })).toMatchObject({
      username: first.username,
      displayName: 'Demo Medewerker',
      passwordHash: null,
      oidcIssuer: first.issuer,
      oidcSubject: first.subject,
    });

    const moved = await accounts.upsertOidc({ ...first, displayName: 'Andere Naam', role: Role.AGENCY_COORDINATOR, servicePointCode: null, agencyCode: AgencyCode.DUO });
    expect(moved).toEqual({ id: created.id, active: true, role: Role.AGENCY_COORDINATOR, servicePointId: null, agencyCode: AgencyCode.DUO });
    expect((await owner.getRepository(AccountEntity).findOneByOrFail({ id: created.id })).displayName).toBe('Andere Naam');

    await owner.query(`UPDATE account SET active = false WHERE id = $1`, [created.id]);
    expect(await accounts.upsertOidc(first)).toMatchObject({ id: created.id, active: false });
    expect((await owner.getRepository(AccountEntity).findOneByOrFail({ id: created.id })).active).toBe(false);
  });

  it('writes nothing for an unknown service point code, not even a change to an existing account', async () => {
    const unknown = claims();
    expect(await accounts.upsertOidc({ ...unknown, servicePointCode: 'NOWHERE' })).toBeNull();
    expect(await owner.getRepository(AccountEntity).countBy({ oidcSubject: unknown.subject })).toBe(0);
    const known = (await accounts.upsertOidc(unknown))!;
    expect(await accounts.upsertOidc({ ...unknown, role: Role.MONITOR, servicePointCode: 'NOWHERE' })).toBeNull();
    expect((await owner.getRepository(AccountEntity).findOneByOrFail({ id: known.id })).role).toBe(Role.DESK_WORKER);
  });
});
