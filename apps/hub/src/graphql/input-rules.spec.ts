import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { buildSchema, getNamedType, type GraphQLSchema, isInputObjectType, isObjectType, parse } from 'graphql';
import { DEFAULT_MAX_LENGTH, MAX_LENGTHS } from './input-limits.js';
import { inputIssues, textIssues } from './input-rules.js';

const schema: GraphQLSchema = buildSchema(readFileSync(new URL('../../../../schema.graphql', import.meta.url), 'utf8'));
const UUID = '6f1c2a4e-8d3b-4c5a-9e7f-0a1b2c3d4e5f';

const check = (query: string, variables: Record<string, unknown> = {}, operationName?: string) => inputIssues(schema, parse(query), operationName, variables);

describe('inputIssues', () => {
  it('refuses an ID that is not a UUID, written in the document or sent as a variable', () => {
    for (const id of ['not-a-uuid', '', '12345', `${UUID}x`, 'a\u0000b']) {
      expect(check('query ($id: ID!) { servicePoint(id: $id) { id } }', { id })).toEqual([{ path: ['id'], message: 'must be a valid id' }]);
    }
    expect(check('{ servicePoint(id: "not-a-uuid") { id } }')).toEqual([{ path: ['id'], message: 'must be a valid id' }]);
    expect(check('{ servicePoint(id: 12345) { id } }')).toEqual([{ path: ['id'], message: 'must be a valid id' }]);
    expect(check('query ($id: ID!) { servicePoint(id: $id) { id } }', { id: 12345 })).toEqual([{ path: ['id'], message: 'must be a valid id' }]);
    expect(check('query ($id: ID!) { servicePoint(id: $id) { id } }', { id: UUID.toUpperCase() })).toEqual([]);
  });

  it('checks IDs inside input objects', () => {
    const query = 'mutation ($input: AddReferralInput!) { addReferral(input: $input) { id } }';
    const input = { visitId: UUID, topicId: 'topic-1', agencyCode: 'UWV', urgency: 'REGULAR', summary: 'Vraag', consent: { categories: [], method: 'VERBAL' } };
    expect(check(query, { input })).toEqual([{ path: ['input', 'topicId'], message: 'must be a valid id' }]);
  });

  it('refuses NUL and lone surrogates in any string, naming the path down to the list item', () => {
    const query = 'mutation ($input: ScheduleAppointmentInput!) { scheduleAppointment(input: $input) { id } }';
    const input = { referralId: UUID, kind: 'APPOINTMENT', channel: 'PHONE', startsAt: '2026-01-05T09:00:00Z', place: 'a\u0000b', extraItems: ['Paspoort', 'a\uD800b', 'b\uDC00'] };
    expect(check(query, { input })).toEqual([
      { path: ['input', 'extraItems', '1'], message: 'must be well-formed Unicode text' },
      { path: ['input', 'extraItems', '2'], message: 'must be well-formed Unicode text' },
      { path: ['input', 'place'], message: 'must not contain a NUL character' },
    ]);
    // A single value where the list goes is coerced into a list of one: still checked.
    expect(check(query, { input: { ...input, place: null, extraItems: 'a\u0000b' } })).toEqual([{ path: ['input', 'extraItems'], message: 'must not contain a NUL character' }]);
    expect(check('{ topics(search: "a\\u0000b") { id } }')).toEqual([{ path: ['search'], message: 'must not contain a NUL character' }]);
  });

  it('accepts text with emoji and other characters outside the BMP, counting each as one character', () => {
    expect(textIssues('Paspoort 🛂 en rijbewijs', 30)).toEqual([]);
    expect(textIssues('🛂'.repeat(30), 30)).toEqual([]);
    expect(textIssues('🛂'.repeat(31), 30)).toEqual(['must be at most 30 characters']);
  });

  it('applies the maximum length of the field, or the default', () => {
    const signIn = 'mutation ($u: String!, $p: String!) { signIn(input: { username: $u, password: $p }) { token } }';
    expect(check(signIn, { u: 'u'.repeat(100), p: 'p'.repeat(200) })).toEqual([]);
    expect(check(signIn, { u: 'u'.repeat(101), p: 'p'.repeat(201) })).toEqual([
      { path: ['input', 'username'], message: 'must be at most 100 characters' },
      { path: ['input', 'password'], message: 'must be at most 200 characters' },
    ]);
    const cancel = 'mutation ($r: String!) { cancelReferral(id: "' + UUID + '", reason: $r) { id } }';
    expect(check(cancel, { r: 'r'.repeat(DEFAULT_MAX_LENGTH) })).toEqual([]);
    expect(check(cancel, { r: 'r'.repeat(DEFAULT_MAX_LENGTH + 1) })).toEqual([{ path: ['reason'], message: `must be at most ${DEFAULT_MAX_LENGTH} characters` }]);
    expect(check('query ($s: String) { topics(search: $s) { id } }', { s: 's'.repeat(101) })).toEqual([{ path: ['search'], message: 'must be at most 100 characters' }]);
  });

  it('names every problem of one value', () => {
    expect(check('query ($s: String) { topics(search: $s) { id } }', { s: `\u0000\uD800${'s'.repeat(100)}` }).map((i) => i.message)).toEqual([
      'must not contain a NUL character',
      'must be well-formed Unicode text',
      'must be at most 100 characters',
    ]);
  });

  it('finds variables inside literals, default values of variables, and arguments in fragments', () => {
    expect(check('mutation ($x: String!) { scheduleAppointment(input: { referralId: "' + UUID + '", kind: APPOINTMENT, channel: PHONE, startsAt: "2026-01-05T09:00:00Z", extraItems: ["ok", $x] }) { id } }', { x: 'a\u0000' })).toEqual([
      { path: ['input', 'extraItems', '1'], message: 'must not contain a NUL character' },
    ]);
    expect(check('query ($s: String = "a\\u0000b") { topics(search: $s) { id } }')).toEqual([{ path: ['search'], message: 'must not contain a NUL character' }]);
    expect(check('query { ...A } fragment A on Query { ...B } fragment B on Query { servicePoint(id: "x") { id } }')).toEqual([{ path: ['id'], message: 'must be a valid id' }]);
  });

  it('checks only the operation that runs', () => {
    const document = 'query Good { me { id } } query Bad { servicePoint(id: "x") { id } }';
    expect(check(document, {}, 'Good')).toEqual([]);
    expect(check(document, {}, 'Bad')).toEqual([{ path: ['id'], message: 'must be a valid id' }]);
    expect(check(document, {}, 'Missing')).toEqual([]);
  });

  it('leaves values of the wrong shape to GraphQL itself, which refuses them as BAD_USER_INPUT', () => {
    expect(check('query ($s: String) { topics(search: $s) { id } }', { s: { nested: 'a\u0000' } })).toEqual([]);
    expect(check('mutation ($input: SignInInput!) { signIn(input: $input) { token } }', { input: ['a\u0000'] })).toEqual([]);
  });
});

describe('MAX_LENGTHS', () => {
  it('names only String arguments and input fields that exist in schema.graphql', () => {
    const stale = Object.keys(MAX_LENGTHS).filter((coordinate) => {
      const [, typeName, fieldName, argName] = /^(\w+)\.(\w+)(?:\((\w+):\))?$/.exec(coordinate) ?? [];
      const type = schema.getType(typeName ?? '');
      const field = isInputObjectType(type) || isObjectType(type) ? type.getFields()[fieldName ?? ''] : undefined;
      const argument = field && 'args' in field ? field.args.find((a) => a.name === argName) : undefined;
      const target = argName ? argument : isInputObjectType(type) ? field : undefined;
      return !target || getNamedType(target.type).name !== 'String';
    });
    expect(stale).toEqual([]);
  });
});
