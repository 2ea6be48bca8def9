import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { buildSchema, getNamedType } from 'graphql';
import { DEFAULT_MAX_LENGTH, maxLengthAt } from '../../apps/hub/src/graphql/input-limits.js';
import { AppProcess, hubPort } from '../support/app-processes.js';
import { GqlClient, type GqlResponse } from '../support/graphql-client.js';
import { rootOperations, sampleVariables, type TextSlot, withValueAt } from '../support/schema-operations.js';

/** No token, then one account of every role. */
const ROLES = [null, 'desk.utrecht', 'specialist.uwv', 'coordinator.uwv', 'monitor.bzk', 'admin', 'privacy.officer'] as const;

interface Hostile {
  readonly label: string;
  readonly value: string;
  /** What the input rule answers at the slot. */
  readonly message: string;
}

/** A NUL, a lone surrogate, one character too many and (for IDs) a malformed id. */
function hostileValues(slot: TextSlot): Hostile[] {
  if (slot.scalar === 'ID') {
    const message = 'must be a valid id';
    return [
      { label: 'NUL', value: 'a\u0000b', message },
      { label: 'lone surrogate', value: 'a\uD800b', message },
      { label: 'over-long', value: `${randomUUID()}${'0'.repeat(DEFAULT_MAX_LENGTH)}`, message },
      { label: 'malformed id', value: 'not-a-uuid', message },
    ];
  }
  const max = maxLengthAt(slot.coordinate);
  return [
    { label: 'NUL', value: 'a\u0000b', message: 'must not contain a NUL character' },
    { label: 'lone surrogate', value: 'a\uD800b', message: 'must be well-formed Unicode text' },
    { label: 'over-long', value: 'x'.repeat(max + 1), message: `must be at most ${max} characters` },
  ];
}

/** Fields whose maximum length is shorter than the generic sample text. */
/** Fields with a short format, by name; a list item (path ending in its index) takes its list's format. */
const SHORT_FORMATS: Readonly<Record<string, unknown>> = { opens: '09:00', closes: '17:00', days: 'MON' };

/** Runs `tasks` with at most `limit` in flight: enough to keep the hub busy, not to starve the machine. */
async function inPool<T>(tasks: (() => Promise<T>)[], limit: number): Promise<T[]> {
  const results: T[] = [];
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const i = next++;
      results[i] = await tasks[i]!();
    }
  };
  await Promise.all(Array.from({ length: limit }, worker));
  return results;
}

const refusal = (fields: { path: readonly string[]; message: string }[]) => [
  { message: expect.stringMatching(/^Invalid input: /), extensions: { code: 'BAD_USER_INPUT', fields } },
];

describe('input fuzz generated from schema.graphql: every String and ID argument and input field', () => {
  let hub: AppProcess;
  let base: string;
  const clients = new Map<string | null, GqlClient>();
  const schema = buildSchema(readFileSync(new URL('../../schema.graphql', import.meta.url), 'utf8'));

  beforeAll(async () => {
    const port = hubPort();
    base = `http://127.0.0.1:${port}`;
    hub = await AppProcess.start('hub', { PORT: String(port) });
    clients.set(null, new GqlClient(base));
    for (const role of ROLES) if (role) clients.set(role, await GqlClient.signIn(base, role));
  }, 60_000);

  afterAll(async () => {
    await hub?.stop();
  });

  it('answers a NUL, a lone surrogate, an over-long string and a malformed id with BAD_USER_INPUT at its path, for every role', async () => {
    const operations = rootOperations(schema, ['query', 'mutation', 'subscription']).filter((op) => op.textSlots.length > 0);
    // Placeholders that pass the rule, so the hostile value is the only thing wrong.
    const placeholder = (path: readonly string[], type: Parameters<Parameters<typeof sampleVariables>[1]>[1]) =>
      getNamedType(type).name === 'ID' ? randomUUID() : SHORT_FORMATS[path.findLast((key) => !/^\d+$/.test(key))!];
    const cases = operations.flatMap((op) =>
      op.textSlots.flatMap((slot) =>
        hostileValues(slot).map((hostile) => ({ op, slot, hostile, variables: withValueAt(sampleVariables(op, placeholder, slot.path), slot.path, hostile.value) })),
      ),
    );
    const slots = operations.reduce((n, op) => n + op.textSlots.length, 0);
    const tasks = cases.flatMap((c) => ROLES.map((role) => async () => ({ ...c, role, answer: await clients.get(role)!.request(c.op.document, c.variables) })));
    console.info(
      `input fuzz: ${operations.length} operations, ${slots} String/ID arguments and input fields, ${cases.length} hostile values ` +
        `(NUL, lone surrogate, over-long; malformed id for IDs) x ${ROLES.length} roles = ${tasks.length} requests`,
    );

    const answers = await inPool(tasks, 6);
    const internal = answers.filter((a) => a.answer.errors?.some((e) => e.extensions?.code === 'INTERNAL_SERVER_ERROR'));
    const wrong = answers.filter((a) => !refusedAt(a.answer, a.slot.path, a.hostile.message));
    const explain = (a: (typeof answers)[number]) => `${a.op.field.name} ${a.slot.path.join('.')} ${a.hostile.label} as ${a.role ?? 'no token'}: ${JSON.stringify(a.answer).slice(0, 300)}`;
    expect(internal.map(explain)).toEqual([]);
    expect(wrong.map(explain)).toEqual([]);
    expect(operations.map((op) => op.field.name)).toEqual(expect.arrayContaining(['servicePoint', 'topics', 'scheduleAppointment', 'signIn', 'openVisit']));
    expect(slots).toBeGreaterThan(50);
  }, 180_000);

  /** Exactly one error: BAD_USER_INPUT naming the slot alone (the placeholders pass), and no data. */
  function refusedAt(answer: GqlResponse<unknown>, path: readonly string[], message: string): boolean {
    const [error, ...more] = answer.errors ?? [];
    return answer.data == null && more.length === 0 && error?.extensions?.code === 'BAD_USER_INPUT' && JSON.stringify(error.extensions.fields) === JSON.stringify([{ path, message }]);
  }

  describe('the cases found by hand (issue 8), as regressions', () => {
    const everyRole = async (query: string, variables: Record<string, unknown> = {}) => Promise.all(ROLES.map((role) => clients.get(role)!.request(query, variables)));

    it('servicePoint with an id that is not a UUID: BAD_USER_INPUT for every role, not a database error', async () => {
      for (const id of ['not-a-uuid', '', '12345']) {
        for (const answer of await everyRole(`{ servicePoint(id: "${id}") { id } }`)) {
          expect(answer.errors).toEqual(refusal([{ path: ['id'], message: 'must be a valid id' }]));
        }
      }
    }, 30_000);

    it('a NUL in topics(search:), in the document or in a variable', async () => {
      for (const answer of await everyRole('{ topics(search: "a\\u0000b") { id } }')) {
        expect(answer.errors).toEqual(refusal([{ path: ['search'], message: 'must not contain a NUL character' }]));
      }
      for (const answer of await everyRole('query ($s: String) { topics(search: $s) { id } }', { s: 'a\u0000b' })) {
        expect(answer.errors).toEqual(refusal([{ path: ['search'], message: 'must not contain a NUL character' }]));
      }
    }, 30_000);

    it('a NUL in scheduleAppointment place and extraItems, and a lone surrogate in extraItems', async () => {
      const schedule = 'mutation ($input: ScheduleAppointmentInput!) { scheduleAppointment(input: $input) { id } }';
      const input = { referralId: randomUUID(), kind: 'APPOINTMENT', channel: 'IN_PERSON', startsAt: '2026-01-05T09:00:00Z' };
      const cases: [Record<string, unknown>, string[], string][] = [
        [{ place: 'a\u0000b' }, ['input', 'place'], 'must not contain a NUL character'],
        [{ extraItems: ['Paspoort', 'a\u0000b'] }, ['input', 'extraItems', '1'], 'must not contain a NUL character'],
        [{ extraItems: ['a\uD800b'] }, ['input', 'extraItems', '0'], 'must be well-formed Unicode text'],
      ];
      for (const [extra, path, message] of cases) {
        for (const answer of await everyRole(schedule, { input: { ...input, ...extra } })) expect(answer.errors).toEqual(refusal([{ path, message }]));
      }
    }, 30_000);

    it('a NUL in the signIn username, without a token', async () => {
      const answer = await clients.get(null)!.request('mutation ($u: String!) { signIn(input: { username: $u, password: "x" }) { token } }', { u: 'a\u0000b' });
      expect(answer.errors).toEqual(refusal([{ path: ['input', 'username'], message: 'must not contain a NUL character' }]));
    }, 30_000);

    it('the OAuth token endpoint answers a NUL or a broken escape in the client id with invalid_client', async () => {
      const token = (body: string, headers: Record<string, string>) => fetch(`${base}/oauth/token`, { method: 'POST', headers, body });
      const form = { 'content-type': 'application/x-www-form-urlencoded' };
      const nul = await token('grant_type=client_credentials&client_id=a%00b&client_secret=geheim', form);
      const basic = (pair: string) => ({ ...form, authorization: `Basic ${Buffer.from(pair).toString('base64')}` });
      const broken = await token('grant_type=client_credentials', basic('uwv-%E0%A4%A:geheim'));
      const basicNul = await token('grant_type=client_credentials', basic('uwv-%00:geheim'));
      for (const answer of [nul, broken, basicNul]) expect({ status: answer.status, body: await answer.json() }).toEqual({ status: 401, body: { error: 'invalid_client' } });
    }, 30_000);

    it('search text is matched literally: % and _ are no wildcards', async () => {
      const desk = clients.get('desk.utrecht')!;
      const search = async (s: string) => (await desk.data<{ topics: { name: string }[] }>('query ($s: String) { topics(search: $s) { name } }', { s })).topics;
      const all = await search('');
      expect(all.length).toBeGreaterThan(5);
      expect(all.some((t) => /[%_]/.test(t.name))).toBe(false);
      expect(await search('%')).toEqual([]);
      expect(await search('_')).toEqual([]);
    }, 30_000);

    it('a cursor the hub did not write is BAD_USER_INPUT, even when it decodes to a date and an id', async () => {
      const page = 'query ($after: String) { servicePoints(first: 1, after: $after) { edges { node { id } } pageInfo { endCursor } } }';
      const desk = clients.get('desk.utrecht')!;
      const first = await desk.data<{ servicePoints: { pageInfo: { endCursor: string } } }>(page);
      expect((await desk.request(page, { after: first.servicePoints.pageInfo.endCursor })).errors).toBeUndefined();
      const forged = (text: string) => Buffer.from(text).toString('base64url');
      for (const after of [forged('2026-01-01T00:00:00.000Z|not-a-uuid'), forged(`-100000-01-01T00:00:00.000Z|${randomUUID()}`), 'a\u0000b'.repeat(3)]) {
        const answer = await desk.request(page, { after });
        expect(answer.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: ['after'], message: expect.any(String) }] });
      }
    }, 30_000);
  });
});
