// Offline facts about keys: what names, declarations and values say, which source wins, and that no
// observation ever carries a secret value beyond its public prefix.

import { describe, expect, it } from 'vitest';
import { SecretValue } from '../../src/core/secret.js';
import type { KeyDeclaration, Observation } from '../../src/core/types.js';
import { observeDeclaration, observeName, observeValue, selectFacts } from '../../src/keys/facts.js';
import { PROVIDERS, formatPrefix } from '../../src/providers/index.js';

/** The observations as `fact=value` strings, for compact tables. */
function summary(observations: Observation[]): string[] {
  return observations.map((o) => `${o.fact}=${Array.isArray(o.value) ? o.value.join(',') : String(o.value)}`);
}

const example = (provider: string, type: string, mode?: string): string =>
  PROVIDERS.find((p) => p.id === provider)!.formats.find(
    (f) => f.type === type && (mode === undefined || f.mode === mode),
  )!.examples[0];

describe('observeName', () => {
  it.each([
    ['STAGING_STRIPE_KEY', ['provider=stripe', 'keyEnvironment=staging']],
    ['STRIPE_TEST_KEY', ['provider=stripe']],
    ['PROD_AWS_ACCESS_KEY_ID', ['provider=aws', 'keyEnvironment=production']],
    ['DEV_OPENAI_API_KEY', ['provider=openai', 'keyEnvironment=development']],
    ['SLACK_TOKEN_SANDBOX', ['provider=slack', 'keyEnvironment=development']],
    ['prod-stripe.key', ['provider=stripe', 'keyEnvironment=production']],
    ['payments-credentials/STRIPE_LIVE', ['provider=stripe', 'keyEnvironment=production']],
    ['DEPLOY_STG_TOKEN', []],
    ['PREPROD_DB_PASSWORD', ['keyEnvironment=staging']],
    ['LATEST_TOKEN', []],
    ['CONTEST_API_KEY', []],
    ['DEVTO_TOKEN', []],
    ['PRODUCT_KEY', []],
    ['GITHUB_TOKEN', ['provider=github', 'keyType=app-installation', 'principalKind=service']],
    ['GH_TOKEN', ['provider=github']],
    ['NODE_AUTH_TOKEN', ['provider=npm']],
    ['DD_API_KEY', ['provider=datadog']],
    ['PROD_TO_DEV_SYNC_TOKEN', ['keyEnvironment=production']],
    ['PROD_SYNC_TOKEN_DEV', ['keyEnvironment=production', 'keyEnvironment=development']],
  ])('%s', (name, expected) => {
    const observations = observeName(name);
    expect(summary(observations)).toEqual(expected);
    for (const o of observations) expect(o.source).toBe('name');
  });

  // SPEC section 3: a marker counts only as the whole first or last part of the name (of each
  // `/`-separated segment for Kubernetes `SECRET/KEY` names); a part in the middle says what the key is for.
  it.each([
    ['STAGING_X', 'staging', 'STAGING'],
    ['X_DEV', 'development', 'DEV'],
    ['TEST_X', 'development', 'TEST'],
    ['SANDBOX_X', 'development', 'SANDBOX'],
    ['X_STG', 'staging', 'STG'],
    ['STRIPE_KEY_TEST', 'development', 'TEST'],
    ['qa-api-token', 'development', 'QA'],
    ['DB.PASSWORD.LOCAL', 'development', 'LOCAL'],
    ['app-staging/API_TOKEN', 'staging', 'STAGING'],
    ['payments/DEV_API_TOKEN', 'development', 'DEV'],
    ['PREPROD', 'staging', 'PREPROD'],
    ['X_PROD', 'production', 'PROD'],
  ])('%s is marked %s by its part %s', (name, environment, part) => {
    expect(observeName(name).filter((o) => o.fact === 'keyEnvironment')).toEqual([
      { fact: 'keyEnvironment', value: environment, source: 'name', detail: `name part ${part}` },
    ]);
  });

  it.each([
    'NOTIFY_E2E_TEST_PASSWORD',
    'STRIPE_TEST_SECRET_KEY',
    'CYPRESS_TEST_USER_PASSWORD',
    'API_DEV_PORTAL_TOKEN',
    'AWS_STAGING_BUCKET_KEY',
    'app-qa-runner/API_TOKEN',
    'LATEST_TOKEN',
    'DEVELOPER_TOKEN',
    'TESTER_API_KEY',
    'E2E_TOKEN',
  ])('%s is not marked', (name) => {
    expect(observeName(name).filter((o) => o.fact === 'keyEnvironment')).toEqual([]);
  });

  it('says which name and which part decided', () => {
    expect(observeName('STAGING_STRIPE_KEY')).toEqual([
      { fact: 'provider', value: 'stripe', source: 'name', detail: 'name STAGING_STRIPE_KEY' },
      { fact: 'keyEnvironment', value: 'staging', source: 'name', detail: 'name part STAGING' },
    ]);
  });
});

describe('observeDeclaration', () => {
  it('turns every declared fact into a declared observation', () => {
    const decl: KeyDeclaration = {
      name: 'STRIPE_SECRET_KEY',
      provider: 'stripe',
      environment: 'production',
      principal: 'acct_1LiveAccount',
      principalKind: 'service',
      scopes: ['charges:write'],
      rotated: '2026-09-01',
      owner: 'payments-team',
    };
    const observations = observeDeclaration(decl);
    expect(summary(observations)).toEqual([
      'provider=stripe',
      'keyEnvironment=production',
      'principal=acct_1LiveAccount',
      'principalKind=service',
      'scopes=charges:write',
      'rotated=2026-09-01',
    ]);
    for (const o of observations) expect(o.source).toBe('declared');
    expect(observations[0].detail).toBe('config keys.STRIPE_SECRET_KEY.provider');
  });

  it('gives nothing for a bare declaration', () => {
    expect(observeDeclaration({ name: 'X' })).toEqual([]);
  });
});

describe('observeValue', () => {
  it.each([
    [
      'sk_test_',
      example('stripe', 'secret', 'test'),
      undefined,
      ['provider=stripe', 'keyType=secret', 'keyEnvironment=test'],
    ],
    [
      'sk_live_',
      example('stripe', 'secret', 'live'),
      undefined,
      ['provider=stripe', 'keyType=secret', 'keyEnvironment=live'],
    ],
    [
      'rk_test_',
      example('stripe', 'restricted', 'test'),
      undefined,
      ['provider=stripe', 'keyType=restricted', 'keyEnvironment=test'],
    ],
    [
      'ghs_',
      example('github', 'app-installation'),
      undefined,
      ['provider=github', 'keyType=app-installation', 'principalKind=service'],
    ],
    [
      'ghp_',
      example('github', 'classic-pat'),
      undefined,
      ['provider=github', 'keyType=classic-pat', 'principalKind=human'],
    ],
    ['AKIA', example('aws', 'long-term'), undefined, ['provider=aws', 'keyType=long-term']],
    ['ASIA', example('aws', 'temporary'), undefined, ['provider=aws', 'keyType=temporary']],
    ['xoxb-', example('slack', 'bot'), undefined, ['provider=slack', 'keyType=bot', 'principalKind=service']],
    [
      'sk-svcacct-',
      example('openai', 'service-account'),
      undefined,
      ['provider=openai', 'keyType=service-account', 'principalKind=service'],
    ],
    [
      'cfut_',
      example('cloudflare', 'user-token'),
      undefined,
      ['provider=cloudflare', 'keyType=user-token', 'principalKind=human'],
    ],
    [
      'GCP JSON',
      example('gcp', 'service-account-key'),
      undefined,
      ['provider=gcp', 'keyType=service-account-key', 'principalKind=service'],
    ],
    [
      'GCP authorized_user',
      example('gcp', 'user-credentials'),
      undefined,
      ['provider=gcp', 'keyType=user-credentials', 'principalKind=human'],
    ],
    ['Datadog with name', example('datadog', 'api-key'), 'DD_API_KEY', ['provider=datadog', 'keyType=api-key']],
    ['Datadog without name', example('datadog', 'api-key'), undefined, []],
  ])('%s', (_label, raw, name, expected) => {
    const observations = observeValue(new SecretValue(raw, 'test'), name);
    expect(summary(observations)).toEqual(expected);
    for (const o of observations) expect(o.source).toBe('value');
  });

  it('names the public prefix and the principal evidence', () => {
    const observations = observeValue(new SecretValue(example('github', 'classic-pat'), 'test'));
    expect(observations[0].detail).toBe('prefix ghp_');
    expect(observations.find((o) => o.fact === 'principalKind')?.detail).toBe('a user account token (ghp_)');
    const stripe = observeValue(new SecretValue(example('stripe', 'secret', 'test'), 'test'));
    expect(stripe.find((o) => o.fact === 'keyEnvironment')?.detail).toBe('prefix sk_test_');
  });

  it.each([
    ['empty', ''],
    ['trailing newline', `${example('github', 'classic-pat')}\n`],
    ['CR inside', example('stripe', 'secret', 'live').replace('_live_', '_live_\r')],
    ['space inside', example('slack', 'bot').replace('-', ' -')],
    ['NUL inside', `${example('npm', 'access-token')}\0`],
    ['not JSON', '{"type": "service_account", '],
  ])('gives nothing for a malformed value: %s', (_label, raw) => {
    expect(observeValue(new SecretValue(raw, 'test'), 'GITHUB_TOKEN')).toEqual([]);
  });

  // SECURITY canary: every example of every format, with and without its name, must leave no trace of
  // its value beyond the documented prefix in any observation, serialised or not.
  const ALL = PROVIDERS.flatMap((p) =>
    p.formats.flatMap((f) =>
      f.examples.map((raw): [string, string, string, number] => [
        `${p.id}/${f.type}${f.mode ? `/${f.mode}` : ''}`,
        raw,
        p.id,
        formatPrefix(f).length,
      ]),
    ),
  );
  const NAMES: Record<string, string> = {
    aws: 'AWS_SECRET_ACCESS_KEY',
    twilio: 'TWILIO_AUTH_TOKEN',
    npm: 'NPM_TOKEN',
    datadog: 'DD_API_KEY',
    cloudflare: 'CF_API_TOKEN',
    alibaba: 'ALIBABA_CLOUD_ACCESS_KEY_SECRET',
    circleci: 'CIRCLECI_TOKEN',
    fastly: 'FASTLY_API_TOKEN',
    netlify: 'NETLIFY_AUTH_TOKEN',
    buildkite: 'BUILDKITE_API_TOKEN',
    honeycomb: 'HONEYCOMB_API_KEY',
    square: 'SQUARE_ACCESS_TOKEN',
    vault: 'VAULT_TOKEN',
    discord: 'DISCORD_BOT_TOKEN',
    launchdarkly: 'LD_API_KEY',
    notion: 'NOTION_TOKEN',
    terraform: 'TF_API_TOKEN',
    confluent: 'CONFLUENT_CLOUD_API_SECRET',
    elasticsearch: 'ELASTICSEARCH_API_KEY',
    okta: 'OKTA_API_TOKEN',
  };

  it.each(ALL)(
    '%s: no observation contains the value or its non-prefix part',
    (_label, raw, providerId, prefixLength) => {
      const observations = observeValue(new SecretValue(raw, 'test'), NAMES[providerId] ?? 'SOME_SECRET');
      expect(observations.length).toBeGreaterThan(0);
      const text = JSON.stringify(observations);
      expect(text).not.toContain(raw);
      // Every 8-character window of the value past its public prefix is absent. For a JSON document, the public marker is its `type`; every other field is secret.
      const secretParts = raw.startsWith('{')
        ? Object.entries(JSON.parse(raw) as Record<string, string>)
            .filter(([k]) => k !== 'type')
            .map(([, v]) => v)
        : [raw.slice(prefixLength)];
      for (const part of secretParts) {
        for (let i = 0; i + 8 <= part.length; i += 4) expect(text).not.toContain(part.slice(i, i + 8));
      }
    },
  );
});

describe('selectFacts', () => {
  const obs = (fact: Observation['fact'], value: string, source: Observation['source']): Observation => ({
    fact,
    value,
    source,
  });

  it.each([
    [
      'value beats name',
      [obs('keyEnvironment', 'development', 'name'), obs('keyEnvironment', 'live', 'value')],
      'live',
    ],
    [
      'value beats declared',
      [obs('keyEnvironment', 'test', 'value'), obs('keyEnvironment', 'production', 'declared')],
      'test',
    ],
    [
      'declared beats name',
      [obs('keyEnvironment', 'staging', 'name'), obs('keyEnvironment', 'production', 'declared')],
      'production',
    ],
    ['platform beats declared', [obs('keyEnvironment', 'x', 'declared'), obs('keyEnvironment', 'y', 'platform')], 'y'],
    [
      'smoke beats everything',
      [
        obs('keyEnvironment', 'live', 'value'),
        obs('keyEnvironment', 'test', 'smoke'),
        obs('keyEnvironment', 'p', 'declared'),
      ],
      'test',
    ],
    [
      'ties keep the first observed',
      [obs('keyEnvironment', 'production', 'name'), obs('keyEnvironment', 'development', 'name')],
      'production',
    ],
  ])('%s', (_label, observations, expected) => {
    expect(selectFacts(observations).keyEnvironment?.value).toBe(expected);
  });

  it('picks per fact and leaves absent facts out', () => {
    const facts = selectFacts([
      ...observeName('STRIPE_TEST_KEY'),
      ...observeDeclaration({ name: 'STRIPE_TEST_KEY', provider: 'stripe', environment: 'production' }),
      ...observeValue(new SecretValue(example('stripe', 'secret', 'live'), 'test')),
    ]);
    expect(facts.provider).toMatchObject({ value: 'stripe', source: 'value' });
    expect(facts.keyEnvironment).toMatchObject({ value: 'live', source: 'value' });
    expect(facts.keyType).toMatchObject({ value: 'secret', source: 'value' });
    expect(facts.principal).toBeUndefined();
    expect(Object.keys(facts).sort()).toEqual(['keyEnvironment', 'keyType', 'provider']);
  });
});
