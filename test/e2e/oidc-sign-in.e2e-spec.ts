import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { generateKeyPair, importJWK, SignJWT } from 'jose';
import * as client from 'openid-client';
import { AppProcess, hubPort } from '../support/app-processes.js';
import { GqlClient } from '../support/graphql-client.js';
import { browseSignIn, TestOidcProvider } from '../support/oidc-test-provider.js';

const AUDIENCE = 'urn:nl:loketlijn:api:test';
const ME = 'query { me { username displayName role servicePointId agencyCode } }';
const REDEEM = 'mutation ($code: String!) { redeemSignInCode(input: { code: $code }) { token account { role } } }';

describe('sign-in through a real OpenID provider on loopback', () => {
  let provider: TestOidcProvider;
  let hub: AppProcess;
  let base: string;
  let appUrl: string;
  const cliRedirect = `http://127.0.0.1:${hubPort()}/cli-callback`;

  beforeAll(async () => {
    const [providerPort, port] = [hubPort(), hubPort()];
    base = `http://127.0.0.1:${port}`;
    appUrl = `${base}/app/`;
    provider = await TestOidcProvider.start({
      port: providerPort,
      audience: AUDIENCE,
      clients: [
        { client_id: 'loketlijn-web', client_secret: 'web-client-secret-for-tests', redirect_uris: [`${base}/auth/callback`] },
        { client_id: 'loketlijn-cli', redirect_uris: [cliRedirect] },
      ],
      identities: {
        'idp-desk-utrecht': { name: 'Demo IdP Loketmedewerker', loketlijn_role: 'DESK_WORKER', service_point_code: 'UTR-STADSKANTOOR' },
        'idp-specialist-uwv': { name: 'Demo IdP Specialist', loketlijn_role: 'AGENCY_SPECIALIST', agency_code: 'UWV' },
        'idp-nobody': { name: 'Demo IdP Zonder Rol', loketlijn_role: 'ROOT' },
      },
    });
    hub = await AppProcess.start('hub', {
      PORT: String(port),
      OIDC_ISSUER: provider.issuer,
      OIDC_CLIENT_ID: 'loketlijn-web',
      OIDC_CLIENT_SECRET: 'web-client-secret-for-tests',
      OIDC_REDIRECT_URI: `${base}/auth/callback`,
      OIDC_AUDIENCE: AUDIENCE,
      OIDC_APP_URL: appUrl,
    });
  }, 60_000);

  afterAll(async () => {
    await hub?.stop();
    await provider?.stop();
  });

  const landed = (url: URL) => url.href.startsWith(appUrl);

  /** The web app's sign-in, as a browser does it, ending where the hub sends the browser back. */
  async function webSignIn(login: string) {
    const { final, visited } = await browseSignIn(`${base}/auth/login`, login, landed);
    return { final, visited, fragment: new URLSearchParams(final.hash.slice(1)) };
  }

  /** A public client (PKCE, no secret) asks the provider for an access token to this API. */
  async function accessTokenFor(login: string): Promise<string> {
    const config = await client.discovery(new URL(provider.issuer), 'loketlijn-cli', undefined, client.None(), { execute: [client.allowInsecureRequests] });
    const verifier = client.randomPKCECodeVerifier();
    const state = client.randomState();
    const url = client.buildAuthorizationUrl(config, {
      redirect_uri: cliRedirect,
      scope: 'openid profile',
      code_challenge: await client.calculatePKCECodeChallenge(verifier),
      code_challenge_method: 'S256',
      state,
      resource: AUDIENCE,
    });
    const { final } = await browseSignIn(url.href, login, (u) => u.href.startsWith(cliRedirect));
    const tokens = await client.authorizationCodeGrant(config, final, { pkceCodeVerifier: verifier, expectedState: state });
    return tokens.access_token;
  }

  it('web app: code flow with PKCE (S256), state and nonce; a one-time code becomes a hub token with the mapped role and service point', async () => {
    const { final, visited, fragment } = await webSignIn('idp-desk-utrecht');
    const authorize = visited.find((u) => u.href.startsWith(`${provider.issuer}/auth?`))!;
    expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorize.searchParams.get('code_challenge')).toMatch(/^[\w-]{43}$/);
    expect(authorize.searchParams.get('state')).toBeTruthy();
    expect(authorize.searchParams.get('nonce')).toBeTruthy();
    expect(authorize.searchParams.get('client_id')).toBe('loketlijn-web');
    expect(final.search).toBe('');
    const code = fragment.get('signin')!;
    expect(code).toMatch(/^[\w-]{43}$/);

    const anonymous = new GqlClient(base);
    const redeemed = await anonymous.data<{ redeemSignInCode: { token: string; account: { role: string } } }>(REDEEM, { code });
    expect(redeemed.redeemSignInCode.account.role).toBe('DESK_WORKER');
    const again = await anonymous.request(REDEEM, { code });
    expect(again.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    const desk = new GqlClient(base, redeemed.redeemSignInCode.token);
    const utrecht = await GqlClient.signIn(base, 'desk.utrecht');
    const { me } = await desk.data<{ me: { displayName: string; role: string; servicePointId: string; agencyCode: null } }>(ME);
    const local = (await utrecht.data<{ me: { servicePointId: string } }>(ME)).me;
    expect(me).toMatchObject({ displayName: 'Demo IdP Loketmedewerker', role: 'DESK_WORKER', servicePointId: local.servicePointId, agencyCode: null });
    const visit = await desk.data<{ openVisit: { id: string } }>('mutation { openVisit(input: { channel: WALK_IN, questions: ["Synthetische vraag"] }) { id } }');
    expect((await utrecht.data<{ visit: { id: string } }>('query ($id: ID!) { visit(id: $id) { id } }', { id: visit.openVisit.id })).visit.id).toBe(visit.openVisit.id);
  }, 30_000);

  it('web app: a replayed callback, a forged state and a person without a valid role all end in sign_in_failed', async () => {
    const { visited } = await webSignIn('idp-desk-utrecht');
    const callback = visited.find((u) => u.href.startsWith(`${base}/auth/callback`))!;
    const replay = await fetch(callback, { redirect: 'manual' });
    expect(replay.headers.get('location')).toBe(`${appUrl}#error=sign_in_failed`);
    const forged = new URL(callback);
    forged.searchParams.set('state', 'forged-state');
    expect((await fetch(forged, { redirect: 'manual' })).headers.get('location')).toBe(`${appUrl}#error=sign_in_failed`);
    const nobody = await webSignIn('idp-nobody');
    expect(nobody.fragment.get('error')).toBe('sign_in_failed');
    expect(nobody.fragment.get('signin')).toBeNull();
  }, 30_000);

  it('API: a provider-issued JWT access token works with the role and agency its claims map to', async () => {
    const token = await accessTokenFor('idp-specialist-uwv');
    const header = JSON.parse(Buffer.from(token.split('.')[0]!, 'base64url').toString()) as { typ: string; alg: string };
    expect(header).toMatchObject({ typ: 'at+jwt', alg: 'RS256' });
    const specialist = new GqlClient(base, token);
    const { me } = await specialist.data<{ me: { role: string; agencyCode: string; servicePointId: null } }>(ME);
    expect(me).toMatchObject({ role: 'AGENCY_SPECIALIST', agencyCode: 'UWV', servicePointId: null });
    expect((await specialist.data<{ inbox: { edges: unknown[] } }>('query { inbox(agency: UWV) { edges { cursor } } }')).inbox.edges).toBeDefined();
    const foreign = await specialist.request('query { inbox(agency: TSL) { edges { cursor } } }');
    expect(foreign.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    // The same token opens the live line over WebSocket (the hub closes the socket for a refused token).
    const line = await specialist.subscribe('subscription { lineEvents { referralId } }');
    await line.close();
    await expect(new GqlClient(base, `${token.slice(0, -4)}AAAA`).subscribe('subscription { lineEvents { referralId } }')).rejects.toThrow(/socket closed/);
  }, 30_000);

  it('API: refuses tokens that are forged, expired, for another audience or issuer, or unsigned; accepts the same claims signed right', async () => {
    const providerKey = await importJWK(provider.signingKey, 'RS256');
    const { privateKey: strangerKey } = await generateKeyPair('RS256');
    const mint = (change: { key?: Parameters<SignJWT['sign']>[0]; aud?: string; iss?: string; exp?: number } = {}) =>
      new SignJWT({ loketlijn_role: 'AGENCY_SPECIALIST', agency_code: 'UWV', name: 'Demo IdP Specialist' })
        .setProtectedHeader({ alg: 'RS256', typ: 'at+jwt', kid: provider.signingKey.kid })
        .setSubject('idp-specialist-uwv')
        .setIssuer(change.iss ?? provider.issuer)
        .setAudience(change.aud ?? AUDIENCE)
        .setIssuedAt()
        .setExpirationTime(change.exp ?? Math.floor(Date.now() / 1000) + 300)
        .sign(change.key ?? providerKey);
    const meWith = async (token: string) => (await new GqlClient(base, token).request<{ me: { role: string } }>(ME));

    expect((await meWith(await mint())).data?.me.role).toBe('AGENCY_SPECIALIST');
    const unsigned = `${Buffer.from(JSON.stringify({ alg: 'none', typ: 'at+jwt' })).toString('base64url')}.${(await mint()).split('.')[1]}.`;
    const refused = {
      forged: await mint({ key: strangerKey }),
      expired: await mint({ exp: Math.floor(Date.now() / 1000) - 60 }),
      wrongAudience: await mint({ aud: 'urn:someone:else' }),
      wrongIssuer: await mint({ iss: 'http://127.0.0.1:1/other-idp' }),
      unsigned,
    };
    for (const [kind, token] of Object.entries(refused)) {
      const res = await meWith(token);
      expect({ kind, data: res.data ?? null, code: res.errors?.[0]?.extensions?.code }).toEqual({ kind, data: null, code: 'UNAUTHENTICATED' });
    }
  }, 30_000);

  it('keeps local accounts working beside the provider', async () => {
    const local = await GqlClient.signIn(base, 'specialist.uwv');
    expect((await local.data<{ me: { role: string; username: string } }>(ME)).me).toMatchObject({ role: 'AGENCY_SPECIALIST', username: 'specialist.uwv' });
  }, 30_000);
});
