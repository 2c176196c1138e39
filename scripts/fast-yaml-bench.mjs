// `node scripts/fast-yaml-bench.mjs yaml|fast DIR`: the parse share alone, cold, in one process: parses
// every .yml/.yaml file under DIR once with `yaml` (as parseYaml did) or with the fast reader falling
// back to `yaml` (as parseYaml does now), and prints the CPU time. Run it a few times each way,
// alternating (issue 15). Not run in CI.

import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const [mode, dir] = process.argv.slice(2);
if (!['yaml', 'fast'].includes(mode) || !dir) {
  process.stderr.write('usage: node scripts/fast-yaml-bench.mjs yaml|fast DIR\n');
  process.exit(2);
}
const { module } = await runnerImport(resolve(root, 'src/core/fast-yaml.ts'), {
  configFile: false,
  logLevel: 'silent',
  root,
});
const { parseAllDocuments } = await import('yaml');

function* yamlFiles(path) {
  for (const entry of readdirSync(path, { withFileTypes: true })) {
    const child = join(path, entry.name);
    if (entry.isDirectory()) yield* yamlFiles(child);
    else if (entry.isFile() && /\.ya?ml$/i.test(entry.name)) yield child;
  }
}

const texts = [...yamlFiles(resolve(dir))].map((file) => readFileSync(file, 'utf8'));
const options = {
  schema: 'core',
  version: '1.2',
  merge: false,
  uniqueKeys: false,
  prettyErrors: false,
  keepSourceTokens: false,
};
const started = process.cpuUsage();
let fast = 0;
for (const text of texts) {
  if (mode === 'fast' && 'docs' in module.fastParseYaml(text, 0, text.length, options)) fast++;
  else Array.from(parseAllDocuments(text, options));
}
const used = process.cpuUsage(started);
console.log(
  `${mode} ${dir}: ${texts.length} files (${fast} read fast), ${((used.user + used.system) / 1000).toFixed(0)} ms CPU`,
);
