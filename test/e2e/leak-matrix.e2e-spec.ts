import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { getNamedType, GraphQLEnumType, type GraphQLSchema } from 'graphql';
import { AGENCY_CODES, syntheticBsn } from '#domain';
import { AppProcess, hubPort } from '../support/app-processes.js';
import { GqlClient, type GqlResponse, type Subscription } from '../support/graphql-client.js';
import { introspectHub, rootOperations, sampleVariables, selectionOf, withValueAt } from '../support/schema-operations.js';
import { ACCEPT, ADD_REFERRAL, OPEN_VISIT, SUBMIT, TOPICS } from '../support/story-operations.js';

/** Desk workers of two service points, a specialist of each of the eight agencies, the monitor, the privacy officer. */
const ACTORS = ['desk.utrecht', 'desk.amersfoort', ...AGENCY_CODES.map((c) => `specialist.${c.toLowerCase()}`), 'monitor.bzk', 'privacy.officer'];

interface Owned {
  readonly label: string;
  readonly id: string;
  /** Whether this actor may legitimately see the object. */
  readonly ownedBy: (actor: string) => boolean;
  /** Strings only its owners may ever receive. */
  readonly secrets: readonly string[];
}

const stripVolatile = (res: GqlResponse<unknown>) => JSON.stringify(res).replace(/"correlationId":"[^"]+"/g, '');

describe('leak matrix generated from the schema: every id-taking operation, every owned id, every foreign scope', () => {
  let hub: AppProcess;
  let worker: AppProcess;
  let base: string;
  let schema: GraphQLSchema;
  const clients = new Map<string, GqlClient>();
  const owned: Owned[] = [];
  let topicId: string;
  let visitId: string;
  const tag = randomUUID().slice(0, 8);
  const citizen = { name: `Matrixpersoon ${tag}`, phone: '06 1122 3344', email: `matrix.${tag}@example.org`, bsn: syntheticBsn(9_000 + Number.parseInt(tag.slice(0, 4), 16)) };

  beforeAll(async () => {
    const port = hubPort();
    base = `http://127.0.0.1:${port}`;
    // Full selection sets on every operation: the authorization question, not the size limits.
    hub = await AppProcess.start('hub', { PORT: String(port), GRAPHQL_MAX_DEPTH: '12', GRAPHQL_MAX_COST: '1000000', GRAPHQL_MAX_TOKENS: '20000', GRAPHQL_MAX_ALIASES: '100' });
    worker = await AppProcess.start('line-worker', {});
    for (const actor of ACTORS) clients.set(actor, await GqlClient.signIn(base, actor));
    const desk = clients.get('desk.utrecht')!;
    const uwv = clients.get('specialist.uwv')!;
    schema = await introspectHub(base, desk.token!);

    topicId = (await desk.data<{ topics: { id: string }[] }>(TOPICS, { a: 'UWV' })).topics[0]!.id;
    visitId = (await desk.data<{ openVisit: { id: string } }>(OPEN_VISIT, { input: { channel: 'WALK_IN', questions: [`Matrixvraag ${tag}`], citizen } })).openVisit.id;
    const citizenStrings = [citizen.name, citizen.email, citizen.bsn, citizen.phone];
    owned.push({ label: 'visit', id: visitId, ownedBy: (a) => a === 'desk.utrecht', secrets: [visitId, `Matrixvraag ${tag}`, ...citizenStrings] });

    const referral = async (status: string) => {
      const summary = `Matrixsamenvatting ${status} ${tag}`;
      const { addReferral } = await desk.data<{ addReferral: { id: string; reference: string } }>(ADD_REFERRAL, {
        input: { visitId, agencyCode: 'UWV', topicId, urgency: 'REGULAR', summary, consent: { categories: ['CONTACT_DETAILS', 'BSN', 'QUESTION_TEXT'], method: 'VERBAL' } },
      });
      const id = addReferral.id;
      if (status !== 'DRAFT') {
        await desk.data(SUBMIT, { id });
        await waitForStatus(desk, id, 'RECEIVED');
      }
      if (status === 'ACCEPTED' || status === 'ON_HOLD') await uwv.data(ACCEPT, { id });
      const holdReason = `Matrixwachtreden ${tag}`;
      if (status === 'ON_HOLD') await uwv.data('mutation ($id: ID!, $reason: String!) { holdReferral(id: $id, reason: $reason) { id } }', { id, reason: holdReason });
      const agencySees = status !== 'DRAFT';
      owned.push({
        label: `referral ${status}`,
        id,
        ownedBy: (a) => a === 'desk.utrecht' || (agencySees && a === 'specialist.uwv'),
        // Consent covers contact data and BSN, so its owners may see the citizen's data through it.
        secrets: [id, addReferral.reference, summary, ...(status === 'ON_HOLD' ? [holdReason] : []), ...citizenStrings],
      });
    };
    for (const status of ['DRAFT', 'RECEIVED', 'ACCEPTED', 'ON_HOLD']) await referral(status);
  }, 120_000);

  const subscriptions: Subscription<Record<string, { referralId: string }>>[] = [];

  afterAll(async () => {
    await Promise.all(subscriptions.map((sub) => sub.close()));
    await Promise.all([hub?.stop(), worker?.stop()]);
  });

  async function waitForStatus(client: GqlClient, id: string, status: string) {
    for (let i = 0; i < 200; i++) {
      const { referral } = await client.data<{ referral: { status: string } }>('query ($id: ID!) { referral(id: $id) { status } }', { id });
      if (referral.status === status) return;
      await new Promise((r) => setTimeout(r, 25));
    }
    throw new Error(`referral never reached ${status}`);
  }

  /** Secrets the actor must never receive: everything of objects it does not own. */
  const secretsFor = (actor: string) => {
    const mine = new Set(owned.filter((o) => o.ownedBy(actor)).flatMap((o) => o.secrets));
    // The visit id rides along on the agency's own referrals (visitId); that is not a leak.
    if (owned.some((o) => o.label !== 'visit' && o.ownedBy(actor))) mine.add(visitId);
    return owned.filter((o) => !o.ownedBy(actor)).flatMap((o) => o.secrets).filter((s) => !mine.has(s));
  };

  /** Fills what the operation needs with the owned world's own values, so only the id under test differs. */
  const companions = (path: readonly string[], type: Parameters<Parameters<typeof sampleVariables>[1]>[1]): unknown => {
    const last = path[path.length - 1];
    if (getNamedType(type).name === 'ID') return last === 'visitId' ? visitId : last === 'topicId' ? topicId : owned[1]!.id;
    if (getNamedType(type).name === 'AgencyCode') return 'UWV';
    if (last === 'first') return 20;
    return undefined;
  };

  it('finds zero leaks: a foreign scope gets exactly what a random id gets, and nothing it may not see', async () => {
    const operations = rootOperations(schema).filter((op) => op.idSlots.length > 0);
    expect(operations.map((op) => op.field.name).sort()).toEqual(
      expect.arrayContaining(['acceptReferral', 'addReferral', 'cancelReferral', 'referral', 'submitReferral', 'visit']),
    );
    const leaks: unknown[] = [];
    let cells = 0;
    let ownerControls = 0;
    for (const op of operations) {
      for (const slot of op.idSlots) {
        const variables = sampleVariables(op, companions, slot);
        for (const actor of ACTORS) {
          const client = clients.get(actor)!;
          const baseline = await client.request(op.document, withValueAt(variables, slot, randomUUID()));
          const secrets = secretsFor(actor);
          for (const object of owned) {
            if (object.ownedBy(actor)) {
              ownerControls++;
              continue;
            }
            cells++;
            const res = await client.request(op.document, withValueAt(variables, slot, object.id));
            const text = JSON.stringify(res);
            const problems = [
              ...(stripVolatile(res) !== stripVolatile(baseline) ? ['answer differs from a random id'] : []),
              ...secrets.filter((s) => text.includes(s)).map((s) => `returned ${s === object.id ? 'the id' : 'a secret'}`),
              ...(res.errors?.some((e) => e.extensions?.code === 'INTERNAL_SERVER_ERROR') ? ['internal error'] : []),
            ];
            if (problems.length) leaks.push({ operation: op.field.name, slot: slot.join('.'), actor, object: object.label, problems, answer: text.slice(0, 300), baseline: JSON.stringify(baseline).slice(0, 300) });
          }
        }
      }
    }
    console.info(`leak matrix: ${operations.length} operations, ${cells} foreign calls (operation x id slot x owned id x actor), ${ownerControls} owner pairs skipped, ${leaks.length} leaks`);
    expect(cells).toBeGreaterThan(500);
    expect(leaks).toEqual([]);
  }, 300_000);

  it('lists and catalogue queries without ids return no foreign data, for every value of their enum arguments', async () => {
    const operations = rootOperations(schema).filter((op) => op.kind === 'query' && op.idSlots.length === 0);
    const leaks: unknown[] = [];
    let calls = 0;
    for (const op of operations) {
      const enumArgs = op.field.args.filter((a) => getNamedType(a.type) instanceof GraphQLEnumType && String(a.type).endsWith('!'));
      const variants = enumArgs.reduce<Record<string, unknown>[]>(
        (acc, arg) => acc.flatMap((v) => (getNamedType(arg.type) as GraphQLEnumType).getValues().map((e) => ({ ...v, [arg.name]: e.value }))),
        [sampleVariables(op, (path) => (path[path.length - 1] === 'first' ? 100 : undefined))],
      );
      for (const actor of ACTORS) {
        const secrets = secretsFor(actor);
        if (secrets.length === 0) continue;
        for (const variables of variants) {
          calls++;
          const text = JSON.stringify(await clients.get(actor)!.request(op.document, variables));
          const found = secrets.filter((s) => text.includes(s));
          if (found.length) leaks.push({ operation: op.field.name, variables, actor, found });
        }
      }
    }
    console.info(`list matrix: ${operations.length} operations, ${calls} calls, ${leaks.length} leaks`);
    expect(calls).toBeGreaterThan(50);
    expect(leaks).toEqual([]);
  }, 120_000);

  it('positive controls: the owners do get the data, so the matrix would see a leak', async () => {
    const visit = await clients.get('desk.utrecht')!.data<{ visit: { citizen: { name: string } } }>('query ($id: ID!) { visit(id: $id) { citizen { name } } }', { id: visitId });
    expect(visit.visit.citizen.name).toBe(citizen.name);
    const received = owned.find((o) => o.label === 'referral RECEIVED')!;
    const asUwv = await clients.get('specialist.uwv')!.data<{ referral: { summary: string } }>('query ($id: ID!) { referral(id: $id) { summary } }', { id: received.id });
    expect(received.secrets).toContain(asUwv.referral.summary);
    const onHold = owned.find((o) => o.label === 'referral ON_HOLD')!;
    const timeline = await clients.get('desk.utrecht')!.data<{ referral: { timeline: { reason: string | null }[] } }>('query ($id: ID!) { referral(id: $id) { timeline { reason } } }', { id: onHold.id });
    expect(onHold.secrets).toContain(timeline.referral.timeline.at(-1)!.reason);
  }, 30_000);

  it('foreign mutations changed nothing', async () => {
    const desk = clients.get('desk.utrecht')!;
    const statuses = await Promise.all(
      owned.filter((o) => o.label.startsWith('referral')).map(async (o) => [o.label, (await desk.data<{ referral: { status: string } }>('query ($id: ID!) { referral(id: $id) { status } }', { id: o.id })).referral.status]),
    );
    expect(statuses).toEqual([
      ['referral DRAFT', 'DRAFT'],
      ['referral RECEIVED', 'RECEIVED'],
      ['referral ACCEPTED', 'ACCEPTED'],
      ['referral ON_HOLD', 'ON_HOLD'],
    ]);
  }, 30_000);

  it('subscriptions: every scope subscribes to every subscription; only the owners hear a new referral move', async () => {
    const fields = Object.values(schema.getSubscriptionType()!.getFields());
    expect(fields.map((f) => f.name).sort()).toEqual(['deliveryAlertRaised', 'escalations', 'lineEvents', 'servicePointEvents']);
    const listening: { actor: string; field: string; sub: Subscription<Record<string, { referralId: string }>> }[] = [];
    for (const field of fields) {
      for (const actor of ACTORS) {
        const sub = await clients.get(actor)!.subscribe<Record<string, { referralId: string }>>(`subscription { ${field.name} ${selectionOf(field.type)} }`);
        subscriptions.push(sub);
        listening.push({ actor, field: field.name, sub });
      }
    }
    const desk = clients.get('desk.utrecht')!;
    const { addReferral } = await desk.data<{ addReferral: { id: string } }>(ADD_REFERRAL, {
      input: { visitId, agencyCode: 'UWV', topicId, urgency: 'LIVE', summary: `Matrixsamenvatting live ${tag}`, consent: { categories: ['CONTACT_DETAILS'], method: 'VERBAL' } },
    });
    await desk.data(SUBMIT, { id: addReferral.id });
    const heard = (entry: (typeof listening)[number]) => entry.sub.events.filter((e) => JSON.stringify(e.value).includes(addReferral.id));
    const deskFeed = listening.find((l) => l.actor === 'desk.utrecht' && l.field === 'servicePointEvents')!;
    const uwvFeed = listening.find((l) => l.actor === 'specialist.uwv' && l.field === 'lineEvents')!;
    await deskFeed.sub.waitFor((v) => JSON.stringify(v).includes(addReferral.id) && JSON.stringify(v).includes('RECEIVED'));
    await uwvFeed.sub.waitFor((v) => JSON.stringify(v).includes(addReferral.id) && JSON.stringify(v).includes('RECEIVED'));
    const foreign = listening.filter((l) => l !== deskFeed && l !== uwvFeed);
    expect(foreign.length).toBe(fields.length * ACTORS.length - 2);
    expect(foreign.filter((l) => heard(l).length > 0 || secretsFor(l.actor).some((sec) => JSON.stringify(l.sub.events).includes(sec))).map((l) => `${l.actor}:${l.field}`)).toEqual([]);
  }, 60_000);
});
