import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { syntheticBsn } from '#domain';
import { GqlClient } from './graphql-client.js';
import { ADD_REFERRAL, OPEN_VISIT, SUBMIT, TOPICS } from './story-operations.js';

/** One desk account with an open visit, reachable through every hub (tokens are valid on all of them). */
export interface LoadDesk {
  readonly hubs: readonly string[];
  readonly token: string;
  readonly visitId: string;
  readonly topicId: string;
  readonly agency: string;
}

export async function loadDesk(hubs: readonly string[], username: string, agency: string, topicCode: string, seed: number): Promise<LoadDesk> {
  const client = await GqlClient.signIn(hubs[0]!, username);
  const { topics } = await client.data<{ topics: { id: string; code: string }[] }>(TOPICS, { a: agency });
  const { openVisit } = await client.data<{ openVisit: { id: string } }>(OPEN_VISIT, {
    input: { channel: 'WALK_IN', questions: ['Vraag voor de belastingtest.'], citizen: { name: 'Testpersoon Synthetisch', bsn: syntheticBsn(seed) } },
  });
  return { hubs, token: client.token!, visitId: openVisit.id, topicId: topics.find((t) => t.code === topicCode)!.id, agency };
}

/** A referral the hub answered as submitted. */
export interface Submitted {
  readonly referralId: string;
  /** The hub that answered the submit. */
  readonly hub: number;
  readonly answeredAt: number;
}

/** What a client saw besides answers: coded refusals (retried when retryable) and anything a client cannot act on. */
export interface ClientExperience {
  /** Error codes seen, retryable ones included. */
  readonly codes: Map<string, number>;
  /** Errors without a code, a 5xx without one, a stack trace, or a request that hung: each one fails a run. */
  readonly untyped: string[];
}

const REQUEST_TIMEOUT_MS = 20_000;
const GIVE_UP_MS = 120_000;
const RETRY_PAUSE_MS = 250;

/**
 * Submits referrals as a careful client does: addReferral then submitReferral, each with its own
 * Idempotency-Key, retried with the same key on a network failure or a retryable error, moving to the
 * next hub on each attempt (a load balancer's view) unless pinned to one.
 */
export class HandoffClient {
  readonly experience: ClientExperience = { codes: new Map(), untyped: [] };

  async submit(desk: LoadDesk, hub: number, pinned = false): Promise<Submitted | null> {
    const added = await this.call<{ addReferral: { id: string } }>(desk, hub, pinned, ADD_REFERRAL, {
      input: {
        visitId: desk.visitId,
        agencyCode: desk.agency,
        topicId: desk.topicId,
        urgency: 'REGULAR',
        summary: 'Vraag over een betalingsregeling.',
        consent: { categories: ['CONTACT_DETAILS'], method: 'VERBAL' },
      },
    });
    if (!added) return null;
    const submitted = await this.call<{ submitReferral: { id: string } }>(desk, hub, pinned, SUBMIT, { id: added.data.addReferral.id });
    return submitted ? { referralId: submitted.data.submitReferral.id, hub: submitted.hub, answeredAt: Date.now() } : null;
  }

  private async call<T>(desk: LoadDesk, first: number, pinned: boolean, query: string, variables: object): Promise<{ data: T; hub: number } | null> {
    const key = randomUUID();
    const deadline = Date.now() + GIVE_UP_MS;
    for (let attempt = 0; Date.now() < deadline; attempt++) {
      const hub = pinned ? first : (first + attempt) % desk.hubs.length;
      const outcome = await this.attempt<T>(desk.hubs[hub]!, desk.token, key, query, variables);
      if (outcome.kind === 'data') return { data: outcome.data, hub };
      if (outcome.kind === 'refused') return null;
      await new Promise((r) => setTimeout(r, RETRY_PAUSE_MS));
    }
    this.experience.untyped.push('gave up after retrying for two minutes');
    return null;
  }

  private async attempt<T>(hub: string, token: string, key: string, query: string, variables: object): Promise<{ kind: 'data'; data: T } | { kind: 'retry' } | { kind: 'refused' }> {
    let status: number;
    let text: string;
    try {
      const response = await fetch(`${hub}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'Idempotency-Key': key },
        body: JSON.stringify({ query, variables }),
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      });
      status = response.status;
      text = await response.text();
    } catch (error) {
      // A hub that is gone (refused, reset) is the network's answer; one that does not answer at all is a hang.
      if ((error as Error).name === 'TimeoutError') this.experience.untyped.push(`no answer within ${REQUEST_TIMEOUT_MS} ms`);
      return { kind: 'retry' };
    }
    if (/\n\s+at |stacktrace/.test(text)) this.experience.untyped.push(`stack trace in a ${status} answer`);
    let body: { data?: T | null; errors?: { extensions?: { code?: string; retryable?: boolean } }[] };
    try {
      body = JSON.parse(text) as typeof body;
    } catch {
      // A proxy's or a closing server's non-GraphQL answer while a hub goes away: retried, as a browser would.
      if (status < 500) this.experience.untyped.push(`non-JSON ${status} answer`);
      return { kind: 'retry' };
    }
    if (body.data && !body.errors) return { kind: 'data', data: body.data };
    const error = body.errors?.[0];
    const code = error?.extensions?.code;
    if (!code) {
      this.experience.untyped.push(`error without a code (HTTP ${status})`);
      return { kind: 'retry' };
    }
    this.experience.codes.set(code, (this.experience.codes.get(code) ?? 0) + 1);
    return error.extensions?.retryable ? { kind: 'retry' } : { kind: 'refused' };
  }
}

/** A steady stream of submits spread over the desks and hubs, until stopped. */
export class SteadyLoad {
  readonly submitted: Submitted[] = [];
  private readonly pending = new Set<Promise<void>>();
  private timer: NodeJS.Timeout | null = null;
  private sent = 0;

  constructor(
    private readonly client: HandoffClient,
    private readonly desks: readonly LoadDesk[],
  ) {}

  start(perSecond: number): void {
    this.timer = setInterval(() => {
      const n = this.sent++;
      const desk = this.desks[n % this.desks.length]!;
      const work = this.client.submit(desk, n % desk.hubs.length).then((s) => {
        if (s) this.submitted.push(s);
      });
      this.pending.add(work);
      void work.finally(() => this.pending.delete(work));
    }, 1000 / perSecond);
  }

  /** Submits started and not yet answered. */
  get inFlight(): number {
    return this.pending.size;
  }

  /** Stops sending and waits for every submit under way to be answered (or given up). */
  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    while (this.pending.size > 0) await Promise.all([...this.pending]);
  }
}

/** Per referral: how often the timeline says it was submitted and received, and the handoff time between. */
export interface HandoffRecord {
  readonly referralId: string;
  readonly submits: number;
  readonly receipts: number;
  readonly handoffMs: number | null;
}

export async function handoffRecords(db: pg.Client, referralIds: readonly string[]): Promise<HandoffRecord[]> {
  const { rows } = await db.query(
    `SELECT r.id AS "referralId",
            count(e.id) FILTER (WHERE e.to_status = 'REQUESTED')::int AS submits,
            count(e.id) FILTER (WHERE e.to_status = 'RECEIVED' AND e.from_status = 'REQUESTED')::int AS receipts,
            (extract(epoch FROM min(e.occurred_at) FILTER (WHERE e.to_status = 'RECEIVED')
                               - min(e.occurred_at) FILTER (WHERE e.to_status = 'REQUESTED')) * 1000)::float AS "handoffMs"
       FROM referral r LEFT JOIN referral_event e ON e.referral_id = r.id
      WHERE r.id = ANY($1::uuid[])
      GROUP BY r.id`,
    [referralIds],
  );
  return rows as HandoffRecord[];
}

/** Waits until every referral was received (or the time is up), then returns the records. */
export async function settledHandoffs(db: pg.Client, referralIds: readonly string[], timeoutMs = 90_000): Promise<HandoffRecord[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const records = await handoffRecords(db, referralIds);
    if ((records.length === referralIds.length && records.every((r) => r.receipts > 0)) || Date.now() > deadline) return records;
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** Lost: answered as submitted but never received. Duplicated: submitted or received more than once. */
export function tally(records: readonly HandoffRecord[], expected: number): { lost: number; duplicated: number } {
  return {
    lost: expected - records.filter((r) => r.receipts > 0).length,
    duplicated: records.filter((r) => r.receipts > 1 || r.submits > 1).length,
  };
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length === 0 ? Number.NaN : sorted[Math.floor(sorted.length / 2)]!;
}
