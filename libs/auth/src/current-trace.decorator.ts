import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { TraceContext } from '#domain';
import type { RequestContext } from './request-context.js';

/** The operation's W3C trace, for processing-log records. */
export const CurrentTrace = createParamDecorator((_data: unknown, ctx: ExecutionContext): TraceContext => {
  return GqlExecutionContext.create(ctx).getContext<RequestContext>().trace;
});
