/** `npm run schema`: regenerates schema.graphql from the code-first resolvers. */
import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { printHubSchema } from '../../apps/hub/src/graphql/schema-printer.js';

writeFileSync('schema.graphql', await printHubSchema());
console.log('wrote schema.graphql');
