import { randomUUID } from 'node:crypto';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { DomainErrorCode, DomainException } from '#domain';
import { isStoreUnavailable } from './store-unavailable.js';

/** The API's error codes, as clients switch on them. */
export enum ApiErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  NOT_FOUND = 'NOT_FOUND',
  CONFLICT = 'CONFLICT',
  /** The referral is someone else's case (libs/domain, case-handler). */
  NOT_ASSIGNEE = 'NOT_ASSIGNEE',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  RATE_LIMITED = 'RATE_LIMITED',
  /** The same Idempotency-Key with another operation or other variables (BAD_USER_INPUT family: fix the request). */
  IDEMPOTENCY_KEY_REUSED = 'IDEMPOTENCY_KEY_REUSED',
  /** Postgres or Redis is away for now; retry the same request (same Idempotency-Key) in a moment. */
  SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}

/** Exhaustive: a new domain code will not compile until it is mapped here. */
export function apiCodeFor(code: DomainErrorCode): ApiErrorCode {
  switch (code) {
    case DomainErrorCode.INVALID_INPUT:
    case DomainErrorCode.REASON_REQUIRED:
    case DomainErrorCode.CONSENT_REQUIRED:
      return ApiErrorCode.BAD_USER_INPUT;
    case DomainErrorCode.NOT_FOUND:
      return ApiErrorCode.NOT_FOUND;
    case DomainErrorCode.ILLEGAL_TRANSITION:
    case DomainErrorCode.STALE_STATE:
    case DomainErrorCode.LET_GO_BLOCKED:
    case DomainErrorCode.ERASURE_NEEDS_WITHDRAWAL:
      return ApiErrorCode.CONFLICT;
    case DomainErrorCode.UNAUTHENTICATED:
      return ApiErrorCode.UNAUTHENTICATED;
    case DomainErrorCode.NOT_ASSIGNEE:
      return ApiErrorCode.NOT_ASSIGNEE;
    case DomainErrorCode.IDEMPOTENCY_KEY_REUSED:
      return ApiErrorCode.IDEMPOTENCY_KEY_REUSED;
  }
}

/** Strips values GraphQL quotes back at the caller; a value may be a BSN or a phone number. */
export function redact(message: string): string {
  return message
    .replace(/ got invalid value .*? at "/g, ' has an invalid value at "')
    // A whole variable of the wrong shape (a string for an input object): nothing after the value is needed.
    .replace(/ got invalid value [\s\S]*$/, ' has an invalid value.')
    .replace(/; Expected type/g, '. Expected type')
    .replace(/Value ".*?" does not exist/g, 'Value does not exist')
    .replace(/(String|Int|Float|Boolean|ID) cannot represent (a )?(non[- ]\w+ )?value: .*$/g, '$1 cannot represent this value')
    .replace(/\d{7,}/g, '[redacted]');
}

export type ErrorLogger = (correlationId: string, error: unknown) => void;

/** Turns any error into what the caller may see; unknown errors are masked with a correlation id. */
export function formatError(formatted: GraphQLFormattedError, error: unknown, log: ErrorLogger): GraphQLFormattedError {
  // A refusal before execution (the input-rules plugin's, the WebSocket door's) carries its DomainException without a path.
  const original = error instanceof GraphQLError && error.originalError instanceof DomainException ? error.originalError : unwrapResolverError(error);
  if (original instanceof DomainException) {
    const extensions: Record<string, unknown> = { code: apiCodeFor(original.code) };
    if (original.details.currentStatus) extensions.currentStatus = original.details.currentStatus;
    if (original.details.fields) extensions.fields = original.details.fields;
    if (original.details.blockingReferrals) extensions.blockingReferrals = original.details.blockingReferrals;
    return { message: original.message, path: formatted.path, locations: formatted.locations, extensions };
  }
  const code = formatted.extensions?.code;
  if (code === ApiErrorCode.RATE_LIMITED) {
    // Thrown while building the context, Apollo prefixes the message; the caller needs only the wait.
    const retryAfterSeconds = formatted.extensions?.retryAfterSeconds;
    return { message: formatted.message.replace(/^Context creation failed: /, ''), extensions: { code, retryAfterSeconds } };
  }
  if (code === 'GRAPHQL_VALIDATION_FAILED' || code === 'GRAPHQL_PARSE_FAILED' || code === 'BAD_USER_INPUT' || code === 'BAD_REQUEST') {
    return { message: redact(formatted.message), locations: formatted.locations, extensions: { code: ApiErrorCode.BAD_USER_INPUT } };
  }
  const correlationId = randomUUID();
  if (code === ApiErrorCode.SERVICE_UNAVAILABLE || isStoreUnavailable(original) || isStoreUnavailable(error)) {
    log(correlationId, original);
    return {
      message: 'The service is briefly unavailable; try again in a moment',
      path: formatted.path,
      extensions: { code: ApiErrorCode.SERVICE_UNAVAILABLE, retryable: true, correlationId },
    };
  }
  log(correlationId, original);
  return {
    message: 'Internal server error',
    path: formatted.path,
    extensions: { code: ApiErrorCode.INTERNAL_SERVER_ERROR, correlationId },
  };
}
