// Every provider's key formats against their own examples and near misses (gitleaks-style: a format
// whose examples fail does not build), plus the registry's shape and linear-time matching.

import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MAX_TOKEN_LENGTH,
  PROVIDERS,
  detectFormat,
  formatPrefix,
  providerById,
  providersForName,
} from '../../src/providers/index.js';
import { CATALOG, formatGate } from '../../src/providers/catalog.js';
import type { KeyFormat, ProviderSpec } from '../../src/providers/types.js';

/** The provider's spec with its adapter and format examples (providerById gives the catalog's data). */
const spec = (id: string): ProviderSpec => PROVIDERS.find((provider) => provider.id === id)!;

const IDS = [
  'alibaba',
  'anthropic',
  'atlassian',
  'aws',
  'buildkite',
  'circleci',
  'cloudflare',
  'confluent',
  'databricks',
  'datadog',
  'discord',
  'doppler',
  'dropbox',
  'elasticsearch',
  'fastly',
  'gcp',
  'github',
  'gitlab',
  'honeycomb',
  'huggingface',
  'launchdarkly',
  'netlify',
  'notion',
  'npm',
  'okta',
  'openai',
  'openrouter',
  'sendgrid',
  'slack',
  'square',
  'stripe',
  'terraform',
  'twilio',
  'vault',
];

/** A secret name that points at each provider and no other, for formats that need a name hint. */
const NAME_FOR: Record<string, string> = {
  alibaba: 'ALIBABA_CLOUD_ACCESS_KEY_SECRET',
  anthropic: 'ANTHROPIC_API_KEY',
  atlassian: 'ATLASSIAN_API_TOKEN',
  aws: 'AWS_SECRET_ACCESS_KEY',
  circleci: 'CIRCLECI_TOKEN',
  cloudflare: 'CF_API_TOKEN',
  confluent: 'CONFLUENT_CLOUD_API_SECRET',
  databricks: 'DATABRICKS_TOKEN',
  datadog: 'DD_API_KEY',
  fastly: 'FASTLY_API_TOKEN',
  buildkite: 'BUILDKITE_API_TOKEN',
  doppler: 'DOPPLER_TOKEN',
  discord: 'DISCORD_BOT_TOKEN',
  dropbox: 'DROPBOX_ACCESS_TOKEN',
  elasticsearch: 'ELASTICSEARCH_API_KEY',
  gcp: 'GOOGLE_APPLICATION_CREDENTIALS',
  github: 'GH_TOKEN',
  gitlab: 'GITLAB_TOKEN',
  honeycomb: 'HONEYCOMB_API_KEY',
  huggingface: 'HF_TOKEN',
  netlify: 'NETLIFY_AUTH_TOKEN',
  launchdarkly: 'LAUNCHDARKLY_ACCESS_TOKEN',
  notion: 'NOTION_TOKEN',
  npm: 'NODE_AUTH_TOKEN',
  okta: 'OKTA_API_TOKEN',
  openai: 'OPENAI_API_KEY',
  openrouter: 'OPENROUTER_API_KEY',
  sendgrid: 'SENDGRID_API_KEY',
  slack: 'SLACK_BOT_TOKEN',
  square: 'SQUARE_ACCESS_TOKEN',
  stripe: 'STRIPE_SECRET_KEY',
  terraform: 'TF_API_TOKEN',
  twilio: 'TWILIO_AUTH_TOKEN',
  vault: 'VAULT_TOKEN',
};

const FORMATS: [string, ProviderSpec, KeyFormat][] = PROVIDERS.flatMap((provider) =>
  provider.formats.map((format): [string, ProviderSpec, KeyFormat] => [
    `${provider.id}/${format.type}`,
    provider,
    format,
  ]),
);
const EXAMPLES = FORMATS.flatMap(([label, provider, format]) =>
  format.examples.map((example, i): [string, ProviderSpec, KeyFormat, string] => [
    `${label} #${i + 1}`,
    provider,
    format,
    example,
  ]),
);
const COUNTER_EXAMPLES = FORMATS.flatMap(([label, provider, format]) =>
  (format.counterExamples ?? []).map((example, i): [string, ProviderSpec, KeyFormat, string] => [
    `${label} #${i + 1}`,
    provider,
    format,
    example,
  ]),
);

/** The fastest of three runs, in ms: one slow run on a busy machine is not backtracking. */
function fastest(run: () => void): number {
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    const start = performance.now();
    run();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

describe('registry', () => {
  it('holds the providers of SPEC section 6 and PROVIDERS.md, sorted by id', () => {
    expect(PROVIDERS.map((p) => p.id)).toEqual(IDS);
  });

  it.each(IDS)('%s has its own file exporting its spec, and providerById finds it', async (id) => {
    const file = fileURLToPath(new URL(`../../src/providers/${id}.ts`, import.meta.url));
    expect(existsSync(file)).toBe(true);
    const module = (await import(
      /* @vite-ignore */ new URL(`../../src/providers/${id}.ts`, import.meta.url).href
    )) as Record<string, unknown>;
    expect(Object.values(module)).toContain(spec(id));
    expect(providerById(id)?.id).toBe(id);
  });

  it('returns undefined for an unknown id', () => {
    expect(providerById('nope')).toBeUndefined();
  });

  it.each(IDS)('%s has examples for every format, unique (type, mode) pairs and a name pattern', (id) => {
    const provider = spec(id);
    expect(provider.formats.length).toBeGreaterThan(0);
    expect(new Set(provider.formats.map((f) => `${f.type}/${f.mode ?? ''}`)).size).toBe(provider.formats.length);
    for (const format of provider.formats) expect(format.examples.length).toBeGreaterThan(0);
    expect(providersForName(NAME_FOR[id])).toEqual([providerById(id)]);
  });

  it.each(IDS)('%s lists read-only identity endpoints as data', (id) => {
    const { endpoints } = spec(id);
    expect(endpoints.length).toBeGreaterThan(0);
    for (const endpoint of endpoints) {
      expect(['GET', 'POST']).toContain(endpoint.method);
      // A provider with no default host (a tenant) names none; --endpoint gives the customer's.
      const base = endpoint.baseUrl ?? spec(id).tenant!.example.replace(/\{[a-z]+\}/g, 'tenant');
      expect(new URL(base).protocol).toBe('https:');
      expect(endpoint.path.startsWith('/')).toBe(true);
      // A POST must say why it is read-only.
      if (endpoint.method === 'POST') expect(endpoint.note ?? '').not.toBe('');
    }
  });
});

describe('patterns', () => {
  it.each(FORMATS)('%s is anchored, stateless and has no quantified group', (_label, _provider, format) => {
    const { source, flags } = format.pattern;
    expect(source.startsWith('^')).toBe(true);
    expect(source.endsWith('$') && !source.endsWith('\\$')).toBe(true);
    expect(flags).not.toMatch(/[gy]/);
    // No nested quantifiers: no group is itself repeated.
    expect(source).not.toMatch(/\)[*+?{]/);
  });

  it.each(FORMATS)('%s: examples start with its public prefix', (_label, _provider, format) => {
    const prefix = formatPrefix(format);
    for (const example of format.examples) expect(example.startsWith(prefix)).toBe(true);
    if (!format.needsNameHint && !format.examples[0].trimStart().startsWith('{')) {
      expect(prefix.length).toBeGreaterThanOrEqual(2);
    }
  });
});

describe('examples', () => {
  it.each(EXAMPLES)('%s matches its own format and is detected as it', (_label, provider, format, example) => {
    expect(format.pattern.test(example)).toBe(true);
    const named = detectFormat(example, NAME_FOR[provider.id]);
    // The catalog's copy of this very format (detection reads the catalog, not the spec).
    const data = providerById(provider.id)!.formats[provider.formats.indexOf(format)];
    expect(named?.provider.id).toBe(provider.id);
    expect(named?.format).toBe(data);
    if (format.needsNameHint) {
      // A bare format counts only beside its provider's name.
      expect(detectFormat(example)).toBeUndefined();
      expect(detectFormat(example, 'MY_SECRET')).toBeUndefined();
    } else {
      expect(detectFormat(example)?.format).toBe(data);
      expect(detectFormat(example, 'MY_SECRET')?.format).toBe(data);
    }
  });

  it.each(EXAMPLES.filter(([, , format]) => !format.needsNameHint))(
    '%s matches no other prefixed format',
    (_label, _provider, format, example) => {
      const others = FORMATS.filter(
        ([, , other]) => other !== format && !other.needsNameHint && other.pattern.test(example),
      );
      expect(others.map(([label]) => label)).toEqual([]);
    },
  );

  it.each(COUNTER_EXAMPLES)('%s near miss is not detected as that format', (_label, provider, format, example) => {
    expect(detectFormat(example, NAME_FOR[provider.id])?.format).not.toBe(format);
    expect(detectFormat(example)?.format).not.toBe(format);
  });
});

describe('detectFormat', () => {
  const ghp = spec('github').formats[0].examples[0];
  const gcpKey = spec('gcp').formats[0].examples[0];

  it.each([
    ['empty', ''],
    ['trailing LF', `${ghp}\n`],
    ['trailing CRLF', `${ghp}\r\n`],
    ['leading space', ` ${ghp}`],
    ['inner space', `${ghp.slice(0, 10)} ${ghp.slice(10)}`],
    ['tab', `${ghp}\t`],
    ['NUL', `${ghp}\0`],
    ['two keys on two lines', `${ghp}\n${ghp}`],
    ['NUL inside a GCP document', gcpKey.replace('"type"', '"ty\0pe"')],
    ['longer than the longest token', `ghp_${'a'.repeat(MAX_TOKEN_LENGTH)}`],
  ])('never matches a malformed value: %s', (_label, value) => {
    expect(detectFormat(value)).toBeUndefined();
    expect(detectFormat(value, 'GITHUB_TOKEN')).toBeUndefined();
  });

  it('accepts a multi-line GCP JSON document', () => {
    expect(gcpKey).toContain('\n');
    expect(detectFormat(gcpKey)?.format.type).toBe('service-account-key');
  });

  it('prefers a prefixed format over a bare one whose name matches', () => {
    // ghp_ + 36 characters is also 40 characters of [A-Za-z0-9_], Cloudflare's legacy shape.
    expect(detectFormat(ghp, 'CF_API_TOKEN')?.format.type).toBe('classic-pat');
  });

  it.each([
    ['b36e992c843ea22c76edc6c5003d133a', 'DD_API_KEY', 'datadog', 'api-key'],
    ['b36e992c843ea22c76edc6c5003d133a', 'TWILIO_AUTH_TOKEN', 'twilio', 'auth-token'],
    ['b36e992c843ea22c76edc6c5003d133a', 'PROD_API_KEY', undefined, undefined],
    ['19ffab0396347dd16ca6637daece4967b3fe39bf', 'DATADOG_APP_KEY', 'datadog', 'app-key'],
    ['19ffab0396347dd16ca6637daece4967b3fe39bf', 'PROD_AWS_SECRET_ACCESS_KEY', 'aws', 'secret-access-key'],
    ['19ffab0396347dd16ca6637daece4967b3fe39bf', 'CLOUDFLARE_API_TOKEN', 'cloudflare', 'legacy-token'],
  ])('bare value %s beside %s is %s/%s', (value, name, provider, type) => {
    const match = detectFormat(value, name);
    expect(match?.provider.id).toBe(provider);
    expect(match?.format.type).toBe(type);
  });

  it.each([
    ['100 KB of a', 'a'.repeat(100_000)],
    ['ghp_ + 100 KB', `ghp_${'a'.repeat(100_000)}`],
    ['ghp_ + 100 KB + !', `ghp_${'a'.repeat(100_000)}!`],
    ['sk-proj- + 100 KB of -', `sk-proj-${'-'.repeat(100_000)}`],
    ['sk- + T3BlbkFJ repeated', `sk-${'T3BlbkFJ'.repeat(12_500)}!`],
    ['xoxb- digits', `xoxb-${'1'.repeat(100_000)}`],
    ['{ + "type" repeated', `{${'"type": '.repeat(12_000)}`],
    ['{ + whitespace', `{${' '.repeat(100_000)}`],
    ['{ + } repeated + x', `{${'}  '.repeat(33_000)}x`],
  ])('classifies %s in well under 50 ms', (_label, value) => {
    expect(fastest(() => detectFormat(value, 'AWS_DD_CF_TWILIO_NPM_SECRET'))).toBeLessThan(50);
  });

  it.each(FORMATS)('%s pattern alone is linear on 100 KB adversarial input', (_label, _provider, format) => {
    const prefix = formatPrefix(format);
    const inputs = [
      `${prefix}${'a'.repeat(100_000)}!`,
      `${prefix}${'0'.repeat(100_000)}!`,
      `${prefix}${'-'.repeat(100_000)}!`,
      `${prefix}${'aA0_-.'.repeat(17_000)} `,
      `{"type": "service_account"${' }'.repeat(50_000)}x`,
    ];
    expect(fastest(() => inputs.forEach((input) => format.pattern.test(input)))).toBeLessThan(50);
  });
});

describe('providersForName', () => {
  it('key-name patterns stay linear on long adversarial names', () => {
    const names = [`OKTA${'_A'.repeat(50_000)}_X`, `ELASTIC${'_'.repeat(100_000)}API`, `CCLOUD${'-a1'.repeat(30_000)}`];
    expect(fastest(() => names.forEach((name) => providersForName(name)))).toBeLessThan(50);
  });

  it.each([
    ['STRIPE_SECRET_KEY', ['stripe']],
    ['STAGING_STRIPE_KEY', ['stripe']],
    ['prod-stripe.key', ['stripe']],
    ['payments-credentials/STRIPE_KEY', ['stripe']],
    ['STRIPEY_THING', []],
    ['GITHUB_TOKEN', ['github']],
    ['GH_TOKEN', ['github']],
    ['GIT_HUB_SERVICE_ACCOUNT_TOKEN', ['github']],
    ['GITHUBBER_TOKEN', []],
    ['NPM_TOKEN', ['npm']],
    ['NODE_AUTH_TOKEN', ['npm']],
    ['HF_TOKEN', ['huggingface']],
    ['DD_API_KEY', ['datadog']],
    ['CF_API_TOKEN', ['cloudflare']],
    ['PROD_AWS_ACCESS_KEY_ID', ['aws']],
    ['GOOGLE_APPLICATION_CREDENTIALS', ['gcp']],
    ['GITHUB_NPM_TOKEN', ['github', 'npm']],
    ['NPM_GITHUB_TOKEN', ['npm', 'github']],
    ['LATEST_TOKEN', []],
    ['DRAWS_KEY', []],
    // Providers whose users keep app secrets, ids, URLs and hosts beside the token: only token names
    // point at them (a name that points at a provider makes its other values `malformed`).
    ['DROPBOX_ACCESS_TOKEN', ['dropbox']],
    ['DROPBOX_APP_KEY', []],
    ['DROPBOX_REFRESH_TOKEN', []],
    ['DISCORD_BOT_TOKEN', ['discord']],
    ['DISCORD_WEBHOOK_URL', []],
    ['DISCORD_CLIENT_SECRET', []],
    ['NOTION_API_KEY', ['notion']],
    ['NOTION_DATABASE_ID', []],
    ['TF_API_TOKEN', ['terraform']],
    ['TF_TOKEN_app_terraform_io', ['terraform']],
    ['TFE_HOSTNAME', []],
    ['TF_VAR_region', []],
    ['LD_SDK_KEY', ['launchdarkly']],
    ['LAUNCHDARKLY_CLIENT_SIDE_ID', []],
    ['LD_LIBRARY_PATH', []],
    // Key names of providers with siblings that are no key: only the key's own name points at them,
    // so an OKTA_CLIENT_SECRET or a JIRA_BASE_URL is never called a malformed key of theirs.
    ['OKTA_API_TOKEN', ['okta']],
    ['PROD_OKTA_CLIENT_TOKEN', ['okta']],
    ['tf_var_okta_api_key', ['okta']],
    ['OKTA_CLIENT_SECRET', []],
    ['OKTA_PRIVATE_KEY', []],
    ['OKTA_ORG_URL', []],
    ['ATLASSIAN_API_TOKEN', ['atlassian']],
    ['ATLASSIAN_EMAIL', []],
    ['JIRA_API_TOKEN', []],
    ['JIRA_BASE_URL', []],
    ['DATABRICKS_TOKEN', ['databricks']],
    ['DATABRICKS_ACCESS_TOKEN', ['databricks']],
    ['DATABRICKS_HOST', []],
    ['DATABRICKS_CLIENT_SECRET', []],
    ['CONFLUENT_CLOUD_API_SECRET', ['confluent']],
    ['CCLOUD_API_KEY', ['confluent']],
    ['CONFLUENT_BOOTSTRAP_SERVERS', []],
    ['CONFLUENT_SSL_KEY', []],
    ['ELASTICSEARCH_API_KEY', ['elasticsearch']],
    ['PROD_ES_APIKEY', ['elasticsearch']],
    ['PROD_ELASTIC_API_KEY', ['elasticsearch']],
    ['ELASTIC_CLOUD_API_KEY', []],
    ['ELASTICSEARCH_URL', []],
    ['ELASTIC_PASSWORD', []],
    ['FEATURES_API_KEY', []],
  ])('%s points at %j', (name, ids) => {
    expect(providersForName(name).map((p) => p.id)).toEqual(ids);
  });
});

describe('formatGate', () => {
  const formats = CATALOG.flatMap((provider) =>
    provider.formats.map((format) => [`${provider.id} ${format.type}`, format] as const),
  );

  // fast-check cannot generate strings for a lookaround; those formats' gates are the prefix before it.
  const generated = formats.filter(
    ([, format]) => formatGate(format) !== '' && !/\(\?<?[=!]/.test(format.pattern.source),
  );

  it('generates values for nearly every gated format', () => {
    expect(generated.length).toBeGreaterThan(formats.filter(([, format]) => formatGate(format) !== '').length - 3);
  });

  it.each(generated)('%s: every value its pattern matches starts with the gate', (_name, format) => {
    const gate = formatGate(format);
    fc.assert(
      fc.property(fc.stringMatching(format.pattern), (value) => {
        expect(value.startsWith(gate)).toBe(true);
      }),
      { numRuns: 50 },
    );
  });

  it('most formats have one, so a value runs few patterns', () => {
    const gated = formats.filter(([, format]) => formatGate(format) !== '').length;
    expect(gated / formats.length).toBeGreaterThan(0.5);
  });

  it.each([
    [/^sk_live_[A-Za-z0-9]{24}$/, 'sk_live_'],
    [/^ab|^cd/, ''],
    [/^ab(?:c|d)/, 'ab'],
    [/^ab[|]c/, 'ab'],
    [/^abc/i, ''],
    [/^abc?d/, 'ab'],
    [/^[a-z]{4}/, ''],
  ])('%s: %j', (pattern, gate) => {
    expect(formatGate({ type: 'x', pattern })).toBe(gate);
  });
});
