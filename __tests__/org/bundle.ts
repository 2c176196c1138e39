// The CLI bundled the way users run it (one process per matrix job), built from src/ with rolldown in
// about two seconds, so the matrix tests exercise this branch's code and not a stale dist/.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'rolldown';

const ENTRY = fileURLToPath(new URL('../../src/cli/index.ts', import.meta.url));

/** The path of a fresh bundle's entry (`node <path> org scan ...`). */
export async function bundleCli(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'keybound-cli-'));
  await build({ input: ENTRY, platform: 'node', logLevel: 'silent', output: { dir, format: 'esm' } });
  return join(dir, 'index.js');
}
