import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { DataSource } from 'typeorm';
import { AgencyCode, Role } from '#domain';
import type { OidcIdentity } from '#auth';
import { AccountEntity, createDataSource } from '#persistence';
import { OidcAccounts } from '../../apps/hub/src/auth/oidc-accounts.js';

describe('accounts provisioned from the identity provider, against real Postgres', () => {
  let db: DataSource;
  let accounts: OidcAccounts;

  beforeAll(async () => {
    db = await createDataSource({ url: process.env.DATABASE_URL!, poolSize: 2 }).initialize();
    accounts = new OidcAccounts(db);
  });

  afterAll(async () => {
    await db.destroy();
  });

  const person = (change: Partial<OidcIdentity> = {}): OidcIdentity => ({
    issuer: 'https://idp.example.org/realms/rijk',
    subject: `sub-${randomUUID()}`,
    displayName: 'Demo Medewerker',
    role: Role.DESK_WORKER,
    servicePointCode: 'AMF-STADHUIS',
    agencyCode: null,
    ...change,
  });

  it('creates the account on first sign-in, mapping the service point code to its id, without a password', async () => {
    const identity = person();
    const actor = await accounts.actorFor(identity);
    const row = await db.getRepository(AccountEntity).findOneByOrFail({ oidcSubject: identity.subject });
    expect(actor).toEqual({ accountId: row.id, role: Role.DESK_WORKER, servicePointId: row.servicePointId, agencyCode: null });
    expect(row).toMatchObject({ oidcIssuer: identity.issuer, passwordHash: null, username: `oidc:${identity.subject}@idp.example.org` });
    const [point] = (await db.query('SELECT code FROM service_point WHERE id = $1', [row.servicePointId])) as { code: string }[];
    expect(point?.code).toBe('AMF-STADHUIS');
  });

  it('follows role and scope changes at the provider, keeping the same account', async () => {
    const identity = person();
    const first = await accounts.actorFor(identity);
    const moved = await accounts.actorFor({ ...identity, role: Role.AGENCY_COORDINATOR, servicePointCode: null, agencyCode: AgencyCode.DUO });
    expect(moved).toEqual({ accountId: first!.accountId, role: Role.AGENCY_COORDINATOR, servicePointId: null, agencyCode: AgencyCode.DUO });
  });

  it('refuses an unknown service point and a disabled account', async () => {
    expect(await accounts.actorFor(person({ servicePointCode: 'NOWHERE' }))).toBeNull();
    const identity = person();
    const { accountId } = (await accounts.actorFor(identity))!;
    await db.getRepository(AccountEntity).update({ id: accountId }, { active: false });
    // Remembered for up to a minute per hub, then the disabled flag wins.
    expect(await accounts.actorFor(identity)).not.toBeNull();
    expect(await accounts.actorFor(identity, Date.now() + 61_000)).toBeNull();
  });

  it('keeps the same person of two providers apart', async () => {
    const identity = person();
    const other = await accounts.actorFor({ ...identity, issuer: 'https://other-idp.example.org' });
    expect(other!.accountId).not.toBe((await accounts.actorFor(identity))!.accountId);
  });
});
