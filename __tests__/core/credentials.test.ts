// The name and value shapes behind "is this committed literal a credential?" (issue 11): which values
// stand in for a credential (placeholders, references), which are of another kind altogether, which
// names are identifiers, each with the exact reason a finding or diagnostic gives.

import { describe, expect, it } from 'vitest';
import {
  entropyBits,
  isCredentialName,
  isIdentifierName,
  nameWords,
  normalizeName,
  standIn,
} from '../../src/core/credentials.js';

const P = 'placeholder';
const R = 'reference';
const N = 'non-credential';

describe('standIn: values that are not credentials, and why', () => {
  it.each([
    // the documented list
    ['', P, 'empty'],
    ['changeme', P, 'a placeholder word'],
    ['none', P, 'a placeholder word'],
    ['None', P, 'a placeholder word'],
    ['test', P, 'a placeholder word'],
    ['postgres', P, 'a dictionary word'],
    // dictionary words and words that name a credential or ask for one
    ['nextcloud', P, 'a dictionary word'],
    ['migration', P, 'a dictionary word'],
    ['ROOTPW', P, 'a dictionary word'],
    ['minio123', P, 'a dictionary word'],
    ['password1', P, 'a dictionary word'],
    ['clientsecret', P, 'a dictionary word'],
    ['somesecretvalue', P, 'words that name a credential or ask for one'],
    ['somesupersecretpassword', P, 'words that name a credential or ask for one'],
    ['wordpressroot', P, 'words that name a credential or ask for one'],
    ['MySecureDatabasePassword', P, 'words that name a credential or ask for one'],
    ['ThisIsAVerySecretString', P, 'words that name a credential or ask for one'],
    ['ChooseYourOwnPasswordHere1234', P, 'words that name a credential or ask for one'],
    ['super_strong_password', P, 'words that name a credential or ask for one'],
    ['very-secure-database-password', P, 'words that name a credential or ask for one'],
    ['nextcloud-root-pw', P, 'words that name a credential or ask for one'],
    ['nvapi-NVKEY', P, 'words that name a credential or ask for one'],
    ['broker_keystore_creds', P, 'words that name a credential or ask for one'],
    ['laradock_confluence', P, 'a lower-case name'],
    // placeholder shapes
    ['<your-token>', P, 'a placeholder'],
    ['xxxxxxxxxxxx', P, 'a placeholder'],
    ['{\n  GCP_SERVICE_ACCOUNT_JSON_HERE\n}\n', P, 'a placeholder'],
    ['pls-changeme-to-strong-pw', P, 'a placeholder'],
    ['yourStrong(!)Password', P, 'a placeholder'],
    ['aaaaaaaaaaaa', P, 'one repeated character'],
    ['a1a1a1a1a1a1', P, 'too little entropy for its length'],
    ['c-krit', P, 'too little entropy for its length'],
    ['abc', P, 'too short'],
    ['Ask the ops team for it', P, 'prose'],
    // references
    ['${DB_PASSWORD}', R, 'a reference (interpolation or template)'],
    ['$(cat /run/secrets/db)', R, 'a reference (interpolation or template)'],
    ['{{ .Values.password }}', R, 'a reference (interpolation or template)'],
    ['%kernel.project_dir%/config/jwt/private.pem', R, 'a reference (interpolation or template)'],
    ['vault:secret/data/app#token', R, 'a secret-manager reference'],
    ['/run/secrets/db-password', R, 'a file path'],
    ['GOOGLE_API_KEY_VAL', R, 'a variable name'],
    ['LICENSE_HERE', R, 'a variable name'],
    // of another kind altogether
    ['0.0.0.0/0', N, 'an IP address or CIDR range'],
    ['10.0.0.1', N, 'an IP address or CIDR range'],
    ['fd00::/8', N, 'an IPv6 address or CIDR range'],
    ['2048', N, 'a number'],
    ['true', N, 'a boolean'],
    ['False', N, 'a boolean'],
    ['ops@example.org', N, 'an e-mail address'],
    ['2019-03-20T17:54:53Z', N, 'a date'],
    ['$2a$10$RncPyHW/B5ll2Z3J8s.IBOnbZ9uoJ4JhHLKzj5lzG/kU1KN1Oj3/K', N, 'a password hash'],
    ['https://github.com/argoproj', N, 'a URL without a password'],
    ['postgresql://postgres:postgres@postgres:5432/app', P, 'a URL whose password is a placeholder'],
  ])('%j -> %s (%s)', (value, category, reason) => {
    expect(standIn(value)).toEqual({ category, reason });
  });

  it.each([
    'Kq8#vR2!mZ5wLp9T',
    'hunter2hunter2',
    'r00tPa55-w0rd!',
    'deport-silver-showcase-pusher-radiantly',
    'XscUJuDQP4WuWA55vfXNrc7',
    'Password$123456',
    'sCaleio123',
    'f3b9c1e7a2d84c6b9e0f1a2b3c4d5e6f',
    'postgres://app:Kq8vR2mZ5wLp@db:5432/app',
  ])('%j may be a credential', (value) => {
    expect(standIn(value)).toBeUndefined();
  });

  it("the entry's own name, and another key's name, are references", () => {
    expect(standIn('SESSION_SECRET', { names: ['namespace_secrets.app-secrets.SESSION_SECRET'] })).toEqual({
      category: R,
      reason: "the entry's own name",
    });
    expect(standIn('access_token_secret', { names: ['ACCESS_TOKEN_SECRET'] })).toEqual({
      category: R,
      reason: "the entry's own name",
    });
    expect(standIn('grafana-admin-credentials', { names: ['grafana.adminPasswordSecret'] })).toEqual({
      category: R,
      reason: 'the name of a Kubernetes Secret',
    });
    expect(standIn('k3zq-9plw-2rvx', { names: ['CLIENT_SECRET'] })).toBeUndefined();
    expect(standIn('chrome-tok', { names: ['TOKEN'], known: new Set(['chrometok']) })).toEqual({
      category: R,
      reason: 'the name of another key',
    });
  });

  it('min-length: shorter credential-named values are placeholders', () => {
    expect(standIn('Zq7kW2pL', { minLength: 9 })).toEqual({ category: P, reason: 'too short' });
    expect(standIn('Zq7kW2pL', { minLength: 3 })).toBeUndefined();
  });
});

describe('names', () => {
  it.each([
    ['GCP_SERVICE_ACCOUNT', true],
    ['GCP_WORKLOAD_IDENTITY_PROVIDER', true],
    ['DOCKERHUB_USERNAME', true],
    ['NEXUS_USER', true],
    ['MIRROR_R2_BUCKET_NAME', true],
    ['CLOUDFLARE_ACCOUNT_ID', true],
    ['AZURE_TENANT_ID', true],
    ['PKG_APPLE_ID_EMAIL', true],
    ['tls.crt', true],
    ['argocd-secret/admin.passwordMtime', true],
    ['repo-creds/url', true],
    ['repo-creds/type', true],
    ['enableLfs', true],
    ['TOKEN_TTL', true],
    ['AUTHENTIK_POSTGRESQL__USER', true],
    ['SONAR_HOST_URL', true],
    ['GHA_VPN_ID_PRODUCTION', true],
    ['FLEETCARE_CONTAINER', true],
    ['MAIL_FROM', true],
    // laradock production/kubernetes.yaml: a database name kept in the app's Secret beside its password.
    ['app-env/DB_DATABASE', true],
    ['POSTGRES_DATABASE', true],
    ['DATABASE_PASSWORD', false],
    ['APPLE_APPLICATION_CERT', false],
    // electron pipeline-segment-electron-publish.yml: a CA certificate is public.
    ['CLOUDFLARE_USER_CA_CERT', true],
    ['KUBE_CA_CERTIFICATE', true],
    ['CLIENT_CERT', false],
    ['ACTIONS_STEP_DEBUG', true],
    ['jwt-key/jwtRS256.key.pub', true],
    ['DISABLE_AUTH', true],
    ['ENABLE_EMAIL_PASSWORD', true],
    ['NEXT_PUBLIC_TURNSTILE_SITE_KEY', true],
    ['NEXT_PUBLIC_POSTHOG_KEY', true],
    ['NEXT_PUBLIC_STRIPE_SECRET_KEY', false],
    ['OP_SERVICE_ACCOUNT_TOKEN_PRODUCTION', false],
    ['DB_PASSWORD_PROD', false],
    ['PRODUCTION', false],
    ['DATABASE_URL', false],
    ['PG_URI', false],
    ['SLACK_WEBHOOK_URL', false],
    ['SLACK_WEBHOOK', false],
    ['HOMEBREW_GITHUB_PUBLIC_REPO_TOKEN', false],
    ['AWS_SECRET_ACCESS_KEY', false],
    ['tls.key', false],
    ['DB_PASSWORD', false],
    ['kaggle-secret', false],
  ])('isIdentifierName(%s) = %s', (name, want) => {
    expect(isIdentifierName(name)).toBe(want);
  });

  it.each([
    ['GF_AUTH_ANONYMOUS_ORG_ROLE', false],
    ['OIDC_USERNAME_CLAIM', false],
    ['PASSWORD_HASH', false],
    ['GRAYLOG_SHA256_PASSWORD', false],
    ['MAILU_PASSWORD_SCHEME', false],
    ['MONGO_AUTHSOURCE', false],
    ['REDIS_AUTH', true],
  ])('isCredentialName(%s) = %s', (name, want) => {
    expect(isCredentialName(name)).toBe(want);
  });

  it('splits and normalizes names as keys are joined', () => {
    expect(nameWords('passwordSecretName')).toEqual(['password', 'secret', 'name']);
    expect(nameWords('DB_PASSWORD')).toEqual(['db', 'password']);
    expect(normalizeName('app-secrets.SESSION_SECRET')).toBe('appsecretssessionsecret');
  });

  it('entropy is measured in bits for the whole value', () => {
    expect(entropyBits('aaaa')).toBe(0);
    expect(entropyBits('abab')).toBe(4);
    expect(entropyBits('abcd')).toBe(8);
  });
});
