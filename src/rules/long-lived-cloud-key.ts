// long-lived-cloud-key: an AWS access key pair, a Google service-account key or an Azure client secret
// used by a GitHub workflow, where the cloud accepts the job's OIDC token instead (no stored secret to
// leak or rotate). The message names the official action and its input.
//
// What makes a key one of these, strongest first: its value (AKIA, a service_account JSON document, a
// creds JSON with a clientSecret); the input it is handed to (aws-access-key-id of
// aws-actions/configure-aws-credentials, credentials_json of google-github-actions/auth, creds of
// azure/login); an environment variable the cloud's SDKs read (AWS_ACCESS_KEY_ID...), only for a key
// keybound already knows is AWS's, because R2, MinIO and other S3-compatible stores take the same
// variables; its name (AWS_ACCESS_KEY_ID, GCP_SA_KEY, AZURE_CLIENT_SECRET).
//
// Precision: a job that already signs in through the cloud's OIDC route is not reported (a fallback
// key beside workload_identity_provider is that route's); temporary AWS credentials (ASIA, a session
// token) are not long-lived; an access key id and its secret are one finding, whether joined by name
// or handed to the same step; keys used only by test jobs (environment development) are notes.

import type { SecretValue } from '../core/secret.js';
import type { Evidence, JobInfo, Key, RawUse, Use, WorkflowInfo } from '../core/types.js';
import { normalizeName } from '../keys/join.js';
import { capSeverity, compareLocations } from './util.js';
import { defineRule, type RuleContext } from './types.js';
import { addTo } from '../core/group.js';
import { compareText } from '../core/compare.js';

type Options = Record<string, never>;
type Cloud = 'aws' | 'gcp' | 'azure';
type Role = 'access-key-id' | 'secret-access-key' | 'session-token' | 'service-account-key' | 'client-secret';

/** Why a key (or one use of it) is a cloud credential. */
interface Clue {
  cloud: Cloud;
  role: Role;
  evidence: Evidence;
}

const CLOUD_OF: Record<Role, Cloud> = {
  'access-key-id': 'aws',
  'secret-access-key': 'aws',
  'session-token': 'aws',
  'service-account-key': 'gcp',
  'client-secret': 'azure',
};

/** Inputs of the official sign-in actions that take a long-lived credential. */
const ACTION_INPUTS: Record<string, Record<string, Role>> = {
  'aws-actions/configure-aws-credentials': {
    'aws-access-key-id': 'access-key-id',
    'aws-secret-access-key': 'secret-access-key',
    'aws-session-token': 'session-token',
  },
  'google-github-actions/auth': { credentials_json: 'service-account-key' },
  // setup-gcloud before v1 took the key itself.
  'google-github-actions/setup-gcloud': { service_account_key: 'service-account-key' },
};

/** Environment variables the clouds' SDKs and CLIs read credentials from. */
const AWS_VARIABLES: Record<string, Role> = {
  AWS_ACCESS_KEY_ID: 'access-key-id',
  AWS_ACCESS_KEY: 'access-key-id',
  AWS_SECRET_ACCESS_KEY: 'secret-access-key',
  AWS_SECRET_KEY: 'secret-access-key',
  AWS_SESSION_TOKEN: 'session-token',
};
const AZURE_SECRET_VARIABLES = new Set(['AZURE_CLIENT_SECRET', 'ARM_CLIENT_SECRET']);
/** Actions that only sign in to a cloud (workflow-jobs counts them as deploy evidence). */
const SIGN_IN_ACTIONS = ['aws-actions/configure-aws-credentials', 'google-github-actions/auth', 'azure/login'];

/** Key types read from a value that are long-lived cloud credentials (PROVIDERS.md sections 3 and 4). */
const KEY_TYPE_ROLES: Record<string, Role> = {
  'long-term': 'access-key-id',
  'secret-access-key': 'secret-access-key',
  'service-account-key': 'service-account-key',
};

function roleOfType(value: unknown): Role | undefined {
  return typeof value === 'string' && Object.hasOwn(KEY_TYPE_ROLES, value) ? KEY_TYPE_ROLES[value] : undefined;
}

/** Normalized name endings (see normalizeName) of AWS credentials, longest first. */
const AWS_NAME_ENDINGS: [string, Role][] = [
  ['secretaccesskey', 'secret-access-key'],
  ['accesssecret', 'secret-access-key'],
  ['secretkey', 'secret-access-key'],
  ['sessiontoken', 'session-token'],
  ['accesskeyid', 'access-key-id'],
  ['accesskey', 'access-key-id'],
];

/** Name parts that make a Google Cloud secret a key file rather than a project, e-mail or provider. */
const GCP_KEY_FILE_PART = /^(?:CREDENTIALS?|CREDS|JSON|KEYFILE)$/;
/** Parts that, beside KEY, say service account (GCP_SA_KEY), unlike a KMS crypto key's name. */
const GCP_ACCOUNT_PART = /^(?:SA|SERVICE|ACCOUNT|SVC)$/;
/** A name part that holds the secret half of a client-secret JSON written in a workflow. */
const SECRET_PART = /^(?:SECRET|PASSWORD|PASSWD|PWD)$/;

const MESSAGES: Record<Cloud, string> = {
  aws: '{{keys}} is a long-lived AWS access key used by {{where}}; have the job assume an IAM role through GitHub OIDC instead: aws-actions/configure-aws-credentials with role-to-assume, and permissions: id-token: write',
  gcp: '{{keys}} is a long-lived Google service-account key used by {{where}}; use Workload Identity Federation instead: google-github-actions/auth with workload_identity_provider, and permissions: id-token: write',
  azure:
    '{{keys}} is a long-lived Azure client secret used by {{where}}; use a federated credential instead: azure/login with client-id, tenant-id and subscription-id (no creds), and permissions: id-token: write',
};

/** Reports each long-lived cloud credential a workflow job uses instead of the cloud's OIDC route. */
export default defineRule<Options>({
  meta: {
    id: 'long-lived-cloud-key',
    description:
      'Reports a long-lived cloud credential (AWS access key pair, Google service-account key, Azure client secret) used by a GitHub workflow where the cloud accepts the job’s OIDC token instead; the message names the official action and its input.',
    defaultSeverity: 'warning',
    optionsSchema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    messages: MESSAGES,
    example:
      'AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY is a long-lived AWS access key used by job deploy in .github/workflows/release.yml; have the job assume an IAM role through GitHub OIDC instead: aws-actions/configure-aws-credentials with role-to-assume, and permissions: id-token: write',
  },
  check(context) {
    const jobs = jobIndex(context.inventory.workflows);
    const shared = sharedInputs(context.keys.flatMap((key) => key.uses));
    const found: Candidate[] = [];
    for (const key of context.keys) {
      const candidate = classify(key, { jobs, shared });
      if (candidate) found.push(candidate);
    }
    for (const group of pairUp(found)) report(context, group, jobs);
  },
});

/** A key this rule has something to say about, with its workflow uses and what decided it. */
interface Candidate {
  key: Key;
  cloud: Cloud;
  roles: Set<Role>;
  evidence: Evidence[];
  uses: Use[];
}

interface JobRef {
  workflow: WorkflowInfo;
  job?: JobInfo;
}

/** What the rule knows of the workflows besides a key's own uses. */
interface Scan {
  jobs: Map<string, JobRef>;
  /** Inputs that several secrets are written into (`creds: '{"clientId": "${{ secrets.A }}", ...}'`). */
  shared: Set<string>;
}

function inputSite(use: Pick<Use, 'location' | 'context'>): string {
  const c = use.context ?? {};
  return [use.location.file, c.job ?? '', c.step ?? '', c.via ?? '', c.target ?? ''].join('\u0000');
}

function sharedInputs(uses: readonly RawUse[]): Set<string> {
  const names = new Map<string, Set<string>>();
  for (const use of uses) {
    if (use.sourceKind !== 'github-workflow' || use.context?.target === undefined) continue;
    const site = inputSite(use);
    names.set(site, (names.get(site) ?? new Set()).add(use.name));
  }
  return new Set([...names].filter(([, set]) => set.size > 1).map(([site]) => site));
}

function jobIndex(workflows: readonly WorkflowInfo[]): Map<string, JobRef> {
  const index = new Map<string, JobRef>();
  for (const workflow of workflows) {
    index.set(`${workflow.file}\u0000`, { workflow });
    for (const job of workflow.jobs) index.set(`${workflow.file}\u0000${job.id}`, { workflow, job });
  }
  return index;
}

function jobOf(use: Use, jobs: Map<string, JobRef>): JobRef | undefined {
  return jobs.get(`${use.location.file}\u0000${use.context?.job ?? ''}`);
}

/** The cloud credential `key` is, from its value, its names and what its workflow uses hand it to. */
function classify(key: Key, scan: Scan): Candidate | undefined {
  const uses = key.uses.filter((use) => use.sourceKind === 'github-workflow');
  // Temporary (ASIA) credentials expire within hours: not long-lived.
  if (uses.length === 0 || key.facts.keyType?.value === 'temporary') return undefined;
  const clues = [...keyClues(key), ...uses.flatMap((use) => useClues(key, use, scan))];
  if (clues.length === 0) return undefined;
  // A value or an input outranks a name: a Google name on an AWS input is AWS's.
  const strongest = clues.find((c) => c.evidence.source !== 'name') ?? clues[0];
  const cloud = strongest.cloud;
  const ofCloud = clues.filter((c) => c.cloud === cloud);
  const roles = new Set(ofCloud.map((c) => c.role));
  const evidence = distinctEvidence(ofCloud.map((c) => c.evidence));
  return { key, cloud, roles, evidence, uses };
}

/** Clues from the key's value and names. */
function keyClues(key: Key): Clue[] {
  const clues: Clue[] = [];
  const type = key.facts.keyType;
  const provider = String(key.facts.provider?.value ?? '');
  const typeRole = type && (type.source === 'value' || type.source === 'smoke') ? roleOfType(type.value) : undefined;
  if (type && typeRole) {
    const detail = type.detail === undefined ? {} : { detail: type.detail };
    clues.push(clue(typeRole, { fact: 'keyType', value: type.value, source: type.source, ...detail }));
  }
  for (const name of key.names) {
    if (provider === 'aws') {
      const normalized = normalizeName(name);
      const ending = AWS_NAME_ENDINGS.find(([end]) => normalized.endsWith(end));
      if (ending) clues.push(clue(ending[1], nameEvidence(name, ending[1])));
    }
    const parts = name.toUpperCase().split(/[-_./]+/);
    if (provider === 'gcp' && isGcpKeyName(parts))
      clues.push(clue('service-account-key', nameEvidence(name, 'service-account-key')));
    if (parts.some((p) => p === 'AZURE' || p === 'ARM') && /clientsecret$/.test(normalizeName(name)))
      clues.push(clue('client-secret', nameEvidence(name, 'client-secret')));
  }
  if (key.companions.sessionToken) {
    clues.push(clue('session-token', { fact: 'cloudCredential', value: 'session-token', source: 'name' }));
  }
  return clues;
}

/**
 * `GCP_SA_KEY`, `GCP_CREDENTIALS_JSON`, `GCLOUD_KEY`: a key file. Not `GCP_SERVICE_ACCOUNT` (an
 * e-mail), `GCP_WORKLOAD_IDENTITY_PROVIDER` or `TF_VAR_gcp_crypto_key` (a KMS key's name).
 */
function isGcpKeyName(parts: string[]): boolean {
  if (parts.some((part) => GCP_KEY_FILE_PART.test(part))) return true;
  if (!parts.includes('KEY')) return false;
  return parts.length === 2 || parts.some((part) => GCP_ACCOUNT_PART.test(part));
}

/** Clues from where one use hands the value: an official action's input or an SDK variable. */
function useClues(key: Key, use: Use, scan: Scan): Clue[] {
  const { action, target: input, via } = use.context ?? {};
  if (input === undefined) return [];
  // Own properties only: an action or input named `__proto__` or `toString` in a hostile file is just a name.
  const inputs = action !== undefined && Object.hasOwn(ACTION_INPUTS, action) ? ACTION_INPUTS[action] : undefined;
  const fromAction = inputs && Object.hasOwn(inputs, input) ? inputs[input] : undefined;
  if (fromAction) return [clue(fromAction, inputEvidence(use))];
  if (action === 'azure/login' && input === 'creds') {
    // A creds JSON written in the workflow from several secrets: the secret one holds the clientSecret.
    if (scan.shared.has(inputSite(use))) {
      const secretNamed = use.name
        .toUpperCase()
        .split(/[-_./]+/)
        .some((part) => SECRET_PART.test(part));
      const detail = `creds JSON of azure/login written in the workflow; ${use.name} fills its secret`;
      return secretNamed
        ? [clue('client-secret', { fact: 'cloudCredential', value: 'client-secret', source: 'file', detail })]
        : [];
    }
    const secret = credsClientSecret(key.value, use, scan.jobs);
    return secret ? [clue('client-secret', secret)] : [];
  }
  if (/^(?:azure[-_])?client[-_]secret$/i.test(input) && (action?.startsWith('azure/') || /^azure/i.test(input)))
    return [clue('client-secret', inputEvidence(use))];
  if (via !== 'env') return [];
  const variable = input.toUpperCase();
  if (AZURE_SECRET_VARIABLES.has(variable)) return [clue('client-secret', inputEvidence(use))];
  // S3-compatible stores (R2, MinIO, Spaces) read the same variables: only a key known to be AWS's counts.
  const awsRole = Object.hasOwn(AWS_VARIABLES, variable) ? AWS_VARIABLES[variable] : undefined;
  if (awsRole && key.facts.provider?.value === 'aws') return [clue(awsRole, inputEvidence(use))];
  return [];
}

/**
 * Whether `creds` of azure/login holds a client secret. With the value: it does when its JSON has a
 * clientSecret. Without: azure/login also signs in by OIDC from a creds document without one, which
 * needs `id-token: write`; a job that cannot ask for a token is using the secret.
 */
function credsClientSecret(value: SecretValue | undefined, use: Use, jobs: Map<string, JobRef>): Evidence | undefined {
  const base = { fact: 'cloudCredential', value: 'client-secret' } as const;
  if (value && !value.isEmpty) {
    return hasClientSecret(value)
      ? { ...base, source: 'value', detail: 'creds JSON of azure/login with a clientSecret' }
      : undefined;
  }
  const ref = jobOf(use, jobs);
  if (ref && canRequestIdToken(ref)) return undefined;
  return { ...base, source: 'file', detail: 'creds of azure/login, in a job without permissions: id-token: write' };
}

/** SECURITY: only whether the field is there and not empty is read; nothing of the value leaves. */
function hasClientSecret(value: SecretValue): boolean {
  try {
    const parsed: unknown = JSON.parse(value.reveal());
    if (typeof parsed !== 'object' || parsed === null) return false;
    const secret = (parsed as Record<string, unknown>).clientSecret;
    return typeof secret === 'string' && secret.trim() !== '';
  } catch {
    return false;
  }
}

function canRequestIdToken(ref: JobRef): boolean {
  const permissions = ref.job?.permissions ?? ref.workflow.permissions;
  if (!permissions) return false;
  const value = permissions.value;
  return value === 'write-all' || (typeof value === 'object' && value['id-token'] === 'write');
}

/** Whether the job signs in to `cloud` through GitHub OIDC already. */
function usesOidc(ref: JobRef | undefined, cloud: Cloud): boolean {
  for (const step of ref?.job?.actions ?? []) {
    const has = (input: string): boolean => step.inputs.includes(input);
    if (cloud === 'aws' && step.action === 'aws-actions/configure-aws-credentials')
      if (has('role-to-assume') && !has('aws-access-key-id')) return true;
    if (cloud === 'gcp' && step.action === 'google-github-actions/auth' && has('workload_identity_provider'))
      return true;
    if (cloud === 'azure' && step.action === 'azure/login' && has('client-id') && !has('creds')) return true;
  }
  return false;
}

/**
 * An AWS access key id and a secret access key that are separate keys (names that do not pair by
 * prefix, such as AWS_USR and AWS_PSW) but are handed to the same step or env block are one pair: one
 * finding. A key that is a whole pair already stays on its own.
 */
function pairUp(candidates: Candidate[]): Candidate[][] {
  const half = (c: Candidate): boolean =>
    c.cloud === 'aws' && c.roles.has('access-key-id') !== c.roles.has('secret-access-key');
  const aws = candidates.filter(half);
  const groups: Candidate[][] = candidates.filter((c) => !half(c)).map((c) => [c]);
  const parent = aws.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const bySite = new Map<string, number>();
  aws.forEach((candidate, i) => {
    for (const use of candidate.uses) {
      const c = use.context ?? {};
      const site = [use.location.file, c.job ?? '', c.step ?? '', c.via ?? ''].join('\u0000');
      const seen = bySite.get(site);
      if (seen === undefined) bySite.set(site, i);
      else if (aws[seen].roles.has('access-key-id') !== candidate.roles.has('access-key-id'))
        parent[find(i)] = find(seen);
    }
  });
  const byRoot = new Map<number, Candidate[]>();
  aws.forEach((candidate, i) => addTo(byRoot, find(i), candidate));
  return [...groups, ...byRoot.values()];
}

function report(context: RuleContext<Options>, group: Candidate[], jobs: Map<string, JobRef>): void {
  const cloud = group[0].cloud;
  const roles = new Set(group.flatMap((c) => [...c.roles]));
  // Session credentials expire within hours: not long-lived.
  if (cloud === 'aws' && roles.has('session-token')) return;
  const open = group.flatMap((c) => c.uses).filter((use) => !usesOidc(jobOf(use, jobs), cloud));
  if (open.length === 0) return;
  const weight = (use: Use): number => useWeight(use, jobOf(use, jobs));
  open.sort((a, b) => weight(a) - weight(b) || compareLocations(a.location, b.location));
  const primary = open[0];
  const sites = [...new Set(open.map((use) => `${use.location.file}\u0000${use.context?.job ?? ''}`))];
  const where = `${siteText(primary)}${sites.length > 1 ? ` and ${sites.length - 1} other job(s)` : ''}`;
  // Test jobs (environment development) that deploy nothing: the key is still long-lived, but a note.
  const testOnly = open.every((use) => weight(use) === TEST_ONLY);
  // The key the finding is filed under: the access key id of a pair, else the first by name.
  const [main] = [...group].sort(
    (a, b) =>
      Number(b.roles.has('access-key-id')) - Number(a.roles.has('access-key-id')) ||
      compareText(a.key.name, b.key.name),
  );
  const names = [...new Set([main, ...group.filter((c) => c !== main)].flatMap((c) => workflowNames(c)))];
  context.report({
    messageId: cloud,
    data: { keys: names.join(' / '), where },
    location: primary.location,
    key: main.key.name,
    environment: primary.environment,
    evidence: distinctEvidence(group.flatMap((c) => c.evidence)),
    ...(testOnly ? { severity: capSeverity(context.severity, 'note') } : {}),
    anchor: `${cloud}:${names.join('/')}`,
  });
}

const TEST_ONLY = 4;

/**
 * Which use a finding points at, most telling first: production, staging, a job that deploys, an
 * unknown environment, then test jobs. Signing in to the cloud alone is not a deploy here.
 */
function useWeight(use: Use, ref: JobRef | undefined): number {
  if (use.environment === 'production') return 0;
  if (use.environment === 'staging') return 1;
  const evidence = ref?.job?.deployEvidence ?? '';
  if (ref?.job?.deploys && !SIGN_IN_ACTIONS.some((action) => evidence === `uses ${action}`)) return 2;
  return use.environment === 'development' ? TEST_ONLY : 3;
}

/** The names of a key that workflows reference (a pair's id, then its secret). */
function workflowNames(candidate: Candidate): string[] {
  const referenced = new Set(candidate.uses.map((use) => use.name));
  return candidate.key.names.filter((name) => referenced.has(name));
}

function siteText(use: Use): string {
  const job = use.context?.job;
  return job ? `job ${job} in ${use.location.file}` : use.location.file;
}

function clue(role: Role, evidence: Evidence): Clue {
  return { cloud: CLOUD_OF[role], role, evidence };
}

function nameEvidence(name: string, role: Role): Evidence {
  return { fact: 'cloudCredential', value: role, source: 'name', detail: `name ${name}` };
}

function inputEvidence(use: Use): Evidence {
  const c = use.context ?? {};
  const detail = c.action ? `${c.via}: ${c.target} of ${c.action}` : `${c.via}: ${c.target}`;
  return { fact: 'cloudCredential', value: c.target ?? '', source: 'file', detail };
}

function distinctEvidence(evidence: Evidence[]): Evidence[] {
  const seen = new Set<string>();
  return evidence.filter((e) => {
    const id = JSON.stringify([e.fact, e.value, e.source, e.detail]);
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}
