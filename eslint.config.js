import tseslint from 'typescript-eslint';

/** Type-aware rules that catch what reviews miss: unhandled promises and non-exhaustive switches. */
export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.data/**', 'apps/web/**', 'coverage/**', 'test-artifacts/**', '**/*.js', '**/*.mjs'] },
  {
    files: ['**/*.ts'],
    extends: [tseslint.configs.base],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { arguments: false } }],
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/libs/*/src/**', '../../libs/**'], message: 'Import libs through their #alias.' }] },
      ],
    },
  },
  {
    files: ['libs/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['@nestjs/*', 'typeorm', 'bullmq', 'ioredis', 'pg', '#persistence', '#lines', '#auth', '#config'], message: 'libs/domain is pure TypeScript.' }] },
      ],
    },
  },
  {
    // SQL has a home (docs/architecture.md): one repository per concept in libs/persistence. Services hand their
    // transaction's manager to repositories and never query through it themselves.
    files: ['apps/**/*.ts', 'libs/lines/**/*.ts', 'libs/privacy/**/*.ts', 'libs/auth/**/*.ts', 'libs/operations/**/*.ts'],
    ignores: ['**/*.spec.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'CallExpression[callee.property.name=/^(query|getRepository|createQueryBuilder)$/]',
          message: 'Data access belongs in a repository in libs/persistence.',
        },
        {
          selector:
            'CallExpression[callee.object.name=/^(manager|em|entityManager)$/][callee.property.name=/^(find|findBy|findOne|findOneBy|findOneOrFail|findOneByOrFail|save|insert|update|upsert|delete|remove|count|countBy|exists|existsBy|increment|decrement)$/]',
          message: 'Data access belongs in a repository in libs/persistence.',
        },
      ],
    },
  },
);
