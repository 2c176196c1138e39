// A canonical dump of parsed YAML documents, node by node, for comparing the fast reader
// (src/core/fast-yaml.ts) with `yaml` itself: every own field of every node (class, type, value,
// source, range, anchor, tag, format, ...) except the comment fields nothing in keybound reads.
import { type Document, isDocument, isNode, isPair } from 'yaml';

/** Fields the fast reader does not set, and nothing in src/ reads (fast-yaml.test.ts checks that). */
export const IGNORED_FIELDS = new Set(['comment', 'commentBefore', 'spaceBefore']);

function value(v: unknown): string {
  if (typeof v === 'number') return Object.is(v, -0) ? 'number:-0' : `number:${String(v)}`;
  if (typeof v === 'bigint') return `bigint:${String(v)}`;
  if (typeof v === 'string') return JSON.stringify(v);
  return String(v);
}

export function dumpNode(node: unknown, out: string[], indent: string): void {
  if (isPair(node)) {
    const extra = Object.keys(node).filter((k) => k !== 'key' && k !== 'value' && !IGNORED_FIELDS.has(k));
    out.push(`${indent}Pair ${extra.join(',')}`);
    dumpNode(node.key, out, indent + '  k ');
    dumpNode(node.value, out, indent + '  v ');
    return;
  }
  if (!isNode(node)) {
    out.push(`${indent}${value(node)}`);
    return;
  }
  const fields: string[] = [];
  for (const key of Object.keys(node).sort()) {
    if (key === 'items' || IGNORED_FIELDS.has(key)) continue;
    const v = (node as unknown as Record<string, unknown>)[key];
    fields.push(`${key}=${key === 'value' ? value(v) : JSON.stringify(v)}`);
  }
  out.push(`${indent}${node.constructor.name} ${fields.join(' ')}`);
  const items = (node as { items?: unknown[] }).items;
  if (items) for (const item of items) dumpNode(item, out, indent + '  ');
}

/** One line per node, the document's own fields first. */
export function dumpDocs(docs: readonly Document.Parsed[]): string {
  const out: string[] = [`${docs.length} documents`];
  for (const doc of docs) {
    if (!isDocument(doc)) throw new Error('not a document');
    const fields: string[] = [];
    for (const key of Object.keys(doc).sort()) {
      if (key === 'contents' || key === 'schema' || IGNORED_FIELDS.has(key)) continue;
      const v = (doc as unknown as Record<string, unknown>)[key];
      fields.push(
        `${key}=${key === 'errors' || key === 'warnings' ? JSON.stringify((v as Error[]).map((e) => e.message)) : JSON.stringify(v)}`,
      );
    }
    out.push(`Document ${fields.join(' ')}`);
    dumpNode(doc.contents, out, '  ');
  }
  return out.join('\n');
}
