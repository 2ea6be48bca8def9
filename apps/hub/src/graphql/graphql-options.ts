import { Logger } from '@nestjs/common';
import type { ApolloDriverConfig } from '@nestjs/apollo';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { IncomingMessage } from 'node:http';
import { GraphQLError, type GraphQLFormattedError, type GraphQLSchema, specifiedRules } from 'graphql';
import type { Registry } from 'prom-client';
import type { AppConfig } from '#config';
import { graphqlMetricsPlugin } from '#operations';
import { requestTrace } from '#privacy';
import type { ActorResolver } from '../auth/actor-resolver.js';
import { bearerToken } from '../auth/bearer-token.js';
import type { RequestRateLimiter } from '../security/request-rate-limiter.js';
import { ApiErrorCode, formatError } from './error-formatter.js';
import { inputRulesPlugin } from './input-rules.plugin.js';
import type { HubContext } from './hub-context.js';
import type { OpenSockets } from './open-sockets.js';
import { isStoreUnavailable } from './store-unavailable.js';
import { websocketDoor } from './websocket-door.js';

const logger = new Logger('GraphQL');

/** What guards each request before it runs: who is calling, and how much they may ask. */
export interface GraphqlSecurity {
  readonly actors: ActorResolver;
  readonly rateLimiter: RequestRateLimiter;
  readonly sockets: OpenSockets;
}

/**
 * Apollo on Express with graphql-ws subscriptions; the same token, limits and error masking over HTTP and
 * WebSocket (websocket-door.ts). graphql-armor bounds depth, aliases, directives and cost, the parser the
 * number of tokens; batching is off; in production introspection and "did you mean" hints are off too.
 */
export function graphqlOptions(config: AppConfig, security: GraphqlSecurity, metrics: Registry): ApolloDriverConfig {
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
  let schema: GraphQLSchema | undefined;
  const format = (formatted: GraphQLFormattedError, error: unknown) =>
    formatError(formatted, error, (correlationId, original) => {
      // Name and database code only: messages of driver errors can carry the values that failed.
      const name = original instanceof Error ? original.name : typeof original;
      const code = (original as { code?: unknown } | null)?.code;
      logger.error(`internal error ${correlationId}: ${name}${typeof code === 'string' ? ` (${code})` : ''}`);
    });
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
    plugins: [
      ...(armor.plugins as unknown as NonNullable<ApolloDriverConfig['plugins']>),
      inputRulesPlugin,
      graphqlMetricsPlugin(metrics, () => security.sockets.size),
    ],
    validationRules: armor.validationRules,
    parseOptions: { maxTokens },
    fieldResolverEnhancers: ['guards'],
    transformSchema: (built: GraphQLSchema) => (schema = built),
    subscriptions: {
      // Nest types only some graphql-ws hooks (not onError) with an untyped `extra`; it passes them all on.
      'graphql-ws': {
        path: '/graphql',
        ...(websocketDoor({
          ...security,
          schema: () => schema!,
          validationRules: [...specifiedRules, ...armor.validationRules],
          maxTokens,
          hideSuggestions: production,
          formatError: format,
        }) as object),
      },
    },
    context: async ({ req }: { req: IncomingMessage & { ip?: string } }): Promise<HubContext> => {
      try {
        const grant = await security.actors.grantFor(bearerToken(req.headers.authorization));
        const clientIp = req.ip ?? req.socket.remoteAddress ?? 'unknown';
        await security.rateLimiter.request(clientIp, grant?.actor ?? null);
        return { actor: grant?.actor ?? null, grant, clientIp, trace: requestTrace(req), idempotencyKey: req.headers['idempotency-key'] };
      } catch (error) {
        // A store away while reading the token's account: 503 with a code, not Apollo's bare 500.
        if (!isStoreUnavailable(error)) throw error;
        throw new GraphQLError('unavailable', { originalError: error as Error, extensions: { code: ApiErrorCode.SERVICE_UNAVAILABLE, http: { status: 503 } } });
      }
    },
    formatError: format,
  };
}
