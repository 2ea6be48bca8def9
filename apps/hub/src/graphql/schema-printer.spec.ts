import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { PUBLIC_KEY, ROLES_KEY } from '#auth';
import { loadConfig } from '#config';
import { Registry } from 'prom-client';
import type { ActorResolver } from '../auth/actor-resolver.js';
import { FEATURE_MODULES } from '../hub.module.js';
import type { RequestRateLimiter } from '../security/request-rate-limiter.js';
import { graphqlOptions } from './graphql-options.js';
import type { OpenSockets } from './open-sockets.js';
import { printHubSchema, resolversOf } from './schema-printer.js';

/** Nest's metadata keys for @ResolveField and for the root kind (Query, Mutation, Subscription). */
const RESOLVE_PROPERTY = 'graphql:resolve_property';
const RESOLVER_TYPE = 'graphql:resolver_type';

function methodsOf(resolver: abstract new (...args: never[]) => unknown) {
  const prototype = (resolver as unknown as { prototype: Record<string, object> }).prototype;
  const classLevel = Reflect.getMetadata(ROLES_KEY, resolver) ?? Reflect.getMetadata(PUBLIC_KEY, resolver);
  return Object.getOwnPropertyNames(prototype)
    .filter((n) => n !== 'constructor')
    .map((name) => {
      const method = prototype[name]!;
      const own = Reflect.getMetadata(ROLES_KEY, method) ?? Reflect.getMetadata(PUBLIC_KEY, method);
      const kind = Reflect.getMetadata(RESOLVE_PROPERTY, method) ? 'field' : (Reflect.getMetadata(RESOLVER_TYPE, method) as string | undefined);
      return { resolver: resolver.name, method: name, kind, guarded: Boolean(own ?? classLevel) };
    });
}

describe('schema.graphql', () => {
  it('is what the code-first resolvers generate (run `npm run schema` after changing them)', async () => {
    const committed = readFileSync(new URL('../../../../schema.graphql', import.meta.url), 'utf8');
    expect(await printHubSchema()).toBe(committed);
  });

  it('every resolver method states who may call it, on itself or on its class', () => {
    const resolvers = resolversOf(FEATURE_MODULES);
    expect(resolvers.length).toBeGreaterThanOrEqual(7);
    expect(resolvers.flatMap(methodsOf).filter((m) => !m.guarded)).toEqual([]);
  });

  it('every field resolver and subscription is guarded, and the guard runs on field resolvers', () => {
    const methods = resolversOf(FEATURE_MODULES).flatMap(methodsOf);
    const fields = methods.filter((m) => m.kind === 'field');
    const subscriptions = methods.filter((m) => m.kind === 'Subscription');
    expect(fields.length).toBeGreaterThanOrEqual(10);
    expect(subscriptions.length).toBeGreaterThanOrEqual(2);
    expect([...fields, ...subscriptions].filter((m) => !m.guarded)).toEqual([]);
    // Without this option Nest skips guards on @ResolveField methods, whatever their metadata says.
    const options = graphqlOptions(loadConfig({ DATABASE_URL: 'postgres://u@127.0.0.1/db', REDIS_URL: 'redis://127.0.0.1' }), {
      actors: {} as ActorResolver,
      rateLimiter: {} as RequestRateLimiter,
      sockets: {} as OpenSockets,
    }, new Registry());
    expect(options.fieldResolverEnhancers).toContain('guards');
  });
});
