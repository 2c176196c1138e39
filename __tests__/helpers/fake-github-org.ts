// A loopback GitHub for the organisation audit: the REST routes keybound org reads, answering as the
// REST documentation says (every JSON answer validated against @octokit/openapi, so a fixture cannot
// drift from GitHub), with Link pagination, the tarball as a 302 to a SECOND loopback server (the
// codeload host, which records every header it receives), archived, forked and empty repositories
// (an empty one's tarball is a 404, or a 409 when asked), and rate-limit answers on request.
import { gzipSync } from 'node:zlib';
import { startFakeProvider, type FakeProvider, type FakeRequest, type FakeResponse } from './fake-provider.js';
import { componentErrors, matchTemplate, operation, responseErrors } from './github-openapi.js';
import { tar, type TarEntry } from './tar.js';

export interface FakeSecret {
  name: string;
  /** YYYY-MM-DD */
  created: string;
  updated: string;
}

export interface FakeOrgSecret extends FakeSecret {
  visibility: 'all' | 'private' | 'selected';
  /** For `selected`: repository names (without the owner). */
  selected?: string[];
}

export interface FakeRepo {
  name: string;
  /** The tarball's files (ignored when `tarball` is given). */
  files?: Record<string, string>;
  /** Raw entries, for hostile archives. */
  entries?: TarEntry[];
  /** The gzip body codeload sends, as is. */
  tarball?: Buffer;
  archived?: boolean;
  fork?: boolean;
  /** No commits: size 0, no content; the tarball answers 404 (or `emptyStatus`). */
  empty?: boolean;
  emptyStatus?: 404 | 409;
  visibility?: 'public' | 'private' | 'internal';
  defaultBranch?: string;
  secrets?: FakeSecret[];
  environments?: Record<string, FakeSecret[]>;
  /** Organization secrets this repository can use (GET /repos/{o}/{r}/actions/organization-secrets). */
  orgSecrets?: string[];
  /** The API answers this status to the repository's secret listing (403: no Secrets permission). */
  secretsStatus?: number;
  /** codeload answers this status instead of the archive. */
  codeloadStatus?: number;
  /** The tarball redirect's Location, instead of the codeload server. */
  location?: string;
}

export interface FakeGitHubOptions {
  org: string;
  repos: FakeRepo[];
  orgSecrets?: FakeOrgSecret[];
  /** Status of GET /orgs/{org}/actions/secrets (403: the token may not read organization secrets). */
  orgSecretsStatus?: number;
  /** Repositories per page of GET /orgs/{org}/repos (the client asks 100; the server may give fewer). */
  perPage?: number;
  /** The first request to a path starting with this is answered 403 with x-ratelimit-remaining: 0. */
  rateLimitOnce?: string;
  /** A `next` Link of the repository listing that points at another origin. */
  foreignNextLink?: string;
}

export interface FakeGitHub {
  /** The API base URL (GITHUB_API_URL). */
  url: string;
  api: FakeProvider;
  codeload: FakeProvider;
  /** Schema violations of our own answers (must stay empty). */
  violations: string[];
  close(): Promise<void>;
}

const TEMPLATES = [
  '/orgs/{org}/repos',
  '/orgs/{org}/actions/secrets',
  '/orgs/{org}/actions/secrets/{secret_name}/repositories',
  '/repos/{owner}/{repo}/tarball/{ref}',
  '/repos/{owner}/{repo}/actions/secrets',
  '/repos/{owner}/{repo}/environments',
  '/repos/{owner}/{repo}/environments/{environment_name}/secrets',
  '/repos/{owner}/{repo}/actions/organization-secrets',
];

/** The commit each fake repository's tarball records. */
export function commitOf(name: string): string {
  let hex = '';
  for (let i = 0; hex.length < 40; i++)
    hex += ((name.charCodeAt(i % name.length) * 31 + i * 7) % 256).toString(16).padStart(2, '0');
  return hex.slice(0, 40);
}

export async function startFakeGitHub(options: FakeGitHubOptions): Promise<FakeGitHub> {
  const violations: string[] = [];
  const archives = new Map<string, Buffer>();
  for (const repo of options.repos) {
    if (repo.empty) continue;
    archives.set(
      repo.name,
      repo.tarball ??
        gzipSync(
          tar(repo.entries ?? Object.entries(repo.files ?? {}).map(([path, content]) => ({ path, content })), {
            top: `${options.org}-${repo.name}-${commitOf(repo.name).slice(0, 7)}`,
            commit: commitOf(repo.name),
          }),
        ),
    );
  }
  const codeload = await startFakeProvider((request) => {
    const match = /^\/([^/]+)\/([^/]+)\/legacy\.tar\.gz\/refs\/heads\/([^?]+)\?token=codeload-/.exec(request.path);
    const repo = match ? options.repos.find((r) => r.name === match[2]) : undefined;
    if (!repo) return { status: 404, body: '404: Not Found', headers: { 'content-type': 'text/plain' } };
    if (repo.codeloadStatus)
      return { status: repo.codeloadStatus, body: 'error', headers: { 'content-type': 'text/plain' } };
    return {
      status: 200,
      body: archives.get(repo.name) ?? Buffer.alloc(0),
      headers: { 'content-type': 'application/x-gzip' },
    };
  });
  let base = '';
  const limited = new Set<string>();
  const api = await startFakeProvider((request) => answer(request));
  base = api.url;

  function checked(template: string, response: FakeResponse): FakeResponse {
    const errors =
      response.status === 200
        ? responseErrors('GET', template, 200, response.body)
        : response.status === 302
          ? operation('GET', template).responses['302']
            ? ''
            : 'GitHub describes no 302 for this operation'
          : componentErrors('basic-error', response.body);
    if (errors) violations.push(`${template} ${response.status}: ${errors}`);
    return response;
  }

  function answer(request: FakeRequest): FakeResponse {
    const url = new URL(request.path, 'http://fake');
    const template = matchTemplate(url.pathname, TEMPLATES);
    if (!template || request.method !== 'GET') return { status: 599 };
    if (options.rateLimitOnce && url.pathname.startsWith(options.rateLimitOnce) && !limited.has(url.pathname)) {
      limited.add(url.pathname);
      const reset = Math.ceil(Date.now() / 1000) + 1;
      return checked(template, {
        status: 403,
        body: {
          message: 'API rate limit exceeded for installation ID 1.',
          documentation_url: 'https://docs.github.com/rest/overview/resources-in-the-rest-api#rate-limiting',
        },
        headers: {
          'x-ratelimit-limit': '5000',
          'x-ratelimit-remaining': '0',
          'x-ratelimit-used': '5000',
          'x-ratelimit-reset': String(reset),
          'x-ratelimit-resource': 'core',
        },
      });
    }
    const parts = url.pathname.split('/');
    const page = Number(url.searchParams.get('page') ?? '1');
    const repoOf = (): FakeRepo | undefined =>
      parts[2] === options.org ? options.repos.find((r) => r.name === parts[3]) : undefined;
    const notFound = (): FakeResponse =>
      checked(template, {
        status: 404,
        body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' },
      });
    switch (template) {
      case '/orgs/{org}/repos': {
        if (parts[2] !== options.org) return notFound();
        const perPage = Math.min(options.perPage ?? 100, Number(url.searchParams.get('per_page') ?? '30'));
        const all = [...options.repos].sort((a, b) => a.name.localeCompare(b.name));
        const last = Math.max(1, Math.ceil(all.length / perPage));
        const slice = all.slice((page - 1) * perPage, page * perPage).map((r) => repository(options.org, r, base));
        const link = (p: number, rel: string): string =>
          `<${base}/orgs/${options.org}/repos?per_page=${perPage}&type=all&page=${p}>; rel="${rel}"`;
        const links = [];
        if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'));
        if (page > 1) links.push(link(1, 'first'), link(page - 1, 'prev'));
        if (options.foreignNextLink && page === 1)
          links.splice(0, links.length, `<${options.foreignNextLink}>; rel="next"`);
        return checked(template, {
          status: 200,
          body: slice,
          headers: links.length > 0 ? { link: links.join(', ') } : {},
        });
      }
      case '/orgs/{org}/actions/secrets': {
        if (options.orgSecretsStatus)
          return checked(template, {
            status: options.orgSecretsStatus,
            body: {
              message: 'Resource not accessible by integration',
              documentation_url: 'https://docs.github.com/rest',
            },
          });
        const secrets = (options.orgSecrets ?? []).map((s) => ({
          ...dates(s),
          visibility: s.visibility,
          ...(s.visibility === 'selected'
            ? { selected_repositories_url: `${base}/orgs/${options.org}/actions/secrets/${s.name}/repositories` }
            : {}),
        }));
        return checked(template, { status: 200, body: { total_count: secrets.length, secrets } });
      }
      case '/orgs/{org}/actions/secrets/{secret_name}/repositories': {
        const secret = options.orgSecrets?.find((s) => s.name === parts[5]);
        if (!secret) return notFound();
        const repos = (secret.selected ?? []).flatMap((name) => {
          const repo = options.repos.find((r) => r.name === name);
          return repo ? [repository(options.org, repo, base)] : [];
        });
        return checked(template, { status: 200, body: { total_count: repos.length, repositories: repos } });
      }
      case '/repos/{owner}/{repo}/tarball/{ref}': {
        const repo = repoOf();
        if (!repo) return notFound();
        if (repo.empty)
          return repo.emptyStatus === 409
            ? checked(template, {
                status: 409,
                body: { message: 'Git Repository is empty.', documentation_url: 'https://docs.github.com/rest' },
              })
            : notFound();
        const ref = decodeURIComponent(parts.slice(5).join('/'));
        return checked(template, {
          status: 302,
          headers: {
            location:
              repo.location ??
              `${codeload.url}/${options.org}/${repo.name}/legacy.tar.gz/refs/heads/${ref}?token=codeload-${repo.name}-shortlived`,
          },
        });
      }
      case '/repos/{owner}/{repo}/actions/secrets': {
        const repo = repoOf();
        if (!repo) return notFound();
        if (repo.secretsStatus)
          return checked(template, {
            status: repo.secretsStatus,
            body: {
              message: 'Resource not accessible by integration',
              documentation_url: 'https://docs.github.com/rest',
            },
          });
        const secrets = (repo.secrets ?? []).map(dates);
        return checked(template, { status: 200, body: { total_count: secrets.length, secrets } });
      }
      case '/repos/{owner}/{repo}/environments': {
        const repo = repoOf();
        if (!repo) return notFound();
        const names = Object.keys(repo.environments ?? {});
        const environments = names.map((name, i) => ({
          id: i + 1,
          node_id: `EN_${i + 1}`,
          name,
          url: `${base}/repos/${options.org}/${repo.name}/environments/${name}`,
          html_url: `https://github.com/${options.org}/${repo.name}/deployments/activity_log?environments_filter=${name}`,
          created_at: '2025-01-01T00:00:00Z',
          updated_at: '2025-01-01T00:00:00Z',
        }));
        return checked(template, { status: 200, body: { total_count: environments.length, environments } });
      }
      case '/repos/{owner}/{repo}/environments/{environment_name}/secrets': {
        const repo = repoOf();
        const secrets = repo?.environments?.[decodeURIComponent(parts[5])];
        if (!secrets) return notFound();
        return checked(template, { status: 200, body: { total_count: secrets.length, secrets: secrets.map(dates) } });
      }
      case '/repos/{owner}/{repo}/actions/organization-secrets': {
        const repo = repoOf();
        if (!repo) return notFound();
        const secrets = (options.orgSecrets ?? []).filter((s) => (repo.orgSecrets ?? []).includes(s.name)).map(dates);
        return checked(template, { status: 200, body: { total_count: secrets.length, secrets } });
      }
    }
    return { status: 599 };
  }

  return {
    url: api.url,
    api,
    codeload,
    violations,
    close: async () => {
      await Promise.all([api.close(), codeload.close()]);
    },
  };
}

function dates(secret: FakeSecret): { name: string; created_at: string; updated_at: string } {
  return { name: secret.name, created_at: `${secret.created}T10:00:00Z`, updated_at: `${secret.updated}T10:00:00Z` };
}

/** A `minimal-repository` as GET /orgs/{org}/repos lists it, every required field present. */
function repository(org: string, repo: FakeRepo, base: string): Record<string, unknown> {
  const full = `${org}/${repo.name}`;
  const api = `${base}/repos/${full}`;
  const urls: Record<string, string> = {};
  for (const name of [
    'archive_url',
    'assignees_url',
    'blobs_url',
    'branches_url',
    'collaborators_url',
    'comments_url',
    'commits_url',
    'compare_url',
    'contents_url',
    'contributors_url',
    'deployments_url',
    'downloads_url',
    'events_url',
    'forks_url',
    'git_commits_url',
    'git_refs_url',
    'git_tags_url',
    'hooks_url',
    'issue_comment_url',
    'issue_events_url',
    'issues_url',
    'keys_url',
    'labels_url',
    'languages_url',
    'merges_url',
    'milestones_url',
    'notifications_url',
    'pulls_url',
    'releases_url',
    'stargazers_url',
    'statuses_url',
    'subscribers_url',
    'subscription_url',
    'tags_url',
    'teams_url',
    'trees_url',
  ])
    urls[name] = `${api}/${name.replace(/_url$/, '')}`;
  const owner: Record<string, unknown> = {
    login: org,
    id: 1,
    node_id: 'O_1',
    gravatar_id: '',
    type: 'Organization',
    site_admin: false,
  };
  for (const name of [
    'avatar_url',
    'events_url',
    'followers_url',
    'following_url',
    'gists_url',
    'html_url',
    'organizations_url',
    'received_events_url',
    'repos_url',
    'starred_url',
    'subscriptions_url',
    'url',
  ])
    owner[name] = `${base}/users/${org}/${name.replace(/_url$/, '')}`;
  const visibility = repo.visibility ?? 'private';
  return {
    id: [...full].reduce((sum, c) => sum * 31 + c.charCodeAt(0), 7) % 1_000_000_000,
    node_id: `R_${repo.name}`,
    name: repo.name,
    full_name: full,
    owner,
    private: visibility !== 'public',
    html_url: `https://github.com/${full}`,
    description: null,
    fork: repo.fork ?? false,
    url: api,
    ...urls,
    default_branch: repo.defaultBranch ?? 'main',
    size: repo.empty ? 0 : 42,
    archived: repo.archived ?? false,
    disabled: false,
    visibility,
    pushed_at: '2026-10-01T00:00:00Z',
    created_at: '2024-01-01T00:00:00Z',
    updated_at: '2026-10-01T00:00:00Z',
  };
}
