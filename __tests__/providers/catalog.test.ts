// The offline catalog (src/generated/providers.ts, written by scripts/generate.mjs, issue 15) must be the
// providers' specs exactly, without adapter code and without format examples: a run without smoke calls
// classifies values from it alone, so a stale catalog would classify differently from the adapters.

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CATALOG, PROVIDERS } from '../../src/providers/index.js';
import type { ProviderSpec } from '../../src/providers/types.js';

const STALE = 'stale: run npm run generate';
const GENERATED = fileURLToPath(new URL('../../src/generated/providers.ts', import.meta.url));

/** What the catalog must hold for a spec: its data, `smoke` for an adapter, and no examples. */
function projection(spec: ProviderSpec): unknown {
  const { identify, baseUrlFor: _baseUrlFor, formats, ...data } = spec;
  return {
    ...data,
    formats: formats.map(({ examples: _examples, counterExamples: _counterExamples, ...format }) => format),
    smoke: identify !== undefined,
  };
}

describe('the offline provider catalog', () => {
  it('lists the same providers in the same order', () => {
    expect(CATALOG.map((p) => p.id)).toEqual(PROVIDERS.map((p) => p.id));
  });

  it.each(PROVIDERS.map((spec) => [spec.id, spec] as const))('%s is current', (id, spec) => {
    const entry = CATALOG.find((p) => p.id === id);
    // toEqual compares regular expressions by source and flags.
    let current = true;
    try {
      expect(entry).toEqual(projection(spec));
    } catch {
      current = false;
    }
    expect(current ? 'current' : STALE).toBe('current');
  });

  it('holds no example key or near miss', () => {
    const text = readFileSync(GENERATED, 'utf8');
    for (const spec of PROVIDERS) {
      for (const format of spec.formats) {
        for (const example of [...format.examples, ...(format.counterExamples ?? [])]) {
          if (example.length > 12) expect(text.includes(example), `${spec.id} ${format.type}`).toBe(false);
        }
      }
    }
  });

  it('holds no adapter code', () => {
    for (const entry of CATALOG) {
      expect(
        Object.values(entry).some((value) => typeof value === 'function'),
        entry.id,
      ).toBe(false);
    }
  });
});
