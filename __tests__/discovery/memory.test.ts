// Issue 15, flat memory: what the scan keeps of a file must not keep the file's text. In V8 a name,
// id or literal cut from a text (slice, split, regex capture, 13 characters or more) is a view that holds
// the whole text alive. Each case scans a tree with one large file through the discovery entry point,
// keeps the inventory, forces a full GC and checks the heap grew by far less than the file's text.

import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterAll, describe, expect, it } from 'vitest';
import { scanTree } from '../../src/discovery/index.js';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/** 4 MB of comment lines (under the 6 MiB a file may have): text the scan reads and must not keep. */
const PAD_BYTES = 4 * 1024 * 1024;
const padding = (): string => `# ${'padding '.repeat(12)}\n`.repeat(Math.ceil(PAD_BYTES / 99));

const CASES: { name: string; path: string; text: () => string; uses: string[] }[] = [
  {
    name: 'workflow: job id, step and secret names',
    path: '.github/workflows/deploy-production.yml',
    text: () =>
      'name: deploy-production-workflow\non: push\njobs:\n  deploy-to-production-cluster:\n' +
      '    runs-on: ubuntu-latest\n    environment: production\n    steps:\n' +
      '      - name: deploy-the-application-now\n        run: ./deploy.sh\n' +
      '        env:\n          STRIPE_SECRET_KEY_PRODUCTION: ${{ secrets.STRIPE_SECRET_KEY_PRODUCTION }}\n' +
      padding(),
    uses: ['STRIPE_SECRET_KEY_PRODUCTION'],
  },
  {
    name: 'large manifest cut into documents: Secret literal, names, namespace',
    path: 'deploy/production/secrets.yaml',
    text: () =>
      'apiVersion: v1\nkind: Secret\nmetadata:\n  name: payment-service-credentials\n' +
      '  namespace: payments-production\nstringData:\n  STRIPE_SECRET_KEY_PRODUCTION: not-a-real-key-0123456789\n' +
      `---\n${padding()}apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: big-config\n`,
    uses: ['payment-service-credentials/STRIPE_SECRET_KEY_PRODUCTION'],
  },
  {
    name: 'dotenv: a short name whose literal is the only long string',
    path: 'app/.env.production',
    text: () => `${padding()}DB_PASS=a-literal-long-enough-to-be-sliced\n`,
    uses: ['DB_PASS'],
  },
];

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/**
 * Heap in use after a full collection (twice: weak references are cleared in a second pass). The regex
 * first: V8 keeps the subject of the last regex match (`RegExp.lastMatch`) in one global slot, which may
 * be a line of the last file; one slot, not something kept per file.
 */
function settledHeap(): number {
  /./.exec('.');
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

describe('scan keeps no file text', () => {
  it.each(CASES)('$name', ({ path, text, uses }) => {
    const root = mkdtempSync(join(tmpdir(), 'keybound-memory-'));
    dirs.push(root);
    mkdirSync(dirname(join(root, path)), { recursive: true });
    const written = text();
    writeFileSync(join(root, path), written);
    const bytes = written.length;
    expect(bytes).toBeGreaterThan(PAD_BYTES);

    scanTree(root); // warms the code paths and caches a first scan fills once
    const before = settledHeap();
    const inventory = scanTree(root);
    const retained = settledHeap() - before;

    expect(inventory.uses.map((u) => u.name)).toEqual(uses);
    expect(inventory.diagnostics).toEqual([]);
    // Held as a view, the text would stay whole (4 MB); owned, what is kept is a few kilobytes.
    expect(retained).toBeLessThan(bytes / 8);
  });
});
