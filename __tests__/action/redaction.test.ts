// SECURITY.md rule 10 and case 37 through the Action shell, in process: the SARIF and JSON files it
// writes are serialized from redacted values, so a secret that matches JSON syntax (`"none"`, given as
// the `secrets` input) cannot break them, and key names and paths stay whole.

import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { run } from '../../src/action/main.js';
import { reportErrors, sarifErrors } from '../report/validators.js';

const INPUTS: Record<string, string> = {
  secrets: JSON.stringify({ DB_PASSWORD: '"none"' }),
  'json-file': 'out/keybound.json',
  'sarif-file': 'out/keybound.sarif',
  annotations: 'true',
  summary: 'true',
};

describe('the Action writes SARIF and JSON from redacted values', () => {
  const workspace = mkdtempSync(join(tmpdir(), 'kb-action-'));
  const saved = { ...process.env };
  let stdout = '';

  beforeAll(async () => {
    mkdirSync(join(workspace, 'none'), { recursive: true });
    writeFileSync(
      join(workspace, 'none/docker-compose.yml'),
      'services:\n  db:\n    environment:\n      - DB_PASSWORD="none"\n      - POSTGRES_PASSWORD=postgres\n',
    );
    const env: Record<string, string> = {
      GITHUB_WORKSPACE: workspace,
      GITHUB_OUTPUT: join(workspace, 'output.txt'),
      GITHUB_STEP_SUMMARY: join(workspace, 'summary.md'),
      GITHUB_EVENT_NAME: 'push',
    };
    for (const file of [env.GITHUB_OUTPUT, env.GITHUB_STEP_SUMMARY]) writeFileSync(file, '');
    for (const [name, value] of Object.entries(INPUTS)) env[`INPUT_${name.toUpperCase()}`] = value;
    Object.assign(process.env, env);
    const write = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      stdout += String(chunk);
      return true;
    });
    try {
      await run(process.env);
    } finally {
      write.mockRestore();
      process.exitCode = undefined;
    }
  });

  afterAll(() => {
    for (const name of Object.keys(process.env)) if (!(name in saved)) delete process.env[name];
    Object.assign(process.env, saved);
  });

  it('both files parse and validate, with key names and paths intact', () => {
    const report = JSON.parse(readFileSync(join(workspace, 'out/keybound.json'), 'utf8'));
    expect(reportErrors(report)).toBe('');
    expect(report.keys.map((k: { name: string }) => k.name).sort()).toEqual(['DB_PASSWORD', 'POSTGRES_PASSWORD']);
    expect(report.keys[0].uses[0].file).toBe('none/docker-compose.yml');
    const sarif = JSON.parse(readFileSync(join(workspace, 'out/keybound.sarif'), 'utf8'));
    expect(sarifErrors(sarif)).toBe('');
    expect(JSON.stringify(sarif)).not.toContain('[redacted]');
  });

  it('masks the secret with the runner and prints no form of it', () => {
    expect(stdout).toContain('::add-mask::');
    const printed = stdout.split('\n').filter((line) => !line.startsWith('::add-mask::'));
    expect(printed.join('\n')).not.toContain('"none"');
    expect(readFileSync(join(workspace, 'summary.md'), 'utf8')).toContain('none/docker-compose.yml');
  });
});
