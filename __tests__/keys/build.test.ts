// Key building: the given secret values attached to each key (exact name, then normalized name),
// AWS companions kept apart, observations from every name, the declaration and the value, and one
// winner per fact by SPEC section 3 precedence.

import { describe, expect, it } from 'vitest';
import { SecretValue } from '../../src/core/secret.js';
import type { KeyDeclaration, Observation, SourceKind, Use } from '../../src/core/types.js';
import { buildKeys } from '../../src/keys/build.js';
import type { ResolvedConfig } from '../../src/policy/types.js';

// Fake, random-looking values: never real keys.
const LIVE = 'sk_live_Tq7Vw2Lm9Xc4Rz8Pb3Nd6Kf1';
const TEST = 'sk_test_Hy5Gj8Ws2Qa7Ze4Uc9Lo3Vb6';
const AWS_ID = 'AKIA4TQ7VW2LM9XC4RZ8';
const AWS_SECRET = 'Wq3Jd8Lp5Zr2Tn7Vb4Xc9Hm6Fk1Ys0Gu3Pe8Ra5N';
const SESSION = 'IQoJb3JpZ2luX2VjEFake5Tq7Vw2Lm9Xc4Rz8Pb3Nd6Kf1';
const GH = 'ghs_Tq7Vw2Lm9Xc4Rz8Pb3Nd6Kf1Hy5Gj8Ws2Qa7';

function use(name: string, sourceKind: SourceKind = 'github-workflow', file = '.github/workflows/deploy.yml'): Use {
  return {
    name,
    sourceKind,
    location: { file, line: 1, column: 1 },
    hints: {},
    environment: 'production',
    environmentSource: 'github-environment',
  };
}

function config(declarations: KeyDeclaration[] = []): ResolvedConfig {
  return {
    extends: [],
    environments: [],
    keys: new Map(declarations.map((d) => [d.name, d])),
    rules: {},
    customRules: [],
    exceptions: [],
  };
}

function secrets(values: Record<string, string | undefined>): Map<string, SecretValue> {
  return new Map(
    Object.entries(values).flatMap(([name, value]) =>
      value === undefined ? [] : [[name, new SecretValue(value, 'secrets-json')] as const],
    ),
  );
}

const reveal = (value: SecretValue | undefined): string | undefined => value?.reveal();

describe('buildKeys: values', () => {
  it.each([
    {
      name: 'by exact name',
      uses: [use('STRIPE_SECRET_KEY')],
      given: { STRIPE_SECRET_KEY: LIVE, OTHER: TEST },
      value: LIVE,
    },
    {
      name: 'by normalized name: toJSON(secrets) spells GITHUB_TOKEN as github_token',
      uses: [use('GITHUB_TOKEN')],
      given: { github_token: GH },
      value: GH,
    },
    {
      name: 'the exact name beats a normalized one',
      uses: [use('STRIPE_SECRET_KEY')],
      given: { 'stripe-secret-key': TEST, STRIPE_SECRET_KEY: LIVE },
      value: LIVE,
    },
    {
      name: 'the canonical name beats an alias',
      uses: [use('PROD_API_TOKEN'), use('API_TOKEN', 'dotenv', 'app/.env.production')],
      given: { API_TOKEN: TEST, PROD_API_TOKEN: LIVE },
      links: [{ secret: 'PROD_API_TOKEN', alias: 'API_TOKEN' }],
      value: LIVE,
    },
    {
      name: 'an alias gives the value when the canonical name has none',
      uses: [use('PROD_API_TOKEN'), use('API_TOKEN', 'dotenv', 'app/.env.production')],
      given: { API_TOKEN: TEST },
      links: [{ secret: 'PROD_API_TOKEN', alias: 'API_TOKEN' }],
      value: TEST,
    },
    {
      name: 'no value given',
      uses: [use('STRIPE_SECRET_KEY')],
      given: { STRIPE_KEY: LIVE },
      value: undefined,
    },
    {
      name: 'a SESSION_TOKEN outside an AWS pair is the key’s own value',
      uses: [use('VAULT_SESSION_TOKEN')],
      given: { VAULT_SESSION_TOKEN: SESSION },
      value: SESSION,
    },
  ])('$name', ({ uses, given, links, value }) => {
    const location = { file: 'w.yml', line: 1, column: 1 };
    const keys = buildKeys(
      uses,
      (links ?? []).map((l) => ({ ...l, location })),
      config(),
      secrets(given),
    );
    expect(keys).toHaveLength(1);
    expect(reveal(keys[0].value)).toBe(value);
    expect(keys[0].companions).toEqual({});
  });

  it('AWS companions land in companions, the access key id is the value', () => {
    const keys = buildKeys(
      [use('PROD_AWS_ACCESS_KEY_ID'), use('PROD_AWS_SECRET_ACCESS_KEY'), use('PROD_AWS_SESSION_TOKEN')],
      [],
      config(),
      secrets({
        PROD_AWS_SESSION_TOKEN: SESSION,
        PROD_AWS_SECRET_ACCESS_KEY: AWS_SECRET,
        PROD_AWS_ACCESS_KEY_ID: AWS_ID,
      }),
    );
    expect(keys.map((k) => k.name)).toEqual(['PROD_AWS_ACCESS_KEY_ID']);
    expect(reveal(keys[0].value)).toBe(AWS_ID);
    expect(Object.keys(keys[0].companions).sort()).toEqual(['secretAccessKey', 'sessionToken']);
    expect(reveal(keys[0].companions.secretAccessKey)).toBe(AWS_SECRET);
    expect(reveal(keys[0].companions.sessionToken)).toBe(SESSION);
    // The value's facts are the access key id's, not a companion's.
    expect(keys[0].facts.provider).toMatchObject({ value: 'aws', source: 'value' });
  });

  it('an AWS pair without the id’s value has companions and no value', () => {
    const keys = buildKeys(
      [use('AWS_ACCESS_KEY_ID'), use('AWS_SECRET_ACCESS_KEY')],
      [],
      config(),
      secrets({ aws_secret_access_key: AWS_SECRET }),
    );
    expect(keys[0].value).toBeUndefined();
    expect(reveal(keys[0].companions.secretAccessKey)).toBe(AWS_SECRET);
  });
});

describe('buildKeys: observations and facts', () => {
  it('observes every name, the declaration and the value, in that order', () => {
    const keys = buildKeys(
      [use('STAGING_STRIPE_KEY'), use('payments/STRIPE_KEY', 'kubernetes', 'k8s/app.yaml')],
      [],
      config([{ name: 'STAGING_STRIPE_KEY', environment: 'production', aliases: ['payments/STRIPE_KEY'] }]),
      secrets({ STAGING_STRIPE_KEY: LIVE }),
    );
    const expected: Observation[] = [
      { fact: 'provider', value: 'stripe', source: 'name', detail: 'name STAGING_STRIPE_KEY' },
      { fact: 'keyEnvironment', value: 'staging', source: 'name', detail: 'name part STAGING' },
      { fact: 'provider', value: 'stripe', source: 'name', detail: 'name payments/STRIPE_KEY' },
      {
        fact: 'keyEnvironment',
        value: 'production',
        source: 'declared',
        detail: 'config keys.STAGING_STRIPE_KEY.environment',
      },
      { fact: 'provider', value: 'stripe', source: 'value', detail: 'prefix sk_live_' },
      { fact: 'keyType', value: 'secret', source: 'value', detail: 'prefix sk_live_' },
      { fact: 'keyEnvironment', value: 'live', source: 'value', detail: 'prefix sk_live_' },
    ];
    expect(keys[0].observations).toEqual(expected);
    // value > declared > name
    expect(keys[0].facts).toEqual({
      provider: expected[4],
      keyType: expected[5],
      keyEnvironment: expected[6],
    });
  });

  it.each([
    {
      name: 'declared beats name',
      uses: [use('DEV_API_TOKEN')],
      declarations: [{ name: 'DEV_API_TOKEN', environment: 'production' }],
      given: {},
      want: { value: 'production', source: 'declared' },
    },
    {
      name: 'value beats declared',
      uses: [use('STRIPE_SECRET_KEY')],
      declarations: [{ name: 'STRIPE_SECRET_KEY', environment: 'production' }],
      given: { STRIPE_SECRET_KEY: TEST },
      want: { value: 'test', source: 'value' },
    },
    {
      name: 'name alone',
      uses: [use('SANDBOX_API_TOKEN')],
      declarations: [],
      given: {},
      want: { value: 'development', source: 'name' },
    },
    {
      name: 'the first name observed wins a tie between names',
      uses: [use('PROD_API_TOKEN'), use('api/STAGING_TOKEN', 'kubernetes', 'k8s/app.yaml')],
      declarations: [{ name: 'PROD_API_TOKEN', aliases: ['api/STAGING_TOKEN'] }],
      given: {},
      want: { value: 'production', source: 'name' },
    },
  ])('keyEnvironment: $name', ({ uses, declarations, given, want }) => {
    const keys = buildKeys(uses, [], config(declarations), secrets(given));
    expect(keys[0].facts.keyEnvironment).toMatchObject(want);
  });

  it('a value that is no known format adds no observations', () => {
    const keys = buildKeys([use('API_TOKEN')], [], config(), secrets({ API_TOKEN: 'Zq4Wm8Tr2Yp6Lk0Hd3' }));
    expect(keys[0].observations).toEqual([]);
    expect(keys[0].facts).toEqual({});
  });

  it('keeps the declaration on the key', () => {
    const declaration: KeyDeclaration = { name: 'STRIPE_SECRET_KEY', owner: 'payments-team' };
    const keys = buildKeys([use('STRIPE_SECRET_KEY')], [], config([declaration]), new Map());
    expect(keys[0].declaration).toEqual(declaration);
  });
});

describe('buildKeys: where a value is handed is evidence (issue 12)', () => {
  const handed = (name: string, target: string, via = 'env', extra: Partial<Use['context']> = {}): Use => ({
    ...use(name),
    context: { workflow: 'Deploy', job: 'tf', step: 'Apply', via, target, ...extra },
  });
  const provider = (observations: Observation[]) =>
    observations.filter((o) => o.fact === 'provider').map((o) => [o.value, o.source, o.detail]);

  it.each<[string, Use[], unknown[]]>([
    [
      'an AWS variable',
      [handed('TERRAFORM_STATE_ACCESS_KEY', 'AWS_ACCESS_KEY_ID')],
      [['aws', 'name', 'passed as AWS_ACCESS_KEY_ID']],
    ],
    [
      'an input of aws-actions/configure-aws-credentials',
      [handed('TF_KEY', 'aws-access-key-id', 'with', { action: 'aws-actions/configure-aws-credentials' })],
      [['aws', 'name', 'passed as aws-access-key-id to aws-actions/configure-aws-credentials']],
    ],
    ['NODE_AUTH_TOKEN', [handed('PUBLISH_TOKEN', 'NODE_AUTH_TOKEN')], [['npm', 'name', 'passed as NODE_AUTH_TOKEN']]],
    [
      'the token input of actions/checkout',
      [handed('BOT_PAT', 'token', 'with', { action: 'actions/checkout' })],
      [['github', 'name', 'passed as token to actions/checkout']],
    ],
    ['a name that names a place, not a credential', [handed('S3_ENDPOINT', 'AWS_ENDPOINT_URL')], []],
    [
      'a block that also names an endpoint (R2 under AWS variable names)',
      [handed('R2_ACCESS_KEY_ID', 'AWS_ACCESS_KEY_ID', 'env', { endpoint: true })],
      [],
    ],
    ['a run script says nothing', [handed('X_TOKEN', 'AWS_ACCESS_KEY_ID', 'run')], []],
    [
      'the key’s own name first',
      [handed('SLACK_BOT_TOKEN', 'GH_TOKEN')],
      [
        ['slack', 'name', 'name SLACK_BOT_TOKEN'],
        ['github', 'name', 'passed as GH_TOKEN'],
      ],
    ],
  ])('%s', (_name, uses, want) => {
    const [key] = buildKeys(uses, [], config(), new Map());
    expect(provider(key.observations)).toEqual(want);
  });

  it('two secrets handed to an AWS pair in one step are one key, the secret its companion', () => {
    const keys = buildKeys(
      [handed('TF_KEY', 'AWS_ACCESS_KEY_ID'), handed('TF_SECRET', 'AWS_SECRET_ACCESS_KEY')],
      [],
      config(),
      secrets({ TF_KEY: AWS_ID, TF_SECRET: AWS_SECRET }),
    );
    expect(keys.map((k) => [k.name, k.names])).toEqual([['TF_KEY', ['TF_KEY', 'TF_SECRET']]]);
    expect(reveal(keys[0].value)).toBe(AWS_ID);
    expect(reveal(keys[0].companions.secretAccessKey)).toBe(AWS_SECRET);
    expect(keys[0].facts.provider).toMatchObject({ value: 'aws', source: 'value' });
  });

  it('handed in different steps they stay two keys', () => {
    const other = {
      ...handed('TF_SECRET', 'AWS_SECRET_ACCESS_KEY'),
      context: { job: 'tf', step: 'Plan', via: 'env', target: 'AWS_SECRET_ACCESS_KEY' },
    };
    const keys = buildKeys([handed('TF_KEY', 'AWS_ACCESS_KEY_ID'), other], [], config(), new Map());
    expect(keys.map((k) => k.name)).toEqual(['TF_KEY', 'TF_SECRET']);
  });
});
