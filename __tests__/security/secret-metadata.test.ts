// SECURITY.md case 29: the secret-metadata client (`--github-repo`, the Action's `secrets-token`) never
// follows a pagination link, or a redirect, to another origin or out of the API's base path, and never
// sends its token there. Through the CLI, against local fakes of GitHub's API whose answers are checked
// against GitHub's own API description.
import { describe, expect, it } from 'vitest';
import { runCli } from '../cli/run.js';
import type { FakeResponse } from '../helpers/fake-provider.js';
import { componentErrors, matchTemplate, responseErrors } from '../helpers/github-openapi.js';
import { fakeProvider, NOW, tempRepo, workflow } from './support.js';

const TOKEN = 'gh' + 'p_' + 'kbMetaTok3nNeverElsewhere0123456789ab';
const REPO_SECRETS = '/repos/{owner}/{repo}/actions/secrets';
const TEMPLATES = [
  REPO_SECRETS,
  '/repos/{owner}/{repo}/environments',
  '/repos/{owner}/{repo}/environments/{environment_name}/secrets',
  '/repos/{owner}/{repo}/actions/organization-secrets',
];

const page = (names: string[], total: number) => ({
  status: 200,
  body: {
    total_count: total,
    secrets: names.map((name) => ({ name, created_at: '2026-01-01T00:00:00Z', updated_at: '2026-01-02T00:00:00Z' })),
  },
});

/** A fake GitHub API at `prefix` whose repository-secrets listing links its next page to `next(base)`. */
async function fakeGitHub(prefix: string, first: (base: string) => FakeResponse) {
  let base = '';
  const server = await fakeProvider((request) => {
    const url = new URL(request.path, 'http://fake');
    const path = url.pathname.startsWith(prefix) ? url.pathname.slice(prefix.length) : '';
    const template = matchTemplate(path, TEMPLATES);
    if (!template) return { status: 404, body: { message: 'Not Found', documentation_url: 'https://docs.github.com' } };
    const answer: FakeResponse =
      template === REPO_SECRETS
        ? first(base)
        : template.endsWith('/environments')
          ? { status: 200, body: { total_count: 0, environments: [] } }
          : page([], 0);
    if (answer.status === 200) {
      const errors = responseErrors('GET', template, 200, answer.body);
      if (errors) throw new Error(`fixture for ${template} does not match GitHub's description: ${errors}`);
    } else if (answer.status >= 400 && componentErrors('basic-error', answer.body) !== '')
      throw new Error('bad fixture');
    return answer;
  });
  base = `${server.url}${prefix}`;
  return { server, base };
}

async function runWith(apiUrl: string) {
  const root = tempRepo({ '.github/workflows/release.yml': workflow(['STRIPE_SECRET_KEY']) });
  return runCli(['check', root, '--github-repo', 'acme/payments', '--now', NOW], {
    env: { GITHUB_TOKEN: TOKEN, GITHUB_API_URL: apiUrl },
  });
}

describe('case 29: secret metadata whose next page (or redirect) leads elsewhere → the token never goes there', () => {
  it.each([
    [
      'another origin (port)',
      '',
      (elsewhere: string) => `${elsewhere}/repos/acme/payments/actions/secrets?page=2`,
      'at another origin',
    ],
    [
      'another host name for the same server',
      '',
      (_e: string, base: string) =>
        `${base.replace('127.0.0.1', 'localhost')}/repos/acme/payments/actions/secrets?page=2`,
      'at another origin',
    ],
    [
      'out of the GHES base path',
      '/api/v3',
      (_e: string, base: string) => `${base}/../../repos/acme/payments/actions/secrets?page=2`,
      'outside /api/v3',
    ],
  ])('a Link rel="next" to %s', async (_what, prefix, next, says) => {
    const elsewhere = await fakeProvider(() => page(['STOLEN'], 1));
    const github = await fakeGitHub(prefix, (base) => ({
      ...page(['STRIPE_SECRET_KEY'], 2),
      headers: { link: `<${next(elsewhere.url, base.replace(prefix, ''))}>; rel="next"` },
    }));
    const run = await runWith(github.base);
    expect(run.code).not.toBe(2);
    expect(elsewhere.requests).toHaveLength(0);
    for (const request of github.server.requests) {
      expect(new URL(request.path, 'http://x').pathname.startsWith(`${prefix}/repos/`)).toBe(true);
    }
    expect(run.stderr).toContain(
      `--github-repo: GitHub secret metadata of acme/payments: could not read repository secrets (GitHub's answer pointed ${says}`,
    );
    expect(run.stderr + run.stdout).not.toContain(TOKEN);
  });

  it('a 302 to another origin is not followed', async () => {
    const elsewhere = await fakeProvider(() => page(['STOLEN'], 1));
    const github = await fakeGitHub('', () => ({ status: 302, headers: { location: `${elsewhere.url}/steal` } }));
    const run = await runWith(github.base);
    expect(elsewhere.requests).toHaveLength(0);
    expect(run.stderr).toContain(
      'could not read repository secrets (GitHub answered with a redirect (HTTP 302); not followed)',
    );
  });

  it('the same links on the same origin and base path are followed (the guard is not a refusal of pagination)', async () => {
    let pages = 0;
    const github = await fakeGitHub('/api/v3', (base) =>
      pages++ === 0
        ? {
            ...page(['STRIPE_SECRET_KEY'], 2),
            headers: { link: `<${base}/repos/acme/payments/actions/secrets?page=2&per_page=100>; rel="next"` },
          }
        : page(['SLACK_BOT_TOKEN'], 2),
    );
    const run = await runWith(github.base);
    expect(run.stderr).not.toContain('could not read');
    const paged = github.server.requests.filter((r) => r.path.includes('/actions/secrets'));
    expect(paged.map((r) => new URL(r.path, 'http://x').searchParams.get('page'))).toEqual([null, '2']);
  });
});
