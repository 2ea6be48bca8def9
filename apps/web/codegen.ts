import type { CodegenConfig } from '@graphql-codegen/cli';

/** Typed operations from the hub's generated schema; run from the repository root. */
const config: CodegenConfig = {
  schema: 'schema.graphql',
  documents: ['apps/web/src/**/*.{ts,tsx}', '!apps/web/src/gql/**'],
  ignoreNoDocuments: false,
  generates: {
    'apps/web/src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: { enumsAsTypes: true, useTypeImports: true, scalars: { DateTime: 'string' }, strictScalars: true },
    },
  },
};

export default config;
