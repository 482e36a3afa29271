import path from 'node:path';
import js from '@eslint/js';
import ts from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';

// The layers of src/, lowest first, and the layers each may import from (its own included). src/app, src/main.ts,
// tests and benchmarks may import any of them. See docs/implementation-notes.md, "Where things live".
const SRC = path.join(import.meta.dirname, 'src');
const LAYERS = {
  model: ['model'],
  sim: ['model', 'sim'],
  cli: ['model', 'sim', 'cli'],
};

/** The layer a file is in: the folder directly under src/, or null for a file elsewhere. */
function layerOf(file) {
  const rel = path.relative(SRC, file);
  if (rel.startsWith('..') || path.isAbsolute(rel) || !rel.includes(path.sep)) return null;
  return rel.split(path.sep)[0];
}

/**
 * Reports a relative or absolute import that leaves the layers its file may import from. The import is resolved
 * against the importing file, so the rule holds however deep the file sits; npm packages are left to
 * no-restricted-imports below.
 */
const layerRule = {
  meta: {
    type: 'problem',
    docs: { description: 'keep src/model, src/sim and src/cli to the layers below them' },
    messages: { leaves: 'src/{{from}} may import only from {{allowed}}; this import reaches {{to}}.' },
    schema: [],
  },
  create(context) {
    const from = layerOf(context.filename);
    const allowed = LAYERS[from];
    if (!allowed) return {};
    const check = (node) => {
      const spec = node.source?.value;
      if (typeof spec !== 'string' || !(spec.startsWith('.') || spec.startsWith('/'))) return;
      const target = path.resolve(path.dirname(context.filename), spec);
      const to = layerOf(target);
      if (to !== null && allowed.includes(to)) return;
      context.report({
        node: node.source,
        messageId: 'leaves',
        data: {
          from,
          allowed: allowed.map((l) => `src/${l}`).join(', '),
          to: to === null ? path.relative(import.meta.dirname, target) || spec : `src/${to}`,
        },
      });
    };
    return {
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
      ImportExpression: check,
    };
  },
};

/** npm packages that need a page: neither the engine nor the sim layer (which runs in a worker and in Node) may use them. */
const PAGE_PACKAGES = [
  'svelte',
  'svelte/*',
  'd3',
  'd3-selection',
  'd3-transition',
  'd3-zoom',
  'd3-brush',
  'd3-drag',
];

export default ts.config(
  { ignores: ['dist/', 'node_modules/', 'test-results/', 'bench-results/'] },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: ts.parser } },
  },
  {
    files: ['src/**/*.ts', 'src/**/*.svelte'],
    plugins: { layers: { rules: { imports: layerRule } } },
    rules: { 'layers/imports': 'error' },
  },
  {
    // The model and the sim layer run the same in Node (tests, CLI, benchmarks) and in a Web Worker: no DOM, no
    // Node built-ins.
    files: ['src/model/**/*.ts', 'src/sim/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [...PAGE_PACKAGES, 'node:*'] }],
      'no-restricted-globals': ['error', 'document', 'window', 'localStorage'],
    },
  },
  {
    // The model has no clock and no unseeded randomness either.
    files: ['src/model/**/*.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: 'Use the seeded rng handed down.' },
        { object: 'Date', property: 'now', message: 'The model has no clock.' },
        { object: 'performance', property: 'now', message: 'The model has no clock.' },
      ],
    },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
);
