// ESLint flat config: typescript-eslint, plus the folder boundaries of DESIGN.md. Only src/action may
// import @actions/*; only the shells (cli, action) may read process.env/argv or exit; core imports
// nothing of the other folders; nothing but the shells imports the shells.
import tseslint from 'typescript-eslint';

const SHELLS = ['**/cli/**', '**/action/**', '**/engine.js'];
const processAccess = {
  selector: "MemberExpression[object.name='process'][property.name=/^(env|argv|exit)$/]",
  message: 'Only the CLI and Action shells read process.env/argv or exit; take settings as parameters.',
};
const localeOrder = {
  selector: "CallExpression[callee.property.name='localeCompare']",
  message: "Use compareText (src/core/compare.ts): localeCompare's order depends on the machine's locale.",
};

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'coverage/**',
      'src/generated/**',
      '__tests__/fixtures/**',
      'examples/**',
      '.stryker-tmp/**',
      'reports/**',
    ],
  },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'error',
    },
  },
  {
    files: ['src/**/*.ts'],
    rules: { 'no-restricted-syntax': ['error', localeOrder] },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/action/**', 'src/cli/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@actions/*'], message: 'Only src/action imports @actions/*.' },
            { group: SHELLS.filter((s) => s !== '**/engine.js'), message: 'The engine never imports a shell.' },
          ],
        },
      ],
      'no-restricted-syntax': ['error', processAccess, localeOrder],
    },
  },
  {
    files: [
      'src/core/**/*.ts',
      'src/discovery/**/*.ts',
      'src/policy/**/*.ts',
      'src/rules/**/*.ts',
      'src/providers/**/*.ts',
      'src/report/**/*.ts',
      'src/keys/**/*.ts',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@actions/*'], message: 'Only src/action imports @actions/*.' },
            { group: SHELLS, message: 'Modules below the engine never import the engine or a shell.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['../*', '@actions/*'], message: 'core is pure: it imports nothing of the other folders.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['@actions/*'], message: 'Only src/action imports @actions/*.' }] },
      ],
    },
  },
  {
    files: ['__tests__/**/*.ts', 'scripts/**', 'bench/**'],
    rules: { 'no-console': 'off', '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
