/**
 * Issue 4's figure: the cost of field encryption and the processing log on the submit path, both
 * measured in one run (part of `npm run bench`, not of `npm test`).
 * Options (env): BENCH_PATHS (open+add+submit per round, 300), BENCH_SUBMITS (submits per round, 600),
 * BENCH_ROUNDS (7), BENCH_CLIENTS (8).
 *
 * Both variants run the hub's own VisitsService and ReferralsService as the app role, with
 * row-level security and scoped transactions. "plain" swaps in a cipher that stores plaintext and
 * a processing log that writes nothing; "private" is what production runs. Rounds alternate the
 * order of the variants; the medians over rounds are reported.
 */
import pg from 'pg';
import type { DataSource, EntityManager } from 'typeorm';
import { type Actor, AgencyCode, Channel, ConsentMethod, DataCategory, syntheticBsn, type TraceContext, Urgency } from '#domain';
import { loadConfig } from '#config';
import { AccountEntity, createDataSource, ScopedDatabase, TopicEntity } from '#persistence';
import { BlindIndex, FieldCipher, PersonalDataVault, ProcessingLog, type ProcessingEntry, type Processor, traceFrom } from '#privacy';
import { DEMO_PASSWORD } from '../../infra/scripts/demo.js';
import { prepareDatabase } from '../../infra/scripts/prepare-database.js';
import { ReferralsService } from '../../apps/hub/src/referrals/referrals.service.js';
import { VisitsService } from '../../apps/hub/src/visits/visits.service.js';

const PATHS = Number(process.env.BENCH_PATHS ?? 300);
const SUBMITS = Number(process.env.BENCH_SUBMITS ?? 600);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 8);

/** Stores the plaintext: the baseline without encryption. */
class PlainCipher extends FieldCipher {
  override seal(plaintext: string): string {
    return plaintext;
  }

  override open(sealed: string): string {
    return sealed;
  }
}

/** Writes nothing: the baseline without a processing log. */
class NoProcessingLog extends ProcessingLog {
  override async record(_manager: EntityManager, _trace: TraceContext, _actor: Processor, _entries: readonly ProcessingEntry[]): Promise<void> {}
}

interface Variant {
  readonly name: 'plain' | 'private';
  readonly visits: VisitsService;
  readonly referrals: ReferralsService;
}

function variants(app: DataSource): Variant[] {
  const config = loadConfig();
  const scoped = new ScopedDatabase(app);
  const index = new BlindIndex(config.blindIndexKey);
  const real = new PersonalDataVault(new FieldCipher(config.fieldKeys, config.fieldKeyCurrent), index);
  const plain = new PersonalDataVault(new PlainCipher(config.fieldKeys, config.fieldKeyCurrent), index);
  const log = new ProcessingLog(index);
  const noLog = new NoProcessingLog(index);
  return [
    { name: 'plain', visits: new VisitsService(scoped, plain, noLog), referrals: new ReferralsService(scoped, plain, noLog) },
    { name: 'private', visits: new VisitsService(scoped, real, log), referrals: new ReferralsService(scoped, real, log) },
  ];
}

let seed = 1_000_000;

async function draft(variant: Variant, desk: Actor, topicId: string): Promise<string> {
  const trace = traceFrom(undefined);
  const visit = await variant.visits.open(desk, trace, {
    channel: Channel.WALK_IN,
    questions: ['Synthetische vraag over de WW'],
    citizen: { name: 'Synthetisch Persoon', phone: '0612345678', email: 'synthetisch@example.org', bsn: syntheticBsn(seed++) },
  });
  const referral = await variant.referrals.add(desk, trace, {
    visitId: visit.id,
    agencyCode: AgencyCode.UWV,
    topicId,
    urgency: Urgency.REGULAR,
    summary: 'Synthetische samenvatting voor het UWV',
    consent: { categories: [DataCategory.CONTACT_DETAILS, DataCategory.BSN, DataCategory.QUESTION_TEXT], method: ConsentMethod.VERBAL },
  });
  return referral.id;
}

/** Operations per second: `total` operations shared by CLIENTS concurrent loops. */
async function throughput(total: number, operation: (n: number) => Promise<void>): Promise<number> {
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      for (let n = next++; n < total; n = next++) await operation(n);
    }),
  );
  return total / ((performance.now() - started) / 1000);
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/** A database of its own, so the thousands of submits left on no line never reach another benchmark's workers. */
async function withOwnDatabase(ownerUrl: string, work: (ownerUrl: string) => Promise<void>): Promise<void> {
  const name = 'loketlijn_bench_privacy';
  const admin = new pg.Client({ connectionString: ownerUrl });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${name}`);
    const url = new URL(ownerUrl);
    url.pathname = `/${name}`;
    await prepareDatabase(url.toString(), DEMO_PASSWORD);
    await work(url.toString());
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => undefined);
    await admin.end();
  }
}

/** Run inside benchServices(): DATABASE_URL is the owner's; the services connect as the app role. */
export function privacyCost(): Promise<void> {
  return withOwnDatabase(process.env.DATABASE_URL!, (ownerUrl) => measure(loadConfig({ ...process.env, DATABASE_URL: ownerUrl }).appDatabaseUrl));
}

async function measure(appUrl: string): Promise<void> {
  const app = await createDataSource({ url: appUrl, poolSize: CLIENTS + 2 }).initialize();
  try {
    const a = await app.getRepository(AccountEntity).findOneByOrFail({ username: 'desk.utrecht' });
    const desk: Actor = { accountId: a.id, role: a.role, servicePointId: a.servicePointId, agencyCode: a.agencyCode };
    const topicId = (await app.getRepository(TopicEntity).findOneByOrFail({ agencyCode: AgencyCode.UWV })).id;
    const all = variants(app);
    const path: Record<string, number[]> = { plain: [], private: [] };
    const submitOnly: Record<string, number[]> = { plain: [], private: [] };

    // Warm-up: connections, prepared plans, JIT.
    for (const v of all) await throughput(PATHS / 3, async () => void (await v.referrals.submit(desk, traceFrom(undefined), await draft(v, desk, topicId))));

    for (let round = 0; round < ROUNDS; round++) {
      for (const v of round % 2 === 0 ? all : [...all].reverse()) {
        path[v.name]!.push(await throughput(PATHS, async () => void (await v.referrals.submit(desk, traceFrom(undefined), await draft(v, desk, topicId)))));
        // The submit mutation alone, on drafts made beforehand.
        const drafts: string[] = [];
        await throughput(SUBMITS, async () => void drafts.push(await draft(v, desk, topicId)));
        submitOnly[v.name]!.push(await throughput(SUBMITS, async (n) => void (await v.referrals.submit(desk, traceFrom(undefined), drafts[n]!))));
        console.log(`[bench] round ${round + 1} ${v.name.padEnd(7)} path ${path[v.name]!.at(-1)!.toFixed(1)}/s  submit ${submitOnly[v.name]!.at(-1)!.toFixed(1)}/s`);
      }
    }
    // Rounds run back to back, so the ratio within a round is the fairer figure on a busy machine.
    const report = (label: string, figures: Record<string, number[]>) => {
      const plain = median(figures.plain!);
      const priv = median(figures.private!);
      const paired = median(figures.private!.map((p, i) => p / figures.plain![i]!));
      console.log(`${label.padEnd(44)} plain ${plain.toFixed(1)}/s   private ${priv.toFixed(1)}/s   ratio of medians ${(priv / plain).toFixed(3)}   median ratio per round ${paired.toFixed(3)}`);
    };
    console.log(`\nMedians over ${ROUNDS} rounds (${PATHS} paths, ${SUBMITS} submits each), ${CLIENTS} clients, app role with RLS, fsync on:`);
    report('openVisit + addReferral + submitReferral', path);
    report('submitReferral alone', submitOnly);
  } finally {
    await app.destroy();
  }
}
