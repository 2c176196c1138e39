// loadConfig: discovery, extends, merging, and every config error as an exact file:line:column, dotted
// path and sentence (SPEC section 4; SECURITY.md cases 1, 3, 20, 21).

import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { KeyboundError, KeyboundErrors } from '../../src/core/errors.js';
import { POLICY_FILES } from '../../src/generated/policies.js';
import { loadConfig } from '../../src/policy/load.js';
import type { ResolvedConfig } from '../../src/policy/types.js';
import type { Rule } from '../../src/rules/types.js';
import { type ExpectedError, FAKE_BUILTINS, FAKE_RULES, load, loadErrors } from './helpers.js';

const FIXTURES = join(import.meta.dirname, '../fixtures/config');
const KEY_PROPS =
  'provider, environment, principal, principal-kind, scopes, rotated, owner, aliases, max-age-days, warn-age-days';
const TOP_PROPS = 'version, extends, environments, keys, rules, custom-rules, exceptions, ignore, helm-values';
const ENDPOINT_HINT =
  'keybound never takes hosts, URLs, headers or methods from a file: where a key is sent is compiled into its provider adapter';

function loadFixture(dir: string, configPath?: string) {
  return loadConfig({ root: join(FIXTURES, dir), configPath, rules: FAKE_RULES, builtins: FAKE_BUILTINS });
}

describe('loadConfig: the SPEC section 4 example', () => {
  let config: ResolvedConfig;
  beforeAll(async () => {
    config = await loadFixture('full');
  });

  it('names the file and the packs', async () => {
    expect(config.file).toBe('keybound.yml');
    expect(config.extends).toEqual(['recommended']);
  });

  it('maps environments', async () => {
    expect(config.environments).toEqual([
      {
        name: 'production',
        githubEnvironments: ['production', 'prod'],
        paths: ['deploy/prod/**', 'k8s/overlays/production/**'],
        namespaces: ['prod'],
      },
    ]);
  });

  it('declares keys with their location', async () => {
    expect([...config.keys.keys()]).toEqual(['STRIPE_SECRET_KEY']);
    expect(config.keys.get('STRIPE_SECRET_KEY')).toEqual({
      name: 'STRIPE_SECRET_KEY',
      provider: 'stripe',
      environment: 'production',
      principal: 'acct_1LiveAccount',
      principalKind: 'service',
      scopes: ['charges:write'],
      rotated: '2026-09-01',
      owner: 'payments-team',
      aliases: ['payments-credentials/STRIPE_KEY'],
      location: { file: 'keybound.yml', line: 10, column: 3 },
    });
  });

  it('merges rule options over defaults, config over recommended', async () => {
    expect({ ...config.rules['rotation-age'], options: { ...config.rules['rotation-age'].options } }).toEqual({
      severity: 'error',
      options: { 'max-age-days': 90, 'warn-age-days': 75 },
    });
    expect(config.rules['least-privilege-scopes'].severity).toBe('error');
    expect(JSON.parse(JSON.stringify(config.rules['least-privilege-scopes'].options))).toEqual({
      'forbidden-scopes': { github: ['admin:org', 'delete_repo'] },
    });
    expect(config.rules['key-user-association'].options.unknown).toBe('fail');
    // Rules the files never mention still get their defaults.
    expect(config.rules['no-dev-keys-in-prod'].severity).toBe('error');
    expect(Object.keys(config.rules).sort()).toEqual(FAKE_RULES.map((r) => r.meta.id).sort());
  });

  it('carries custom rules and exceptions with locations', async () => {
    expect(config.customRules).toEqual([
      {
        id: 'no-long-term-aws-keys-in-prod',
        severity: 'error',
        message: '{{key}} is a long-term AWS key; use OIDC for production deploys',
        when: 'use.environment == "production"',
        deny: 'key.provider == "aws" && key.facts.keyType.value == "long-term"',
        location: { file: 'keybound.yml', line: 25, column: 5 },
        compiled: { when: expect.any(Function), deny: expect.any(Function) },
      },
    ]);
    expect(config.exceptions).toEqual([
      {
        rule: 'service-account-bound',
        key: 'LEGACY_DEPLOY_TOKEN',
        until: '2026-12-31',
        reason: 'migrating to a GitHub App (INFRA-123)',
        location: { file: 'keybound.yml', line: 31, column: 5 },
      },
    ]);
  });
});

describe('loadConfig: discovery', () => {
  it.each([
    ['keybound.yml before .github/keybound.yml', 'discovery/root-yml', 'keybound.yml', 'root-yml'],
    ['keybound.yaml before .github/keybound.yml', 'discovery/root-yaml', 'keybound.yaml', 'root-yaml'],
    ['.github/keybound.yml before .github/keybound.yaml', 'discovery/github', '.github/keybound.yml', 'github-yml'],
    ['.github/keybound.yaml last', 'discovery/github-yaml', '.github/keybound.yaml', 'github-yaml'],
  ])('%s', async (_name, dir, file, owner) => {
    const config = await loadFixture(dir);
    expect(config.file).toBe(file);
    expect(config.keys.get('MARK')?.owner).toBe(owner);
    expect(config.extends).toEqual(['recommended']);
  });

  it('uses the built-in recommended policy when there is no config', async () => {
    const config = await loadFixture('discovery/none');
    expect(config.file).toBeUndefined();
    expect(config.extends).toEqual(['recommended']);
    expect(config.keys.size).toBe(0);
    expect(config.rules['rotation-age']).toMatchObject({ severity: 'warning', options: { 'max-age-days': 90 } });
  });

  it('takes --config over discovery, named as given (relative to the working directory)', async () => {
    const given = relative(process.cwd(), join(FIXTURES, 'discovery/github/.github/keybound.yaml'));
    const config = await loadFixture('discovery/root-yml', given);
    expect(config.file).toBe(given);
    expect(config.keys.get('MARK')?.owner).toBe('github-yml-yaml');
  });

  it('reports a --config file that does not exist', async () => {
    await expect(loadFixture('discovery/none', 'nope/keybound.yml')).rejects.toThrow(
      'config file nope/keybound.yml was not found',
    );
  });

  it('refuses a discovered config that is a symlink out of the scanned tree', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'keybound-config-'));
    try {
      mkdirSync(join(dir, 'repo'));
      writeFileSync(join(dir, 'outside.yml'), 'keys:\n  X: { owner: outside }\n');
      symlinkSync(join(dir, 'outside.yml'), join(dir, 'repo', 'keybound.yml'));
      let thrown: unknown;
      try {
        await loadConfig({ root: join(dir, 'repo'), rules: FAKE_RULES, builtins: FAKE_BUILTINS });
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(KeyboundError);
      expect((thrown as KeyboundError).describe()).toBe(
        'keybound.yml: leads out of the scanned tree (through a symlink or ..); not read',
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('loadConfig: extends', () => {
  it('applies packs in order, each after its own packs, then the config (later wins)', async () => {
    const config = await loadFixture('extends');
    expect(config.extends).toEqual(['recommended', 'packs/base.yml', 'packs/team.yml']);
    expect({ ...config.rules['rotation-age'].options }).toEqual({ 'max-age-days': 45, 'warn-age-days': 30 });
    expect(config.rules['rotation-age'].severity).toBe('error');
    expect(config.rules['key-user-association'].options.unknown).toBe('warn');
    expect(config.keys.get('SHARED')).toEqual({
      name: 'SHARED',
      provider: 'slack',
      environment: 'staging',
      owner: 'app-team',
      location: { file: 'keybound.yml', line: 6, column: 3 },
    });
    expect(config.environments).toEqual([
      { name: 'staging', githubEnvironments: [], paths: [], namespaces: ['stage'] },
    ]);
  });

  it.each([
    ['no extends implies recommended', 'keys: {}\n', ['recommended']],
    ['extends: [] means none', 'extends: []\n', []],
    ['a built-in pack that extends another', 'extends: [strict]\n', ['recommended', 'strict']],
    ['a pack reached twice applies once', 'extends: [recommended, strict]\n', ['recommended', 'strict']],
    ['an empty config', '# nothing yet\n', ['recommended']],
  ])('%s', async (_name, text, packs) => {
    expect((await load({ 'keybound.yml': text })).extends).toEqual(packs);
  });

  it('reports a cycle in the pack that closes it', async () => {
    await expect(loadFixture('cycle')).rejects.toThrow(
      'packs/b.yml:2:11: extends[0]: extends cycle: packs/a.yml -> packs/b.yml -> packs/a.yml',
    );
    try {
      await loadFixture('cycle');
    } catch (error) {
      expect((error as KeyboundErrors).code).toBe('policy');
    }
  });

  it('reports errors inside a pack with the pack file and code policy', async () => {
    const errors = await loadErrors({
      'keybound.yml': 'extends: [./team.yml]\n',
      'team.yml': 'rules:\n  rotation-age: { max-age-days: -1 }\n',
    });
    expect(errors).toEqual([
      {
        code: 'policy',
        file: 'team.yml',
        line: 2,
        column: 33,
        path: 'rules.rotation-age.max-age-days',
        message: 'must be >= 1, got -1',
      },
    ]);
  });
});

interface ErrorCase {
  name: string;
  text: string;
  files?: Record<string, string>;
  errors: ExpectedError[];
}

const at = (line: number, column: number, path: string | undefined, message: string): ExpectedError => ({
  file: 'keybound.yml',
  line,
  column,
  ...(path === undefined ? {} : { path }),
  message,
});

const ERROR_CASES: ErrorCase[] = [
  {
    name: 'unknown top-level key',
    text: 'version: 1\nprovider: stripe\n',
    errors: [at(2, 1, 'provider', `unknown property "provider" (allowed: ${TOP_PROPS})`)],
  },
  {
    name: 'unknown key property, with a suggestion',
    text: 'keys:\n  STRIPE_KEY:\n    provder: stripe\n',
    errors: [
      at(
        3,
        5,
        'keys.STRIPE_KEY.provder',
        `unknown property "provder" (allowed: ${KEY_PROPS}); did you mean "provider"?`,
      ),
    ],
  },
  ...['url', 'host', 'headers', 'method'].map((name) => ({
    name: `${name} under a key (SECURITY case 1)`,
    text: `keys:\n  STRIPE_KEY:\n    provider: stripe\n    ${name}: x\n`,
    errors: [
      at(4, 5, `keys.STRIPE_KEY.${name}`, `unknown property "${name}" (allowed: ${KEY_PROPS}); ${ENDPOINT_HINT}`),
    ],
  })),
  {
    name: 'url under a rule, which the rule schema closes',
    text: 'rules:\n  key-user-association:\n    url: https://evil.test\n',
    errors: [at(3, 5, 'rules.key-user-association.url', `unknown property "url" (allowed: unknown); ${ENDPOINT_HINT}`)],
  },
  {
    name: 'a providers section with a host',
    text: 'providers:\n  stripe:\n    host: evil.test\n',
    errors: [at(1, 1, 'providers', `unknown property "providers" (allowed: ${TOP_PROPS})`)],
  },
  {
    name: 'wrong type of a rule option',
    text: 'version: 1\nrules:\n  rotation-age:\n    severity: error\n    max-age-days: ninety\n',
    errors: [at(5, 19, 'rules.rotation-age.max-age-days', 'must be an integer, got "ninety"')],
  },
  {
    name: 'wrong type of a key field',
    text: 'keys:\n  A:\n    scopes: repo\n',
    errors: [at(3, 13, 'keys.A.scopes', 'must be a list, got "repo"')],
  },
  {
    name: 'version other than 1',
    text: 'version: 2\n',
    errors: [at(1, 10, 'version', 'must be 1, got 2')],
  },
  {
    name: 'a list instead of a map',
    text: '- a\n- b\n',
    errors: [at(1, 1, undefined, 'must be a map, got a list')],
  },
  {
    name: 'an empty section',
    text: 'keys:\nversion: 1\n',
    errors: [at(1, 1, 'keys', 'must be a map, got null')],
  },
  {
    name: 'duplicate key names both lines',
    text: 'version: 1\n\nkeys:\n  A: {}\nrules: {}\nkeys:\n  B: {}\n',
    errors: [at(6, 1, 'keys', 'duplicate key "keys" (first at line 3)')],
  },
  {
    name: 'duplicate nested key',
    text: 'keys:\n  A:\n    owner: x\n    owner: y\n',
    errors: [at(4, 5, 'keys.A.owner', 'duplicate key "owner" (first at line 3)')],
  },
  {
    name: 'unknown tag !!js/function (SECURITY case 21)',
    text: 'keys:\n  A:\n    owner: !!js/function "function () { return 1 }"\n',
    errors: [at(3, 12, undefined, 'unknown tag !!js/function: tags are not allowed in config')],
  },
  {
    name: 'unknown local tag',
    text: 'keys:\n  A: !secret x\n',
    errors: [at(2, 6, undefined, 'unknown tag !secret: tags are not allowed in config')],
  },
  {
    name: '%YAML 1.1 does not turn on: into true (SECURITY case 20)',
    text: '%YAML 1.1\n---\nversion: 1\non: yes\n',
    errors: [at(4, 1, 'on', `unknown property "on" (allowed: ${TOP_PROPS})`)],
  },
  {
    name: '<< merge keys are not expanded (SECURITY case 20)',
    text: 'keys:\n  A: &base\n    provider: stripe\n  B:\n    <<: *base\n    owner: x\n',
    errors: [
      at(
        5,
        5,
        'keys.B.<<',
        `unknown property "<<" (allowed: ${KEY_PROPS}); YAML merge keys are not expanded in config, write the properties out`,
      ),
    ],
  },
  {
    name: 'unknown rule with a close match',
    text: 'rules:\n  rotation-ag: { severity: error }\n',
    errors: [at(2, 3, 'rules.rotation-ag', 'unknown rule "rotation-ag"; did you mean "rotation-age"?')],
  },
  {
    name: 'unknown rule without a close match lists the rules',
    text: 'rules:\n  nothing-like-it: {}\n',
    errors: [
      at(
        2,
        3,
        'rules.nothing-like-it',
        'unknown rule "nothing-like-it" (known rules: key-user-association, least-privilege-scopes, no-dev-keys-in-prod, parse-error, rotation-age, service-account-bound)',
      ),
    ],
  },
  {
    name: 'bad rule options: range, unknown option, enum',
    text: 'rules:\n  rotation-age: { max-age-days: 0, max-age: 9 }\n  key-user-association: { unknown: ignore }\n',
    errors: [
      at(2, 33, 'rules.rotation-age.max-age-days', 'must be >= 1, got 0'),
      at(
        2,
        36,
        'rules.rotation-age.max-age',
        'unknown property "max-age" (allowed: max-age-days, warn-age-days); did you mean "max-age-days"?',
      ),
      at(3, 36, 'rules.key-user-association.unknown', 'must be fail or warn, got "ignore"'),
    ],
  },
  {
    name: 'bad severity, in a map and in the ESLint shorthand',
    text: 'rules:\n  rotation-age: { severity: fatal }\n  parse-error: offf\n  key-user-association: 5\n',
    errors: [
      at(2, 29, 'rules.rotation-age.severity', 'must be error, warning, note or off, got "fatal"'),
      at(3, 16, 'rules.parse-error', 'must be error, warning, note or off, got "offf"; did you mean "off"?'),
      at(4, 25, 'rules.key-user-association', 'must be a map, got 5'),
    ],
  },
  {
    name: 'ignore: globs that could never match a scanned path',
    text: 'ignore: ["docs/**", "/etc/**", "../other/**", ""]\n',
    errors: [
      at(1, 21, 'ignore[1]', '"/etc/**" must be relative to the scanned root (no leading /)'),
      at(1, 32, 'ignore[2]', '"../other/**" must stay inside the scanned root (no ..)'),
      at(1, 47, 'ignore[3]', 'must not be empty'),
    ],
  },
  {
    name: 'unknown extends pack',
    text: 'extends: [recomended, ./missing.yml, /etc/keybound.yml]\n',
    errors: [
      at(
        1,
        11,
        'extends[0]',
        'unknown policy pack "recomended" (did you mean "recommended"? built-in packs: recommended, strict; a file needs a path such as ./recomended.yml)',
      ),
      at(1, 23, 'extends[1]', 'policy pack "./missing.yml" was not found (looked for missing.yml)'),
      at(1, 38, 'extends[2]', 'policy pack "/etc/keybound.yml" must be a path relative to keybound.yml'),
    ],
  },
  {
    name: 'extends cycle through the config itself',
    text: 'extends: [./a.yml]\n',
    files: { 'a.yml': 'extends: [./keybound.yml]\n' },
    errors: [
      {
        file: 'a.yml',
        line: 1,
        column: 11,
        path: 'extends[0]',
        message: 'extends cycle: keybound.yml -> a.yml -> keybound.yml',
      },
    ],
  },
  {
    name: 'extends out of the tree',
    text: 'extends: [../../etc/team.yml]\n',
    files: { '../etc/team.yml': 'rules: {}\n' },
    errors: [
      at(
        1,
        11,
        'extends[0]',
        'policy pack "../../etc/team.yml" leads out of the scanned tree (through a symlink or ..); not read',
      ),
    ],
  },
  {
    name: 'exception without reason and until',
    text: 'exceptions:\n  - rule: rotation-age\n    key: X\n',
    errors: [
      at(2, 5, 'exceptions[0]', 'missing required property "until"'),
      at(2, 5, 'exceptions[0]', 'missing required property "reason"'),
    ],
  },
  {
    name: 'exception with a blank reason, a bad date and an unknown rule',
    text: 'exceptions:\n  - rule: rotaton-age\n    until: 2026-02-30\n    reason: "  "\n',
    errors: [
      at(2, 11, 'exceptions[0].rule', 'unknown rule "rotaton-age"; did you mean "rotation-age"?'),
      at(3, 12, 'exceptions[0].until', 'must be a date (YYYY-MM-DD), got "2026-02-30"'),
      at(4, 13, 'exceptions[0].reason', 'must not be blank, got "  "'),
    ],
  },
  {
    name: 'bad rotated dates',
    text: 'keys:\n  A: { rotated: 2026-9-1 }\n  B: { rotated: 20260901 }\n',
    errors: [
      at(2, 17, 'keys.A.rotated', 'must be a date (YYYY-MM-DD), got "2026-9-1"'),
      at(3, 17, 'keys.B.rotated', 'must be a string, got 20260901'),
    ],
  },
  {
    name: 'GITHUB_TOKEN declared as a stripe key (SECURITY case 3)',
    text: 'keys:\n  GITHUB_TOKEN:\n    provider: stripe\n',
    errors: [
      at(
        3,
        15,
        'keys.GITHUB_TOKEN.provider',
        'GITHUB_TOKEN is only ever sent to the GitHub API and cannot be declared as a "stripe" key; use provider: github or leave provider out',
      ),
    ],
  },
  {
    name: 'GITHUB_TOKEN as an alias of a slack key',
    text: 'keys:\n  BOT:\n    provider: slack\n    aliases: [github_token]\n',
    errors: [
      at(
        3,
        15,
        'keys.BOT.provider',
        'BOT (alias "github_token") is only ever sent to the GitHub API and cannot be declared as a "slack" key; use provider: github or leave provider out',
      ),
    ],
  },
  {
    name: 'unknown provider',
    text: 'keys:\n  A: { provider: stripe-live }\n',
    errors: [
      at(
        2,
        18,
        'keys.A.provider',
        'must be alibaba, anthropic, atlassian, aws, buildkite, circleci, cloudflare, confluent, databricks, datadog, discord, doppler, dropbox, elasticsearch, fastly, gcp, github, gitlab, honeycomb, huggingface, launchdarkly, netlify, notion, npm, okta, openai, openrouter, sendgrid, slack, square, stripe, terraform, twilio, vault or none, got "stripe-live"; did you mean "stripe"?',
      ),
    ],
  },
  {
    name: 'unknown environment',
    text: 'keys:\n  A: { environment: prod }\n',
    errors: [
      at(
        2,
        21,
        'keys.A.environment',
        'unknown environment "prod" (known: production, staging, development, unknown); did you mean "production"?',
      ),
    ],
  },
  {
    name: 'custom rules: built-in id, duplicate id, missing deny, bad id',
    text:
      'custom-rules:\n' +
      '  - { id: rotation-age, severity: error, message: m, deny: "true" }\n' +
      '  - { id: mine, severity: error, message: m, deny: "true" }\n' +
      '  - { id: mine, severity: warning, message: m, deny: "false" }\n' +
      '  - { id: Bad_Id, severity: error, message: m }\n',
    errors: [
      at(2, 11, 'custom-rules[0].id', '"rotation-age" is the id of a built-in rule; give the custom rule its own id'),
      at(4, 11, 'custom-rules[2].id', 'duplicate custom rule id "mine" (first at line 3)'),
      at(5, 5, 'custom-rules[3]', 'missing required property "deny"'),
      at(5, 11, 'custom-rules[3].id', 'must be lowercase letters, digits and dashes, got "Bad_Id"'),
    ],
  },
  {
    name: 'more than one document',
    text: 'version: 1\n---\nversion: 1\n',
    errors: [at(2, 1, undefined, 'must hold one YAML document, found more after ---')],
  },
  {
    name: 'a long value is described, not quoted',
    text: 'keys:\n  STRIPE_SECRET_KEY: sk_live_0123456789abcdefghijklmnopqrstuvwxyz\n',
    errors: [at(2, 22, 'keys.STRIPE_SECRET_KEY', 'must be a map, got a string of 44 characters')],
  },
];

describe('loadConfig: helm-values and provider: none (issue 12)', () => {
  it('carries the last helm-values list and a provider: none declaration', async () => {
    const config = await load({
      'keybound.yml': [
        'version: 1',
        'helm-values: ["deploy/*/values.yaml"]',
        'keys:',
        '  DATABASE_PASSWORD: { provider: none, principal-kind: service, owner: data, rotated: 2026-10-01 }',
      ].join('\n'),
    });
    expect(config.helmValues).toEqual(['deploy/*/values.yaml']);
    expect(config.keys.get('DATABASE_PASSWORD')).toMatchObject({ provider: 'none', principalKind: 'service' });
  });

  it('helm-values must be a list', async () => {
    expect(await loadErrors({ 'keybound.yml': 'version: 1\nhelm-values: deploy/values.yaml\n' })).toEqual([
      {
        code: 'config',
        file: 'keybound.yml',
        line: 2,
        column: 14,
        path: 'helm-values',
        message: 'must be a list, got "deploy/values.yaml"',
      },
    ]);
  });
});

describe('loadConfig: errors', () => {
  it.each(ERROR_CASES)('$name', async ({ text, files, errors }) => {
    const actual = (await loadErrors({ 'keybound.yml': text, ...files })).map(({ code: _code, ...rest }) => rest);
    expect(actual).toEqual(errors);
  });

  it('collects every error into one KeyboundErrors with code config', async () => {
    try {
      await load({
        'keybound.yml': 'keys:\n  A:\n    url: x\nrules:\n  rotation-age: { max-age-days: ninety }\n  nope: {}\n',
      });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(KeyboundErrors);
      const errors = error as KeyboundErrors;
      expect(errors.code).toBe('config');
      expect(errors.message.split('\n')).toEqual([
        `keybound.yml:3:5: keys.A.url: unknown property "url" (allowed: ${KEY_PROPS}); ${ENDPOINT_HINT}`,
        'keybound.yml:5:33: rules.rotation-age.max-age-days: must be an integer, got "ninety"',
        'keybound.yml:6:3: rules.nope: unknown rule "nope" (known rules: key-user-association, least-privilege-scopes, no-dev-keys-in-prod, parse-error, rotation-age, service-account-bound)',
      ]);
    }
  });
});

describe('loadConfig: shorthand, empty key declarations and ignore', () => {
  it.each([
    { name: 'a severity alone', text: 'rules:\n  rotation-age: off\n  parse-error: note\n' },
    {
      name: 'the same in a map',
      text: 'rules:\n  rotation-age: { severity: off }\n  parse-error: { severity: note }\n',
    },
  ])('rules: $name', async ({ text }) => {
    const config = await load({ 'keybound.yml': text });
    expect(config.rules['rotation-age']).toMatchObject({ severity: 'off', options: { 'max-age-days': 90 } });
    expect(config.rules['parse-error'].severity).toBe('note');
  });

  it('a key with nothing under it is declared with no facts (as keybound init writes it)', async () => {
    const config = await load({ 'keybound.yml': 'keys:\n  STRIPE_KEY:\n    # rotated: YYYY-MM-DD\n  OTHER: {}\n' });
    expect(config.keys.get('STRIPE_KEY')).toEqual({
      name: 'STRIPE_KEY',
      location: { file: 'keybound.yml', line: 2, column: 3 },
    });
    expect([...config.keys.keys()]).toEqual(['STRIPE_KEY', 'OTHER']);
  });

  it('ignore: packs first, then the config, without repeats', async () => {
    const config = await load({
      'keybound.yml': 'extends: [./team.yml]\nignore: ["docs/**", "test/fixtures/**"]\n',
      'team.yml': 'ignore: ["docs/**", "vendor"]\n',
    });
    expect(config.ignore).toEqual(['docs/**', 'vendor', 'test/fixtures/**']);
  });
});

describe('loadConfig: YAML meaning is pinned', () => {
  it('keeps yes/NO/on as strings under %YAML 1.1', async () => {
    const config = await load({
      'keybound.yml': '%YAML 1.1\n---\nkeys:\n  NO:\n    owner: yes\n  on:\n    principal: NO\n',
    });
    expect(config.keys.get('NO')?.owner).toBe('yes');
    expect(config.keys.get('on')?.principal).toBe('NO');
  });

  it('treats __proto__ as an ordinary key name and pollutes nothing', async () => {
    const config = await load({
      'keybound.yml':
        'keys:\n  __proto__:\n    owner: attacker\n  constructor:\n    owner: x\nrules:\n  rotation-age: { max-age-days: 10 }\n',
    });
    expect(config.keys.get('__proto__')?.owner).toBe('attacker');
    expect(config.keys.get('constructor')?.owner).toBe('x');
    expect(({} as Record<string, unknown>).owner).toBeUndefined();
    expect(Object.getPrototypeOf(config.rules['rotation-age'].options)).toBeNull();
  });

  it('rejects __proto__ as a rule option instead of setting a prototype', async () => {
    const errors = await loadErrors({
      'keybound.yml': 'rules:\n  rotation-age:\n    __proto__: { max-age-days: 1 }\n',
    });
    expect(errors.map((e) => `${e.line}:${e.column} ${e.path}: ${e.message}`)).toEqual([
      '3:5 rules.rotation-age.__proto__: unknown property "__proto__" (allowed: max-age-days, warn-age-days)',
    ]);
    expect(({} as Record<string, unknown>)['max-age-days']).toBeUndefined();
  });

  it('refuses a YAML bomb (aliases of aliases) with a message', async () => {
    const lines = ['keys:', '  A: { aliases: &a [x, x, x, x, x, x, x, x, x, x] }'];
    const names = 'abcdefghi';
    for (let i = 1; i < names.length; i++) {
      lines.push(
        `  ${names[i].toUpperCase()}: { aliases: &${names[i]} [${Array(10)
          .fill(`*${names[i - 1]}`)
          .join(', ')}] }`,
      );
    }
    const errors = await loadErrors({ 'keybound.yml': `${lines.join('\n')}\n` });
    expect(errors).toEqual([{ code: 'config', file: 'keybound.yml', message: 'too many aliases (a YAML bomb?)' }]);
  });
});

describe('loadConfig: the shipped policies/recommended.yml', () => {
  it('loads against rules with its ids (the embedded copy, as with no config)', async () => {
    const text = POLICY_FILES['recommended.yml'];
    expect(text).toBeDefined();
    const recommended = (parseDocument(text).toJS() as { rules: Record<string, { severity: string }> }).rules;
    const ruleIds = Object.keys(recommended);
    // Each fake rule defaults to another severity than recommended.yml's, so the policy must set it.
    const rules: Rule[] = ruleIds.map((id) => ({
      meta: {
        id,
        description: id,
        defaultSeverity: recommended[id].severity === 'note' ? 'error' : 'note',
        optionsSchema: { type: 'object' },
        defaultOptions: {},
        messages: {},
      },
      check: () => undefined,
    }));
    const config = await loadConfig({ root: join(FIXTURES, 'discovery/none'), rules });
    expect(config.file).toBeUndefined();
    expect(config.extends).toEqual(['recommended']);
    expect(Object.keys(config.rules).sort()).toEqual([...ruleIds].sort());
    for (const id of ruleIds) expect(config.rules[id].severity).toBe(recommended[id].severity);
  });
});

describe('loadConfig: per-key rotation limits (keys.NAME.max-age-days, warn-age-days)', () => {
  it('declares them on the key, a later file overriding an earlier one field by field', async () => {
    const config = await load({
      'base.yml': 'keys:\n  ROOT_TOKEN:\n    max-age-days: 60\n    warn-age-days: 50\n',
      'keybound.yml': 'extends: [recommended, ./base.yml]\nkeys:\n  ROOT_TOKEN:\n    max-age-days: 30\n',
    });
    expect(config.keys.get('ROOT_TOKEN')).toMatchObject({ name: 'ROOT_TOKEN', maxAgeDays: 30, warnAgeDays: 50 });
  });

  it.each([
    ['a word', 'ninety', 'must be an integer, got "ninety"'],
    ['a fraction', '30.5', 'must be an integer, got 30.5'],
    ['zero days', '0', 'must be >= 1, got 0'],
  ])('refuses %s with its place', async (_name, value, message) => {
    expect(await loadErrors({ 'keybound.yml': `keys:\n  ROOT_TOKEN:\n    max-age-days: ${value}\n` })).toEqual([
      { code: 'config', file: 'keybound.yml', line: 3, column: 19, path: 'keys.ROOT_TOKEN.max-age-days', message },
    ]);
  });
});
