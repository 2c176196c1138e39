// Shared fixtures for the SECURITY.md case tests: throwaway repositories, local fake providers that are
// closed after each test, the CLI run once per output format, check() with short client deadlines, and
// the canary scan (every secret in every form secretForms knows, over every output and error text).
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, expect } from 'vitest';
import { secretForms } from '../../src/core/redact.js';
import { SecretValue } from '../../src/core/secret.js';
import { check, type CheckOptions, type CheckResult } from '../../src/engine.js';
import { DEFAULT_HTTP_SETTINGS } from '../../src/providers/http.js';
import { FORMATS, formatReport, type Format } from '../../src/report/index.js';
import { RULES } from '../../src/rules/index.js';
import { runCli, type CliRun } from '../cli/run.js';
import { startFakeProvider, type FakeHandler, type FakeProvider } from '../helpers/fake-provider.js';

export const NOW = '2026-11-22';

// NOTE: fake credentials, built from parts so that secret scanners do not flag them.
export const SLACK_TOKEN = ['xox' + 'b', '6021408762', '5893127401', 'Zp4Lw9Qe' + '2Rt7YbK3nH6v'].join('-');
export const GITHUB_TOKEN_VALUE = 'gh' + 'p_' + 'kbSecTok3n7Hq2Lm9Np4' + 'Rs8Tv1WxZa3Cd5Ef7G';
export const SLACK_OK = {
  ok: true,
  url: 'https://acme.slack.com/',
  team: 'Acme',
  user: 'deploybot',
  team_id: 'T012AB34',
  user_id: 'U045CD67',
  bot_id: 'B078EF90',
};

/** A deploy workflow in production that hands each named secret to a step. */
export function workflow(names: readonly string[], environment = 'production'): string {
  const env = names.map((name) => `          ${name.replace(/[^A-Z0-9_]/gi, '_')}: \${{ secrets.${name} }}`);
  return [
    'name: Release',
    "on: { push: { tags: ['v*'] } }",
    'permissions:',
    '  contents: read',
    'jobs:',
    '  release:',
    '    runs-on: ubuntu-latest',
    `    environment: ${environment}`,
    '    steps:',
    '      - run: ./release.sh',
    '        env:',
    ...env,
    '',
  ].join('\n');
}

/** A temporary repository holding `files` (relative path -> content). */
export function tempRepo(files: Record<string, string | Buffer>): string {
  const root = mkdtempSync(join(tmpdir(), 'kb-sec-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}

const servers: FakeProvider[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

/** A local fake provider, closed after the test. */
export async function fakeProvider(handler: FakeHandler): Promise<FakeProvider> {
  const server = await startFakeProvider(handler);
  servers.push(server);
  return server;
}

/** The CLI once per output format (and the exit code of each). */
export async function runEveryFormat(
  args: readonly string[],
  options: Parameters<typeof runCli>[1] = {},
): Promise<Record<Format, CliRun>> {
  const runs = {} as Record<Format, CliRun>;
  for (const format of FORMATS) runs[format] = await runCli([...args, '--format', format], options);
  return runs;
}

/** Every output and error text of the runs, by name, for a canary scan. */
export function outputsOf(runs: Record<string, CliRun>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(runs).flatMap(([format, run]) => [
      [`${format} stdout`, run.stdout],
      [`${format} stderr`, run.stderr],
    ]),
  );
}

/** The canary scan: no form of any value (value, lines, base64, base64×2, URL, JSON, hex) anywhere. */
export function expectNoSecret(outputs: Record<string, string>, values: readonly string[]): void {
  const forms = [...new Set(values.flatMap((value) => secretForms(value)))];
  expect(forms.length).toBeGreaterThan(0);
  for (const [where, text] of Object.entries(outputs)) {
    for (const form of forms) {
      if (text.includes(form)) {
        expect.fail(`a form of a secret (${form.length} chars) leaked in ${where}`);
      }
    }
  }
}

/** check() with short client deadlines, and its report in every format, redacted as the shells do. */
export async function checkEveryFormat(
  options: Partial<CheckOptions> & { root: string },
): Promise<{ result: CheckResult; outputs: Record<Format, string>; ms: number }> {
  const started = Date.now();
  const result = await check({
    mode: 'audit',
    smoke: false,
    secrets: new Map(),
    now: NOW,
    failOn: 'error',
    ...options,
    http: { ...DEFAULT_HTTP_SETTINGS, requestTimeoutMs: 400, maxRetryWaitMs: 1500, runBudgetMs: 5000, ...options.http },
  });
  const ms = Date.now() - started;
  const outputs = Object.fromEntries(
    FORMATS.map((format) => [
      format,
      result.redactor.redact(formatReport(result.report, format, { rules: RULES.map((r) => r.meta) })),
    ]),
  ) as Record<Format, string>;
  return { result, outputs, ms };
}

/** Secret values as check() takes them. */
export function secretStore(values: Record<string, string>): Map<string, SecretValue> {
  return new Map(Object.entries(values).map(([name, value]) => [name, new SecretValue(value, 'test')]));
}

/** The smoke result of one key in a report. */
export function smokeOf(result: CheckResult, name: string) {
  return result.report.keys.find((k) => k.name === name)?.smoke;
}
