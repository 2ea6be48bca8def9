import { Global, Module } from '@nestjs/common';
import { RequestRateLimiter } from '../security/request-rate-limiter.js';
import { OpenSockets } from '../graphql/open-sockets.js';
import { AccessRevocations } from './access-revocations.js';
import { ActorResolver } from './actor-resolver.js';
import { OidcAccounts } from './oidc-accounts.js';
import { OidcClient } from './oidc-client.js';
import { OidcController } from './oidc.controller.js';
import { SignInCodes } from './sign-in-codes.js';

/** Who is calling: bearer tokens (local and the identity provider's), revocations and the sockets they close, the browser sign-in, rate limits. */
@Global()
@Module({
  controllers: [OidcController],
  providers: [AccessRevocations, ActorResolver, OpenSockets, OidcAccounts, OidcClient, SignInCodes, RequestRateLimiter],
  exports: [AccessRevocations, ActorResolver, OpenSockets, OidcAccounts, SignInCodes, RequestRateLimiter],
})
export class IdentityModule {}
