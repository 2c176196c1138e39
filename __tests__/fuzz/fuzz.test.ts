// The fuzz run (excluded from `npm test`): KEYBOUND_FUZZ_RUNS generated YAML inputs (default 100,000 with
// `npm run fuzz`), each fed to one target in turn: every extractor and the config loader. None may
// throw past the parser: every outcome is a result or a located diagnostic / KeyboundError. The seed is
// printed; KEYBOUND_FUZZ_SEED repeats a run.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EXTRACTORS } from '../../src/discovery/index.js';
import { EXTRACTOR_PATHS, hostileYaml, loadAsConfig } from '../security/generators.js';

const RUNS = Number(process.env.KEYBOUND_FUZZ_RUNS ?? '1000');
const SEED = Number(process.env.KEYBOUND_FUZZ_SEED ?? Date.now() % 2 ** 31);
const TARGETS = EXTRACTORS.length + 1;

describe('fuzz: extractors and the config loader', () => {
  it(`${RUNS} generated inputs, no uncaught exception`, { timeout: 0 }, async () => {
    console.log(`keybound fuzz: ${RUNS} runs, seed ${SEED}`);
    const started = Date.now();
    const hits = new Array<number>(TARGETS).fill(0);
    await fc.assert(
      fc.asyncProperty(fc.nat(TARGETS - 1), hostileYaml, async (target, text) => {
        hits[target]++;
        if (target === EXTRACTORS.length) return await loadAsConfig(text);
        const extractor = EXTRACTORS[target];
        const path = EXTRACTOR_PATHS[extractor.kind] ?? 'fuzz.yaml';
        const part = extractor.extract({ path, text });
        for (const diagnostic of part.diagnostics ?? []) expect(diagnostic.file).toBe(path);
      }),
      { seed: SEED, numRuns: RUNS },
    );
    console.log(
      `keybound fuzz: done in ${((Date.now() - started) / 1000).toFixed(1)} s; inputs per target ${hits.join(', ')}`,
    );
  });
});
