import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { createClient } from 'graphql-ws';
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

/** One operation over graphql-ws: the first result, error or close. */
function overSocket(base: string, token: string, query: string): Promise<Answer & { closeCode?: number }> {
  return new Promise((resolve) => {
    const client = createClient({
      url: `${base.replace(/^http/, 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${token}` },
      retryAttempts: 0,
      on: { closed: (event) => finish({ ...answerOf([], false), closeCode: (event as { code: number }).code }) },
    });
    const finish = (answer: Answer & { closeCode?: number }) => {
      resolve(answer);
      void client.dispose();
    };
    client.subscribe(
      { query },
      {
        next: (result) => finish(answerOf(result.errors as GqlError[] | undefined, true)),
        error: (error) => finish(Array.isArray(error) ? answerOf(error as GqlError[], false) : { ...answerOf([], false), closeCode: (error as { code?: number }).code }),
        complete: () => undefined,
      },
    );
  });
}

/** A live socket with one subscription, recording how it ended. */
class OpenSocket {
  closeCode: number | null = null;
  private readonly closed: Promise<number>;
  private readonly client;

  constructor(base: string, token: string, query: string) {
    let settle: (code: number) => void = () => undefined;
    this.closed = new Promise((resolve) => (settle = resolve));
    this.client = createClient({
      url: `${base.replace(/^http/, 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${token}` },
      lazy: false,
      retryAttempts: 0,
      onNonLazyError: () => undefined,
      on: {
        closed: (event) => {
          this.closeCode = (event as { code: number }).code;
          settle(this.closeCode);
        },
      },
    });
    this.client.subscribe({ query }, { next: () => undefined, error: () => undefined, complete: () => undefined });
  }

  static async open(base: string, token: string, query: string): Promise<OpenSocket> {
    const socket = new OpenSocket(base, token, query);
    await new Promise((r) => setTimeout(r, 300));
    expect(socket.closeCode).toBeNull();
    return socket;
  }

  /** The close code, or null when the socket is still open after `ms`. */
  async closedWithin(ms: number): Promise<number | null> {
    return Promise.race([this.closed, new Promise<null>((r) => setTimeout(() => r(null), ms))]);
  }

  async dispose(): Promise<void> {
    await this.client.dispose();
  }
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
  'a syntax error': '{ me { id }',
};

describe('the WebSocket is the same door as HTTP', () => {
  let hubA: AppProcess;
  let hubB: AppProcess;
  let limitedHub: AppProcess;
  let a: string;
  let b: string;
  let limited: string;

  beforeAll(async () => {
    const env = { TOKEN_TTL_SECONDS: '6', REVOCATION_REFRESH_MS: '500' };
    const [portA, portB, portL] = [hubPort(), hubPort(), hubPort()];
    [a, b, limited] = [portA, portB, portL].map((p) => `http://127.0.0.1:${p}`) as [string, string, string];
    [hubA, hubB, limitedHub] = await Promise.all([
      AppProcess.start('hub', { ...env, PORT: String(portA) }),
      AppProcess.start('hub', { ...env, PORT: String(portB) }),
      AppProcess.start('hub', { PORT: String(portL), RATE_LIMIT_USER_POINTS: '4' }),
    ]);
  }, 60_000);

  afterAll(async () => {
    await Promise.all([hubA?.stop(), hubB?.stop(), limitedHub?.stop()]);
  });

  it('answers every hostile operation over the socket exactly as over HTTP, before running it', async () => {
    const { token } = await GqlClient.signIn(a, 'coordinator.ind');
    for (const [name, query] of Object.entries(HOSTILE)) {
      const [http, socket] = await Promise.all([overHttp(a, token!, query), overSocket(a, token!, query)]);
      expect({ name, ...socket }).toEqual({ name, ...http, ran: false });
      expect({ name, codes: http.codes }).toEqual({ name, codes: expect.arrayContaining(['BAD_USER_INPUT']) });
    }
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
    const { token } = await GqlClient.signIn(a, 'coordinator.ind');
    const onA = await OpenSocket.open(a, token!, LINE_EVENTS);
    const onB = await OpenSocket.open(b, token!, LINE_EVENTS);
    expect(await onA.closedWithin(9_000)).toBe(4401);
    expect(await onB.closedWithin(2_000)).toBe(4401);
    expect((await overSocket(b, token!, LINE_EVENTS)).closeCode).toBe(4401);
    expect((await overHttp(b, token!, ME)).codes).toEqual(['UNAUTHENTICATED']);
  }, 30_000);

  it('signing out ends the session on every hub within seconds; another session of the account goes on', async () => {
    const session = await GqlClient.signIn(a, 'desk.amersfoort');
    const other = await GqlClient.signIn(a, 'desk.amersfoort');
    const onA = await OpenSocket.open(a, session.token!, DESK_EVENTS);
    const onB = await OpenSocket.open(b, session.token!, DESK_EVENTS);
    const otherSocket = await OpenSocket.open(b, other.token!, DESK_EVENTS);
    expect(await new GqlClient(b, session.token).data('mutation { signOut }')).toEqual({ signOut: true });
    expect(await onA.closedWithin(3_000)).toBe(4401);
    expect(await onB.closedWithin(3_000)).toBe(4401);
    expect((await overHttp(a, session.token!, ME)).codes).toEqual(['UNAUTHENTICATED']);
    expect(otherSocket.closeCode).toBeNull();
    expect((await overHttp(a, other.token!, ME)).ran).toBe(true);
    await otherSocket.dispose();
  }, 30_000);

  it('a disabled account loses its sockets and tokens on every hub within seconds (ADMIN only)', async () => {
    const admin = await GqlClient.signIn(a, 'admin');
    const specialist = await GqlClient.signIn(a, 'specialist.ind');
    const { me } = await specialist.data<{ me: { id: string } }>(ME);
    const onA = await OpenSocket.open(a, specialist.token!, LINE_EVENTS);
    const onB = await OpenSocket.open(b, specialist.token!, LINE_EVENTS);
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
      await admin.data(`mutation { setAccountActive(id: "${me.id}", active: true) }`);
    }
    expect((await GqlClient.signIn(a, 'specialist.ind')).token).toBeTruthy();
  }, 30_000);

  it('counts subscriptions against the same per-user rate limit as HTTP, on an open socket and at connect', async () => {
    const coordinator = await GqlClient.signIn(limited, 'coordinator.bd');
    const client = createClient({
      url: `${limited.replace(/^http/, 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${coordinator.token}` },
      retryAttempts: 0,
    });
    const subscribe = () =>
      new Promise<unknown>((resolve) => {
        client.subscribe({ query: LINE_EVENTS }, { next: resolve, error: resolve, complete: () => undefined });
        setTimeout(() => resolve('open'), 500);
      });
    expect(await subscribe()).toBe('open'); // the connection and this subscription: 2 of 4 points
    await coordinator.request(ME);
    await coordinator.request(ME);
    expect((await overHttp(limited, coordinator.token!, ME)).codes).toEqual(['RATE_LIMITED']);
    expect(await subscribe()).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: 'RATE_LIMITED' }) })]);
    await client.dispose();
    expect((await overSocket(limited, coordinator.token!, LINE_EVENTS)).closeCode).toBe(4429);
  }, 30_000);
});
