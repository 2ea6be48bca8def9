/** The little of node-oidc-provider's API the test provider uses (the package ships no types). */
declare module 'oidc-provider' {
  import type { Server } from 'node:http';

  interface ProviderAccount {
    accountId: string;
    claims(): Record<string, unknown>;
  }

  interface ProviderToken {
    kind: string;
    accountId?: string;
  }

  export default class Provider {
    constructor(issuer: string, configuration: Record<string, unknown> & {
      findAccount?: (ctx: unknown, sub: string) => ProviderAccount | undefined;
      extraTokenClaims?: (ctx: unknown, token: ProviderToken) => Record<string, unknown> | undefined;
    });
    listen(port: number, host: string): Server;
  }
}
