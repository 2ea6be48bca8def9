import type { IncomingMessage } from 'node:http';
import {
  type ExecutionArgs,
  type ExecutionResult,
  type FormattedExecutionResult,
  getOperationAST,
  GraphQLError,
  type GraphQLFormattedError,
  type GraphQLSchema,
  parse,
  validate,
  type ValidationRule,
} from 'graphql';
import type { Context, ServerOptions } from 'graphql-ws';
import type { WebSocket } from 'ws';
import type { AccessGrant } from '#auth';
import { DomainErrorCode, DomainException } from '#domain';
import { traceFrom } from '#privacy';
import type { ActorResolver } from '../auth/actor-resolver.js';
import { bearerToken } from '../auth/bearer-token.js';
import type { RequestRateLimiter } from '../security/request-rate-limiter.js';
import type { HubContext } from './hub-context.js';
import { inputIssues } from './input-rules.js';
import type { OpenSockets } from './open-sockets.js';

interface SocketExtra {
  readonly socket: WebSocket;
  readonly request: IncomingMessage;
  grant?: AccessGrant;
  clientIp?: string;
}

type ConnectionParams = Record<string, unknown> | undefined;
type SocketContext = Context<ConnectionParams, SocketExtra>;

/** What the socket checks with, shared with the HTTP side so both doors check the same things. */
export interface WebsocketDoorDeps {
  readonly actors: ActorResolver;
  readonly rateLimiter: RequestRateLimiter;
  readonly sockets: OpenSockets;
  /** The executable schema; known once Nest has built it, before the first socket opens. */
  readonly schema: () => GraphQLSchema;
  /** graphql-js's rules plus the depth, alias, directive and cost limits HTTP validates with. */
  readonly validationRules: readonly ValidationRule[];
  readonly maxTokens: number;
  /** In production "did you mean" hints are cut, as armor's plugin does over HTTP. */
  readonly hideSuggestions: boolean;
  readonly formatError: (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;
}

const ONLY_SUBSCRIPTIONS = 'Over WebSocket only subscriptions are served; send queries and mutations over HTTP.';

/**
 * graphql-ws as a door with the same checks as HTTP: the token at connect and on every message (a socket
 * closes with 4401 when it expires or is revoked), the rate limits per operation, the parser's token limit,
 * graphql-armor's depth, alias and cost rules, the input rule for strings and ids (input-rules.ts), the
 * guards (in the resolvers) and the error masking. Queries and mutations are refused: the web app needs the
 * socket only for subscriptions.
 */
export function websocketDoor(deps: WebsocketDoorDeps): Partial<ServerOptions<ConnectionParams, SocketExtra>> {
  const format = (errors: readonly GraphQLError[]) => errors.map((e) => deps.formatError(e.toJSON(), e));
  return {
    onConnect: async (ctx: SocketContext) => {
      const params = ctx.connectionParams ?? {};
      const grant = await deps.actors.grantFor(bearerToken(params.authorization ?? params.Authorization));
      if (!grant) {
        ctx.extra.socket.close(4401, 'Unauthorized');
        return false;
      }
      const clientIp = ctx.extra.request.socket.remoteAddress ?? 'unknown';
      const allowed = await deps.rateLimiter.request(clientIp, grant.actor).then(
        () => true,
        () => false,
      );
      if (!allowed) {
        ctx.extra.socket.close(4429, 'Too many requests');
        return false;
      }
      if (!deps.sockets.admit(ctx.extra.socket, grant)) return false;
      ctx.extra.grant = grant;
      ctx.extra.clientIp = clientIp;
      return true;
    },
    onSubscribe: async (ctx: SocketContext, _id, payload) => {
      const { grant, clientIp = 'unknown', socket } = ctx.extra;
      // Errors returned here reach the caller through onError, formatted there.
      if (!grant || !deps.sockets.check(socket)) return [unauthenticated()];
      return checkOperation(deps, grant, clientIp, payload);
    },
    onNext: (ctx: SocketContext, _id, _payload, _args, result: ExecutionResult): FormattedExecutionResult | undefined => {
      // An event that arrives after the token expired or was revoked is not delivered: the socket closes instead.
      if (!deps.sockets.check(ctx.extra.socket)) return { errors: format([unauthenticated()]) };
      return result.errors ? { ...result, errors: format(result.errors) } : undefined;
    },
    onError: (_ctx, _id, _payload, errors) => format(errors),
  };
}

/** The execution arguments, or the errors the caller gets; never throws (a throw would close the socket with its message). */
async function checkOperation(
  deps: WebsocketDoorDeps,
  grant: AccessGrant,
  clientIp: string,
  payload: { query: string; operationName?: string | null; variables?: Record<string, unknown> | null },
): Promise<ExecutionArgs | GraphQLError[]> {
  try {
    await deps.rateLimiter.request(clientIp, grant.actor);
  } catch (error) {
    return [error instanceof GraphQLError ? error : internal(error)];
  }
  let document;
  try {
    document = parse(payload.query, { maxTokens: deps.maxTokens });
  } catch (error) {
    return [withCode(error, 'GRAPHQL_PARSE_FAILED')];
  }
  const schema = deps.schema();
  const invalid = validate(schema, document, deps.validationRules);
  if (invalid.length > 0) return invalid.map((e) => withCode(e, 'GRAPHQL_VALIDATION_FAILED', deps.hideSuggestions));
  const issues = inputIssues(schema, document, payload.operationName, payload.variables);
  if (issues.length > 0) {
    const refusal = DomainException.invalidInput(issues);
    return [new GraphQLError(refusal.message, { originalError: refusal })];
  }
  const operation = getOperationAST(document, payload.operationName);
  if (!operation) return [new GraphQLError('Unable to identify the operation', { extensions: { code: 'BAD_REQUEST' } })];
  if (operation.operation !== 'subscription') return [new GraphQLError(ONLY_SUBSCRIPTIONS, { extensions: { code: 'BAD_REQUEST' } })];
  const contextValue: HubContext = { actor: grant.actor, grant, clientIp, trace: traceFrom(undefined) };
  return { schema, document, operationName: payload.operationName, variableValues: payload.variables, contextValue };
}

function withCode(error: unknown, code: string, hideSuggestions = false): GraphQLError {
  if (!(error instanceof GraphQLError)) return internal(error);
  const message = hideSuggestions ? error.message.replace(/Did you mean ".+"/g, '[Suggestion hidden]') : error.message;
  return new GraphQLError(message, { nodes: error.nodes, source: error.source, positions: error.positions, extensions: { ...error.extensions, code } });
}

function unauthenticated(): GraphQLError {
  const reason = new DomainException(DomainErrorCode.UNAUTHENTICATED, 'Sign in again');
  return new GraphQLError(reason.message, { originalError: reason });
}

function internal(error: unknown): GraphQLError {
  return new GraphQLError('Internal server error', { originalError: error instanceof Error ? error : undefined });
}
