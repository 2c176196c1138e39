// `node scripts/fast-yaml-diff.mjs [--corpus DIR] [--show N]`: the corpus differential of the fast YAML
// reader (src/core/fast-yaml.ts). For every .yml/.yaml file under the corpus (default ../shared/corpus),
// parses it with `yaml` (as parseYaml does) and with the fast reader, and compares the canonical dumps
// of __tests__/helpers/yaml-dump.ts. Prints the files read fast, the fallbacks by reason, and the
// MISMATCHES, which must be 0 (exit 1 otherwise). Not run in CI: the corpus is not in the repository.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const index = args.indexOf(name);
  return index >= 0 && args[index + 1] ? args[index + 1] : fallback;
};
const corpus = resolve(option('--corpus', resolve(root, '../shared/corpus')));
const show = Number(option('--show', '5'));
const load = async (file) =>
  (await runnerImport(resolve(root, file), { configFile: false, logLevel: 'silent', root })).module;
const { fastParseYaml } = await load('src/core/fast-yaml.ts');
const { dumpDocs } = await load('__tests__/helpers/yaml-dump.ts');
const { Composer, parseAllDocuments, Parser } = await import('yaml');

/** As parseYaml's parsePiece: text[start, end) as its own stream, offsets into the whole text. */
function parsePiece(text, start, end, opts) {
  const parser = new Parser();
  parser.offset = start;
  return Array.from(new Composer(opts).compose(parser.parse(text.slice(start, end))));
}

/** As parseYaml's wantedPieces: the spans between document markers. */
function pieces(text) {
  const cuts = [0];
  for (const match of text.matchAll(/^(?:---|\.\.\.)(?=[ \t\r\n]|$)/gm)) if (match.index > 0) cuts.push(match.index);
  cuts.push(text.length);
  return cuts.slice(1).map((end, i) => [cuts[i], end]);
}

let pieceCount = 0;
let pieceFast = 0;

const options = {
  schema: 'core',
  version: '1.2',
  merge: false,
  uniqueKeys: false,
  prettyErrors: false,
  keepSourceTokens: false,
};

function* yamlFiles(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* yamlFiles(path);
    else if (entry.isFile() && /\.ya?ml$/i.test(entry.name)) yield path;
  }
}

let files = 0;
let fast = 0;
let fastBytes = 0;
let bytes = 0;
const reasons = new Map();
const mismatches = [];
for (const file of yamlFiles(corpus)) {
  if (statSync(file).size > 6 * 1024 * 1024) continue;
  const text = readFileSync(file, 'utf8');
  files++;
  bytes += text.length;
  for (const merge of [false, true]) {
    const opts = { ...options, merge };
    let got;
    try {
      got = fastParseYaml(text, 0, text.length, opts);
    } catch (error) {
      mismatches.push({ file, merge, why: `fast reader threw ${error}` });
      continue;
    }
    if ('reason' in got) {
      if (!merge) reasons.set(got.reason, (reasons.get(got.reason) ?? 0) + 1);
      continue;
    }
    let want;
    try {
      want = dumpDocs(Array.from(parseAllDocuments(text, opts)));
    } catch (error) {
      want = `yaml threw ${error}`;
    }
    const have = dumpDocs(got.docs);
    if (have !== want) {
      const a = want.split('\n');
      const b = have.split('\n');
      const at = a.findIndex((line, i) => line !== b[i]);
      mismatches.push({ file, merge, why: `line ${at}:\n  yaml: ${a[at]}\n  fast: ${b[at]}` });
    } else if (!merge) {
      fast++;
      fastBytes += text.length;
    }
  }
  // Documents parsed one by one (parseYaml's wantDocument), when the stream has several.
  const spans = pieces(text);
  if (spans.length > 1 && !/^%/m.test(text)) {
    for (const [start, end] of spans) {
      pieceCount++;
      const got = fastParseYaml(text, start, end, options);
      if ('reason' in got) continue;
      let want;
      try {
        want = dumpDocs(parsePiece(text, start, end, options));
      } catch (error) {
        want = `yaml threw ${error}`;
      }
      const have = dumpDocs(got.docs);
      if (have !== want) {
        const a = want.split('\n');
        const b = have.split('\n');
        const at = a.findIndex((line, i) => line !== b[i]);
        mismatches.push({
          file,
          merge: `piece ${start}-${end}`,
          why: `line ${at}:\n  yaml: ${a[at]}\n  fast: ${b[at]}`,
        });
      } else pieceFast++;
    }
  }
}
const fallbacks = [...reasons.values()].reduce((a, b) => a + b, 0);
console.log(`files: ${files} (${(bytes / 1e6).toFixed(1)} MB)`);
console.log(`read fast, identical: ${fast} (${(fastBytes / 1e6).toFixed(1)} MB)`);
console.log(`fallbacks: ${fallbacks}`);
for (const [reason, count] of [...reasons].sort((a, b) => b[1] - a[1])) console.log(`  ${count}\t${reason}`);
console.log(`single documents of multi-document files: ${pieceCount}, read fast and identical: ${pieceFast}`);
console.log(`MISMATCHES: ${mismatches.length}`);
for (const m of mismatches.slice(0, show)) console.log(`  ${m.file} (merge ${m.merge}) ${m.why}`);
process.exit(mismatches.length === 0 ? 0 : 1);
