// The organisation report's HTML page in a real browser (Debian's Chromium, driven by playwright-core):
// it renders under its own strict Content-Security-Policy with no console error, the keys table sorts
// and filters, a repository opens from a link, hostile text stays text, nothing is fetched, and no
// secret value is on the page. Skipped, saying why, where Chromium is not installed (.ci/run installs it).

import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Redactor } from '../../src/core/redact.js';
import { formatOrgHtml } from '../../src/org/html.js';
import type { RepoDrill } from '../../src/org/merge.js';
import type { OrgFinding, OrgKey, OrgReportHead } from '../../src/org/types.js';

const CHROMIUM = '/usr/bin/chromium';
const available = existsSync(CHROMIUM);
const CANARY = 'xoxb-1234567890-CanaryValueOnThePage0123456789';
const HOSTILE_KEY = '<img src=x onerror=alert(1)>';
const HOSTILE_MESSAGE = '</script><script>alert(2)</script> and "quotes" & ampersands';

function orgKey(name: string, ageDays: number | undefined, users: string[], extra: Partial<OrgKey> = {}): OrgKey {
  return {
    name,
    scope: 'organization',
    usage: users.length > 0 ? 'referenced' : 'unused',
    ...(ageDays !== undefined ? { ageDays, updatedAt: '2026-01-01T00:00:00Z' } : {}),
    repositories: users.map((repository) => ({
      repository,
      uses: [{ file: '.github/workflows/deploy.yml', line: 4, column: 9, job: 'deploy', environments: ['production'] }],
    })),
    ...extra,
  };
}

function page(): { html: string } {
  const repositories = ['acme/api', 'acme/web', 'acme/worker'].map((fullName, i) => ({
    fullName,
    shard: i + 1,
    status: 'scanned' as const,
    archived: false,
    fork: false,
    error: i,
    warning: 0,
    note: 1,
    keys: 2,
    sarif: `sarif/${fullName.split('/')[1]}.sarif`,
  }));
  const head: OrgReportHead = {
    schemaVersion: 'keybound/org-report/v1',
    tool: { name: 'keybound', version: '0.1.0' },
    org: 'acme',
    evaluatedAt: '2026-11-01',
    verdict: 'fail',
    failOn: 'error',
    shards: { count: 3, merged: [1, 2, 3], missing: [] },
    organizationSecrets: { read: true },
    notices: [],
    summary: {
      repositories: { total: 3, scanned: 3, skipped: 0, error: 0, failed: 0 },
      keys: 4,
      secrets: { organization: 4, repository: 0, environment: 0 },
      unused: 1,
      error: 3,
      warning: 0,
      note: 3,
      smoke: { verified: 1, mismatch: 0, invalid: 1, unknown: 0, skipped: 2, malformed: 0 },
    },
    keys: [
      orgKey('NPM_TOKEN', 400, ['acme/api', 'acme/web']),
      orgKey('SLACK_BOT_TOKEN', 12, ['acme/worker'], {
        smoke: { status: 'invalid', reason: 'revoked', message: `Slack said the token ${CANARY} is revoked` },
      }),
      orgKey(HOSTILE_KEY, 95, ['acme/api']),
      orgKey('OLD_UNUSED', undefined, []),
    ],
    repositories,
  };
  const finding: OrgFinding = {
    repository: 'acme/api',
    ruleId: 'rotation-age',
    severity: 'error',
    key: 'NPM_TOKEN',
    message: HOSTILE_MESSAGE,
    location: { file: '.github/workflows/"><svg onload=alert(3)>.yml', line: 4, column: 9 },
    evidence: [],
    fingerprint: 'f',
  };
  const echoed: OrgFinding = { ...finding, ruleId: 'key-user-association', message: `the provider echoed ${CANARY}` };
  const drill: RepoDrill[] = [{ fullName: 'acme/api', findings: [finding, echoed], more: 7 }];
  const redactor = new Redactor([CANARY]);
  let html = '';
  formatOrgHtml(
    head,
    drill,
    [],
    { redact: (text) => redactor.redact(text), limits: { maxAgeDays: 90, warnAgeDays: 75 }, problems: [] },
    (text) => (html += text),
  );
  return { html };
}

describe.skipIf(!available)(
  `the HTML report in Chromium${available ? '' : ` (skipped: ${CHROMIUM} is not installed; apt-get install -y chromium, as .ci/run does)`}`,
  () => {
    let context: BrowserContext;
    let tab: Page;
    let profile: string;
    let dir: string;
    let html: string;
    const problems: string[] = [];
    const requests: string[] = [];
    const dialogs: string[] = [];

    beforeAll(async () => {
      dir = mkdtempSync(join(tmpdir(), 'keybound-html-'));
      profile = mkdtempSync(join(tmpdir(), 'keybound-chromium-'));
      html = page().html;
      writeFileSync(join(dir, 'org-report.html'), html);
      context = await chromium.launchPersistentContext(profile, {
        executablePath: CHROMIUM,
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-quic',
          '--no-first-run',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
        ],
      });
      tab = context.pages()[0] ?? (await context.newPage());
      tab.on('console', (message) => {
        if (message.type() === 'error' || message.type() === 'warning')
          problems.push(`${message.type()}: ${message.text()}`);
      });
      tab.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
      tab.on('request', (request) => requests.push(request.url()));
      tab.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      await tab.goto(pathToFileURL(join(dir, 'org-report.html')).href);
    }, 30_000);

    afterAll(async () => {
      await context?.close();
      rmSync(dir, { recursive: true, force: true });
      rmSync(profile, { recursive: true, force: true });
    });

    const column = (index: number) =>
      tab.$$eval(`#keys tbody tr:not([hidden]) td:nth-child(${index})`, (cells) =>
        cells.map((c) => c.textContent ?? ''),
      );

    it('renders under its own policy with no console error, no request and no script but its own', async () => {
      await expect(tab.locator('h1').textContent()).resolves.toBe('keybound organisation audit of acme');
      await expect(tab.locator('#keys tbody tr').count()).resolves.toBe(4);
      expect(problems).toEqual([]);
      expect(requests).toEqual([pathToFileURL(join(dir, 'org-report.html')).href]);
      expect(dialogs).toEqual([]);
    });

    it('sorts the keys table by a column, both ways', async () => {
      await tab.click('#keys th:nth-child(4) button');
      expect(await column(4)).toEqual(['—', '12', '95', '400']);
      await expect(tab.getAttribute('#keys th:nth-child(4)', 'aria-sort')).resolves.toBe('ascending');
      await tab.click('#keys th:nth-child(4) button');
      expect(await column(4)).toEqual(['400', '95', '12', '—']);
      await tab.click('#keys th:nth-child(1) button');
      expect(await column(1)).toEqual([HOSTILE_KEY, 'NPM_TOKEN', 'OLD_UNUSED', 'SLACK_BOT_TOKEN']);
      await tab.click('#keys th:nth-child(3) button');
      expect((await column(3)).map((text) => text.split(':')[0])).toEqual(['0', '1', '1', '2']);
    });

    it('filters the keys table', async () => {
      await tab.fill('#filter', 'worker');
      expect(await column(1)).toEqual(['SLACK_BOT_TOKEN']);
      await tab.fill('#filter', '');
      expect(await column(1)).toHaveLength(4);
    });

    it('opens a repository from a link in the keys table, with its keys and findings', async () => {
      // Most errors first: acme/api, with none, is third.
      const order = await tab.$$eval('details.repo > summary > code', (codes) => codes.map((c) => c.textContent));
      expect(order).toEqual(['acme/worker', 'acme/web', 'acme/api']);
      const details = tab.locator('details#repo-3');
      await expect(details.evaluate((d) => (d as unknown as { open: boolean }).open)).resolves.toBe(false);
      await tab.locator('#keys a[href="#repo-3"]').first().click();
      await expect(details.evaluate((d) => (d as unknown as { open: boolean }).open)).resolves.toBe(true);
      await expect(details.locator('td').filter({ hasText: 'rotation-age' }).count()).resolves.toBe(1);
      await expect(details.locator('td').filter({ hasText: 'the provider echoed [redacted]' }).count()).resolves.toBe(
        1,
      );
      await expect(details.textContent()).resolves.toContain('7 more findings in org-report.json and the SARIF file.');
      expect(problems).toEqual([]);
    });

    it('enforces its policy: a script it does not hash never runs', async () => {
      const tampered = join(dir, 'tampered.html');
      writeFileSync(tampered, html.replace('</body>', '<script>document.title = "ran"</script></body>'));
      const other = await context.newPage();
      const refused: string[] = [];
      other.on('console', (message) => refused.push(message.text()));
      await other.goto(pathToFileURL(tampered).href);
      await expect(other.title()).resolves.toBe('keybound organisation audit: acme');
      expect(refused.some((text) => text.includes('Content Security Policy'))).toBe(true);
      await other.close();
    });

    it('shows hostile text as text and no secret value anywhere', async () => {
      await expect(tab.locator('#repo-3 td').filter({ hasText: 'ampersands' }).textContent()).resolves.toBe(
        HOSTILE_MESSAGE,
      );
      const paths = await tab.locator('#repo-3 code').filter({ hasText: 'svg' }).allTextContents();
      expect(paths).toEqual([
        '.github/workflows/"><svg onload=alert(3)>.yml:4:9',
        '.github/workflows/"><svg onload=alert(3)>.yml:4:9',
      ]);
      await expect(tab.locator('svg').count()).resolves.toBe(1);
      await expect(tab.locator('img').count()).resolves.toBe(0);
      await expect(tab.locator('script').count()).resolves.toBe(1);
      expect(dialogs).toEqual([]);
      const rendered = await tab.content();
      expect(rendered).not.toContain(CANARY);
      expect(html).not.toContain(CANARY);
      expect(html).toContain('[redacted]');
    });
  },
);
