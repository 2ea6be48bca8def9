import { Global, Module } from '@nestjs/common';
import { RequestRateLimiter } from '../security/request-rate-limiter.js';
import { ActorResolver } from './actor-resolver.js';
import { OidcAccounts } from './oidc-accounts.js';
import { OidcClient } from './oidc-client.js';
import { OidcController } from './oidc.controller.js';
import { SignInCodes } from './sign-in-codes.js';

/** Who is calling: bearer tokens (local and the identity provider's), the browser sign-in, rate limits. */
@Global()
@Module({
  controllers: [OidcController],
  providers: [ActorResolver, OidcAccounts, OidcClient, SignInCodes, RequestRateLimiter],
  exports: [ActorResolver, OidcAccounts, SignInCodes, RequestRateLimiter],
})
export class IdentityModule {}
