import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DEMO_PASSWORD } from '../../infra/scripts/demo.js';
import { AppProcess, hubPort } from '../support/app-processes.js';
import { productionEnv } from '../support/production-env.js';

const SIGN_IN = 'mutation ($u: String!, $p: String!) { signIn(input: { username: $u, password: $p }) { token } }';

interface Answer {
  status: number;
  headers: Headers;
  body: { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}

async function post(base: string, body: unknown, headers: Record<string, string> = {}): Promise<Answer> {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return { status: response.status, headers: response.headers, body: (await response.json()) as Answer['body'] };
}

/** Each test its own made-up client address (the hub trusts one proxy hop), so limits never cross tests. */
let addressSeed = 0;
const freshAddress = () => `198.51.100.${++addressSeed}`;

describe('GraphQL hardening, against a running hub', () => {
  let hub: AppProcess;
  let base: string;
  let limited: AppProcess;
  let limitedBase: string;
  let production: AppProcess;
  let productionBase: string;

  beforeAll(async () => {
    const port = hubPort();
    base = `http://127.0.0.1:${port}`;
    hub = await AppProcess.start('hub', {
      PORT: String(port),
      TRUST_PROXY_HOPS: '1',
      GRAPHQL_MAX_DEPTH: '4',
      GRAPHQL_MAX_ALIASES: '3',
      GRAPHQL_MAX_TOKENS: '200',
      GRAPHQL_MAX_COST: '20',
    });
    // Counts live in the Redis every suite shares, so tight limits get their own hub, accounts no
    // other suite signs in with (coordinator.duo, coordinator.svb) and made-up client addresses.
    const limitedPort = hubPort();
    limitedBase = `http://127.0.0.1:${limitedPort}`;
    limited = await AppProcess.start('hub', {
      PORT: String(limitedPort),
      TRUST_PROXY_HOPS: '1',
      RATE_LIMIT_IP_POINTS: '5',
      RATE_LIMIT_USER_POINTS: '3',
      RATE_LIMIT_SIGN_IN_POINTS: '3',
    });
    const productionPort = hubPort();
    productionBase = `http://127.0.0.1:${productionPort}`;
    production = await AppProcess.start('hub', { PORT: String(productionPort), ...productionEnv(process.env.DATABASE_URL!) });
  }, 60_000);

  afterAll(async () => {
    await Promise.all([hub?.stop(), limited?.stop(), production?.stop()]);
  });

  const from = (address = freshAddress()) => ({ 'x-forwarded-for': address });

  it('refuses operations that are too deep, too aliased, too long or too costly, before running them', async () => {
    const deep = await post(base, { query: '{ inbox(agency: UWV) { edges { node { agency { topics { id } } } } } }' }, from());
    expect(deep.status).toBe(400);
    expect(deep.body.errors).toContainEqual({ message: expect.stringContaining('Query depth limit of 4 exceeded'), extensions: { code: 'BAD_USER_INPUT' } });

    const aliased = await post(base, { query: '{ a: agencies { code } b: agencies { code } c: agencies { code } d: agencies { code } }' }, from());
    expect(aliased.status).toBe(400);
    expect(aliased.body.errors?.map((e) => e.message)).toContainEqual(expect.stringContaining('Aliases limit of 3 exceeded'));

    const long = await post(base, { query: `{ ${Array.from({ length: 250 }, () => '__typename').join(' ')} }` }, from());
    expect(long.status).toBe(400);
    expect(long.body.errors?.[0]?.message).toMatch(/^Syntax Error: Document contains more tha[nt] 200 tokens/);

    const costly = await post(base, { query: '{ agencies { topics { id code name description whatToBring agencyCode } lineHours { opens closes days timeZone } } }' }, from());
    expect(costly.status).toBe(400);
    expect(costly.body.errors?.[0]?.message).toContain('Query Cost limit of 20 exceeded');

    const fine = await post(base, { query: '{ __typename }' }, from());
    expect(fine).toMatchObject({ status: 200, body: { data: { __typename: 'Query' } } });
  }, 30_000);

  it('refuses a batched array of operations', async () => {
    const batched = await post(base, [{ query: '{ __typename }' }, { query: '{ __typename }' }], from());
    expect(batched.status).toBe(400);
    expect(batched.body.errors?.[0]?.message).toBe('Operation batching disabled.');
  }, 30_000);

  it('blocks requests a browser could send cross-site without a preflight (CSRF prevention)', async () => {
    const get = await fetch(`${base}/graphql?query=${encodeURIComponent('{ __typename }')}`, { headers: from() });
    expect(get.status).toBe(400);
    expect(await get.text()).toContain('Cross-Site Request Forgery');
    const form = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'text/plain', ...from() }, body: JSON.stringify({ query: '{ __typename }' }) });
    expect(form.status).toBe(400);
    const preflighted = await fetch(`${base}/graphql?query=${encodeURIComponent('{ __typename }')}`, { headers: { 'apollo-require-preflight': 'true', ...from() } });
    expect(preflighted.status).toBe(200);
  }, 30_000);

  it('sends security headers fit for an API and a same-origin web app', async () => {
    const { headers } = await post(base, { query: '{ __typename }' }, from());
    expect(headers.get('content-security-policy')).toBe(
      "default-src 'self';script-src 'self';style-src 'self';img-src 'self' data:;font-src 'self';connect-src 'self';object-src 'none';base-uri 'self';form-action 'self';frame-ancestors 'none'",
    );
    expect(headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains');
    expect(headers.get('x-content-type-options')).toBe('nosniff');
    expect(headers.get('x-frame-options')).toBe('DENY');
    expect(headers.get('referrer-policy')).toBe('no-referrer');
    expect(headers.get('x-powered-by')).toBeNull();
  }, 30_000);

  it('answers plain HTTP routes normally: the browser sign-in is 404 while no identity provider is configured', async () => {
    expect((await fetch(`${base}/auth/login`, { redirect: 'manual', headers: from() })).status).toBe(404);
    // Browser navigations get the web app; anything else on an unknown path is plainly not found.
    expect((await fetch(`${base}/no-such-route`, { headers: { ...from(), accept: 'application/json' } })).status).toBe(404);
  }, 30_000);

  it('limits requests per client address: the next one gets 429 with Retry-After and code RATE_LIMITED', async () => {
    const address = freshAddress();
    for (let i = 0; i < 5; i++) expect((await post(limitedBase, { query: '{ __typename }' }, from(address))).status).toBe(200);
    const refused = await post(limitedBase, { query: '{ __typename }' }, from(address));
    expect(refused.status).toBe(429);
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(refused.body.errors).toEqual([{ message: `Too many requests; try again in ${retryAfter} seconds`, extensions: { code: 'RATE_LIMITED', retryAfterSeconds: retryAfter } }]);
    expect((await post(limitedBase, { query: '{ __typename }' }, from())).status).toBe(200);
  }, 30_000);

  it('limits requests per signed-in user, whatever address they come from', async () => {
    const { body } = await post(limitedBase, { query: SIGN_IN, variables: { u: 'coordinator.duo', p: DEMO_PASSWORD } }, from());
    const token = (body.data as { signIn: { token: string } }).signIn.token;
    const me = () => post(limitedBase, { query: '{ me { username } }' }, { authorization: `Bearer ${token}`, ...from() });
    for (let i = 0; i < 3; i++) expect((await me()).body.data).toEqual({ me: { username: 'coordinator.duo' } });
    const refused = await me();
    expect(refused.status).toBe(429);
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
  }, 30_000);

  it('limits sign-in attempts per user name and address; another address is not locked out', async () => {
    const address = freshAddress();
    const attempt = (password: string, at = address) => post(limitedBase, { query: SIGN_IN, variables: { u: 'coordinator.svb', p: password } }, from(at));
    for (let i = 0; i < 3; i++) expect((await attempt(`wrong-${i}`)).body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const refused = await attempt(DEMO_PASSWORD);
    // Raised inside the resolver: Nest keeps such answers at HTTP 200, the code and Retry-After say it.
    expect(refused.body.errors?.[0]?.extensions).toEqual({ code: 'RATE_LIMITED', retryAfterSeconds: Number(refused.headers.get('retry-after')) });
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(refused.body.data ?? null).toBeNull();
    expect((await attempt(DEMO_PASSWORD, freshAddress())).body.data).toEqual({ signIn: { token: expect.any(String) } });
  }, 30_000);

  it('masks unexpected errors with a correlation id that the log carries, without the failing value', async () => {
    // Input is checked before it reaches Postgres, so the database itself must fail: a hub whose
    // sessions are read-only cannot open a visit.
    const url = new URL(process.env.DATABASE_URL!);
    url.searchParams.set('options', '-c default_transaction_read_only=on');
    const port = hubPort();
    const readOnly = await AppProcess.start('hub', { PORT: String(port), DATABASE_URL: url.toString() });
    try {
      const readOnlyBase = `http://127.0.0.1:${port}`;
      const { body } = await post(readOnlyBase, { query: SIGN_IN, variables: { u: 'desk.amersfoort', p: DEMO_PASSWORD } }, from());
      const token = (body.data as { signIn: { token: string } }).signIn.token;
      const openVisit = 'mutation ($input: OpenVisitInput!) { openVisit(input: $input) { id } }';
      const res = await post(readOnlyBase, { query: openVisit, variables: { input: { channel: 'WALK_IN', questions: ['canary-999999990-value'] } } }, { authorization: `Bearer ${token}`, ...from() });
      const error = res.body.errors?.[0];
      expect(error).toEqual({ message: 'Internal server error', path: ['openVisit'], extensions: { code: 'INTERNAL_SERVER_ERROR', correlationId: expect.stringMatching(/^[0-9a-f-]{36}$/) } });
      // The error's name and database code, and nothing after them: neither the value nor the driver's message.
      await readOnly.waitForOutput(new RegExp(`"msg":"internal error ${error!.extensions!.correlationId as string}: \\w+ \\(25006\\)"`));
      expect(readOnly.logs).not.toContain('canary-999999990-value');
    } finally {
      await readOnly.stop();
    }
  }, 30_000);

  it('in production: no introspection and no "did you mean" hints (development keeps the hints)', async () => {
    const introspection = await post(productionBase, { query: '{ __schema { types { name } } }' });
    expect(introspection.status).toBe(400);
    expect(introspection.body.errors?.[0]?.message).toContain('introspection is not allowed');
    const typo = await post(productionBase, { query: '{ me { usernme } }' });
    expect(typo.body.errors?.[0]?.message).toBe('Cannot query field "usernme" on type "Account". [Suggestion hidden]?');
    const devTypo = await post(base, { query: '{ me { usernme } }' }, from());
    expect(devTypo.body.errors?.[0]?.message).toContain('Did you mean "username"?');
  }, 30_000);
});
