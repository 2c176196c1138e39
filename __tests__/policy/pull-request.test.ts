// SPEC section 8: on a pull request the base branch's policy decides; what the pull request's policy
// changes is listed (diffPolicies), with where it makes each change; the base's files are read by path
// (readBasePolicy) and the inline suppressions the pull request adds are found (addedSuppressions).
import { posix } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { InlineSuppression } from '../../src/core/types.js';
import { addedSuppressions, readBasePolicy } from '../../src/policy/base-branch.js';
import { loadPullRequestPolicy } from '../../src/policy/pull-request.js';
import { RULES } from '../../src/rules/index.js';

const ROOT = '/repo';

/** A readFile over in-memory files at /repo (ENOENT for the rest). */
function files(map: Record<string, string>): (absPath: string) => string {
  return (absPath) => {
    const text = map[posix.relative(ROOT, absPath)];
    if (text === undefined) throw Object.assign(new Error('absent'), { code: 'ENOENT' });
    return text;
  };
}

const none = async () => [];

/** The changes of `head` against `base` (each a map of repository files), as `change @ file:line:column`. */
async function changes(base: Record<string, string>, head: Record<string, string>): Promise<string[]> {
  const policy = await loadPullRequestPolicy(
    { root: ROOT, rules: RULES, readFile: files(head) },
    { readBaseFile: files(base), addedSuppressions: none },
  );
  return policy.changes.map((c) => `${c.change} @ ${c.location.file}:${c.location.line}:${c.location.column}`);
}

const BASE = [
  'version: 1',
  'environments:',
  '  production:',
  '    github-environments: [production]',
  'keys:',
  '  STRIPE_SECRET_KEY:',
  '    provider: stripe',
  '    principal-kind: service',
  'rules:',
  '  rotation-age: { max-age-days: 90 }',
  'exceptions:',
  '  - rule: service-account-bound',
  '    key: LEGACY_TOKEN',
  '    until: 2026-12-31',
  '    reason: migrating (INFRA-1)',
  '',
].join('\n');

describe('diffPolicies: what a pull request changes in its base branch policy', () => {
  const cases: { name: string; edit: (text: string) => string; extra?: Record<string, string>; want: string[] }[] = [
    { name: 'nothing', edit: (t) => t, want: [] },
    { name: 'only comments and order', edit: (t) => `# reviewed\n${t}`, want: [] },
    {
      name: 'a rule switched off',
      edit: (t) =>
        t.replace(
          '  rotation-age: { max-age-days: 90 }',
          '  rotation-age: { max-age-days: 90 }\n  plaintext-secret: { severity: off }',
        ),
      want: ['changes rules.plaintext-secret.severity from error to off @ keybound.yml:11:23'],
    },
    {
      name: 'a rule made more severe (tightening is not listed)',
      edit: (t) => t.replace('rules:\n', 'rules:\n  workflow-permissions: { severity: error }\n'),
      want: [],
    },
    {
      name: 'unknown: warn',
      edit: (t) => t.replace('rules:\n', 'rules:\n  key-user-association: { unknown: warn }\n'),
      want: ['changes rules.key-user-association.unknown from "fail" to "warn" @ keybound.yml:10:27'],
    },
    {
      name: 'a rotation limit raised',
      edit: (t) => t.replace('max-age-days: 90', 'max-age-days: 900'),
      want: ['changes rules.rotation-age.max-age-days from 90 to 900 @ keybound.yml:10:19'],
    },
    {
      name: 'production remapped',
      edit: (t) => t.replace('github-environments: [production]', 'github-environments: [prod-old]'),
      want: [
        'changes environments.production.github-environments from ["production"] to ["prod-old"] @ keybound.yml:4:5',
      ],
    },
    {
      name: 'a key declared as confirmed by its owners',
      edit: (t) => t.replace('keys:\n', 'keys:\n  DEPLOY_TOKEN:\n    principal-kind: service\n'),
      want: ['changes keys.DEPLOY_TOKEN.principal-kind from (none) to "service" @ keybound.yml:6:3'],
    },
    {
      name: 'a declaration changed',
      edit: (t) => t.replace('principal-kind: service', 'principal-kind: human'),
      want: ['changes keys.STRIPE_SECRET_KEY.principal-kind from "service" to "human" @ keybound.yml:6:3'],
    },
    {
      name: 'a waiver until 9999-12-31 added',
      edit: (t) => `${t}  - rule: plaintext-secret\n    until: 9999-12-31\n    reason: forever\n`,
      want: ['adds an exception for plaintext-secret until 9999-12-31 @ keybound.yml:16:5'],
    },
    {
      name: 'an exception extended',
      edit: (t) => t.replace('until: 2026-12-31', 'until: 2027-06-30'),
      want: [
        'extends the exception for service-account-bound on LEGACY_TOKEN from 2026-12-31 to 2027-06-30 @ keybound.yml:12:5',
      ],
    },
    {
      name: 'an exception removed (tightening is not listed)',
      edit: (t) => t.slice(0, t.indexOf('exceptions:')),
      want: [],
    },
    {
      name: 'a change made in a pack the config extends',
      edit: (t) => t.replace('version: 1\n', 'version: 1\nextends: [recommended, ./policies/team.yml]\n'),
      extra: { 'policies/team.yml': 'version: 1\nrules:\n  least-privilege-scopes: { severity: warning }\n' },
      want: ['changes rules.least-privilege-scopes.severity from error to warning @ policies/team.yml:3:29'],
    },
    {
      name: 'extends: [] changes nothing while the built-in pack holds each rule at its own defaults',
      edit: (t) => t.replace('version: 1\n', 'version: 1\nextends: []\n'),
      want: [],
    },
  ];

  it.each(cases)('$name', async ({ edit, extra, want }) => {
    expect(await changes({ 'keybound.yml': BASE }, { 'keybound.yml': edit(BASE), ...extra })).toEqual(want);
  });

  it('a pull request that adds keybound.yml is compared with the built-in defaults', async () => {
    expect(
      await changes({}, { 'keybound.yml': 'version: 1\nrules:\n  plaintext-secret: { severity: off }\n' }),
    ).toEqual(['changes rules.plaintext-secret.severity from error to off @ keybound.yml:3:23']);
  });
});

describe('loadPullRequestPolicy: whose policy decides', () => {
  const head = { 'keybound.yml': 'version: 1\nrules:\n  plaintext-secret: { severity: off }\n' };
  const load = (pullRequest: Parameters<typeof loadPullRequestPolicy>[1]) =>
    loadPullRequestPolicy({ root: ROOT, rules: RULES, readFile: files(head) }, pullRequest);

  it("the base's, when it can be read", async () => {
    const policy = await load({ readBaseFile: files({ 'keybound.yml': 'version: 1\n' }), addedSuppressions: none });
    expect(policy.config.rules['plaintext-secret'].severity).toBe('error');
  });

  it("the pull request's, with an `unreadable` change, when the base could not be read", async () => {
    const policy = await load({ problem: 'HTTP 403', addedSuppressions: none });
    expect(policy.config.rules['plaintext-secret'].severity).toBe('off');
    expect(policy.changes).toEqual([
      { change: 'HTTP 403', kind: 'unreadable', location: { file: 'keybound.yml', line: 1, column: 1 } },
    ]);
  });

  it("the pull request's, when the base's own policy does not load (so a fix can land)", async () => {
    const policy = await load({
      readBaseFile: files({ 'keybound.yml': 'version: 1\nrules: [\n' }),
      addedSuppressions: none,
    });
    expect(policy.config.rules['plaintext-secret'].severity).toBe('off');
    expect(policy.changes[0].change).toMatch(/^it does not load: keybound\.yml:3:1: /);
  });

  it('a pull request whose own config does not load fails as it would after merge', async () => {
    await expect(
      loadPullRequestPolicy(
        { root: ROOT, rules: RULES, readFile: files({ 'keybound.yml': 'version: 1\nrulez: {}\n' }) },
        { readBaseFile: files({}), addedSuppressions: none },
      ),
    ).rejects.toThrow(/keybound\.yml:2:1: rulez: unknown property "rulez"/);
  });
});

describe('readBasePolicy: the base commit policy files, by path', () => {
  const layout = { repoRoot: '/repo', root: '/repo/app' };

  it('finds the config as discovery does, follows extends, and reads each file once', async () => {
    const base: Record<string, string> = {
      'app/.github/keybound.yml': 'version: 1\nextends: [recommended, ../policies/team.yml]\n',
      'app/policies/team.yml': 'version: 1\nextends: [./more.yml]\n',
      'app/policies/more.yml': 'version: 1\n',
    };
    const asked: string[] = [];
    const read = async (path: string) => {
      asked.push(path);
      return base[path];
    };
    const readFile = await readBasePolicy(read, layout);
    expect(asked).toEqual([
      'app/keybound.yml',
      'app/keybound.yaml',
      'app/.github/keybound.yml',
      'app/policies/team.yml',
      'app/policies/more.yml',
    ]);
    expect(readFile('/repo/app/.github/keybound.yml')).toBe(base['app/.github/keybound.yml']);
    expect(() => readFile('/repo/app/keybound.yml')).toThrow(expect.objectContaining({ code: 'ENOENT' }));
  });

  it('a failure to read is thrown (the base then cannot decide)', async () => {
    await expect(readBasePolicy(async () => Promise.reject(new Error('HTTP 500')), layout)).rejects.toThrow('HTTP 500');
  });
});

describe('addedSuppressions: inline suppressions the base commit does not have', () => {
  const layout = { repoRoot: '/repo', root: '/repo' };
  const s = (file: string, line: number, ruleId: string, reason?: string): InlineSuppression => ({
    file,
    line,
    column: 1,
    ruleId,
    ...(reason ? { reason } : {}),
  });

  it('counts each rule and reason once per time the base has it; new files add all theirs', async () => {
    const base: Record<string, string> = {
      '.env.production': 'A=1 # keybound-ignore plaintext-secret: fixture\nB=2\n',
    };
    const found = [
      s('.env.production', 1, 'plaintext-secret', 'fixture'),
      s('.env.production', 5, 'plaintext-secret', 'fixture'),
      s('.env.production', 6, 'rotation-age', 'later'),
      s('deploy/new.yml', 2, 'service-account-bound', 'new file'),
    ];
    const added = await addedSuppressions(found, async (path) => base[path], layout);
    expect(added).toEqual([{ suppression: found[1] }, { suppression: found[2] }, { suppression: found[3] }]);
  });

  it('a file that cannot be compared counts as added, with the reason', async () => {
    const found = [s('a.yml', 1, 'plaintext-secret', 'x')];
    const added = await addedSuppressions(found, async () => Promise.reject(new Error('HTTP 502')), layout);
    expect(added).toEqual([{ suppression: found[0], unverified: 'HTTP 502' }]);
  });
});
