import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { DomainException } from '#domain';
import type { HubContext } from './hub-context.js';
import { inputIssues } from './input-rules.js';

/**
 * Refuses an HTTP operation that breaks the input rules once it is parsed and validated, before any
 * resolver runs: HTTP 400, BAD_USER_INPUT naming every field path (through the error formatter).
 */
export const inputRulesPlugin: ApolloServerPlugin<HubContext> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ schema, document, operationName, request }) {
        const issues = inputIssues(schema, document, operationName, request.variables);
        if (issues.length === 0) return;
        const refusal = DomainException.invalidInput(issues);
        throw new GraphQLError(refusal.message, { originalError: refusal, extensions: { http: { status: 400 } } });
      },
    };
  },
};
