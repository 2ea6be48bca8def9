import { type ArgumentsHost, Catch } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import type { GqlContextType } from '@nestjs/graphql';

/**
 * Hands every resolver error to Apollo's formatError untouched. Without it Nest's default handler
 * logs each error in full, with the SQL parameters of a failed query: personal data in the log.
 * formatError logs unexpected errors by name and correlation id only. Plain HTTP routes (sign-in
 * redirects, 404s) keep Nest's own handling.
 */
@Catch()
export class PassThroughExceptionFilter extends BaseExceptionFilter {
  override catch(exception: unknown, host: ArgumentsHost): unknown {
    if (host.getType<GqlContextType>() === 'graphql') return exception;
    return super.catch(exception, host);
  }
}
