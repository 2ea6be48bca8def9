import { Inject } from '@nestjs/common';
import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { DomainException, Role } from '#domain';
import { Roles } from '#auth';
import { AccessRevocations } from './access-revocations.js';

/** ADMIN switches accounts off and on; a disabled account loses its tokens and open connections within seconds. */
@Resolver()
export class AccountAccessResolver {
  constructor(@Inject(AccessRevocations) private readonly revocations: AccessRevocations) {}

  @Mutation(() => Boolean, { description: 'Disable (false) or enable (true) an account; returns the new state.' })
  @Roles(Role.ADMIN)
  async setAccountActive(@Args('id', { type: () => ID }) id: string, @Args('active') active: boolean): Promise<boolean> {
    if (!(await this.revocations.setAccountActive(id, active))) throw DomainException.notFound('Account');
    return active;
  }
}
