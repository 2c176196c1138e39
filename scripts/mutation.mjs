// `npm run mutation [-- NAME...]`: mutation testing of the security-critical modules (issue 14), one
// module at a time with its focused test files, and a table of scores. Not part of CI. A surviving
// mutant that changes what is printed or sent is a missing test: the report in reports/mutation/
// (one JSON file per module) lists every survivor with its line.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** `file:from-to` line ranges of the named functions (found by their declarations, so edits elsewhere do not matter). */
function functionRanges(file, names) {
  const lines = readFileSync(file, 'utf8').split('\n');
  return names.map((name) => {
    const start = lines.findIndex((line) => new RegExp(`^(export )?function ${name}\\(`).test(line));
    if (start < 0) throw new Error(`${file}: no function ${name}`);
    let end = start;
    while (end < lines.length && lines[end] !== '}') end++;
    return `${file}:${start + 1}-${end + 1}`;
  });
}

const MODULES = [
  {
    name: 'redactor',
    mutate: ['src/core/redact.ts'],
    tests: ['__tests__/core/redact.test.ts', '__tests__/core/key-prefixes.test.ts'],
  },
  {
    name: 'untrusted-events',
    mutate: ['src/action/untrusted.ts'],
    tests: ['__tests__/action/untrusted.test.ts'],
  },
  {
    name: 'verdict',
    mutate: functionRanges('src/engine.ts', ['markUnchecked', 'needsConfirmation', 'verdictOf', 'exitCodeOf']),
    tests: ['__tests__/engine/verdict.test.ts', '__tests__/engine/verdict-gate.test.ts'],
  },
  {
    name: 'gate-rules',
    mutate: ['src/rules/key-user-association.ts', 'src/rules/service-account-bound.ts'],
    tests: [
      '__tests__/rules/key-user-association.test.ts',
      '__tests__/rules/service-account-bound.test.ts',
      '__tests__/rules/meta.test.ts',
      '__tests__/engine/verdict.test.ts',
    ],
  },
  {
    name: 'http-client',
    mutate: ['src/providers/http.ts'],
    tests: ['__tests__/providers/http.test.ts'],
  },
];

const wanted = process.argv.slice(2);
const unknown = wanted.filter((name) => !MODULES.some((m) => m.name === name));
if (unknown.length > 0) {
  console.error(`unknown module(s): ${unknown.join(', ')}; known: ${MODULES.map((m) => m.name).join(', ')}`);
  process.exit(2);
}
const rows = [];
for (const module of MODULES.filter((m) => wanted.length === 0 || wanted.includes(m.name))) {
  console.log(`\n== ${module.name}: ${module.mutate.join(', ')} (tests: ${module.tests.join(', ')})`);
  const started = Date.now();
  const run = spawnSync('npx', ['stryker', 'run', 'stryker.config.mjs'], {
    stdio: 'inherit',
    env: {
      ...process.env,
      KB_MUTATE: JSON.stringify(module.mutate),
      KB_MUTATION_TESTS: JSON.stringify(module.tests),
      KB_MUTATION_NAME: module.name,
    },
  });
  if (run.status !== 0) {
    rows.push({ name: module.name, score: NaN, note: `stryker exited ${run.status}` });
    continue;
  }
  const report = JSON.parse(readFileSync(`reports/mutation/${module.name}.json`, 'utf8'));
  const mutants = Object.values(report.files).flatMap((f) => f.mutants);
  const count = (...states) => mutants.filter((m) => states.includes(m.status)).length;
  const detected = count('Killed', 'Timeout');
  const undetected = count('Survived', 'NoCoverage');
  rows.push({
    name: module.name,
    score: (100 * detected) / Math.max(1, detected + undetected),
    killed: detected,
    survived: count('Survived'),
    noCoverage: count('NoCoverage'),
    minutes: (Date.now() - started) / 60000,
  });
}
console.log('\n| module | score | killed | survived | no coverage | minutes |');
console.log('|---|---:|---:|---:|---:|---:|');
for (const r of rows)
  console.log(
    Number.isNaN(r.score)
      ? `| ${r.name} | ${r.note} | | | | |`
      : `| ${r.name} | ${r.score.toFixed(1)}% | ${r.killed} | ${r.survived} | ${r.noCoverage} | ${r.minutes.toFixed(1)} |`,
  );
process.exitCode = rows.every((r) => r.score >= 90) ? 0 : 1;
