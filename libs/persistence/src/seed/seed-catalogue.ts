import type { DataSource } from 'typeorm';
import { AGENCIES, DEMO_ACCOUNTS, SERVICE_POINTS, TOPICS } from '#domain';
import { AccountEntity } from '../entities/account.entity.js';
import { AgencyEntity } from '../entities/agency.entity.js';
import { ServicePointEntity } from '../entities/service-point.entity.js';
import { TopicEntity } from '../entities/topic.entity.js';
import { seedSlaDefaults } from './seed-sla-defaults.js';

export interface SeedOptions {
  /** Demo accounts are for the embedded default and tests only. */
  readonly demoPassword: string | null;
  readonly hashPassword: (password: string) => Promise<string>;
}

export interface SeedReport {
  readonly agencies: number;
  readonly topics: number;
  readonly servicePoints: number;
  readonly accountsCreated: number;
}

/** Idempotent: updates catalogue rows in place and creates only missing demo accounts. */
export async function seedCatalogue(dataSource: DataSource, options: SeedOptions): Promise<SeedReport> {
  return dataSource.transaction(async (manager) => {
    await manager.upsert(
      AgencyEntity,
      AGENCIES.map((a) => ({ code: a.code, name: a.name, description: a.description, lineHours: a.lineHours })),
      ['code'],
    );
    await seedSlaDefaults(manager);
    await manager.upsert(
      TopicEntity,
      TOPICS.map((t) => ({ agencyCode: t.agencyCode, code: t.code, name: t.name, description: t.description, whatToBring: [...t.whatToBring] })),
      ['agencyCode', 'code'],
    );
    await manager.upsert(
      ServicePointEntity,
      SERVICE_POINTS.map((s) => ({ code: s.code, name: s.name, municipality: s.municipality, address: s.address, postalCode: s.postalCode })),
      ['code'],
    );
    let accountsCreated = 0;
    if (options.demoPassword !== null) {
      const points = new Map((await manager.find(ServicePointEntity)).map((p) => [p.code, p.id]));
      const existing = new Set((await manager.find(AccountEntity, { select: { username: true } })).map((a) => a.username));
      const hash = await options.hashPassword(options.demoPassword);
      for (const account of DEMO_ACCOUNTS) {
        if (existing.has(account.username)) continue;
        await manager.insert(AccountEntity, {
          username: account.username,
          displayName: account.displayName,
          role: account.role,
          passwordHash: hash,
          servicePointId: account.servicePointCode ? (points.get(account.servicePointCode) ?? null) : null,
          agencyCode: account.agencyCode ?? null,
        });
        accountsCreated++;
      }
    }
    return { agencies: AGENCIES.length, topics: TOPICS.length, servicePoints: SERVICE_POINTS.length, accountsCreated };
  });
}
