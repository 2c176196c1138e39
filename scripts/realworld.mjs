// `npm run realworld [-- --corpus DIR] [-- --output FILE]`: checks every `<owner>__<repo>` folder of the
// corpus (default ../shared/corpus) in this one process and prints every error-level finding as TSV
// (repo, file, line, rule, key, message), then a summary line of counts. The TypeScript sources are
// loaded through Vite's module runner (vitest's own), so nothing needs building first.

import { writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const index = args.indexOf(name);
  return index >= 0 && args[index + 1] ? args[index + 1] : fallback;
};
const corpus = resolve(option('--corpus', resolve(root, '../shared/corpus')));
const output = option('--output', undefined);

const { module } = await runnerImport(resolve(root, 'scripts/realworld.ts'), {
  configFile: false,
  logLevel: 'silent',
  root,
});
const repos = module.corpusRepos(corpus);
if (repos.length === 0) {
  process.stderr.write(`realworld: no <owner>__<repo> folders in ${corpus}\n`);
  process.exit(2);
}
const started = Date.now();
const scans = await module.scanCorpus(corpus);
const rows = scans.flatMap((scan) => scan.errors);
const header = `# ${module.COLUMNS.join('\t')}`;
const summary = module.summaryLine(rows, repos.length, Date.now() - started);
const text = [header, module.toTsv(rows), `# ${summary}`].filter((line) => line !== '').join('\n') + '\n';
if (output) {
  writeFileSync(resolve(output), text);
  process.stderr.write(`realworld: ${summary}; rows written to ${output}\n`);
} else {
  process.stdout.write(text);
}
