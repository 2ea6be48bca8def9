import { Inject } from '@nestjs/common';
import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Actor } from '#domain';
import { CurrentActor, Public, Roles } from '#auth';
import type { HubContext } from '../graphql/hub-context.js';
import { AccessRevocations } from './access-revocations.js';
import { SIGNED_IN } from './roles.js';
import { AccountType, RedeemSignInCodeInput, SignInInput, SignInPayload } from './sign-in.types.js';
import { SignInService } from './sign-in.service.js';

@Resolver(() => AccountType)
export class SignInResolver {
  constructor(
    @Inject(SignInService) private readonly service: SignInService,
    @Inject(AccessRevocations) private readonly revocations: AccessRevocations,
  ) {}

  @Mutation(() => SignInPayload, { description: 'Sign in with a local account; returns a short-lived token.' })
  @Public()
  signIn(@Args('input') input: SignInInput, @Context() context: HubContext) {
    return this.service.signIn(input.username, input.password, context.clientIp);
  }

  @Mutation(() => SignInPayload, { description: 'Trade the one-time code from the identity provider sign-in (/auth/login) for a token.' })
  @Public()
  redeemSignInCode(@Args('input') input: RedeemSignInCodeInput) {
    return this.service.redeem(input.code);
  }

  @Mutation(() => Boolean, { description: 'End this sign-in session: its token stops working on every hub, open live connections close.' })
  @Roles(...SIGNED_IN)
  async signOut(@Context() context: HubContext): Promise<boolean> {
    if (context.grant) await this.revocations.revokeSession(context.grant);
    return true;
  }

  @Query(() => AccountType, { description: 'The signed-in account.' })
  @Roles(...SIGNED_IN)
  me(@CurrentActor() actor: Actor) {
    return this.service.account(actor);
  }
}
