import { Logger } from '@nestjs/common';
import type { ApolloDriverConfig } from '@nestjs/apollo';
import type { IncomingMessage } from 'node:http';
import type { Context } from 'graphql-ws';
import type { Actor } from '#domain';
import { type RequestContext, verifyAccessToken } from '#auth';
import type { AppConfig } from '#config';
import { traceFrom } from '#privacy';
import { formatError } from './error-formatter.js';

const logger = new Logger('GraphQL');

function bearer(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const match = /^Bearer\s+(\S+)$/i.exec(value.trim());
  return match ? match[1]! : null;
}

interface WsContext {
  connectionParams?: Record<string, unknown>;
  extra: { actor?: Actor | null };
}

function isWsContext(arg: unknown): arg is WsContext {
  return typeof arg === 'object' && arg !== null && 'extra' in arg && 'connectionParams' in arg;
}

/** Apollo on Express with graphql-ws subscriptions; the same token works over HTTP and WebSocket. */
export function graphqlOptions(config: AppConfig): ApolloDriverConfig {
  const actorFrom = async (token: string | null) => (token ? verifyAccessToken(token, config.tokenSecret) : null);
  return {
    autoSchemaFile: true,
    sortSchema: true,
    path: '/graphql',
    playground: false,
    introspection: config.env !== 'production',
    includeStacktraceInErrorResponses: false,
    csrfPrevention: true,
    fieldResolverEnhancers: ['guards'],
    subscriptions: {
      'graphql-ws': {
        path: '/graphql',
        onConnect: async (ctx: Context<Record<string, unknown> | undefined, unknown>) => {
          const params = ctx.connectionParams ?? {};
          const actor = await actorFrom(bearer(params.authorization ?? params.Authorization));
          if (!actor) return false;
          (ctx.extra as WsContext['extra']).actor = actor;
          return true;
        },
      },
    },
    context: async (arg: unknown): Promise<RequestContext> => {
      if (isWsContext(arg)) return { actor: arg.extra.actor ?? null, trace: traceFrom(undefined) };
      const { req } = arg as { req: IncomingMessage };
      return { actor: await actorFrom(bearer(req.headers.authorization)), trace: traceFrom(req.headers.traceparent) };
    },
    formatError: (formatted, error) =>
      formatError(formatted, error, (correlationId, original) => {
        // Name and database code only: messages of driver errors can carry the values that failed.
        const name = original instanceof Error ? original.name : typeof original;
        const code = (original as { code?: unknown } | null)?.code;
        logger.error(`internal error ${correlationId}: ${name}${typeof code === 'string' ? ` (${code})` : ''}`);
      }),
  };
}
