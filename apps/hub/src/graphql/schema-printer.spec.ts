import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { PUBLIC_KEY, ROLES_KEY } from '#auth';
import { FEATURE_MODULES } from '../hub.module.js';
import { printHubSchema, resolversOf } from './schema-printer.js';

describe('schema.graphql', () => {
  it('is what the code-first resolvers generate (run `npm run schema` after changing them)', async () => {
    const committed = readFileSync(new URL('../../../../schema.graphql', import.meta.url), 'utf8');
    expect(await printHubSchema()).toBe(committed);
  });

  it('every resolver method states who may call it, on itself or on its class', () => {
    const resolvers = resolversOf(FEATURE_MODULES);
    expect(resolvers.length).toBeGreaterThanOrEqual(7);
    for (const resolver of resolvers) {
      const prototype = (resolver as unknown as { prototype: object }).prototype;
      const classLevel = Reflect.getMetadata(ROLES_KEY, resolver) ?? Reflect.getMetadata(PUBLIC_KEY, resolver);
      for (const name of Object.getOwnPropertyNames(prototype).filter((n) => n !== 'constructor')) {
        const method = (prototype as Record<string, unknown>)[name] as object;
        const own = Reflect.getMetadata(ROLES_KEY, method) ?? Reflect.getMetadata(PUBLIC_KEY, method);
        expect({ resolver: resolver.name, method: name, guarded: Boolean(own ?? classLevel) }).toEqual({ resolver: resolver.name, method: name, guarded: true });
      }
    }
  });
});
