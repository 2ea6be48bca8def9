import { createHash } from 'node:crypto';
import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { normaliseIdempotencyKey } from '#domain';
import type { IdempotentRequest } from '#persistence';
import type { HubContext } from './hub-context.js';

/**
 * The caller's Idempotency-Key for this mutation (docs/decisions/0007), or null without one. The request
 * hash covers the mutation's name and its arguments as GraphQL coerced them (input fields in schema
 * order), so the same key sent for another mutation, or with other values, is told apart.
 */
export const OnceOnly = createParamDecorator((_data: unknown, ctx: ExecutionContext): IdempotentRequest | null => {
  const gql = GqlExecutionContext.create(ctx);
  const context = gql.getContext<HubContext>();
  const key = normaliseIdempotencyKey(context.idempotencyKey);
  if (key === null || !context.actor) return null;
  const requestHash = createHash('sha256')
    .update(`${gql.getInfo<{ fieldName: string }>().fieldName}\n${JSON.stringify(gql.getArgs())}`)
    .digest('hex');
  return { accountId: context.actor.accountId, key, requestHash };
});
