// SECURITY.md case 33: cost that grows with the number of distinct secret references in one file, or
// with the number of secret values, grows linearly (the full sizes, 20,000 each, are in `npm run bench`).
// Measured in CPU time, the least of two runs, with a generous bound: 4× the input may cost at most 6×
// (quadratic growth costs 16×), which holds on a loaded 2-core machine.
import { describe, expect, it } from 'vitest';
import { checkEveryFormat, secretStore, tempRepo } from './support.js';

const name = (i: number): string => `S_${i.toString(36).toUpperCase().padStart(4, '0')}_KEY`;

function token(i: number): string {
  let s = '';
  for (let k = 0; s.length < 40; k++) s += (((i + 1) * 2654435761 + k * 40503) % 2 ** 32).toString(36);
  return s.slice(0, 40);
}

/** One production job whose `env:` names `n` distinct secrets. */
function bigWorkflow(n: number): string {
  const lines = Array.from({ length: n }, (_, i) => `      E${i.toString(36)}: \${{ secrets.${name(i)} }}`);
  return [
    'on: push',
    'jobs:',
    '  deploy:',
    '    runs-on: ubuntu-latest',
    '    environment: production',
    '    env:',
    ...lines,
    '    steps:',
    '      - run: ./deploy.sh',
    '',
  ].join('\n');
}

async function cpuMs(work: () => Promise<void>): Promise<number> {
  let best = Infinity;
  for (let i = 0; i < 2; i++) {
    const start = process.cpuUsage();
    await work();
    const used = process.cpuUsage(start);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return best;
}

describe('case 33: 4× the secret references or secret values costs at most 6× the time', () => {
  it('distinct secret references in one workflow file, each its own key', async () => {
    const run = (n: number) => {
      const root = tempRepo({ '.github/workflows/deploy.yml': bigWorkflow(n) });
      return async () => {
        const { result } = await checkEveryFormat({ root });
        expect(result.report.keys).toHaveLength(n);
      };
    };
    const small = await cpuMs(run(1000));
    const large = await cpuMs(run(4000));
    expect(large / small).toBeLessThan(6);
  });

  it('secret values, each registered with the redactor, and a report redacted against all of them', async () => {
    const root = tempRepo({ '.github/workflows/deploy.yml': bigWorkflow(20) });
    const run = (n: number) => {
      const secrets = secretStore(Object.fromEntries(Array.from({ length: n }, (_, i) => [name(i), token(i)])));
      return async () => {
        // Every format of the report is redacted against every value.
        const { result } = await checkEveryFormat({ root, secrets });
        expect(result.redactor.size).toBeGreaterThan(n);
      };
    };
    const small = await cpuMs(run(1500));
    const large = await cpuMs(run(6000));
    expect(large / small).toBeLessThan(6);
  });
});
