// The README's generated sections (rules, providers, Action inputs and outputs) must match the
// metadata they come from. `npm run docs` rewrites them; CI fails here when they are stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { formatProviders, formatRules } from '../src/cli/listings.js';
import { CATALOG as PROVIDERS } from '../src/providers/index.js';
import { RULES } from '../src/rules/index.js';

const README = new URL('../README.md', import.meta.url);
const ACTION = new URL('../action.yml', import.meta.url);

interface ActionField {
  description: string;
  default?: string;
}

function actionTable(fields: Record<string, ActionField>, withDefault: boolean): string {
  const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
  const head = withDefault
    ? ['| input | default | description |', '|---|---|---|']
    : ['| output | description |', '|---|---|'];
  const rows = Object.entries(fields).map(([name, field]) =>
    withDefault
      ? `| \`${name}\` | ${field.default ? `\`${cell(field.default)}\`` : ''} | ${cell(field.description)} |`
      : `| \`${name}\` | ${cell(field.description)} |`,
  );
  return `${[...head, ...rows].join('\n')}\n`;
}

function sections(): Record<string, string> {
  const action = parse(readFileSync(ACTION, 'utf8'));
  return {
    rules: formatRules(RULES, 'markdown'),
    providers: formatProviders(PROVIDERS, 'markdown'),
    inputs: actionTable(action.inputs, true),
    outputs: actionTable(action.outputs, false),
  };
}

function render(readme: string): string {
  let out = readme;
  for (const [name, table] of Object.entries(sections())) {
    const pattern = new RegExp(`(<!-- ${name}:start -->\\n)[\\s\\S]*?(<!-- ${name}:end -->)`);
    expect(pattern.test(out), `README has no ${name} markers`).toBe(true);
    out = out.replace(pattern, (_m, start: string, end: string) => `${start}${table}${end}`);
  }
  return out;
}

describe('README generated sections', () => {
  it('are up to date (run `npm run docs` to refresh them)', () => {
    const readme = readFileSync(README, 'utf8');
    const fresh = render(readme);
    if (process.env.KEYBOUND_UPDATE_README === '1') writeFileSync(README, fresh);
    else expect(readme).toBe(fresh);
  });

  it('list every rule and every provider', () => {
    const readme = readFileSync(README, 'utf8');
    for (const rule of RULES) expect(readme).toContain(`| \`${rule.meta.id}\` |`);
    for (const provider of PROVIDERS) expect(readme).toContain(`(\`${provider.id}\`)`);
  });
});
