import fs from 'node:fs';
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
  // the room relay (Node) needs nothing of the simulator: it carries documents and checks names; the page imports
  // its codes.ts
  relay: ['relay'],
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

/**
 * Math functions the language lets each engine approximate in its own way (only + - * /, Math.sqrt and the exact
 * ones like Math.floor are the same everywhere). Node and Chromium differ in the last bit now and then, and a chaotic
 * run amplifies it, so the engine uses src/model/detmath.ts instead.
 */
const ENGINE_MATH = [
  'pow',
  'exp',
  'expm1',
  'log',
  'log1p',
  'log2',
  'log10',
  'cbrt',
  'hypot',
  'sin',
  'cos',
  'tan',
  'asin',
  'acos',
  'atan',
  'atan2',
  'sinh',
  'cosh',
  'tanh',
  'asinh',
  'acosh',
  'atanh',
];

/** An exponent `**` may take: an integer literal, possibly negated (repeated multiplication, the same bits anywhere). */
function integerLiteral(node) {
  if (node.type === 'UnaryExpression' && (node.operator === '-' || node.operator === '+'))
    return integerLiteral(node.argument);
  return node.type === 'Literal' && typeof node.value === 'number' && Number.isInteger(node.value);
}

/** Refuses engine-approximated maths: Math.exp, Math.log, Math.pow and the like, and `**` with any other exponent. */
const engineMathRule = {
  meta: {
    type: 'problem',
    docs: { description: 'keep maths the same on every JavaScript engine' },
    messages: {
      math: 'Math.{{name}} may differ in the last bit between engines; use {{instead}} from src/model/detmath.ts.',
      power:
        '`**` with an exponent that is not an integer literal may differ between engines; use pow (or powInt for an integer) from src/model/detmath.ts.',
    },
    schema: [],
  },
  create(context) {
    const instead = (name) =>
      ['pow', 'exp', 'log', 'log2'].includes(name)
        ? name
        : 'exp, log or pow (add the function there if needed)';
    return {
      MemberExpression(node) {
        if (node.object.type !== 'Identifier' || node.object.name !== 'Math') return;
        const name =
          !node.computed && node.property.type === 'Identifier'
            ? node.property.name
            : node.property.type === 'Literal'
              ? String(node.property.value)
              : null;
        if (name && ENGINE_MATH.includes(name))
          context.report({ node, messageId: 'math', data: { name, instead: instead(name) } });
      },
      BinaryExpression(node) {
        if (node.operator === '**' && !integerLiteral(node.right))
          context.report({ node, messageId: 'power' });
      },
      AssignmentExpression(node) {
        if (node.operator === '**=' && !integerLiteral(node.right))
          context.report({ node, messageId: 'power' });
      },
    };
  },
};

/**
 * The kinds of measure: one module each in src/model/measures/, named by its kind (tariff.ts, ...), besides the
 * registry (index.ts) and the spec (spec.ts); tests/model/measures.test.ts checks these names are the registry's. Each
 * kind keeps what depends on it in its own module, so code elsewhere asks the registry (specOf(m).describe, .hostile,
 * .form ...) instead of testing `m.kind === 'tariff'`.
 */
const MEASURE_KINDS = fs
  .readdirSync(path.join(SRC, 'model', 'measures'))
  .filter((f) => f.endsWith('.ts') && f !== 'index.ts' && f !== 'spec.ts')
  .map((f) => f.slice(0, -'.ts'.length));

const isKindRead = (node) =>
  node?.type === 'MemberExpression' &&
  !node.computed &&
  node.property.type === 'Identifier' &&
  node.property.name === 'kind';
const isKindLiteral = (node) => node?.type === 'Literal' && MEASURE_KINDS.includes(node.value);

/** Refuses `x.kind === 'tariff'` (or !==, ==, !=) and `switch (x.kind) { case 'tariff': ... }` outside the registry. */
const measureHomeRule = {
  meta: {
    type: 'suggestion',
    docs: { description: 'keep what depends on a kind of measure in its module under src/model/measures/' },
    messages: {
      kind: "Tests a measure's kind ('{{kind}}'): ask its module in src/model/measures/ instead (specOf(m), MEASURES[kind]).",
    },
    schema: [],
  },
  create(context) {
    return {
      BinaryExpression(node) {
        if (!['===', '!==', '==', '!='].includes(node.operator)) return;
        const [read, literal] = isKindRead(node.left) ? [node.left, node.right] : [node.right, node.left];
        if (isKindRead(read) && isKindLiteral(literal))
          context.report({ node, messageId: 'kind', data: { kind: literal.value } });
      },
      SwitchStatement(node) {
        if (!isKindRead(node.discriminant)) return;
        for (const c of node.cases)
          if (isKindLiteral(c.test))
            context.report({ node: c, messageId: 'kind', data: { kind: c.test.value } });
      },
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
  { ignores: ['dist/', 'dist-single/', 'node_modules/', 'test-results/', 'bench-results/'] },
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
    // The relay's codes are read by the page too: no Node built-ins there, and no page packages anywhere in the relay.
    files: ['src/relay/codes.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [...PAGE_PACKAGES, 'node:*'] }] },
  },
  {
    files: ['src/relay/**/*.ts'],
    ignores: ['src/relay/codes.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: PAGE_PACKAGES }] },
  },
  {
    // Runs, reports and fingerprints must be the same bits in Node and in every browser (docs/implementation-notes.md,
    // "Determinism").
    files: ['src/model/**/*.ts', 'src/sim/**/*.ts'],
    plugins: { maths: { rules: { 'engine-independent': engineMathRule } } },
    rules: { 'maths/engine-independent': 'error' },
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
    // A kind of measure has one home: its module under src/model/measures/. Left outside on purpose: the strategies'
    // menus of answers (retaliation.ts builds tariffs, controls, bans and listings of its own), the calibration's
    // counterfactual worlds (which drop the ban or the subsidies), and the team move form (humanMoves.ts and
    // MoveFields.svelte, which the hot seat's hand-over and a team's laptop in a room both draw), still a form of its
    // own.
    files: ['src/**/*.ts', 'src/**/*.svelte'],
    ignores: [
      'src/model/measures/**',
      'src/model/retaliation.ts',
      'src/cli/calibration.ts',
      'src/app/humanMoves.ts',
      'src/app/MoveFields.svelte',
    ],
    plugins: { measures: { rules: { 'one-home': measureHomeRule } } },
    rules: { 'measures/one-home': 'error' },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
);
