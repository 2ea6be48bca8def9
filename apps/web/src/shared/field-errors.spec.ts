import { describe, expect, it } from '@jest/globals';
import { CombinedGraphQLErrors } from '@apollo/client';
import { normaliseCitizenContact } from '@domain/citizen/citizen-contact.js';
import { fieldIssues, fieldKey } from './field-errors';

describe('the fields a rule refused, from the browser or from the hub', () => {
  it('reads the hub\'s BAD_USER_INPUT field paths, every one of them', () => {
    const error = new CombinedGraphQLErrors({
      data: null,
      errors: [
        {
          message: 'Invalid input',
          extensions: {
            code: 'BAD_USER_INPUT',
            fields: [
              { path: ['input', 'startsAt'], message: 'must be in the future' },
              { path: ['input', 'place'], message: 'an appointment in person needs a place' },
            ],
          },
        },
      ],
    });
    expect(fieldIssues(error).map((f) => fieldKey(f.path))).toEqual(['startsAt', 'place']);
  });

  it('reads the same from the domain rule run in the browser, with the argument dropped from the key', () => {
    let refused: unknown;
    try {
      normaliseCitizenContact({ bsn: '123 456 789', email: 'geen-adres' }, ['input', 'citizen']);
    } catch (error) {
      refused = error;
    }
    expect(fieldIssues(refused).map((f) => fieldKey(f.path))).toEqual(['citizen.email', 'citizen.bsn']);
  });

  it('names no field for anything else', () => {
    expect(fieldIssues(new Error('network'))).toEqual([]);
    expect(fieldIssues(new CombinedGraphQLErrors({ data: null, errors: [{ message: 'x', extensions: { code: 'CONFLICT' } }] }))).toEqual([]);
  });
});
