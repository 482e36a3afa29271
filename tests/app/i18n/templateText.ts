// Finds words a Svelte template shows that come from no message catalog: text between tags, literal strings in the
// expressions a template prints, and the attributes a reader meets (aria-label, title, placeholder, alt, a component's
// label or help). An element marked translate="no" (the HTML way to say "not to be translated": a code, a file name)
// is skipped with what it holds.

import { parse } from 'svelte/compiler';

/** where the literal sits: a line of the file and the text found */
export interface Untranslated {
  line: number;
  text: string;
}

/** attributes and component props a reader sees or hears */
const READ_ATTRIBUTE =
  /^(aria-label|aria-valuetext|aria-description|aria-roledescription|aria-placeholder|title|placeholder|alt|label|[a-z]+Label|unit|help|caption|heading|description|summary|text)$/;

/** two Latin letters in a row: a word (not "▶", "·", "%", "×" or "Q3's" single letters) */
const WORD = /[A-Za-z]{2,}/;

/** a string literal in an expression that reads as words, not as an id ('costs', 'effect') or a class name */
const readsAsWords = (s: string) => WORD.test(s) && (/\s/.test(s.trim()) || /^[A-Z][a-z]/.test(s.trim()));

type Node = { type?: string; [key: string]: unknown };

function lineOf(source: string, offset: number): number {
  return source.slice(0, offset).split('\n').length;
}

/** the string literals of an expression that read as words */
function literals(expression: unknown, found: Array<{ at: number; text: string }>) {
  if (expression === null || typeof expression !== 'object') return;
  if (Array.isArray(expression)) {
    for (const e of expression) literals(e, found);
    return;
  }
  const node = expression as Node & { start?: number };
  if (node.type === 'Literal' && typeof node.value === 'string' && readsAsWords(node.value))
    found.push({ at: node.start ?? 0, text: node.value });
  if (node.type === 'TemplateElement') {
    const cooked = (node.value as { cooked?: string }).cooked ?? '';
    if (WORD.test(cooked) && /\s/.test(cooked)) found.push({ at: node.start ?? 0, text: cooked });
  }
  for (const [key, value] of Object.entries(node)) {
    if (key === 'loc' || key === 'start' || key === 'end') continue;
    // a call's own name and a member's property are code, not text
    if (typeof value === 'object') literals(value, found);
  }
}

export function untranslated(source: string, filename = 'component.svelte'): Untranslated[] {
  const root = parse(source, { modern: true, filename }) as unknown as { fragment: Node };
  const found: Array<{ at: number; text: string }> = [];

  function attribute(attr: Node) {
    if (attr.type !== 'Attribute' || !READ_ATTRIBUTE.test(String(attr.name))) return;
    const values = Array.isArray(attr.value) ? attr.value : attr.value === true ? [] : [attr.value];
    for (const v of values as Array<Node & { start: number }>) {
      if (v.type === 'Text' && WORD.test(String(v.data))) found.push({ at: v.start, text: String(v.data) });
      if (v.type === 'ExpressionTag') literals(v.expression, found);
    }
  }

  function walk(node: unknown) {
    if (node === null || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      for (const n of node) walk(n);
      return;
    }
    const n = node as Node & { start: number };
    const attributes = (n.attributes as Node[] | undefined) ?? [];
    if (attributes.some((a) => a.type === 'Attribute' && a.name === 'translate' && isNo(a))) return;
    if (n.type === 'Text') {
      if (WORD.test(String(n.data))) found.push({ at: n.start, text: String(n.data).trim() });
      return;
    }
    if (n.type === 'ExpressionTag') {
      literals(n.expression, found);
      return;
    }
    for (const a of attributes) attribute(a);
    // blocks' tests and each-expressions hold ids and code, not text: only their fragments are read
    for (const key of [
      'fragment',
      'nodes',
      'consequent',
      'alternate',
      'body',
      'fallback',
      'pending',
      'then',
      'catch',
    ])
      if (key in n) walk(n[key]);
  }

  walk(root.fragment);
  return found.map((f) => ({ line: lineOf(source, f.at), text: f.text }));
}

function isNo(attr: Node): boolean {
  const v = attr.value;
  return Array.isArray(v) && v.length === 1 && (v[0] as Node).data === 'no';
}
