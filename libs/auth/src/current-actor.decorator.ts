import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Actor } from '#domain';
import type { RequestContext } from './request-context.js';

/** The signed-in actor; the access guard has already refused anonymous calls. */
export const CurrentActor = createParamDecorator((_data: unknown, ctx: ExecutionContext): Actor => {
  const context = GqlExecutionContext.create(ctx).getContext<RequestContext>();
  return context.actor as Actor;
});
