import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { FEATURE_MODULES } from '../hub.module.js';

type Class = abstract new (...args: never[]) => unknown;

/** Every resolver class the feature modules provide, so the schema can be built without a database. */
export function resolversOf(modules: readonly Class[]): Class[] {
  const seen = new Set<Class>();
  const resolvers = new Set<Class>();
  const visit = (module: Class) => {
    if (seen.has(module)) return;
    seen.add(module);
    for (const provider of (Reflect.getMetadata('providers', module) ?? []) as unknown[]) {
      if (typeof provider === 'function' && Reflect.getMetadata('__entryProvider__', provider) === true) resolvers.add(provider as Class);
    }
    for (const imported of (Reflect.getMetadata('imports', module) ?? []) as Class[]) visit(imported);
  };
  modules.forEach(visit);
  return [...resolvers];
}

/** The SDL of the hub's code-first schema, sorted, as committed in schema.graphql. */
export async function printHubSchema(): Promise<string> {
  const app = await NestFactory.createApplicationContext(GraphQLSchemaBuilderModule, { logger: false });
  try {
    const schema = await app.get(GraphQLSchemaFactory).create(resolversOf(FEATURE_MODULES) as Function[]);
    return `${printSchema(lexicographicSortSchema(schema))}\n`;
  } finally {
    await app.close();
  }
}
