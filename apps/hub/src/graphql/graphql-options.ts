import { Logger } from '@nestjs/common';
import type { ApolloDriverConfig } from '@nestjs/apollo';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { IncomingMessage } from 'node:http';
import type { Context } from 'graphql-ws';
import type { Actor } from '#domain';
import type { AppConfig } from '#config';
import { traceFrom } from '#privacy';
import type { ActorResolver } from '../auth/actor-resolver.js';
import type { RequestRateLimiter } from '../security/request-rate-limiter.js';
import { formatError } from './error-formatter.js';
import { inputRulesPlugin } from './input-rules.plugin.js';
import type { HubContext } from './hub-context.js';

const logger = new Logger('GraphQL');

function bearer(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const match = /^Bearer\s+(\S+)$/i.exec(value.trim());
  return match ? match[1]! : null;
}

interface WsContext {
  connectionParams?: Record<string, unknown>;
  extra: { actor?: Actor | null; clientIp?: string; request?: IncomingMessage };
}

function isWsContext(arg: unknown): arg is WsContext {
  return typeof arg === 'object' && arg !== null && 'extra' in arg && 'connectionParams' in arg;
}

/** What guards each request before it runs: who is calling, and how much they may ask. */
export interface GraphqlSecurity {
  readonly actors: ActorResolver;
  readonly rateLimiter: RequestRateLimiter;
}

/**
 * Apollo on Express with graphql-ws subscriptions; the same token works over HTTP and WebSocket.
 * graphql-armor bounds depth, aliases, directives and cost, the parser the number of tokens; batching is off; in production
 * introspection and "did you mean" hints are off too.
 */
export function graphqlOptions(config: AppConfig, security: GraphqlSecurity): ApolloDriverConfig {
  const production = config.env === 'production';
  const { maxDepth, maxAliases, maxTokens, maxCost } = config.graphqlLimits;
  const armor = new ApolloArmor({
    maxDepth: { n: maxDepth, ignoreIntrospection: true },
    maxAliases: { n: maxAliases },
    // graphql-js counts tokens itself while parsing (parseOptions below), which Apollo reports as a 400.
    maxTokens: { enabled: false },
    costLimit: { maxCost, ignoreIntrospection: true },
    maxDirectives: { n: 10 },
    blockFieldSuggestion: { enabled: production },
  }).protect();
  return {
    autoSchemaFile: true,
    sortSchema: true,
    path: '/graphql',
    playground: false,
    introspection: !production,
    includeStacktraceInErrorResponses: false,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    // armor's types come from Apollo's CommonJS build, Nest's from its ES module build: the same shapes.
    plugins: [...(armor.plugins as unknown as NonNullable<ApolloDriverConfig['plugins']>), inputRulesPlugin],
    validationRules: armor.validationRules,
    parseOptions: { maxTokens },
    fieldResolverEnhancers: ['guards'],
    subscriptions: {
      'graphql-ws': {
        path: '/graphql',
        onConnect: async (ctx: Context<Record<string, unknown> | undefined, unknown>) => {
          const params = ctx.connectionParams ?? {};
          const extra = ctx.extra as WsContext['extra'];
          const actor = await security.actors.fromBearer(bearer(params.authorization ?? params.Authorization));
          if (!actor) return false;
          const clientIp = extra.request?.socket.remoteAddress ?? 'unknown';
          const allowed = await security.rateLimiter.request(clientIp, actor).then(() => true, () => false);
          if (!allowed) return false;
          extra.actor = actor;
          extra.clientIp = clientIp;
          return true;
        },
      },
    },
    context: async (arg: unknown): Promise<HubContext> => {
      if (isWsContext(arg)) return { actor: arg.extra.actor ?? null, clientIp: arg.extra.clientIp ?? 'unknown', trace: traceFrom(undefined) };
      const { req } = arg as { req: IncomingMessage & { ip?: string } };
      const actor = await security.actors.fromBearer(bearer(req.headers.authorization));
      const clientIp = req.ip ?? req.socket.remoteAddress ?? 'unknown';
      await security.rateLimiter.request(clientIp, actor);
      return { actor, clientIp, trace: traceFrom(req.headers.traceparent) };
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
