import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { DomainErrorCode, DomainException, type Role } from '#domain';
import { PUBLIC_KEY, ROLES_KEY } from './access-metadata.js';
import type { RequestContext } from './request-context.js';

/**
 * Guards every resolver and field resolver, deny by default. A role that may not call something
 * gets NOT_FOUND, exactly what a missing id gives, so probing reveals nothing.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(ctx: ExecutionContext): boolean {
    const targets = [ctx.getHandler(), ctx.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const { actor } = GqlExecutionContext.create(ctx).getContext<RequestContext>();
    if (!actor) throw new DomainException(DomainErrorCode.UNAUTHENTICATED, 'Sign in first');
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    if (!roles || !roles.includes(actor.role)) throw DomainException.notFound('Resource');
    return true;
  }
}
