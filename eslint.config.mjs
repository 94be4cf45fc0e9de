// Mattermost's own @mattermost/eslint-plugin is still on ESLint 8 and typescript-eslint 7, so we use the
// same rule families at ESLint 9: typescript-eslint strict (type-checked), React, hooks and jsx-a11y.
import js from '@eslint/js';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import react from 'eslint-plugin-react';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
    {ignores: ['**/node_modules/**', '**/dist/**', 'build/dist/**', 'data/**', 'server-ts/drizzle/**', 'test/e2e/artifacts/**', '**/coverage/**']},
    js.configs.recommended,
    ...tseslint.configs.strictTypeChecked,
    {
        languageOptions: {
            parserOptions: {projectService: {allowDefaultProject: ['*.mjs', '*.js', 'build/*.mjs', 'webapp/*.js', 'webapp/*.cjs']}, tsconfigRootDir: import.meta.dirname},
            globals: {...globals.node},
        },
        rules: {
            'no-console': ['error', {allow: ['warn', 'error']}],
            eqeqeq: 'error',
            curly: 'error',
            '@typescript-eslint/restrict-template-expressions': ['error', {allowNumber: true}],
            '@typescript-eslint/no-confusing-void-expression': 'off',
        },
    },
    {
        files: ['webapp/**/*.{ts,tsx}', 'test/sandbox/host/**/*.{ts,tsx}'],
        ...react.configs.flat.recommended,
        ...react.configs.flat['jsx-runtime'],
        plugins: {react, 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y},
        languageOptions: {globals: {...globals.browser}},
        settings: {react: {version: '18.2'}},
        rules: {
            ...react.configs.flat.recommended.rules,
            ...react.configs.flat['jsx-runtime'].rules,
            ...reactHooks.configs.recommended.rules,
            ...jsxA11y.flatConfigs.recommended.rules,
        },
    },
    {
        // STYLE.md: one job per file, short functions. Tests are exempt: a describe block is a list, not logic.
        files: ['**/*.{ts,tsx}'],
        ignores: ['**/*.test.{ts,tsx}', '**/test_support/**', 'test/{e2e,integration,build}/**'],
        rules: {
            'max-lines-per-function': ['error', {max: 40, skipBlankLines: true, skipComments: true}],
            'max-lines': ['error', {max: 300, skipBlankLines: true, skipComments: true}],
        },
    },
    {
        // Scripts and tests may print; build scripts are plain JS.
        files: ['build/**', 'test/**', '**/*.test.{ts,tsx}'],
        rules: {'no-console': 'off'},
    },
    {files: ['**/*.{mjs,js,cjs}'], ...tseslint.configs.disableTypeChecked},
);
