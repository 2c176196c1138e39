// SPEC section 1, "Naming keys": which uses join one key (config aliases, workflow links, names equal
// once case, `-` and `_` are ignored, AWS pairs of one prefix) and what the key is called.

import { describe, expect, it, vi } from 'vitest';
import type { KeyDeclaration, NameLink, SourceKind, Use } from '../../src/core/types.js';
import { companionRole, joinKeys, normalizeName } from '../../src/keys/join.js';

/** A use: `'github-workflow PROD_API_TOKEN .github/workflows/deploy.yml:3 production'`. */
function u(spec: string): Use {
  const [sourceKind, name, at, environment = 'unknown'] = spec.split(' ');
  const [file, line] = at.split(':');
  return {
    name,
    sourceKind: sourceKind as SourceKind,
    location: { file, line: Number(line), column: 1 },
    hints: {},
    environment,
    environmentSource: environment === 'unknown' ? 'none' : 'path',
  };
}

function link(secret: string, alias: string): NameLink {
  return { secret, alias, location: { file: '.github/workflows/deploy.yml', line: 1, column: 1 } };
}

function decl(name: string, aliases?: string[]): [string, KeyDeclaration] {
  return [name, aliases ? { name, aliases } : { name }];
}

interface Input {
  name: string;
  uses: string[];
  links?: NameLink[];
  declarations?: [string, KeyDeclaration][];
}

interface Case extends Input {
  /** Key name -> its names, in the order the key lists them. */
  want: Record<string, string[]>;
}

function run(c: Input) {
  return joinKeys({ uses: c.uses.map(u), links: c.links ?? [], declarations: new Map(c.declarations ?? []) });
}

/** Keys as `{ name: names }`, in report order. */
function joined(c: Case): Record<string, string[]> {
  return Object.fromEntries(run(c).map((k) => [k.name, k.names]));
}

describe('normalizeName', () => {
  it.each([
    ['STRIPE_SECRET_KEY', 'stripesecretkey'],
    ['Stripe-Secret_key', 'stripesecretkey'],
    ['app-credentials/API_TOKEN', 'appcredentials/apitoken'],
  ])('%s -> %s', (name, want) => {
    expect(normalizeName(name)).toBe(want);
  });
});

describe('joinKeys: what joins', () => {
  it.each<Case>([
    {
      name: 'config aliases join a manifest name into the declared key',
      uses: ['github-workflow STRIPE_SECRET_KEY w.yml:1', 'kubernetes payments-credentials/STRIPE_KEY k8s/app.yaml:9'],
      declarations: [decl('STRIPE_SECRET_KEY', ['payments-credentials/STRIPE_KEY'])],
      want: { STRIPE_SECRET_KEY: ['STRIPE_SECRET_KEY', 'payments-credentials/STRIPE_KEY'] },
    },
    {
      name: 'without the alias they stay apart',
      uses: ['github-workflow STRIPE_SECRET_KEY w.yml:1', 'kubernetes payments-credentials/STRIPE_KEY k8s/app.yaml:9'],
      want: {
        'payments-credentials/STRIPE_KEY': ['payments-credentials/STRIPE_KEY'],
        STRIPE_SECRET_KEY: ['STRIPE_SECRET_KEY'],
      },
    },
    {
      name: 'an alias spelled differently still joins (case, - and _ ignored)',
      uses: ['kubernetes payments-credentials/stripe-key k8s/app.yaml:9'],
      declarations: [decl('STRIPE_SECRET_KEY', ['PAYMENTS_CREDENTIALS/STRIPE_KEY'])],
      want: { STRIPE_SECRET_KEY: ['STRIPE_SECRET_KEY', 'payments-credentials/stripe-key'] },
    },
    {
      name: 'a workflow link joins the manifest name into the CI secret',
      uses: ['kubernetes app-credentials/API_TOKEN deploy/app.yaml:15', 'github-workflow PROD_API_TOKEN w.yml:15'],
      links: [link('PROD_API_TOKEN', 'app-credentials/API_TOKEN')],
      want: { PROD_API_TOKEN: ['PROD_API_TOKEN', 'app-credentials/API_TOKEN'] },
    },
    {
      name: 'links chain: two manifest names fed from one secret',
      uses: [
        'github-workflow PROD_API_TOKEN w.yml:15',
        'kubernetes app-credentials/API_TOKEN deploy/app.yaml:15',
        'dotenv API_TOKEN app/.env.production:2',
      ],
      links: [link('PROD_API_TOKEN', 'app-credentials/API_TOKEN'), link('PROD_API_TOKEN', 'API_TOKEN')],
      want: { PROD_API_TOKEN: ['PROD_API_TOKEN', 'API_TOKEN', 'app-credentials/API_TOKEN'] },
    },
    {
      name: 'names equal once case, - and _ are ignored join',
      uses: [
        'github-workflow STRIPE_SECRET_KEY w.yml:1',
        'compose stripe-secret-key docker-compose.yml:4',
        'dotenv StripeSecretKey .env:1',
      ],
      want: { STRIPE_SECRET_KEY: ['STRIPE_SECRET_KEY', 'StripeSecretKey', 'stripe-secret-key'] },
    },
    {
      name: '/ is not ignored: a Secret key and a variable of the same letters stay apart',
      uses: ['kubernetes app/TOKEN k8s/app.yaml:3', 'dotenv APP_TOKEN .env:1'],
      want: { 'app/TOKEN': ['app/TOKEN'], APP_TOKEN: ['APP_TOKEN'] },
    },
    {
      name: 'an unjoined use is a key of its own',
      uses: ['compose REDIS_PASSWORD docker-compose.yml:8'],
      want: { REDIS_PASSWORD: ['REDIS_PASSWORD'] },
    },
    {
      name: 'AWS: access key id, secret access key and session token of one prefix are one key',
      uses: [
        'github-workflow PROD_AWS_SECRET_ACCESS_KEY w.yml:2',
        'github-workflow PROD_AWS_SESSION_TOKEN w.yml:3',
        'github-workflow PROD_AWS_ACCESS_KEY_ID w.yml:4',
      ],
      want: {
        PROD_AWS_ACCESS_KEY_ID: ['PROD_AWS_ACCESS_KEY_ID', 'PROD_AWS_SECRET_ACCESS_KEY', 'PROD_AWS_SESSION_TOKEN'],
      },
    },
    {
      name: 'AWS: a different prefix does not join',
      uses: ['github-workflow PROD_AWS_ACCESS_KEY_ID w.yml:1', 'github-workflow STAGING_AWS_SECRET_ACCESS_KEY w.yml:2'],
      want: {
        PROD_AWS_ACCESS_KEY_ID: ['PROD_AWS_ACCESS_KEY_ID'],
        STAGING_AWS_SECRET_ACCESS_KEY: ['STAGING_AWS_SECRET_ACCESS_KEY'],
      },
    },
    {
      name: 'AWS: the bare pair joins, and a prefixed pair beside it stays its own',
      uses: [
        'github-workflow AWS_ACCESS_KEY_ID w.yml:1',
        'github-workflow AWS_SECRET_ACCESS_KEY w.yml:2',
        'github-workflow PROD_AWS_ACCESS_KEY_ID w.yml:3',
        'github-workflow PROD_AWS_SECRET_ACCESS_KEY w.yml:4',
      ],
      want: {
        AWS_ACCESS_KEY_ID: ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY'],
        PROD_AWS_ACCESS_KEY_ID: ['PROD_AWS_ACCESS_KEY_ID', 'PROD_AWS_SECRET_ACCESS_KEY'],
      },
    },
    {
      name: 'AWS: a companion without its access key id joins nothing',
      uses: ['github-workflow AWS_SECRET_ACCESS_KEY w.yml:1', 'github-workflow AWS_SESSION_TOKEN w.yml:2'],
      want: { AWS_SECRET_ACCESS_KEY: ['AWS_SECRET_ACCESS_KEY'], AWS_SESSION_TOKEN: ['AWS_SESSION_TOKEN'] },
    },
    {
      name: 'AWS: manifest spellings pair too (aws/access-key-id + aws/secret-access-key)',
      uses: ['kubernetes aws/secret-access-key k8s/app.yaml:12', 'kubernetes aws/access-key-id k8s/app.yaml:9'],
      want: { 'aws/access-key-id': ['aws/access-key-id', 'aws/secret-access-key'] },
    },
    {
      name: 'AWS: every spelling of a companion is a companion, never the name',
      uses: [
        'dotenv PROD_AWS_SECRET_ACCESS_KEY a/.env:1',
        'compose prod-aws-secret-access-key b/docker-compose.yml:1',
        'compose PROD_AWS_ACCESS_KEY_ID c/docker-compose.yml:1',
      ],
      want: {
        PROD_AWS_ACCESS_KEY_ID: ['PROD_AWS_ACCESS_KEY_ID', 'PROD_AWS_SECRET_ACCESS_KEY', 'prod-aws-secret-access-key'],
      },
    },
  ])('$name', (c) => {
    expect(joined(c)).toEqual(c.want);
  });
});

describe('joinKeys: the canonical name', () => {
  it.each<Input & { key: string }>([
    {
      name: 'the CI secret name wins over a manifest name seen first',
      uses: ['dotenv api_token a/.env:1', 'github-workflow API_TOKEN z.yml:1'],
      key: 'API_TOKEN',
    },
    {
      name: 'the CI secret name wins over the declaration',
      uses: ['kubernetes app/API_TOKEN k8s/app.yaml:3', 'github-workflow PROD_API_TOKEN w.yml:1'],
      declarations: [decl('API_TOKEN', ['app/API_TOKEN', 'PROD_API_TOKEN'])],
      key: 'PROD_API_TOKEN',
    },
    {
      name: 'among several CI names, the declared one',
      uses: ['github-workflow STRIPE_KEY a.yml:1', 'github-workflow STRIPE_SECRET_KEY b.yml:1'],
      declarations: [decl('STRIPE_SECRET_KEY', ['STRIPE_KEY'])],
      key: 'STRIPE_SECRET_KEY',
    },
    {
      name: 'among several CI names without a declaration, the first in file order',
      uses: ['github-workflow STRIPE_SECRET_KEY b.yml:1', 'github-workflow STRIPE_KEY a.yml:1'],
      links: [link('STRIPE_KEY', 'STRIPE_SECRET_KEY')],
      key: 'STRIPE_KEY',
    },
    {
      name: 'no CI name: the declaration names it',
      uses: ['kubernetes payments-credentials/STRIPE_KEY k8s/app.yaml:9'],
      declarations: [decl('STRIPE_SECRET_KEY', ['payments-credentials/STRIPE_KEY'])],
      key: 'STRIPE_SECRET_KEY',
    },
    {
      name: 'neither: the first use in file order',
      uses: ['dotenv SESSION_SECRET b/.env:1', 'compose session-secret a/docker-compose.yml:3'],
      key: 'session-secret',
    },
    {
      name: 'an AWS pair is named by its access key id even when the secret is in CI and the id is not',
      uses: ['github-workflow AWS_SECRET_ACCESS_KEY w.yml:1', 'compose AWS_ACCESS_KEY_ID docker-compose.yml:2'],
      key: 'AWS_ACCESS_KEY_ID',
    },
  ])('$name', (c) => {
    expect(run(c).map((k) => k.name)).toEqual([c.key]);
  });
});

describe('joinKeys: key shape', () => {
  it('uses sorted by file, line; environments sorted and distinct; keys sorted by name', () => {
    const keys = joinKeys({
      uses: [
        u('kubernetes app/API_TOKEN k8s/b.yaml:3 staging'),
        u('github-workflow PROD_API_TOKEN w.yml:9 production'),
        u('kubernetes app/API_TOKEN k8s/a.yaml:7 production'),
        u('kubernetes app/API_TOKEN k8s/a.yaml:2 development'),
        u('dotenv ALPHA .env:1'),
      ],
      links: [link('PROD_API_TOKEN', 'app/API_TOKEN')],
      declarations: new Map(),
    });
    expect(keys.map((k) => k.name)).toEqual(['ALPHA', 'PROD_API_TOKEN']);
    const key = keys[1];
    expect(key.uses.map((x) => `${x.location.file}:${x.location.line}`)).toEqual([
      'k8s/a.yaml:2',
      'k8s/a.yaml:7',
      'k8s/b.yaml:3',
      'w.yml:9',
    ]);
    expect(key.environments).toEqual(['development', 'production', 'staging']);
    expect(keys[0].environments).toEqual(['unknown']);
    expect(key).toMatchObject({ companions: {}, observations: [], facts: {} });
    expect(key.value).toBeUndefined();
  });

  it('carries the declaration of its group, and none when nothing declares it', () => {
    const declaration: KeyDeclaration = { name: 'STRIPE_SECRET_KEY', environment: 'production', aliases: ['pay/KEY'] };
    const keys = joinKeys({
      uses: [u('kubernetes pay/KEY k8s/app.yaml:1'), u('dotenv OTHER .env:1')],
      links: [],
      declarations: new Map([['STRIPE_SECRET_KEY', declaration]]),
    });
    expect(keys.map((k) => [k.name, k.declaration])).toEqual([
      ['OTHER', undefined],
      ['STRIPE_SECRET_KEY', declaration],
    ]);
  });

  it('a declaration with no use makes no key', () => {
    expect(joinKeys({ uses: [], links: [], declarations: new Map([decl('UNUSED')]) })).toEqual([]);
  });
});

describe('companionRole: credentials that only work together', () => {
  it.each([
    { names: ['PROD_AWS_ACCESS_KEY_ID'], name: 'PROD_AWS_SECRET_ACCESS_KEY', role: 'secretAccessKey' },
    { names: ['aws/access-key-id'], name: 'aws/secret-access-key', role: 'secretAccessKey' },
    { names: ['PROD_AWS_ACCESS_KEY_ID'], name: 'PROD_AWS_SESSION_TOKEN', role: 'sessionToken' },
    { names: ['PROD_AWS_ACCESS_KEY_ID'], name: 'STAGING_AWS_SECRET_ACCESS_KEY', role: undefined },
    { names: ['PROD_AWS_ACCESS_KEY_ID'], name: 'PROD_AWS_ACCESS_KEY_ID', role: undefined },
    { names: ['TWILIO_AUTH_TOKEN'], name: 'TWILIO_ACCOUNT_SID', role: 'accountSid' },
    { names: ['TWILIO_API_SECRET'], name: 'TWILIO_API_KEY', role: 'apiKeySid' },
    { names: ['TWILIO_API_SECRET'], name: 'TWILIO_ACCOUNT_SID', role: 'accountSid' },
    // `API_SECRET` + `API_KEY` are a pair only for Twilio; other providers' are two keys.
    { names: ['MAILER_API_SECRET'], name: 'MAILER_API_KEY', role: undefined },
    { names: ['SENTRY_AUTH_TOKEN'], name: 'SENTRY_ACCOUNT_SID', role: undefined },
    { names: ['STRIPE_SECRET_KEY'], name: 'STRIPE_SECRET_KEY', role: undefined },
  ])('$name beside $names: $role', ({ names, name, role }) => {
    expect(companionRole(names, name)).toBe(role);
  });
});

describe('joining cost grows linearly with the number of names (SECURITY.md case 33)', () => {
  // Counted, not timed: every name comparison normalizes a name (String.prototype.toLowerCase), so the
  // count of normalizations is the work. Quadratic joining (each name against every other) would make
  // 4× the names cost 16× the normalizations.
  function normalizations(n: number): number {
    const uses = Array.from({ length: n }, (_, i) =>
      u(`github-workflow S_${i}_KEY .github/workflows/d.yml:${i + 1} production`),
    );
    // Some pairs and declarations, so every path of joinKeys runs.
    uses.push(u('github-workflow PROD_AWS_ACCESS_KEY_ID .github/workflows/d.yml:1 production'));
    uses.push(u('github-workflow PROD_AWS_SECRET_ACCESS_KEY .github/workflows/d.yml:2 production'));
    const declarations = new Map(Array.from({ length: n / 10 }, (_, i) => decl(`S_${i * 10}_KEY`, [`alias-${i}`])));
    const spy = vi.spyOn(String.prototype, 'toLowerCase');
    try {
      const keys = joinKeys({ uses, links: [link('S_1_KEY', 'creds/S1')], declarations });
      expect(keys).toHaveLength(n + 1);
      return spy.mock.calls.length;
    } finally {
      spy.mockRestore();
    }
  }

  it('4× the names costs at most 5× the normalizations', () => {
    const small = normalizations(500);
    const large = normalizations(2000);
    expect(small).toBeGreaterThan(500);
    expect(large / small).toBeLessThanOrEqual(5);
  });
});
