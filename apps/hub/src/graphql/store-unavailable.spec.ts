import { describe, expect, it } from '@jest/globals';
import { GraphQLError } from 'graphql';
import { isStoreUnavailable } from './store-unavailable.js';

const withCode = (code: string, message = 'x') => Object.assign(new Error(message), { code });

describe('isStoreUnavailable', () => {
  it('knows a Postgres restart, a refused or reset socket and a lost connection, also when wrapped', () => {
    expect(isStoreUnavailable(withCode('57P03', 'the database system is starting up'))).toBe(true);
    expect(isStoreUnavailable(withCode('08006'))).toBe(true);
    expect(isStoreUnavailable(Object.assign(new Error('query failed'), { driverError: withCode('ECONNREFUSED') }))).toBe(true);
    expect(isStoreUnavailable(new AggregateError([withCode('ECONNREFUSED')], 'connect failed'))).toBe(true);
    expect(isStoreUnavailable(new GraphQLError('Context creation failed', { originalError: new Error('Connection is closed.') }))).toBe(true);
    expect(isStoreUnavailable(new Error('Connection terminated unexpectedly'))).toBe(true);
    expect(isStoreUnavailable(Object.assign(new Error('gave up'), { name: 'MaxRetriesPerRequestError' }))).toBe(true);
  });

  it('leaves programming and data errors alone', () => {
    expect(isStoreUnavailable(withCode('23505', 'duplicate key'))).toBe(false);
    expect(isStoreUnavailable(new TypeError('x is undefined'))).toBe(false);
    expect(isStoreUnavailable(null)).toBe(false);
  });
});
