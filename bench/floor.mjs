// The parse-only floor (issue 7): read every file of the tree and parse every YAML file with `yaml`'s
// parseAllDocuments and a LineCounter, as any tool that reads these files with positions must. Run as
// a child process by bench/run.mjs so that its start-up and peak RSS are measured like keybound's.
// Usage: node bench/floor.mjs ROOT  -> prints {"files":N,"parsed":N,"docs":N,"bytes":N}

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LineCounter, parseAllDocuments } from 'yaml';

const SKIPPED = new Set(['.git', 'node_modules']);
const root = process.argv[2];
const counts = { files: 0, parsed: 0, docs: 0, bytes: 0 };

function visit(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED.has(entry.name)) visit(path);
    } else if (entry.isFile()) {
      const text = readFileSync(path, 'utf8');
      counts.files++;
      counts.bytes += text.length;
      if (!/\.ya?ml$/i.test(entry.name)) continue;
      const lineCounter = new LineCounter();
      const docs = parseAllDocuments(text, { lineCounter, keepSourceTokens: false });
      counts.parsed++;
      counts.docs += Array.from(docs).length;
    }
  }
}

visit(root);
process.stdout.write(JSON.stringify(counts) + '\n');
