import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import WebSocket from 'ws';
import { AppProcess, hubPort } from '../support/app-processes.js';
import { GqlClient, type GqlError } from '../support/graphql-client.js';

/** What one operation got back over a transport: its errors (codes and messages) or that it ran. */
interface Answer {
  codes: string[];
  messages: string[];
  ran: boolean;
}

function answerOf(errors: readonly GqlError[] | undefined, ran: boolean): Answer {
  return { codes: (errors ?? []).map((e) => e.extensions?.code ?? '?'), messages: (errors ?? []).map((e) => e.message), ran };
}

async function overHttp(base: string, token: string, query: string): Promise<Answer> {
  const res = await new GqlClient(base, token).request(query);
  return answerOf(res.errors, res.data !== undefined && res.data !== null);
}

/**
 * The graphql-transport-ws protocol by hand (not a client library that retries or throws), so the test
 * sees exactly what the hub sends: messages for subscription "1", and the close code.
 */
class RawSocket {
  closeCode: number | null = null;
  readonly messages: { type: string; payload?: unknown }[] = [];
  private readonly socket: WebSocket;
  private readonly closed: Promise<number>;
  private waiters: (() => void)[] = [];

  constructor(base: string, token: string) {
    this.socket = new WebSocket(`${base.replace(/^http/, 'ws')}/graphql`, 'graphql-transport-ws');
    this.closed = new Promise((resolve) =>
      this.socket.on('close', (code) => {
        this.closeCode = code;
        resolve(code);
        this.wake();
      }),
    );
    this.socket.on('error', () => undefined);
    this.socket.on('open', () => this.socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${token}` } })));
    this.socket.on('message', (data) => {
      this.messages.push(JSON.parse(String(data)) as { type: string; payload?: unknown });
      this.wake();
    });
  }

  /** Subscribes once acknowledged; resolves with the first answer to it, or null when the socket closed first. */
  async subscribe(id: string, query: string): Promise<{ type: string; payload?: unknown } | null> {
    if (!(await this.until(() => this.messages.some((m) => m.type === 'connection_ack')))) return null;
    const seen = this.messages.length;
    this.socket.send(JSON.stringify({ id, type: 'subscribe', payload: { query } }));
    const answered = () => this.messages.slice(seen).find((m) => (m as { id?: string }).id === id && m.type !== 'complete');
    await this.until(() => answered() !== undefined, 1_000);
    return answered() ?? null;
  }

  /** The close code, or null when the socket is still open after `ms`. */
  closedWithin(ms: number): Promise<number | null> {
    return Promise.race([this.closed, new Promise<null>((r) => setTimeout(() => r(null), ms))]);
  }

  close(): void {
    this.socket.close();
  }

  private async until(done: () => boolean, ms = 10_000): Promise<boolean> {
    const deadline = Date.now() + ms;
    while (!done() && this.closeCode === null && Date.now() < deadline) {
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 100);
      });
    }
    return done();
  }

  private wake(): void {
    this.waiters.splice(0).forEach((w) => w());
  }
}

/** One operation over the socket: the errors of its first answer, or the close code. */
async function overSocket(base: string, token: string, query: string): Promise<Answer & { closeCode?: number }> {
  const socket = new RawSocket(base, token);
  const answer = await socket.subscribe('1', query);
  socket.close();
  if (!answer) return { ...answerOf([], false), closeCode: socket.closeCode ?? undefined };
  if (answer.type === 'error') return answerOf(answer.payload as GqlError[], false);
  const result = answer.payload as { data?: unknown; errors?: GqlError[] };
  return answerOf(result.errors, result.data !== undefined && result.data !== null);
}

/** A live socket with one subscription on it. */
async function openSubscription(base: string, token: string, query: string): Promise<RawSocket> {
  const socket = new RawSocket(base, token);
  expect(await socket.subscribe('1', query)).toBeNull(); // no answer yet: subscribed, waiting for events
  expect(socket.closeCode).toBeNull();
  return socket;
}

const chain = (depth: number): string => (depth === 0 ? 'id' : `reroutedFrom { ${chain(depth - 1)} }`);
const LINE_EVENTS = 'subscription { lineEvents { referralId toStatus } }';
const DESK_EVENTS = 'subscription { servicePointEvents { referralId toStatus } }';
const ME = '{ me { id } }';

/** The operations an attacker sent over the socket while HTTP refused them, plus the two kinds it must never run. */
const HOSTILE: Record<string, string> = {
  '100 aliases of me': `{ ${Array.from({ length: 100 }, (_, i) => `a${i}: me { id }`).join(' ')} }`,
  'a depth-14 reroutedFrom chain': `{ referral(id: "${randomUUID()}") { ${chain(13)} } }`,
  '10 x visits(first: 100) x referrals x timeline': `{ ${Array.from(
    { length: 10 },
    (_, i) => `v${i}: visits(first: 100) { edges { node { referrals { a: timeline { type } b: timeline { type } c: timeline { type } d: timeline { type } e: timeline { type } } } } }`,
  ).join(' ')} }`,
  'more tokens than the parser takes': `{ ${'__typename '.repeat(1_500)} }`,
  'a subscription with a depth-14 chain': `subscription { lineEvents { referral { ${chain(13)} } } }`,
  'a subscription with 100 aliases': `subscription { lineEvents { ${Array.from({ length: 100 }, (_, i) => `a${i}: referralId`).join(' ')} } }`,
  'an unknown field': '{ me { passwordHash } }',
  'a malformed id': '{ servicePoint(id: "not-a-uuid") { id } }',
  'a NUL byte in a search': '{ topics(search: "a\\u0000b") { id } }',
  'a syntax error': '{ me { id }',
};

describe('the WebSocket is the same door as HTTP', () => {
  const hubs: AppProcess[] = [];
  let a: string;
  let b: string;
  let shortLived: string;
  let limited: string;

  beforeAll(async () => {
    // Two hubs serve; a third only signs in with 6-second tokens (a token's expiry travels in the token);
    // a fourth has a tight per-user rate limit.
    const settings: Record<string, string>[] = [{}, {}, { TOKEN_TTL_SECONDS: '6' }, { RATE_LIMIT_USER_POINTS: '4' }];
    const ports = settings.map(() => hubPort());
    [a, b, shortLived, limited] = ports.map((p) => `http://127.0.0.1:${p}`) as [string, string, string, string];
    const started = await Promise.allSettled(
      settings.map((env, i) => AppProcess.start('hub', { ...env, REVOCATION_REFRESH_MS: '500', PORT: String(ports[i]) })),
    );
    started.forEach((s) => s.status === 'fulfilled' && hubs.push(s.value));
    if (hubs.length < settings.length) throw new Error('a hub did not start');
  }, 90_000);

  afterAll(async () => {
    await Promise.all(hubs.map((hub) => hub.stop()));
  });

  it('answers every hostile operation over the socket exactly as over HTTP, before running it', async () => {
    const { token } = await GqlClient.signIn(a, 'coordinator.ind');
    for (const [name, query] of Object.entries(HOSTILE)) {
      const [http, socket] = await Promise.all([overHttp(a, token!, query), overSocket(a, token!, query)]);
      expect({ name, ...socket }).toEqual({ name, ...http, ran: false });
      expect({ name, codes: http.codes }).toEqual({ name, codes: expect.arrayContaining(['BAD_USER_INPUT']) });
    }
  }, 30_000);

  it('closes a socket whose message is larger than an HTTP body may be (1009)', async () => {
    const { token } = await GqlClient.signIn(a, 'coordinator.ind');
    const huge = `subscription { lineEvents { referralId } } # ${'x'.repeat(200 * 1024)}`;
    expect((await overSocket(a, token!, huge)).closeCode).toBe(1009);
  }, 30_000);

  it('serves only subscriptions on the socket: queries and mutations are refused and do not run', async () => {
    const coordinator = await GqlClient.signIn(a, 'coordinator.ind');
    const me = await overSocket(a, coordinator.token!, ME);
    expect(me).toEqual({ codes: ['BAD_USER_INPUT'], messages: [expect.stringContaining('only subscriptions')], ran: false });
    const hours = 'mutation { setLineHours(input: { agency: IND, opens: "06:00", closes: "23:00", days: ["MON"] }) { code } }';
    expect(await overSocket(a, coordinator.token!, hours)).toMatchObject({ codes: ['BAD_USER_INPUT'], ran: false });
    const { agencies } = await coordinator.data<{ agencies: { code: string; lineHours: { opens: string } }[] }>('{ agencies { code lineHours { opens } } }');
    expect(agencies.find((agency) => agency.code === 'IND')?.lineHours.opens).not.toBe('06:00');
    // The guards still hold on the socket: a desk has no line to follow.
    const desk = await GqlClient.signIn(a, 'desk.amersfoort');
    expect(await overSocket(a, desk.token!, LINE_EVENTS)).toMatchObject({ codes: ['NOT_FOUND'], ran: false });
  }, 30_000);

  it('closes the socket with 4401 when its token expires, on both hubs, and refuses the token after', async () => {
    const { token } = await GqlClient.signIn(shortLived, 'coordinator.ind');
    const onA = await openSubscription(a, token!, LINE_EVENTS);
    const onB = await openSubscription(b, token!, LINE_EVENTS);
    expect(await onA.closedWithin(9_000)).toBe(4401);
    expect(await onB.closedWithin(2_000)).toBe(4401);
    expect((await overSocket(b, token!, LINE_EVENTS)).closeCode).toBe(4401);
    expect((await overHttp(b, token!, ME)).codes).toEqual(['UNAUTHENTICATED']);
  }, 30_000);

  it('signing out ends the session on every hub within seconds; another session of the account goes on', async () => {
    const session = await GqlClient.signIn(a, 'desk.amersfoort');
    const other = await GqlClient.signIn(a, 'desk.amersfoort');
    const onA = await openSubscription(a, session.token!, DESK_EVENTS);
    const onB = await openSubscription(b, session.token!, DESK_EVENTS);
    const otherSocket = await openSubscription(b, other.token!, DESK_EVENTS);
    expect(await new GqlClient(b, session.token).data('mutation { signOut }')).toEqual({ signOut: true });
    expect(await onA.closedWithin(3_000)).toBe(4401);
    expect(await onB.closedWithin(3_000)).toBe(4401);
    expect((await overHttp(a, session.token!, ME)).codes).toEqual(['UNAUTHENTICATED']);
    expect(otherSocket.closeCode).toBeNull();
    expect((await overHttp(a, other.token!, ME)).ran).toBe(true);
    otherSocket.close();
  }, 30_000);

  it('a disabled account loses its sockets and tokens on every hub within seconds (ADMIN only)', async () => {
    const admin = await GqlClient.signIn(a, 'admin');
    const specialist = await GqlClient.signIn(a, 'specialist.ind');
    const { me } = await specialist.data<{ me: { id: string } }>(ME);
    const onA = await openSubscription(a, specialist.token!, LINE_EVENTS);
    const onB = await openSubscription(b, specialist.token!, LINE_EVENTS);
    const disable = `mutation { setAccountActive(id: "${me.id}", active: false) }`;
    expect((await overHttp(b, specialist.token!, disable)).codes).toEqual(['NOT_FOUND']);
    try {
      expect(await admin.data(disable)).toEqual({ setAccountActive: false });
      expect(await onA.closedWithin(3_000)).toBe(4401);
      expect(await onB.closedWithin(3_000)).toBe(4401);
      await new Promise((r) => setTimeout(r, 1_000)); // one refresh on hub B
      expect((await overHttp(b, specialist.token!, ME)).codes).toEqual(['UNAUTHENTICATED']);
      await expect(GqlClient.signIn(b, 'specialist.ind')).rejects.toThrow(/sign-in failed/);
    } finally {
      await (await GqlClient.signIn(a, 'admin')).data(`mutation { setAccountActive(id: "${me.id}", active: true) }`);
    }
    expect((await GqlClient.signIn(a, 'specialist.ind')).token).toBeTruthy();
  }, 30_000);

  it('counts subscriptions against the same per-user rate limit as HTTP, on an open socket and at connect', async () => {
    const coordinator = await GqlClient.signIn(limited, 'coordinator.bd');
    const socket = await openSubscription(limited, coordinator.token!, LINE_EVENTS); // the connection and this subscription: 2 of 4
    await coordinator.request(ME);
    await coordinator.request(ME);
    expect((await overHttp(limited, coordinator.token!, ME)).codes).toEqual(['RATE_LIMITED']);
    const refused = await socket.subscribe('2', LINE_EVENTS);
    expect(refused).toEqual({ id: '2', type: 'error', payload: [expect.objectContaining({ extensions: expect.objectContaining({ code: 'RATE_LIMITED' }) })] });
    socket.close();
    expect((await overSocket(limited, coordinator.token!, LINE_EVENTS)).closeCode).toBe(4429);
  }, 30_000);
});
