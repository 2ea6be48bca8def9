import { describe, expect, it, jest } from '@jest/globals';
import { GraphQLError } from 'graphql';
import { DomainErrorCode, DomainException } from '#domain';
import { apiCodeFor, ApiErrorCode, formatError, redact } from './error-formatter.js';

const formatted = { message: 'raw', path: ['x'] };

describe('formatError', () => {
  it('maps every domain code to an API code', () => {
    for (const code of Object.values(DomainErrorCode)) expect(Object.values(ApiErrorCode)).toContain(apiCodeFor(code));
    expect(apiCodeFor(DomainErrorCode.STALE_STATE)).toBe(ApiErrorCode.CONFLICT);
    expect(apiCodeFor(DomainErrorCode.REASON_REQUIRED)).toBe(ApiErrorCode.BAD_USER_INPUT);
  });

  it('passes a domain error on with its code, status and field paths', () => {
    const error = new GraphQLError('wrapped', { path: ['x'], originalError: new DomainException(DomainErrorCode.ILLEGAL_TRANSITION, 'Cannot accept', { currentStatus: 'ACCEPTED' }) });
    expect(formatError(formatted, error, () => undefined)).toMatchObject({ message: 'Cannot accept', extensions: { code: 'CONFLICT', currentStatus: 'ACCEPTED' } });
  });

  it('passes on the field paths of a domain error raised before execution, which carries no path', () => {
    const fields = [{ path: ['input', 'username'], message: 'must not contain a NUL character' }];
    const error = new GraphQLError('refused', { originalError: DomainException.invalidInput(fields) });
    expect(formatError({ message: 'refused' }, error, () => undefined)).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', fields } });
  });

  it('names the referrals that keep a visit open when the let-go gate refuses', () => {
    const blockingReferrals = [{ id: 'r1', reference: 'LL-001001', status: 'RECEIVED' }];
    const error = new GraphQLError('wrapped', { path: ['x'], originalError: new DomainException(DomainErrorCode.LET_GO_BLOCKED, 'Still warm', { blockingReferrals }) });
    expect(formatError(formatted, error, () => undefined)).toMatchObject({ extensions: { code: 'CONFLICT', blockingReferrals } });
  });

  it('turns a store that is away into a coded, retryable error without its details', () => {
    const log = jest.fn();
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    const result = formatError(formatted, new GraphQLError('wrapped', { path: ['x'], originalError: refused }), log);
    expect(result).toEqual({ message: expect.any(String), path: ['x'], extensions: { code: 'SERVICE_UNAVAILABLE', retryable: true, correlationId: expect.any(String) } });
    expect(JSON.stringify(result)).not.toContain('5432');
    expect(log).toHaveBeenCalledTimes(1);
  });

  it('masks anything else behind a correlation id that is also logged', () => {
    const log = jest.fn();
    const error = new GraphQLError('wrapped', { path: ['x'], originalError: new Error('duplicate key (bsn)=(999999990)') });
    const result = formatError(formatted, error, log);
    expect(result.message).toBe('Internal server error');
    expect(result.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', correlationId: expect.any(String) });
    expect(log).toHaveBeenCalledWith(result.extensions!.correlationId, expect.any(Error));
    expect(JSON.stringify(result)).not.toContain('999999990');
  });

  it('keeps GraphQL input errors readable without echoing the value', () => {
    const message = 'Variable "$input" got invalid value "123456782" at "input.channel"; Value "123456782" does not exist in "Channel" enum.';
    const result = formatError({ message, extensions: { code: 'BAD_USER_INPUT' } }, new GraphQLError(message), () => undefined);
    expect(result.extensions).toEqual({ code: 'BAD_USER_INPUT' });
    expect(result.message).toContain('input.channel');
    expect(result.message).not.toContain('123456782');
    expect(redact('String cannot represent a non string value: 612345678')).toBe('String cannot represent this value');
  });

  it('does not echo a whole variable of the wrong shape, such as a name where an input object belongs', () => {
    const message = 'Variable "$filter" got invalid value "Jan Jansen"; Expected type "MonitorFilterInput" to be an object.';
    expect(redact(message)).toBe('Variable "$filter" has an invalid value.');
  });
});
