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
);
