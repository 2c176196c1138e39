// Which uses are credentials: workflow secrets and Kubernetes references always; dotenv, compose and
// Helm entries only when their name, their value, or the Secret they name says so.

import { describe, expect, it } from 'vitest';
import { SecretValue } from '../../src/core/secret.js';
import type { RawUse, SourceKind } from '../../src/core/types.js';
import { isCredentialUse } from '../../src/keys/relevance.js';

function use(sourceKind: SourceKind, name: string, literal?: string, via?: string): RawUse {
  return {
    name,
    sourceKind,
    location: { file: 'f', line: 1, column: 1 },
    hints: {},
    ...(via ? { context: { via } } : {}),
    ...(literal !== undefined ? { literal: new SecretValue(literal, 'f:1') } : {}),
  };
}

describe('isCredentialUse', () => {
  it.each([
    // Plain configuration in plain sources.
    { name: 'dotenv APP_URL', use: use('dotenv', 'APP_URL', 'https://shop.acme.test'), want: false },
    { name: 'dotenv NODE_ENV', use: use('dotenv', 'NODE_ENV', 'production'), want: false },
    { name: 'compose APP_URL', use: use('compose', 'APP_URL', 'http://localhost:8080', 'environment'), want: false },
    {
      name: 'compose NODE_ENV without a value',
      use: use('compose', 'NODE_ENV', undefined, 'environment'),
      want: false,
    },
    { name: 'helm appUrl', use: use('helm-values', 'appUrl', 'https://payments.internal', 'values'), want: false },
    { name: 'helm image.tag', use: use('helm-values', 'image.tag', '2.8.0', 'values'), want: false },
    {
      name: 'a URL with a placeholder password',
      use: use('dotenv', 'DATABASE_URL', 'postgres://app:changeme@db/app'),
      want: false,
    },
    // Credentials by name.
    { name: 'dotenv STRIPE_KEY', use: use('dotenv', 'STRIPE_KEY', 'anything'), want: true },
    { name: 'compose SENDGRID_KEY from ${SENDGRID_KEY}', use: use('compose', 'SENDGRID_KEY'), want: true },
    { name: 'a KEY part without a provider: CACHE_KEY', use: use('dotenv', 'CACHE_KEY', 'v2'), want: false },
    {
      name: 'a provider without a KEY part: STRIPE_ACCOUNT',
      use: use('dotenv', 'STRIPE_ACCOUNT', 'acct_1'),
      want: false,
    },
    { name: 'a publishable key name', use: use('dotenv', 'STRIPE_PUBLISHABLE_KEY', 'pk'), want: false },
    { name: 'compose DB_PASSWORD without a value', use: use('compose', 'DB_PASSWORD'), want: true },
    { name: 'helm stripe.apiKey', use: use('helm-values', 'stripe.apiKey', 'x1', 'values'), want: true },
    // Credentials by value.
    {
      name: 'a detected key format under a plain name',
      use: use('dotenv', 'PAYMENTS', 'sk_live_Tq7Vw2Lm9Xc4Rz8Pb3Nd6Kf1'),
      want: true,
    },
    {
      name: 'a URL with a password',
      use: use('compose', 'DATABASE_URL', 'postgres://app:Vt9qL2xR7mPz@db:5432/app', 'environment'),
      want: true,
    },
    // References.
    { name: 'compose secrets are references', use: use('compose', 'stripe_key', undefined, 'secrets'), want: true },
    {
      name: 'helm existingSecret names a Secret',
      use: use('helm-values', 'payments-stripe', undefined, 'existingSecret'),
      want: true,
    },
    {
      name: 'helm secretName names a Secret',
      use: use('helm-values', 'tls-cert', undefined, 'secretName'),
      want: true,
    },
    // Credential-named entries whose value is of another kind (issue 11): configuration, not keys.
    { name: 'a token count', use: use('dotenv', 'MAX_TOTAL_TOKENS', '2048'), want: false },
    { name: 'a switch', use: use('compose', 'SECRET_ENABLE_FILE_UPLOAD', 'true', 'environment'), want: false },
    {
      name: 'an allow-list CIDR',
      use: use('dotenv', 'APPLICATION_AUTHENTICATION_UI_ALLOWLIST', '0.0.0.0/0'),
      want: false,
    },
    { name: 'a Kubernetes env switch', use: use('kubernetes', 'MYSQL_ALLOW_EMPTY_PASSWORD', '1', 'env'), want: false },
    { name: 'a Kubernetes env password', use: use('kubernetes', 'MYSQL_PASSWORD', 'k3Zq9pLw2Rv', 'env'), want: true },
    // A placeholder or reference still fills a credential slot: the key is real, its value is not here.
    { name: 'a placeholder password', use: use('dotenv', 'DB_PASSWORD', 'changeme'), want: true },
    { name: 'a sed placeholder', use: use('kubernetes', 'GOOGLE_API_KEY', 'GOOGLE_API_KEY_VAL', 'env'), want: true },
    { name: 'workflow secrets always', use: use('github-workflow', 'APP_URL'), want: true },
    { name: 'Kubernetes references always', use: use('kubernetes', 'app-config/APP_URL'), want: true },
    { name: 'kustomize generator literals always', use: use('kustomize', 'app/NODE_ENV', 'production'), want: true },
  ])('$name -> $want', ({ use: u, want }) => {
    expect(isCredentialUse(u)).toBe(want);
  });
});
