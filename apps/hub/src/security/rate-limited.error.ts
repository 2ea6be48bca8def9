import { GraphQLError } from 'graphql';
import { ApiErrorCode } from '../graphql/error-formatter.js';

/** Too many requests: HTTP 429 with Retry-After, and a typed code clients can switch on. */
export function rateLimitedError(retryAfterSeconds: number): GraphQLError {
  return new GraphQLError(`Too many requests; try again in ${retryAfterSeconds} seconds`, {
    extensions: {
      code: ApiErrorCode.RATE_LIMITED,
      retryAfterSeconds,
      http: { status: 429, headers: new Map([['retry-after', String(retryAfterSeconds)]]) },
    },
  });
}
