// Flat config: typescript-eslint's type-aware recommended rules, import-x for
// cycles (the core's layering must stay a tree), @stylistic for line width.
import js from '@eslint/js'
import stylistic from '@stylistic/eslint-plugin'
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript'
import { importX } from 'eslint-plugin-import-x'
import globals from 'globals'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  {
    ignores: [
      '.dependency-cruiser.cjs',
      'dist/',
      '.build/',
      'node_modules/',
      'coverage/',
      'e2e/build/',
      '__tests__/golden/',
      '__tests__/fixtures/'
    ]
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname }
    },
    plugins: { 'import-x': importX, '@stylistic': stylistic },
    settings: { 'import-x/resolver-next': [createTypeScriptImportResolver()] },
    rules: {
      // Type-only imports count too: a cycle through a type is still a tangle of modules.
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-unresolved': 'error',
      '@stylistic/max-len': [
        'error',
        {
          code: 140,
          tabWidth: 2,
          ignoreUrls: false,
          ignoreStrings: false,
          ignoreTemplateLiterals: false,
          ignoreRegExpLiterals: false,
          ignoreComments: false
        }
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-floating-promises': 'error'
    }
  },
  {
    // The runner runs workflow commands found in a step's output: the action writes plain lines only through
    // logging.ts's `info`, which escapes them (annotations and groups go through the toolkit, which escapes too).
    files: ['src/**/*.ts'],
    ignores: ['src/cli/**', 'src/action/logging.ts'],
    rules: {
      'no-console': 'error',
      'no-restricted-properties': [
        'error',
        { object: 'core', property: 'info', message: "Plain log lines go through logging.ts's info(), which escapes user text." },
        { object: 'process', property: 'stdout', message: "Plain log lines go through logging.ts's info(), which escapes user text." },
        { object: 'process', property: 'stderr', message: "Plain log lines go through logging.ts's info(), which escapes user text." }
      ]
    }
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked
  }
)
