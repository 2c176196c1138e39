// compose extractor: environment (list and map forms), interpolation anywhere in a service, merge
// keys, env_file notices, top-level and service secrets, with exact locations and literals.

import { describe, expect, it } from 'vitest';
import { composeExtractor } from '../../src/discovery/compose.js';
import { fixture, HOSTILE, rows, run, type Row } from '../fixtures/manifests/helpers.js';

const extract = (text: string, path = 'docker-compose.yml') => run(composeExtractor, path, text);

describe('compose: fixture stack', () => {
  it('docker-compose.yml with env_file, anchors, interpolation and secrets', () => {
    const path = 'compose/docker-compose.yml';
    const part = run(composeExtractor, path, fixture(path));
    expect(rows(part)).toEqual([
      { name: 'DATABASE_URL', at: '13:7-13:68', via: 'environment', resource: 'web' },
      { name: 'STRIPE_SECRET_KEY', at: '14:7-14:25', via: 'environment', resource: 'web' },
      // Merged from the `x-common-env` anchor: located where the text stands.
      { name: 'TZ', at: '2:3-2:10', via: 'environment', resource: 'web', literal: 'UTC' },
      { name: 'SENTRY_DSN', at: '3:3-3:28', via: 'environment', resource: 'web' },
      { name: 'stripe_key', at: '16:9-16:19', via: 'secrets', resource: 'web' },
      { name: 'WEB_TAG', at: '7:29-7:38', via: 'interpolation', resource: 'web' },
      { name: 'POSTGRES_PASSWORD', at: '13:36-13:56', via: 'interpolation', resource: 'web' },
      { name: 'QUEUE', at: '20:9-20:22', via: 'environment', resource: 'worker', literal: 'default' },
      { name: 'REDIS_PASSWORD', at: '21:9-21:40', via: 'environment', resource: 'worker', literal: 'Zr7pT4kWq9LmX2vB' },
      { name: 'OPENAI_API_KEY', at: '22:9-22:23', via: 'environment', resource: 'worker' },
      { name: 'WORKER_KEY', at: '23:54-23:65', via: 'interpolation', resource: 'worker' },
      { name: 'POSTGRES_PASSWORD', at: '27:7-27:62', via: 'environment', resource: 'db' },
      { name: 'stripe_key', at: '30:3-31:35', via: 'secrets', resource: 'secrets.stripe_key' },
      { name: 'STRIPE_SECRET_KEY', at: '31:5-31:35', via: 'secrets.environment', resource: 'secrets.stripe_key' },
      { name: 'tls_cert', at: '32:3-33:26', via: 'secrets', resource: 'secrets.tls_cert' },
    ]);
    expect(part.diagnostics).toEqual([
      {
        kind: 'notice',
        file: path,
        message: `${path}: env_file config/web.properties of service web is not scanned (only .env, .env.* and *.env files are)`,
      },
    ]);
  });
});

const CASES: { name: string; text: string; want: Row[] }[] = [
  {
    name: 'list form: KEY=value, KEY, KEY=, quoted entries, $$ escapes, interpolated values',
    text: `services:
  app:
    environment:
      - API_KEY=abc123def456
      - PASSTHROUGH
      - EMPTY=
      - "QUOTED=with space"
      - PRICE=$$5
      - MIXED=pre-\${SUFFIX}
      - SAME=\${SAME}
      - 1INVALID=x
`,
    want: [
      { name: 'API_KEY', at: '4:9-4:29', via: 'environment', resource: 'app', literal: 'abc123def456' },
      { name: 'PASSTHROUGH', at: '5:9-5:20', via: 'environment', resource: 'app' },
      { name: 'EMPTY', at: '6:9-6:15', via: 'environment', resource: 'app' },
      { name: 'QUOTED', at: '7:10-7:28', via: 'environment', resource: 'app', literal: 'with space' },
      { name: 'PRICE', at: '8:9-8:18', via: 'environment', resource: 'app', literal: '$5' },
      { name: 'MIXED', at: '9:9-9:28', via: 'environment', resource: 'app' },
      { name: 'SAME', at: '10:9-10:21', via: 'environment', resource: 'app' },
      { name: 'SUFFIX', at: '9:19-9:28', via: 'interpolation', resource: 'app' },
    ],
  },
  {
    name: 'map form: string, number, boolean, null, interpolation with defaults and errors',
    text: `services:
  app:
    environment:
      TOKEN: "tok-9f8e7d6c"
      PORT: 8080
      DEBUG: false
      UNSET:
      FROM_ENV: \${OTHER:-fallback}
      REQUIRED: \${NEEDED:?must be set}
      NESTED: \${A:-\${B}}
`,
    want: [
      { name: 'TOKEN', at: '4:7-4:28', via: 'environment', resource: 'app', literal: 'tok-9f8e7d6c' },
      { name: 'PORT', at: '5:7-5:17', via: 'environment', resource: 'app', literal: '8080' },
      { name: 'DEBUG', at: '6:7-6:19', via: 'environment', resource: 'app', literal: 'false' },
      { name: 'UNSET', at: '7:7-7:13', via: 'environment', resource: 'app' },
      { name: 'FROM_ENV', at: '8:7-8:35', via: 'environment', resource: 'app' },
      { name: 'REQUIRED', at: '9:7-9:39', via: 'environment', resource: 'app' },
      { name: 'NESTED', at: '10:7-10:25', via: 'environment', resource: 'app' },
      { name: 'OTHER', at: '8:17-8:24', via: 'interpolation', resource: 'app' },
      { name: 'NEEDED', at: '9:17-9:25', via: 'interpolation', resource: 'app' },
      { name: 'A', at: '10:15-10:18', via: 'interpolation', resource: 'app' },
      { name: 'B', at: '10:20-10:24', via: 'interpolation', resource: 'app' },
    ],
  },
  {
    name: 'interpolation in block scalars, labels and nested maps is located in the raw text',
    text: `services:
  job:
    image: "registry/\${IMAGE}:\${TAG}"
    labels:
      deploy.token: $DEPLOY_TOKEN
    command: >
      run --key \${RUN_KEY}
      --verbose
`,
    want: [
      { name: 'IMAGE', at: '3:22-3:30', via: 'interpolation', resource: 'job' },
      { name: 'TAG', at: '3:31-3:37', via: 'interpolation', resource: 'job' },
      { name: 'DEPLOY_TOKEN', at: '5:21-5:34', via: 'interpolation', resource: 'job' },
      { name: 'RUN_KEY', at: '7:17-7:27', via: 'interpolation', resource: 'job' },
    ],
  },
  {
    name: 'a service merged from an anchor: uses per consumer, located at the anchor',
    text: `x-base: &base
  environment:
    - SHARED_TOKEN=\${SHARED}
services:
  a:
    <<: *base
  b:
    <<: *base
    environment: [OWN=1]
`,
    want: [
      { name: 'SHARED_TOKEN', at: '3:7-3:29', via: 'environment', resource: 'a' },
      { name: 'SHARED', at: '3:20-3:29', via: 'interpolation', resource: 'a' },
      { name: 'OWN', at: '9:19-9:24', via: 'environment', resource: 'b', literal: '1' },
    ],
  },
  {
    name: 'service secrets: short and long syntax; top-level external',
    text: `services:
  app:
    secrets:
      - db_password
      - source: api_key
        target: /run/secrets/key
secrets:
  db_password:
    external: true
`,
    want: [
      { name: 'db_password', at: '4:9-4:20', via: 'secrets', resource: 'app' },
      { name: 'api_key', at: '5:9-5:24', via: 'secrets', resource: 'app' },
      { name: 'db_password', at: '8:3-9:19', via: 'secrets', resource: 'secrets.db_password' },
    ],
  },
  {
    name: 'no services: nothing',
    text: 'version: "3.9"\nnetworks: {default: {}}\n',
    want: [],
  },
];

describe('compose: cases', () => {
  it.each(CASES)('$name', ({ text, want }) => {
    expect(rows(extract(text))).toEqual(want);
  });

  it('env_file forms: string, list, long syntax; only non-dotenv names get a notice', () => {
    const part = extract(`services:
  a:
    env_file: .env.production
  b:
    env_file: [common.env, settings.ini]
  c:
    env_file:
      - path: ./.env.local
        required: false
      - path: vars.txt
`);
    expect(part.diagnostics?.map((d) => d.message)).toEqual([
      'docker-compose.yml: env_file settings.ini of service b is not scanned (only .env, .env.* and *.env files are)',
      'docker-compose.yml: env_file vars.txt of service c is not scanned (only .env, .env.* and *.env files are)',
    ]);
  });

  it.each(HOSTILE)('never throws: %s', (_, text) => {
    const part = extract(text);
    for (const d of part.diagnostics ?? []) expect(d.file).toBe('docker-compose.yml');
  });

  // cookiecutter-django's `docker-compose.production.yml`: `{%- if %}` between services and a
  // conditional anchor (`django:{% if … %} &django{% endif %}`).
  it('a Jinja-templated compose file is skipped once, not reported as broken', () => {
    const text = [
      'volumes:',
      '  data: {}',
      "  {%- if cookiecutter.use_celery == 'y' %}",
      '  redis_data: {}',
      '  {%- endif %}',
      'services:',
      "  django:{% if cookiecutter.use_celery == 'y' %} &django{% endif %}",
      '    image: {{ cookiecutter.project_slug }}_django',
      '    env_file: .envs/.django',
      '  worker:',
      '    <<: *django',
      '',
    ].join('\n');
    expect(extract(text).diagnostics).toEqual([
      expect.objectContaining({ kind: 'skipped', file: 'docker-compose.yml' }),
    ]);
  });

  it('a billion-laughs compose file is a parse error naming the file', () => {
    const bomb = HOSTILE.find(([name]) => name === 'billion laughs')![1]
      .replace('services: &f', 'x: &f')
      .replace('spec:', 'services:\n  a:\n    environment:');
    const part = extract(bomb);
    expect(part.diagnostics?.map((d) => d.kind)).toContain('parse-error');
  });

  it.each([
    ['docker-compose.yml', true],
    ['docker-compose.prod.yaml', true],
    ['deploy/compose.yaml', true],
    ['compose.override.yml', true],
    ['compose-staging.yml', true],
    ['my-compose.yml', false],
    ['docker-compose.json', false],
  ])('matches %s -> %s', (path, want) => {
    expect(composeExtractor.matches(path, new Set([path]))).toBe(want);
  });
});

// Issue 11: a service that publishes no ports is reached only by its siblings on the compose network,
// so its default credentials are local (plaintext-secret's severity reads this).
describe('compose: services on the private network', () => {
  it.each([
    ['no ports', 'services:\n  db:\n    image: postgres\n    environment:\n      POSTGRES_PASSWORD: x\n', true],
    [
      'published ports',
      'services:\n  db:\n    ports: ["5432:5432"]\n    environment:\n      - POSTGRES_PASSWORD=x\n',
      false,
    ],
    [
      'the host network',
      'services:\n  db:\n    network_mode: host\n    environment:\n      POSTGRES_PASSWORD: x\n',
      false,
    ],
    ['an empty ports list', 'services:\n  db:\n    ports: []\n    environment:\n      POSTGRES_PASSWORD: x\n', true],
  ])('%s -> privateNetwork %s', (_, text, want) => {
    const uses = extract(text).uses ?? [];
    expect(uses.map((u) => [u.name, u.privateNetwork === true])).toEqual([['POSTGRES_PASSWORD', want]]);
  });
});

// A variable given nothing but another variable holds that one's value: the two names are one key.
describe('compose: a variable that only passes another on', () => {
  it.each([
    { name: 'list form', entry: '      - AUTH_TOKEN=${API_KEY}', want: ['API_KEY -> AUTH_TOKEN 4:9-4:30'] },
    { name: 'map form', entry: '      AUTH_TOKEN: ${API_KEY}', want: ['API_KEY -> AUTH_TOKEN 4:7-4:29'] },
    { name: 'with a default', entry: '      AUTH_TOKEN: ${API_KEY:-none}', want: ['API_KEY -> AUTH_TOKEN 4:7-4:35'] },
    { name: 'required, unbraced', entry: '      - AUTH_TOKEN=$API_KEY', want: ['API_KEY -> AUTH_TOKEN 4:9-4:28'] },
    { name: 'the same name', entry: '      - API_KEY=${API_KEY}', want: [] },
    { name: 'part of a value', entry: '      - DB_URL=postgres://u:${DB_PASSWORD}@db/app', want: [] },
    { name: 'two variables', entry: '      - AUTH=${USER}${PASS}', want: [] },
  ])('$name', ({ entry, want }) => {
    const text = `services:\n  app:\n    environment:\n${entry}\n`;
    const links = extract(text).links ?? [];
    const at = (l: (typeof links)[number]): string =>
      `${l.location.line}:${l.location.column}-${l.location.endLine}:${l.location.endColumn}`;
    expect(links.map((l) => `${l.secret} -> ${l.alias} ${at(l)}`)).toEqual(want);
  });
});
