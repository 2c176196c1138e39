// Property-based tests (fast-check, seeded) for the pieces SECURITY.md leans on: the workflow-command
// escaper against the runner-faithful parser, the redactor, the principal glob matcher, and the
// extractors and config loader on random YAML.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchesGlob } from '../../src/core/glob.js';
import { Redactor } from '../../src/core/redact.js';
import type { Finding, Report } from '../../src/core/types.js';
import { escapeData, escapeProperty, formatGithub } from '../../src/report/github.js';
import { stripControl } from '../../src/report/neutralize.js';
import { parseWorkflowCommands } from '../helpers/workflow-commands.js';
import { extractEverywhere, hostileYaml, loadAsConfig } from './generators.js';

const SEED = 20261122;
const params = (numRuns: number) => ({ seed: SEED, numRuns });

/** Text with everything the runner and the escaper care about, plus any unicode. */
const hostileText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 60 }),
  fc
    .array(
      fc.constantFrom('%', '%25', '%0A', '%0D', '%3A', '%2C', ':', '::', ',', '=', '\n', '\r', '\r\n', ' ', 'a', 'é'),
      {
        maxLength: 20,
      },
    )
    .map((parts) => parts.join('')),
  fc.constantFrom('\n::stop-commands::x\n', '::add-mask::x', '::error file=a::b', '##[set-output name=a]b'),
);

describe('workflow-command escaper vs the runner-faithful parser', () => {
  it('data round-trips exactly, as one command', () => {
    fc.assert(
      fc.property(hostileText, (message) => {
        const view = parseWorkflowCommands(`::error::${escapeData(message)}\n`);
        expect(view.commands).toHaveLength(1);
        expect(view.commands[0].data).toBe(message);
      }),
      params(2000),
    );
  });

  it('property values round-trip exactly (non-empty, not starting with =, not ending in space)', () => {
    const value = hostileText.filter((v) => v !== '' && !v.startsWith('=') && v === v.trimEnd());
    fc.assert(
      fc.property(value, value, hostileText, (file, title, message) => {
        const line = `::warning file=${escapeProperty(file)},title=${escapeProperty(title)}::${escapeData(message)}`;
        const view = parseWorkflowCommands(`${line}\n`);
        expect(view.commands).toHaveLength(1);
        expect(view.commands[0].properties).toEqual({ file, title });
        expect(view.commands[0].data).toBe(message);
      }),
      params(2000),
    );
  });

  it('formatGithub: one annotation per finding, messages exact, never an extra command', () => {
    const finding = fc.record({
      severity: fc.constantFrom('error', 'warning', 'note'),
      message: hostileText,
      file: hostileText,
      key: fc.option(hostileText, { nil: undefined }),
      line: fc.integer({ min: -1, max: 10_000 }),
    });
    fc.assert(
      fc.property(fc.array(finding, { maxLength: 9 }), (raw) => {
        const findings = raw.map(
          (f) =>
            ({
              ruleId: 'plaintext-secret',
              severity: f.severity,
              key: f.key,
              message: f.message,
              location: { file: f.file, line: f.line, column: 1 },
              fingerprint: 'x',
            }) as unknown as Finding,
        );
        const output = formatGithub({ findings } as Report);
        const view = parseWorkflowCommands(output);
        expect(view.stopped).toBe(false);
        expect(view.commands).toHaveLength(findings.length);
        const sorted = [...findings].sort(
          (a, b) => ['note', 'warning', 'error'].indexOf(b.severity) - ['note', 'warning', 'error'].indexOf(a.severity),
        );
        view.commands.forEach((command, i) => {
          expect(command.command).toBe({ error: 'error', warning: 'warning', note: 'notice' }[sorted[i].severity]);
          expect(command.data).toBe(stripControl(sorted[i].message, true));
        });
      }),
      params(1000),
    );
  });
});

describe('redactor', () => {
  /** Every encoding of `secret` the redactor promises to remove. */
  function encodings(secret: string): string[] {
    const b64 = Buffer.from(secret, 'utf8').toString('base64');
    const lines = secret
      .split(/\r\n|\r|\n/)
      .map((l) => l.trim())
      .filter((l) => l.length >= 4);
    return [
      secret,
      ...lines,
      b64,
      b64.replace(/=+$/, ''),
      b64.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, ''),
      Buffer.from(b64).toString('base64'),
      encodeURIComponent(secret),
      JSON.stringify(secret).slice(1, -1),
      Buffer.from(secret, 'utf8').toString('hex'),
      Buffer.from(secret, 'utf8').toString('hex').toUpperCase(),
    ];
  }

  const secret = fc.oneof(
    fc.string({ minLength: 8, maxLength: 80 }),
    fc.string({ unit: 'grapheme', minLength: 8, maxLength: 40 }),
    fc
      .array(fc.constantFrom('%', ':', ',', '"', '\\', '\r\n', '\n', 'é', 'Ω', '🔑', 'ab', 'XY', '0'), {
        minLength: 8,
        maxLength: 30,
      })
      .map((p) => p.join('')),
  );

  it('no encoding of a random secret (≥ 8 chars) survives in text that embeds it', () => {
    fc.assert(
      fc.property(secret, fc.string({ maxLength: 10 }), fc.string({ maxLength: 10 }), (value, before, after) => {
        fc.pre(value.trim().length >= 8);
        const redactor = new Redactor([value]);
        for (const encoded of encodings(value)) {
          const out = redactor.redact(`${before}${encoded}${after}`);
          expect(out).not.toContain(encoded);
        }
      }),
      params(800),
    );
  });

  it('base64 of data that embeds the secret at any alignment keeps none of its secret-only characters', () => {
    fc.assert(
      fc.property(secret, fc.uint8Array({ maxLength: 5 }), fc.uint8Array({ maxLength: 5 }), (value, pre, post) => {
        fc.pre(Buffer.byteLength(value) >= 12);
        const encoded = Buffer.concat([Buffer.from(pre), Buffer.from(value), Buffer.from(post)]).toString('base64');
        const out = new Redactor([value]).redact(encoded);
        expect(out).toContain('[redacted]');
      }),
      params(1000),
    );
  });
});

describe('principal glob matcher', () => {
  /** Reference: memoized recursion over (pattern index, text index), no regular expressions. */
  function reference(pattern: string, text: string): boolean {
    const memo = new Map<number, boolean>();
    const go = (p: number, t: number): boolean => {
      const id = p * (text.length + 1) + t;
      const known = memo.get(id);
      if (known !== undefined) return known;
      let result: boolean;
      if (p === pattern.length) result = t === text.length;
      else if (pattern[p] === '*') result = go(p + 1, t) || (t < text.length && go(p, t + 1));
      else result = t < text.length && pattern[p] === text[t] && go(p + 1, t + 1);
      memo.set(id, result);
      return result;
    };
    return go(0, 0);
  }

  it('agrees with a reference matcher on random inputs', () => {
    const small = fc.string({ unit: fc.constantFrom('a', 'b', '*', '.', '?'), maxLength: 12 });
    const text = fc.string({ unit: fc.constantFrom('a', 'b', '.', '?', '*'), maxLength: 16 });
    fc.assert(
      fc.property(small, text, (pattern, subject) => {
        expect(matchesGlob(pattern, subject)).toBe(reference(pattern, subject));
      }),
      params(5000),
    );
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), fc.string({ maxLength: 20 }), (pattern, subject) => {
        expect(matchesGlob(pattern, subject)).toBe(reference(pattern, subject));
      }),
      params(2000),
    );
  });

  it('adversarial patterns against 10 KB of a finish in linear-ish time', () => {
    const time = (pattern: string, text: string): number => {
      const started = performance.now();
      expect(matchesGlob(pattern, text)).toBe(false);
      return performance.now() - started;
    };
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 200 }), (stars) => {
        const pattern = `${'*a'.repeat(stars)}*b`;
        expect(time(pattern, 'a'.repeat(10_000))).toBeLessThan(100);
      }),
      params(50),
    );
    // Doubling the text about doubles the time: far from quadratic.
    const pattern = `${'*a'.repeat(100)}*b`;
    time(pattern, 'a'.repeat(20_000)); // warm-up
    const base = Math.max(time(pattern, 'a'.repeat(20_000)), 0.5);
    expect(time(pattern, 'a'.repeat(80_000))).toBeLessThan(base * 16 + 20);
  });
});

describe('extractors and the config loader on random YAML', () => {
  it('never throw past the parser: a result or a located diagnostic / KeyboundError', async () => {
    await fc.assert(
      fc.asyncProperty(hostileYaml, async (text) => {
        extractEverywhere(text);
        await loadAsConfig(text);
        await loadAsConfig(`version: 1\n${text}`);
      }),
      params(150),
    );
  });
});
