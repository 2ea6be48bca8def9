import type { Server } from 'node:http';
import { exportJWK, generateKeyPair, type JWK } from 'jose';
import Provider from 'oidc-provider';

/** A person the test identity provider knows, with the claims Loketlijn maps. */
export interface TestIdentity {
  readonly name: string;
  readonly loketlijn_role: string;
  readonly service_point_code?: string;
  readonly agency_code?: string;
}

export interface TestProviderOptions {
  readonly port: number;
  /** The API's audience (resource indicator) for JWT access tokens. */
  readonly audience: string;
  readonly clients: readonly { client_id: string; client_secret?: string; redirect_uris: string[] }[];
  readonly identities: Readonly<Record<string, TestIdentity>>;
}

/**
 * A real OpenID Provider (node-oidc-provider) on loopback: discovery, JWKS, authorization code flow
 * with PKCE, its development login and consent pages, and RFC 9068 JWT access tokens for the API
 * audience through resource indicators. The test keeps the signing key, to mint tokens that differ
 * from genuine ones in exactly one way.
 */
export class TestOidcProvider {
  private constructor(
    readonly issuer: string,
    readonly signingKey: JWK & { kid: string },
    private readonly server: Server,
  ) {}

  static async start(options: TestProviderOptions): Promise<TestOidcProvider> {
    const issuer = `http://127.0.0.1:${options.port}`;
    const { privateKey } = await generateKeyPair('RS256', { extractable: true });
    const signingKey = { ...(await exportJWK(privateKey)), kid: 'test-signing-key', alg: 'RS256', use: 'sig' };
    const claimsOf = (sub: string) => ({ sub, ...options.identities[sub] });
    const provider = new Provider(issuer, {
      clients: options.clients.map((c) => ({
        ...c,
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: c.client_secret ? 'client_secret_basic' : 'none',
        application_type: 'native',
      })),
      jwks: { keys: [signingKey] },
      cookies: { keys: ['loketlijn-test-provider-cookie-key'] },
      claims: { openid: ['sub'], profile: ['name', 'loketlijn_role', 'service_point_code', 'agency_code'] },
      conformIdTokenClaims: false,
      ttl: { Interaction: 600, Session: 3600, Grant: 3600, AccessToken: 300, IdToken: 300 },
      findAccount: (_ctx, sub) => (options.identities[sub] ? { accountId: sub, claims: () => claimsOf(sub) } : undefined),
      extraTokenClaims: (_ctx, token) => (token.kind === 'AccessToken' && token.accountId ? claimsOf(token.accountId) : undefined),
      features: {
        devInteractions: { enabled: true },
        resourceIndicators: {
          enabled: true,
          defaultResource: () => options.audience,
          useGrantedResource: () => true,
          getResourceServerInfo: () => ({ scope: 'loketlijn', audience: options.audience, accessTokenFormat: 'jwt', jwt: { sign: { alg: 'RS256' } } }),
        },
      },
    });
    const server = provider.listen(options.port, '127.0.0.1');
    await new Promise<void>((resolve) => server.once('listening', () => resolve()));
    return new TestOidcProvider(issuer, signingKey, server);
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

/**
 * What a browser does in the sign-in: follows redirects, keeps cookies per origin, and answers the
 * provider's login and consent forms, until it is sent to a URL `isDone` recognises (not fetched).
 */
export async function browseSignIn(start: string, login: string, isDone: (url: URL) => boolean): Promise<{ final: URL; visited: URL[] }> {
  const jar = new Map<string, Map<string, string>>();
  const visited: URL[] = [];
  let request: { url: URL; body?: URLSearchParams } = { url: new URL(start) };
  for (let step = 0; step < 25; step++) {
    visited.push(request.url);
    const cookies = [...(jar.get(request.url.host) ?? new Map<string, string>())].map(([k, v]) => `${k}=${v}`).join('; ');
    const response = await fetch(request.url, {
      method: request.body ? 'POST' : 'GET',
      body: request.body,
      redirect: 'manual',
      headers: { ...(cookies ? { cookie: cookies } : {}), ...(request.body ? { 'content-type': 'application/x-www-form-urlencoded' } : {}) },
    });
    const origin = jar.get(request.url.host) ?? new Map<string, string>();
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const at = pair!.indexOf('=');
      origin.set(pair!.slice(0, at).trim(), pair!.slice(at + 1).trim());
    }
    jar.set(request.url.host, origin);
    if (response.status >= 300 && response.status < 400) {
      const next = new URL(response.headers.get('location')!, request.url);
      if (isDone(next)) return { final: next, visited };
      request = { url: next };
      continue;
    }
    const html = await response.text();
    const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
    const prompt = /name="prompt" value="([^"]+)"/.exec(html)?.[1];
    if (response.status !== 200 || !action || !prompt) throw new Error(`sign-in stuck at ${request.url} (${response.status}): ${html.slice(0, 300)}`);
    const body = new URLSearchParams({ prompt });
    if (prompt === 'login') {
      body.set('login', login);
      body.set('password', 'any');
    }
    request = { url: new URL(action, request.url), body };
  }
  throw new Error('sign-in did not finish in 25 steps');
}
