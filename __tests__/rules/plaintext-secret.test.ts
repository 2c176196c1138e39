// plaintext-secret: both sides of the precision line in big tables (provider formats, private keys,
// URL passwords and credential-named values are reported; placeholders, references, examples and
// ordinary settings are not), exact messages and locations, options, and no value in any finding.

import { describe, expect, it } from 'vitest';
import { PROVIDERS } from '../../src/providers/index.js';
import rule, { classifyLiteral } from '../../src/rules/plaintext-secret.js';
import { isCredentialName, isPlaceholder } from '../../src/core/credentials.js';
import { tokenChecksumValid, withTokenChecksum } from '../../src/core/checksum.js';
import { assertNoValues, keysOf, runRule, type LiteralUse } from './manifest-rule-helpers.js';

// NOTE: made-up values, built by concatenation so that secret scanners do not flag this file.
const STRIPE_BODY = '51Kb0und' + 'Fixture7qZ9wLm2VxR4tYp8N3';
const SK_LIVE = 'sk_live_' + STRIPE_BODY;
const SK_TEST = 'sk_test_' + STRIPE_BODY;
const RK_LIVE = 'rk_live_' + STRIPE_BODY;
const PK_LIVE = 'pk_live_' + STRIPE_BODY;
// GitHub and npm tokens carry a CRC32 of their random part: a real one checks out, a made-up one does not.
const GHP = withTokenChecksum('ghp_', 'rkYk0CiK17HoCacorX2EjRTAwu1McP');
const GHP_BAD_CHECKSUM = 'ghp_' + 'rkYk0CiK17HoCacorX2EjRTAwu1McP1yd7XY';
const NPM = withTokenChecksum('npm_', 'vPHeq7lLuBPMgIytpUs8ZkVhng2UWB');
const PEM =
  '-----BEGIN ' + 'RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo\n-----END RSA PRIVATE KEY-----\n';
const OPTIONS = rule.meta.defaultOptions;

const what = (value: string, name: string) => classifyLiteral(value, [name], OPTIONS)?.what;

describe('plaintext-secret: reported', () => {
  it.each([
    ['STRIPE_SECRET_KEY', SK_LIVE, 'a Stripe live secret key'],
    ['STRIPE_SECRET_KEY', SK_TEST, 'a Stripe test secret key'],
    ['payments/STRIPE_KEY', RK_LIVE, 'a Stripe live restricted key'],
    ['LOG_LEVEL', SK_LIVE, 'a Stripe live secret key'],
    ['GITHUB_TOKEN', GHP, 'a GitHub classic personal access token'],
    ['NPM_TOKEN', NPM, 'an npm access token'],
    ['tls.key', PEM, 'a private key'],
    ['signing/key.pem', PEM.replace('RSA ', ''), 'a private key'],
    ['DATABASE_URL', 'postgres://app:Kq8vR2mZ5wLp@db:5432/app', 'a URL with an embedded password'],
    ['REDIS_URL', 'redis://:Zr7pT4kWq9LmX2vB@cache:6379/0', 'a URL with an embedded password'],
    ['DB_PASSWORD', 'Kq8#vR2!mZ5wLp9T', 'a secret value'],
    ['SESSION_SECRET', 'f3b9c1e7a2d84c6b9e0f1a2b3c4d5e6f', 'a secret value'],
    ['postgresql.auth.password', 'hunter2hunter2', 'a secret value'],
    ['creds/token', 'a1b2c3d4e5f6', 'a secret value'],
    ['REDIS_AUTH', 'Zr7pT4kWq9LmX2vB', 'a secret value'],
    ['stripe.apiKey', 'live-7f3k2m9q1w8e', 'a secret value'],
    ['JWT_SIGNING_KEY', 'k3y-f0r-s1gn1ng-t0k3ns', 'a secret value'],
    ['ADMIN_PASSWD', 'S3cur3P@ss', 'a secret value'],
    ['app/API-KEY', '8c1f7a2e9b', 'a secret value'],
    ['client_credentials', '{"id":"a","secret":"b7c9d1e3"}', 'a secret value'],
    ['MYSQL_ROOT_PASSWORD', 'r00tPa55-w0rd!', 'a secret value'],
    ['SEARCH_BACKEND_PASSWORD', 'deport-silver-showcase-pusher-radiantly', 'a secret value'],
    ['MINIO_ROOT_PASSWORD', 'XscUJuDQP4WuWA55vfXNrc7', 'a secret value'],
    ['OIDC_CLIENT_SECRET', 'pUBnBOY80SnXgjibTYM9ZWNzY2xreNGQok', 'a secret value'],
    ['PRIVATE_KEY', 'MIIEvQIBADANBgkqhkiG9w0BAQEFAASC', 'a secret value'],
    ['PASSWORD', '123456789012', 'a secret value'],
  ])('%s = %s -> %s', (name, value, want) => {
    expect(what(value, name)).toBe(want);
  });

  // Every provider format's own examples (the provider engineer's true positives) count, except
  // the types that are not secret, and hint-only formats without a name that points at the provider.
  const examples = PROVIDERS.flatMap((provider) =>
    provider.formats.flatMap((format) =>
      format.examples.map((example) => ({
        provider: provider.id,
        type: format.type,
        hint: Boolean(format.needsNameHint),
        example,
      })),
    ),
  );
  it.each(examples)('$provider $type example', ({ provider, type, hint, example }) => {
    // Identifiers are never secrets: Twilio SIDs, a Confluent key id.
    const ignored = OPTIONS['ignore-types'].includes(type) || type.endsWith('-sid') || type === 'api-key-id';
    const name = `${provider.toUpperCase()}_${type.replace(/-/g, '_').toUpperCase()}`;
    // A checksummed format's example with a made-up checksum is no credential; with a valid one it is.
    const madeUp = tokenChecksumValid(example) === false;
    if (madeUp) expect(classifyLiteral(example, [name], OPTIONS)).toBeUndefined();
    const value = madeUp ? withTokenChecksum(example.slice(0, 4), example.slice(4, 34)) : example;
    const named = classifyLiteral(value, [name], OPTIONS);
    const neutral = classifyLiteral(value, ['SETTING'], OPTIONS);
    expect(named === undefined).toBe(ignored);
    expect(neutral === undefined).toBe(ignored || hint);
  });
});

describe('plaintext-secret: not reported', () => {
  it.each([
    // placeholders under credential names
    ['DB_PASSWORD', ''],
    ['DB_PASSWORD', '   '],
    ['DB_PASSWORD', 'changeme'],
    ['DB_PASSWORD', 'CHANGE_ME'],
    ['DB_PASSWORD', 'changeit'],
    ['API_TOKEN', '<your-token>'],
    ['API_TOKEN', '<token>'],
    ['API_TOKEN', '${STRIPE_KEY}'],
    ['API_TOKEN', '${STRIPE_KEY:-}'],
    ['API_TOKEN', '$STRIPE_KEY'],
    ['API_TOKEN', '$(cat /run/secrets/token)'],
    ['API_TOKEN', '{{ .Values.token }}'],
    ['API_TOKEN', '{{token}}'],
    ['API_TOKEN', '${{ secrets.TOKEN }}'],
    ['API_TOKEN', '#{TOKEN}'],
    ['API_TOKEN', '%(token)s'],
    ['API_TOKEN', '%TOKEN%'],
    ['API_TOKEN', '__TOKEN__'],
    ['API_TOKEN', '@@TOKEN@@'],
    ['API_TOKEN', 'xxxxxxxxxxxx'],
    ['API_TOKEN', 'XXXX-XXXX-XXXX'],
    ['API_TOKEN', 'xxx-token'],
    ['API_TOKEN', '************'],
    ['API_TOKEN', '••••••••'],
    ['API_TOKEN', 'token...'],
    ['API_TOKEN', 'your-api-key'],
    ['API_TOKEN', 'your_api_key_here'],
    ['API_TOKEN', 'insert-token'],
    ['API_TOKEN', 'put_your_token_here'],
    ['API_TOKEN', 'token-goes-here'],
    ['API_TOKEN', 'example-token'],
    ['API_TOKEN', 'exampleToken123'],
    ['API_TOKEN', 'sample_token_value'],
    ['API_TOKEN', 'dummy-password'],
    ['API_TOKEN', 'placeholder'],
    ['API_TOKEN', 'fake-token-for-tests'],
    ['API_TOKEN', 'REDACTED'],
    ['SLACK_BOT_TOKEN', 'xoxb-not-set'],
    ['API_TOKEN', 'to-be-replaced'],
    ['API_TOKEN', 'fill-me-in-later'],
    ['API_TOKEN', 'set_me_please'],
    ['API_TOKEN', 'replace-with-real-token'],
    ['API_TOKEN', 'test'],
    ['API_TOKEN', 'testing'],
    ['API_TOKEN', 'none'],
    ['API_TOKEN', 'None'],
    ['API_TOKEN', 'null'],
    ['API_TOKEN', 'nil'],
    ['API_TOKEN', 'undefined'],
    ['API_TOKEN', 'true'],
    ['API_TOKEN', 'TODO'],
    ['API_TOKEN', 'tbd'],
    ['API_TOKEN', 'n/a'],
    ['API_TOKEN', 'secret'],
    ['API_TOKEN', 'password'],
    ['API_TOKEN', 'abc'],
    ['API_TOKEN', 'a1b2'],
    ['API_TOKEN', 'aaaaaaaaaaaa'],
    ['API_TOKEN', '000000000000'],
    ['API_TOKEN', '12345'],
    ['API_TOKEN', 'notasecret'],
    ['API_TOKEN', 'Set this in the vault'],
    ['API_TOKEN', 'https://vault.internal/v1/secret/data/app'],
    ['API_TOKEN', 'https://user@auth.example.org/token'],
    ['API_TOKEN', '/run/secrets/api_token'],
    ['API_TOKEN', './secrets/token.txt'],
    ['API_TOKEN', '../keys/id_rsa'],
    ['API_TOKEN', '~/.config/gh/hosts.yml'],
    ['API_TOKEN', 'C:\\secrets\\token.txt'],
    ['API_TOKEN', 'secrets/api.key'],
    ['API_TOKEN', 'vault:secret/data/app#token'],
    ['API_TOKEN', 'op://Engineering/Stripe/credential'],
    ['API_TOKEN', 'ref+vault://secret/app#/token'],
    ['API_TOKEN', 'arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/app-AbCdEf'],
    ['API_TOKEN', 'arn:aws:ssm:eu-west-1:123456789012:parameter/app/token'],
    ['API_TOKEN', 'projects/acme/secrets/api-token/versions/latest'],
    ['API_TOKEN', 'sops:ENC[AES256_GCM,data:abc]'],
    ['STRIPE_SECRET_KEY', 'sk_test_your_key_here'],
    ['STRIPE_SECRET_KEY', 'sk_live_' + 'x'.repeat(24)],
    ['STRIPE_SECRET_KEY', 'sk_live_' + 'X'.repeat(30)],
    ['AWS_ACCESS_KEY_ID', 'AKIAIOSFODNN7EXAMPLE'],
    ['AWS_SECRET_ACCESS_KEY', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'],
    ['GITHUB_TOKEN', 'ghp_' + 'a'.repeat(36)],
    ['STRIPE_PUBLISHABLE_KEY', PK_LIVE],
    ['tls.key', '-----BEGIN PRIVATE KEY-----\n...\n-----END PRIVATE KEY-----'],
    ['tls.key', '-----BEGIN PRIVATE KEY-----\n<your key>\n-----END PRIVATE KEY-----'],
    ['GITHUB_TOKEN', GHP_BAD_CHECKSUM],
    ['NPM_TOKEN', 'npm_' + 'vPHeq7lLuBPMgIytpUs8ZkVhng2UWBqlN8mq'],
    ['DATABASE_URL', 'postgres://app:${DB_PASSWORD}@db:5432/app'],
    ['DATABASE_URL', 'postgres://app:changeme@db:5432/app'],
    ['DATABASE_URL', 'postgres://app:password@db:5432/app'],
    ['DATABASE_URL', 'postgres://db:5432/app'],
    ['DATABASE_URL', 'postgres://app@db:5432/app'],
    // ordinary settings: names that hold no credential, or talk about one
    ['LOG_LEVEL', 'debug'],
    ['NODE_ENV', 'production'],
    ['API_BASE_URL', 'https://api.internal/v2'],
    ['TOKEN_TTL', '3600'],
    ['TOKEN_EXPIRY', '24h-and-some-more'],
    ['PASSWORD_MIN_LENGTH', '12'],
    ['AUTH_DOMAIN', 'acme.eu.auth0.com'],
    ['AUTH_PROVIDER', 'google-oauth2'],
    ['AUTH_ENABLED', 'true'],
    ['TOKEN_FILE', '/var/run/secrets/token'],
    ['PASSWORD_FILE', 'db-password-file'],
    ['SECRET_NAME', 'payments-credentials'],
    ['TOKEN_URL', 'https://login.example/oauth/token'],
    ['existingSecretPasswordKey', 'postgres-password'],
    ['adminPasswordKey', 'admin-password-k'],
    ['AUTHOR', 'Jane Doe Writer'],
    ['PUBLIC_KEY', 'MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE'],
    ['NEXT_PUBLIC_API_KEY', 'pub-7f3k2m9q1w8e'],
    ['payments-credentials/WEBHOOK_URL', 'https://hooks.internal/payments'],
    ['CLIENT_ID', 'a8f3c9e1-4b2d-4e6f-9a1c-3d5e7f9b1c2e'],
    ['AWS_REGION', 'eu-west-1'],
  ])('%s = %j', (name, value) => {
    expect(what(value, name)).toBeUndefined();
  });
});

describe('plaintext-secret: name and placeholder helpers', () => {
  it.each([
    ['STRIPE_SECRET_KEY', true],
    ['creds/API_TOKEN', true],
    ['stripe.apiKey', true],
    ['db.auth.password', true],
    ['.dockerconfigjson', true],
    ['tls.key', false],
    ['TOKEN_TTL', false],
    ['AWS_ACCESS_KEY_ID', false],
    ['secret/LOG_LEVEL', false],
    ['DJANGO_SECRET_KEY', true],
    ['AUTH_KEY', true],
    ['adminPasswordKey', false],
  ])('isCredentialName(%s) = %s', (name, want) => {
    expect(isCredentialName(name)).toBe(want);
  });

  it.each([
    ['Zq7kW2pL', 3, false],
    ['Zq7kW2pL', 9, true],
    ['hunter2', 3, true],
  ])('isPlaceholder(%s, min %d) = %s', (value, min, want) => {
    expect(isPlaceholder(value, min)).toBe(want);
  });
});

describe('plaintext-secret: findings', () => {
  const USES: LiteralUse[] = [
    {
      name: 'payments-credentials/STRIPE_KEY',
      key: 'STRIPE_SECRET_KEY',
      value: SK_LIVE,
      at: 'k8s/secret.yaml:9:3',
      via: 'stringData',
    },
    {
      name: 'STRIPE_SECRET_KEY',
      value: SK_TEST,
      at: 'app/.env.production:3:8',
      sourceKind: 'dotenv',
      environment: 'production',
    },
    { name: 'STRIPE_SECRET_KEY', at: '.github/workflows/deploy.yml:20:9', sourceKind: 'github-workflow' },
    { name: 'DB_PASSWORD', value: 'changeme', at: 'docker-compose.yml:4:9', sourceKind: 'compose' },
    {
      name: 'postgresql.auth.password',
      value: 'Kq8#vR2!mZ5wLp9T',
      at: 'chart/values-prod.yaml:7:5',
      sourceKind: 'helm-values',
      environment: 'production',
    },
    { name: 'LOG_LEVEL', value: 'debug', at: '.env:1:1', sourceKind: 'dotenv' },
  ];

  it('one finding per literal use, at the use, naming the key, what it looks like and where it lives', () => {
    const findings = runRule(rule, { keys: keysOf(USES) });
    expect(findings.map(({ message, at, key, input }) => ({ message, at, key, severity: input.severity }))).toEqual([
      {
        message:
          'payments-credentials/STRIPE_KEY holds a Stripe live secret key committed in plain text in this file (a live key: anyone who can read this file can use it); move it to a secret store and reference it',
        at: 'k8s/secret.yaml:9:3',
        key: 'STRIPE_SECRET_KEY',
        severity: 'error',
      },
      {
        message:
          'STRIPE_SECRET_KEY holds a Stripe test secret key committed in plain text in this file (deployed to production, by its path); move it to a secret store and reference it',
        at: 'app/.env.production:3:8',
        key: 'STRIPE_SECRET_KEY',
        severity: 'error',
      },
      {
        message:
          'postgresql.auth.password holds a secret value committed in plain text in this file (deployed to production, by its path); move it to a secret store and reference it',
        at: 'chart/values-prod.yaml:7:5',
        key: 'postgresql.auth.password',
        severity: 'error',
      },
    ]);
    expect(findings[0].input.evidence).toEqual([
      { fact: 'provider', value: 'stripe', source: 'value', detail: 'secret, live' },
      { fact: 'source', value: 'kubernetes', source: 'file', detail: 'stringData' },
      { fact: 'place', value: 'production', source: 'file', detail: 'deployed to production, by its path' },
    ]);
    expect(findings[0].input.environment).toBe('production');
    // Reported per use: the engine joins uses of one key in one file into one finding (root-cause.ts).
    expect(findings[0].input.use?.location).toEqual({ file: 'k8s/secret.yaml', line: 9, column: 3 });
    assertNoValues(
      findings,
      USES.map((u) => u.value),
    );
  });

  it('the joined key name helps a hint-only format (a Datadog key under a neutral manifest name)', () => {
    const datadog = PROVIDERS.find((p) => p.id === 'datadog')?.formats.find((f) => f.needsNameHint)?.examples[0];
    expect(datadog).toBeDefined();
    const uses: LiteralUse[] = [{ name: 'monitoring/value', key: 'DATADOG_API_KEY', value: datadog }];
    const findings = runRule(rule, { keys: keysOf(uses) });
    expect(findings.map((f) => f.message)).toEqual([
      'monitoring/value holds a Datadog API key committed in plain text in this file (deployed to production, by its path); move it to a secret store and reference it',
    ]);
    assertNoValues(findings, [datadog]);
  });

  it.each([
    ['ignore-types: [] reports a publishable key', { 'ignore-types': [] }, 'STRIPE_PUBLISHABLE_KEY', PK_LIVE, 1],
    ['min-length: 20 lets a short password pass', { 'min-length': 20 }, 'DB_PASSWORD', 'S3cur3P@ss', 0],
    ['defaults report the short password', {}, 'DB_PASSWORD', 'S3cur3P@ss', 1],
  ])('options: %s', (_, options, name, value, count) => {
    expect(runRule(rule, { keys: keysOf([{ name, value }]), options })).toHaveLength(count);
  });

  it('canary values never reach a finding, whatever the name', () => {
    const canaries = ['kb_canary_9f3Qx7Lm2Vw', SK_LIVE, GHP, PEM, 'postgres://u:kb7Qx2Lm9Vw4@db/x'];
    const uses = canaries.map((value, i) => ({ name: `SECRET_${i}`, value, at: `f.env:${i + 1}:1` }));
    const findings = runRule(rule, { keys: keysOf(uses) });
    expect(findings).toHaveLength(canaries.length);
    assertNoValues(findings, [...canaries, 'kb7Qx2Lm9Vw4', ...PEM.split('\n')]);
  });

  it('meta is complete and the example matches the message template', () => {
    expect(rule.meta.id).toBe('plaintext-secret');
    expect(rule.meta.defaultSeverity).toBe('error');
    expect(rule.meta.description.length).toBeGreaterThan(20);
    expect(rule.meta.optionsSchema).toMatchObject({ type: 'object', additionalProperties: false });
    expect(rule.meta.example).toMatch(/^payments-credentials\/STRIPE_KEY holds a Stripe live secret key/);
  });
});

describe('plaintext-secret: severity by where the literal lives (README table)', () => {
  const PASSWORD = 'Kq8#vR2!mZ5wLp9T';
  it.each<[string, LiteralUse, string, string]>([
    // True problems that stay errors.
    [
      'a private key deployed to production',
      { name: 'tls/tls.key', value: PEM, at: 'k8s/overlays/prod/tls.yaml:8:3', via: 'stringData' },
      'error',
      'deployed to production, by its path',
    ],
    [
      'a test-mode key in a production env file',
      { name: 'STRIPE_SECRET_KEY', value: SK_TEST, at: 'app/.env.production:3:1', sourceKind: 'dotenv' },
      'error',
      'deployed to production, by its path',
    ],
    [
      'a live key in a production Secret',
      {
        name: 'payments/STRIPE_KEY',
        value: SK_LIVE,
        at: 'k8s/secret.yaml:9:3',
        environmentSource: 'namespace',
        via: 'stringData',
      },
      'error',
      'a live key: anyone who can read this file can use it',
    ],
    [
      'a live key in a local compose file',
      { name: 'GITHUB_TOKEN', value: GHP, at: 'docker-compose.yml:7:9', sourceKind: 'compose', environment: 'unknown' },
      'error',
      'a live key: anyone who can read this file can use it',
    ],
    [
      'a password in a production Helm values file',
      { name: 'db.password', value: PASSWORD, at: 'chart/values-prod.yaml:4:3', sourceKind: 'helm-values' },
      'error',
      'deployed to production, by its path',
    ],
    // Unknown environment: a warning.
    [
      'a password in a manifest of unknown environment',
      { name: 'app/DB_PASSWORD', value: PASSWORD, at: 'k8s/secret.yaml:6:3', environment: 'unknown' },
      'warning',
      'environment unknown',
    ],
    [
      'a password deployed to staging',
      { name: 'app/DB_PASSWORD', value: PASSWORD, at: 'k8s/secret.yaml:6:3', environment: 'staging' },
      'warning',
      'deployed to staging',
    ],
    [
      'a private key in a file of unknown environment',
      { name: 'tls/tls.key', value: PEM, at: 'deploy/tls.yaml:8:3', environment: 'unknown' },
      'warning',
      'environment unknown',
    ],
    // Development, test and local files: a note.
    [
      'a compose file with no production evidence',
      {
        name: 'DB_PASSWORD',
        value: PASSWORD,
        at: 'docker-compose.yml:4:9',
        sourceKind: 'compose',
        environment: 'unknown',
      },
      'note',
      'a local development compose file, with no production evidence',
    ],
    [
      'a devcontainer compose file',
      {
        name: 'DB_PASSWORD',
        value: PASSWORD,
        at: '.devcontainer/docker-compose.yml:4:9',
        sourceKind: 'compose',
        environment: 'unknown',
      },
      'note',
      'a test, example or local file, by its path part .devcontainer',
    ],
    [
      '.env.test',
      { name: 'DB_PASSWORD', value: PASSWORD, at: '.env.test:1:1', sourceKind: 'dotenv', environment: 'development' },
      'note',
      'a development file',
    ],
    [
      'feature.env',
      {
        name: 'DB_PASSWORD',
        value: PASSWORD,
        at: 'config/feature.env:1:1',
        sourceKind: 'dotenv',
        environment: 'unknown',
      },
      'note',
      'a test, example or local file, by its path part feature.env',
    ],
    [
      'an example manifest',
      { name: 'app/DB_PASSWORD', value: PASSWORD, at: 'examples/app/secret.yaml:6:3', environment: 'unknown' },
      'note',
      'a test, example or local file, by its path part examples',
    ],
    [
      'the .env of a local compose project',
      { name: 'DB_PASSWORD', value: PASSWORD, at: 'stack/.env:1:1', sourceKind: 'dotenv', environment: 'unknown' },
      'note',
      'the .env file of a local compose project, with no production evidence',
    ],
    [
      'a default credential of a container on a private compose network, even in production',
      {
        name: 'POSTGRES_PASSWORD',
        value: PASSWORD,
        at: 'deploy/docker-compose.prod.yml:12:9',
        sourceKind: 'compose',
        privateNetwork: true,
      },
      'note',
      'a default credential of a container on a private compose network',
    ],
  ])('%s: %s', (_, use, severity, where) => {
    const inventory = { files: [{ path: 'stack/docker-compose.yml', kind: 'compose' as const }] };
    const findings = runRule(rule, { keys: keysOf([use]), inventory });
    expect(findings.map((f) => [f.input.severity, f.input.data?.where])).toEqual([[severity, where]]);
    expect(findings[0].message).toContain(`(${where})`);
    expect(findings[0].input.evidence.at(-1)).toMatchObject({ fact: 'place', source: 'file' });
  });
});

describe('plaintext-secret: fixture repositories end to end', () => {
  it('extractor literals from the fixtures: real-looking credentials reported, placeholders not', async () => {
    const { fixture } = await import('../fixtures/manifests/helpers.js');
    const { kubernetesExtractor } = await import('../../src/discovery/kubernetes.js');
    const { kustomizeExtractor } = await import('../../src/discovery/kustomize.js');
    const { composeExtractor } = await import('../../src/discovery/compose.js');
    const { helmValuesExtractor } = await import('../../src/discovery/helm-values.js');
    const { dotenvExtractor } = await import('../../src/discovery/dotenv.js');
    const files: [typeof kubernetesExtractor, string][] = [
      [kubernetesExtractor, 'k8s/payments-secret.yaml'],
      [kubernetesExtractor, 'k8s/jobs.yaml'],
      [kustomizeExtractor, 'kustomize/overlays/prod/kustomization.yaml'],
      [kustomizeExtractor, 'kustomize/overlays/staging/kustomization.yaml'],
      [composeExtractor, 'compose/docker-compose.yml'],
      [helmValuesExtractor, 'helm/payments/values.yaml'],
      [helmValuesExtractor, 'helm/payments/values-prod.yaml'],
      [dotenvExtractor, 'compose/.env'],
      [dotenvExtractor, 'app/.env.production'],
    ];
    const uses = files.flatMap(([extractor, path]) => extractor.extract({ path, text: fixture(path) }).uses ?? []);
    const keys = keysOf(
      uses.map((use) => ({
        name: use.name,
        value: use.literal?.reveal(),
        at: `${use.location.file}:${use.location.line}:${use.location.column}`,
        sourceKind: use.sourceKind,
        ...(use.context?.via ? { via: use.context.via } : {}),
      })),
    );
    const findings = runRule(rule, { keys });
    expect(findings.map((f) => `${f.at} ${f.message.split(' committed')[0]}`).sort()).toEqual(
      [
        'k8s/payments-secret.yaml:12:3 payments-credentials/DB_PASSWORD holds a secret value',
        'k8s/payments-secret.yaml:9:3 payments-credentials/STRIPE_KEY holds a Stripe live secret key',
        'kustomize/overlays/staging/kustomization.yaml:9:9 onboarding-credentials/API_TOKEN holds a secret value',
        'compose/docker-compose.yml:21:9 REDIS_PASSWORD holds a secret value',
        'helm/payments/values.yaml:23:5 FEATURE_FLAGS_TOKEN holds a secret value',
        'helm/payments/values-prod.yaml:7:5 postgresql.auth.password holds a secret value',
        'app/.env.production:3:8 STRIPE_SECRET_KEY holds a Stripe test secret key',
        'app/.env.production:4:1 SESSION_SECRET holds a secret value',
      ].sort(),
    );
    // The reported values appear nowhere (the other literals are plain words such as `production`).
    const reported = new Set(findings.map((f) => f.at));
    assertNoValues(
      findings,
      uses
        .filter((u) => reported.has(`${u.location.file}:${u.location.line}:${u.location.column}`))
        .map((u) => u.literal?.reveal()),
    );
  });
});
