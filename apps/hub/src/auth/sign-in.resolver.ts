import { Inject } from '@nestjs/common';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Actor } from '#domain';
import { CurrentActor, Public, Roles } from '#auth';
import { SIGNED_IN } from './roles.js';
import { AccountType, SignInInput, SignInPayload } from './sign-in.types.js';
import { SignInService } from './sign-in.service.js';

@Resolver(() => AccountType)
export class SignInResolver {
  constructor(@Inject(SignInService) private readonly service: SignInService) {}

  @Mutation(() => SignInPayload, { description: 'Sign in with a local account; returns a short-lived token.' })
  @Public()
  signIn(@Args('input') input: SignInInput) {
    return this.service.signIn(input.username, input.password);
  }

  @Query(() => AccountType, { description: 'The signed-in account.' })
  @Roles(...SIGNED_IN)
  me(@CurrentActor() actor: Actor) {
    return this.service.account(actor);
  }
}
