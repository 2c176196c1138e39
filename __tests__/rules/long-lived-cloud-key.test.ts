// long-lived-cloud-key: AWS access key pairs, Google service-account keys and Azure client secrets used
// by workflows, from values, official action inputs, SDK variables and names; jobs already on OIDC,
// temporary credentials, S3-compatible stores and look-alike names are not reported; one finding per
// pair; test-only jobs are notes. Cases follow what the corpus review met (see the report of issue 17).
import type { JobInfo, StepAction, UseContext, WorkflowInfo } from '../../src/core/types.js';
import rule from '../../src/rules/long-lived-cloud-key.js';
import { o, ruleTester, type UseSpec } from './tester.js';

const FILE = '.github/workflows/release.yml';
const AWS_ROUTE =
  'have the job assume an IAM role through GitHub OIDC instead: aws-actions/configure-aws-credentials with role-to-assume, and permissions: id-token: write';
const GCP_ROUTE =
  'use Workload Identity Federation instead: google-github-actions/auth with workload_identity_provider, and permissions: id-token: write';
const AZURE_ROUTE =
  'use a federated credential instead: azure/login with client-id, tenant-id and subscription-id (no creds), and permissions: id-token: write';

// NOTE: fake credentials, built from parts so that secret scanners do not flag this file.
const SA_KEY_JSON = JSON.stringify({ type: 'service_account', project_id: 'acme-prod', private_key_id: 'k1' });
const CREDS_WITH_SECRET = JSON.stringify({
  clientId: 'c1',
  clientSecret: 'Zx8Q~' + 'fakeSecretValue123',
  tenantId: 't1',
});
const CREDS_OIDC = JSON.stringify({ clientId: 'c1', tenantId: 't1', subscriptionId: 's1' });

function step(action: string, inputs: string[], line = 20): StepAction {
  return { action, inputs, location: { file: FILE, line, column: 15 } };
}

function job(id: string, extra: Partial<JobInfo> = {}): JobInfo {
  return { id, location: { file: FILE, line: 5, column: 3 }, environments: [], deploys: false, ...extra };
}

function workflows(...jobs: JobInfo[]): { workflows: WorkflowInfo[] } {
  return { workflows: [{ file: FILE, jobs, exposures: [], callSecrets: [] }] };
}

/** A workflow use: `at` is line:column in FILE. */
function use(env: string, at: string, context: UseContext, name?: string, file = FILE): UseSpec {
  return { env, at: `${file}:${at}`, context: { job: 'deploy', ...context }, ...(name ? { name } : {}) };
}

const AWS_NAME = o('provider', 'aws', 'name', 'name AWS_ACCESS_KEY_ID');
const CONFIGURE = 'aws-actions/configure-aws-credentials';
const KEYS_STEP = step(CONFIGURE, ['aws-access-key-id', 'aws-secret-access-key', 'aws-region']);
const OIDC_STEP = step(CONFIGURE, ['role-to-assume', 'aws-region']);

/** The AWS pair joined by name, used in a step's env. */
const AWS_PAIR = {
  name: 'AWS_ACCESS_KEY_ID',
  names: ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY'],
  obs: [AWS_NAME],
  uses: [
    use('production', '12:30', { step: 'Upload', via: 'env', target: 'AWS_ACCESS_KEY_ID' }),
    use(
      'production',
      '13:34',
      { step: 'Upload', via: 'env', target: 'AWS_SECRET_ACCESS_KEY' },
      'AWS_SECRET_ACCESS_KEY',
    ),
  ],
};

ruleTester(rule, {
  valid: [
    {
      name: 'a job that already assumes a role through OIDC',
      keys: [AWS_PAIR],
      inventory: workflows(job('deploy', { actions: [OIDC_STEP] })),
    },
    {
      name: 'a service-account key beside workload_identity_provider is that route’s fallback',
      keys: [
        {
          name: 'GCP_CREDENTIALS_JSON',
          obs: [o('provider', 'gcp', 'name')],
          uses: [
            use('unknown', '30:29', {
              step: 'Auth',
              via: 'with',
              action: 'google-github-actions/auth',
              target: 'credentials_json',
            }),
          ],
        },
      ],
      inventory: workflows(
        job('deploy', {
          actions: [
            step('google-github-actions/auth', ['workload_identity_provider', 'service_account', 'credentials_json']),
          ],
        }),
      ),
    },
    {
      name: 'R2 keys in AWS variables: an S3-compatible store, not AWS',
      keys: [
        {
          name: 'R2_ACCESS_KEY_ID',
          names: ['R2_ACCESS_KEY_ID', 'R2_SECRET_ACCESS_KEY'],
          uses: [
            use('unknown', '12:30', { step: 'Upload', via: 'env', target: 'AWS_ACCESS_KEY_ID' }),
            use(
              'unknown',
              '13:34',
              { step: 'Upload', via: 'env', target: 'AWS_SECRET_ACCESS_KEY' },
              'R2_SECRET_ACCESS_KEY',
            ),
          ],
        },
      ],
      inventory: workflows(job('deploy')),
    },
    {
      name: 'temporary credentials (ASIA) are not long-lived',
      keys: [{ ...AWS_PAIR, obs: [AWS_NAME, o('keyType', 'temporary', 'value', 'prefix ASIA')] }],
      inventory: workflows(job('deploy')),
    },
    {
      name: 'a pair handed over with its session token is a session',
      keys: [
        {
          name: 'AWS_ACCESS_KEY_ID',
          names: ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN'],
          obs: [AWS_NAME],
          uses: [use('production', '12:30', { step: 'Upload', via: 'env', target: 'AWS_ACCESS_KEY_ID' })],
        },
      ],
      inventory: workflows(job('deploy')),
    },
    {
      name: 'Google names that are no key: a service account e-mail, a provider, a KMS key name',
      keys: ['GCP_SERVICE_ACCOUNT', 'GCP_WORKLOAD_IDENTITY_PROVIDER', 'TF_VAR_gcp_crypto_key'].map((name, i) => ({
        name,
        obs: [o('provider', 'gcp', 'name')],
        uses: [use('production', `${20 + i}:20`, { step: 'Terraform', via: 'env', target: name })],
      })),
      inventory: workflows(job('deploy')),
    },
    {
      name: 'creds of azure/login in a job that may ask for an OIDC token, value unknown',
      keys: [
        {
          name: 'AZURE_CREDENTIALS',
          uses: [use('production', '25:18', { step: 'Login', via: 'with', action: 'azure/login', target: 'creds' })],
        },
      ],
      inventory: workflows(
        job('deploy', {
          permissions: {
            value: { 'id-token': 'write', contents: 'read' },
            location: { file: FILE, line: 6, column: 5 },
          },
        }),
      ),
    },
    {
      name: 'creds of azure/login whose value holds no clientSecret (azure/login signs in by OIDC)',
      keys: [
        {
          name: 'AZURE_CREDENTIALS',
          value: CREDS_OIDC,
          uses: [use('production', '25:18', { step: 'Login', via: 'with', action: 'azure/login', target: 'creds' })],
        },
      ],
      inventory: workflows(job('deploy')),
    },
    {
      name: 'the client id and tenant written into a creds JSON are not the secret',
      keys: ['AZURE_CLIENT_ID', 'AZURE_TENANT_ID'].map((name) => ({
        name,
        uses: [use('production', '25:18', { step: 'Login', via: 'with', action: 'azure/login', target: 'creds' })],
      })),
      inventory: workflows(job('deploy')),
    },
    {
      name: 'hostile action and input names are just names',
      keys: [
        {
          name: 'TOKEN',
          uses: [
            use('production', '25:18', { step: 'x', via: 'with', action: '__proto__', target: 'toString' }),
            use('production', '26:18', { step: 'y', via: 'with', action: 'constructor', target: 'name' }),
            use('production', '27:18', { step: 'z', via: 'env', target: '__proto__' }),
          ],
        },
      ],
      inventory: workflows(job('deploy')),
    },
    {
      name: 'an AWS key used only in a Kubernetes manifest is not a workflow’s',
      keys: [
        {
          name: 'AWS_ACCESS_KEY_ID',
          obs: [AWS_NAME],
          uses: [{ env: 'production', at: 'deploy/prod/app.yaml:20:11', sourceKind: 'kubernetes' }],
        },
      ],
    },
    {
      name: 'an Azure OIDC sign-in: client id, tenant and subscription are no secrets',
      keys: [
        {
          name: 'AZURE_CLIENT_ID',
          uses: [
            use('production', '25:18', { step: 'Login', via: 'with', action: 'azure/login', target: 'client-id' }),
          ],
        },
      ],
      inventory: workflows(
        job('deploy', { actions: [step('azure/login', ['client-id', 'tenant-id', 'subscription-id'])] }),
      ),
    },
  ],
  invalid: [
    {
      name: 'an AWS pair joined by name in a production job’s env: one warning naming both',
      keys: [AWS_PAIR],
      inventory: workflows(job('deploy', { environments: ['production'], deploys: true })),
      errors: [
        {
          severity: 'warning',
          message: `AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY is a long-lived AWS access key used by job deploy in ${FILE}; ${AWS_ROUTE}`,
          file: FILE,
          line: 12,
          column: 30,
          key: 'AWS_ACCESS_KEY_ID',
          environment: 'production',
          evidence: [
            { fact: 'cloudCredential', value: 'access-key-id', source: 'name', detail: 'name AWS_ACCESS_KEY_ID' },
            {
              fact: 'cloudCredential',
              value: 'secret-access-key',
              source: 'name',
              detail: 'name AWS_SECRET_ACCESS_KEY',
            },
            { fact: 'cloudCredential', value: 'AWS_ACCESS_KEY_ID', source: 'file', detail: 'env: AWS_ACCESS_KEY_ID' },
            {
              fact: 'cloudCredential',
              value: 'AWS_SECRET_ACCESS_KEY',
              source: 'file',
              detail: 'env: AWS_SECRET_ACCESS_KEY',
            },
          ],
        },
      ],
    },
    {
      name: 'two secrets that do not pair by name, handed to configure-aws-credentials: one finding for the pair',
      keys: [
        {
          name: 'AWS_USR',
          uses: [
            use('unknown', '74:30', {
              step: 'Configure AWS Credentials',
              via: 'with',
              action: CONFIGURE,
              target: 'aws-access-key-id',
            }),
          ],
        },
        {
          name: 'AWS_PSW',
          uses: [
            use('unknown', '75:34', {
              step: 'Configure AWS Credentials',
              via: 'with',
              action: CONFIGURE,
              target: 'aws-secret-access-key',
            }),
          ],
        },
      ],
      inventory: workflows(job('deploy', { actions: [KEYS_STEP] })),
      errors: [
        {
          severity: 'warning',
          message: `AWS_USR / AWS_PSW is a long-lived AWS access key used by job deploy in ${FILE}; ${AWS_ROUTE}`,
          line: 74,
          column: 30,
          key: 'AWS_USR',
          evidence: [
            {
              fact: 'cloudCredential',
              value: 'aws-access-key-id',
              source: 'file',
              detail: `with: aws-access-key-id of ${CONFIGURE}`,
            },
            {
              fact: 'cloudCredential',
              value: 'aws-secret-access-key',
              source: 'file',
              detail: `with: aws-secret-access-key of ${CONFIGURE}`,
            },
          ],
        },
      ],
    },
    {
      name: 'keys that only assume a role (role chaining) are still long-lived keys',
      keys: [
        {
          name: 'AWS_ACCESS_KEY_ID',
          names: ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY'],
          obs: [AWS_NAME],
          uses: [
            use('unknown', '137:30', {
              step: 'Configure',
              via: 'with',
              action: CONFIGURE,
              target: 'aws-access-key-id',
            }),
          ],
        },
      ],
      inventory: workflows(
        job('deploy', { actions: [step(CONFIGURE, ['aws-access-key-id', 'aws-secret-access-key', 'role-to-assume'])] }),
      ),
      errors: [
        {
          severity: 'warning',
          message: `AWS_ACCESS_KEY_ID is a long-lived AWS access key used by job deploy in ${FILE}; ${AWS_ROUTE}`,
          line: 137,
          column: 30,
        },
      ],
    },
    {
      name: 'an AKIA value under a name that says nothing',
      keys: [
        {
          name: 'UPLOADER_ID',
          obs: [o('provider', 'aws', 'value', 'prefix AKIA'), o('keyType', 'long-term', 'value', 'prefix AKIA')],
          uses: [use('unknown', '40:20', { step: 'Upload', via: 'env', target: 'UPLOADER_ID' })],
        },
      ],
      inventory: workflows(job('deploy')),
      errors: [
        {
          severity: 'warning',
          message: `UPLOADER_ID is a long-lived AWS access key used by job deploy in ${FILE}; ${AWS_ROUTE}`,
          line: 40,
          column: 20,
          evidence: [{ fact: 'keyType', value: 'long-term', source: 'value', detail: 'prefix AKIA' }],
        },
      ],
    },
    {
      name: 'a whole pair and another key id in one env block stay two findings',
      keys: [
        {
          name: 'PROD_AWS_ACCESS_KEY_ID',
          names: ['PROD_AWS_ACCESS_KEY_ID', 'PROD_AWS_SECRET_ACCESS_KEY'],
          obs: [AWS_NAME],
          uses: [
            use('production', '12:30', { step: 'Upload', via: 'env', target: 'PROD_AWS_ACCESS_KEY_ID' }),
            use(
              'production',
              '13:34',
              { step: 'Upload', via: 'env', target: 'PROD_AWS_SECRET_ACCESS_KEY' },
              'PROD_AWS_SECRET_ACCESS_KEY',
            ),
          ],
        },
        {
          name: 'BACKUP_AWS_ACCESS_KEY_ID',
          obs: [AWS_NAME],
          uses: [use('production', '14:30', { step: 'Upload', via: 'env', target: 'BACKUP_AWS_ACCESS_KEY_ID' })],
        },
      ],
      inventory: workflows(job('deploy')),
      errors: [
        {
          severity: 'warning',
          message: `PROD_AWS_ACCESS_KEY_ID / PROD_AWS_SECRET_ACCESS_KEY is a long-lived AWS access key used by job deploy in ${FILE}; ${AWS_ROUTE}`,
          line: 12,
          column: 30,
        },
        {
          severity: 'warning',
          message: `BACKUP_AWS_ACCESS_KEY_ID is a long-lived AWS access key used by job deploy in ${FILE}; ${AWS_ROUTE}`,
          line: 14,
          column: 30,
        },
      ],
    },
    {
      name: 'two access key ids (no secret) in one step are not one pair',
      keys: ['AWS_ACCESS_KEY_ID', 'LEGACY_AWS_ACCESS_KEY_ID'].map((name, i) => ({
        name,
        obs: [AWS_NAME],
        uses: [use('unknown', `${12 + i}:30`, { step: 'Upload', via: 'env', target: name })],
      })),
      inventory: workflows(job('deploy')),
      errors: [
        {
          severity: 'warning',
          message: `AWS_ACCESS_KEY_ID is a long-lived AWS access key used by job deploy in ${FILE}; ${AWS_ROUTE}`,
          line: 12,
          column: 30,
        },
        {
          severity: 'warning',
          message: `LEGACY_AWS_ACCESS_KEY_ID is a long-lived AWS access key used by job deploy in ${FILE}; ${AWS_ROUTE}`,
          line: 13,
          column: 30,
        },
      ],
    },
    {
      name: 'a service-account key handed to google-github-actions/auth',
      keys: [
        {
          name: 'LINKERD_SITE_TOKEN',
          uses: [
            use('unknown', '204:29', {
              step: 'Auth',
              via: 'with',
              action: 'google-github-actions/auth',
              target: 'credentials_json',
            }),
          ],
        },
      ],
      inventory: workflows(job('deploy', { actions: [step('google-github-actions/auth', ['credentials_json'])] })),
      errors: [
        {
          severity: 'warning',
          message: `LINKERD_SITE_TOKEN is a long-lived Google service-account key used by job deploy in ${FILE}; ${GCP_ROUTE}`,
          line: 204,
          column: 29,
          evidence: [
            {
              fact: 'cloudCredential',
              value: 'credentials_json',
              source: 'file',
              detail: 'with: credentials_json of google-github-actions/auth',
            },
          ],
        },
      ],
    },
    {
      name: 'a service-account key by its name (GCP_SA_KEY) and by its value',
      keys: [
        {
          name: 'GCP_SA_KEY',
          obs: [o('provider', 'gcp', 'name')],
          uses: [use('unknown', '31:24', { step: 'Deploy', via: 'env', target: 'GCP_SA_KEY' })],
        },
        {
          name: 'DEPLOYER',
          value: SA_KEY_JSON,
          obs: [o('keyType', 'service-account-key', 'value', 'JSON credential document (service-account-key)')],
          uses: [use('unknown', '32:24', { step: 'Deploy', via: 'env', target: 'DEPLOYER' })],
        },
      ],
      inventory: workflows(job('deploy')),
      errors: [
        {
          severity: 'warning',
          message: `GCP_SA_KEY is a long-lived Google service-account key used by job deploy in ${FILE}; ${GCP_ROUTE}`,
          line: 31,
          column: 24,
        },
        {
          severity: 'warning',
          message: `DEPLOYER is a long-lived Google service-account key used by job deploy in ${FILE}; ${GCP_ROUTE}`,
          line: 32,
          column: 24,
        },
      ],
    },
    {
      name: 'an Azure client secret by name, by SDK variable and by an Azure action’s input',
      keys: [
        {
          name: 'AZURE_CODESIGN_CLIENT_SECRET',
          uses: [
            use('unknown', '94:39', {
              step: 'Sign',
              via: 'with',
              action: 'azure/trusted-signing-action',
              target: 'azure-client-secret',
            }),
          ],
        },
        {
          name: 'SPN_GITHUB_CLI_SIGNING',
          uses: [use('unknown', '179:32', { step: 'Sign', via: 'env', target: 'AZURE_CLIENT_SECRET' })],
        },
      ],
      inventory: workflows(job('deploy')),
      errors: [
        {
          severity: 'warning',
          message: `AZURE_CODESIGN_CLIENT_SECRET is a long-lived Azure client secret used by job deploy in ${FILE}; ${AZURE_ROUTE}`,
          line: 94,
          column: 39,
          evidence: [
            {
              fact: 'cloudCredential',
              value: 'client-secret',
              source: 'name',
              detail: 'name AZURE_CODESIGN_CLIENT_SECRET',
            },
            {
              fact: 'cloudCredential',
              value: 'azure-client-secret',
              source: 'file',
              detail: 'with: azure-client-secret of azure/trusted-signing-action',
            },
          ],
        },
        {
          severity: 'warning',
          message: `SPN_GITHUB_CLI_SIGNING is a long-lived Azure client secret used by job deploy in ${FILE}; ${AZURE_ROUTE}`,
          line: 179,
          column: 32,
        },
      ],
    },
    {
      name: 'creds of azure/login: a job that cannot ask for a token, and a value with a clientSecret',
      keys: [
        {
          name: 'AZURE_CREDENTIALS',
          uses: [use('unknown', '25:18', { step: 'Login', via: 'with', action: 'azure/login', target: 'creds' })],
        },
        {
          name: 'AZURE_SP',
          value: CREDS_WITH_SECRET,
          uses: [
            use('unknown', '45:18', {
              job: 'oidc',
              step: 'Login',
              via: 'with',
              action: 'azure/login',
              target: 'creds',
            }),
          ],
        },
      ],
      inventory: workflows(
        job('deploy'),
        job('oidc', {
          permissions: { value: { 'id-token': 'write' }, location: { file: FILE, line: 40, column: 5 } },
        }),
      ),
      errors: [
        {
          severity: 'warning',
          message: `AZURE_CREDENTIALS is a long-lived Azure client secret used by job deploy in ${FILE}; ${AZURE_ROUTE}`,
          line: 25,
          column: 18,
          evidence: [
            {
              fact: 'cloudCredential',
              value: 'client-secret',
              source: 'file',
              detail: 'creds of azure/login, in a job without permissions: id-token: write',
            },
          ],
        },
        {
          severity: 'warning',
          message: `AZURE_SP is a long-lived Azure client secret used by job oidc in ${FILE}; ${AZURE_ROUTE}`,
          line: 45,
          column: 18,
          evidence: [
            {
              fact: 'cloudCredential',
              value: 'client-secret',
              source: 'value',
              detail: 'creds JSON of azure/login with a clientSecret',
            },
          ],
        },
      ],
    },
    {
      name: 'a creds JSON written in the workflow: only the secret that fills it is reported',
      keys: ['MINIKUBE_AZ_CLIENT_ID', 'MINIKUBE_AZ_PASSWORD', 'MINIKUBE_AZ_TENANT_ID'].map((name, i) => ({
        name,
        uses: [
          use('unknown', `42:${30 + 40 * i}`, { step: 'Login', via: 'with', action: 'azure/login', target: 'creds' }),
        ],
      })),
      inventory: workflows(job('deploy')),
      errors: [
        {
          severity: 'warning',
          message: `MINIKUBE_AZ_PASSWORD is a long-lived Azure client secret used by job deploy in ${FILE}; ${AZURE_ROUTE}`,
          line: 42,
          column: 70,
          evidence: [
            {
              fact: 'cloudCredential',
              value: 'client-secret',
              source: 'file',
              detail: 'creds JSON of azure/login written in the workflow; MINIKUBE_AZ_PASSWORD fills its secret',
            },
          ],
        },
      ],
    },
    {
      name: 'a key only test jobs use is a note, with its environment',
      keys: [
        {
          name: 'AZURE_CLIENT_SECRET',
          uses: [
            use(
              'development',
              '413:32',
              { job: 'test', step: 'Run tests', via: 'env', target: 'AZURE_CLIENT_SECRET' },
              undefined,
              '.github/workflows/ci-run-test.yml',
            ),
          ],
        },
      ],
      inventory: workflows(job('test')),
      errors: [
        {
          severity: 'note',
          message: `AZURE_CLIENT_SECRET is a long-lived Azure client secret used by job test in .github/workflows/ci-run-test.yml; ${AZURE_ROUTE}`,
          line: 413,
          column: 32,
          environment: 'development',
        },
      ],
    },
    {
      name: 'signing in to AWS alone does not make a test job a deploy',
      keys: [
        {
          ...AWS_PAIR,
          uses: [
            use('development', '113:30', {
              job: 'corpora-test',
              step: 'Configure',
              via: 'with',
              action: CONFIGURE,
              target: 'aws-access-key-id',
            }),
          ],
        },
      ],
      inventory: workflows(
        job('corpora-test', { deploys: true, deployEvidence: `uses ${CONFIGURE}`, actions: [KEYS_STEP] }),
      ),
      errors: [
        {
          severity: 'note',
          message: `AWS_ACCESS_KEY_ID is a long-lived AWS access key used by job corpora-test in ${FILE}; ${AWS_ROUTE}`,
          line: 113,
          column: 30,
        },
      ],
    },
    {
      name: 'a test job and a publishing job: the finding points at the publishing one, a warning',
      keys: [
        {
          name: 'GCP_SA_KEY',
          obs: [o('provider', 'gcp', 'name')],
          uses: [
            use('development', '37:29', {
              job: 'test',
              step: 'Auth',
              via: 'with',
              action: 'google-github-actions/auth',
              target: 'credentials_json',
            }),
            use(
              'unknown',
              '23:29',
              {
                job: 'publish',
                step: 'Auth',
                via: 'with',
                action: 'google-github-actions/auth',
                target: 'credentials_json',
              },
              undefined,
              '.github/workflows/post_publish.yml',
            ),
          ],
        },
      ],
      inventory: {
        workflows: [
          { file: FILE, jobs: [job('test')], exposures: [], callSecrets: [] },
          {
            file: '.github/workflows/post_publish.yml',
            jobs: [job('publish', { deploys: true, deployEvidence: 'job id: publish' })],
            exposures: [],
            callSecrets: [],
          },
        ],
      },
      errors: [
        {
          severity: 'warning',
          message: `GCP_SA_KEY is a long-lived Google service-account key used by job publish in .github/workflows/post_publish.yml and 1 other job(s); ${GCP_ROUTE}`,
          file: '.github/workflows/post_publish.yml',
          line: 23,
          column: 29,
        },
      ],
    },
    {
      name: 'a configured severity of error applies; the test-only tier never raises it',
      severity: 'error',
      keys: [AWS_PAIR],
      inventory: workflows(job('deploy')),
      errors: [
        {
          severity: 'error',
          message: `AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY is a long-lived AWS access key used by job deploy in ${FILE}; ${AWS_ROUTE}`,
          line: 12,
          column: 30,
        },
      ],
    },
  ],
});
