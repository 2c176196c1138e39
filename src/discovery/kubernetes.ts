// Kubernetes manifests: every YAML document with `apiVersion` and `kind`. Finds the secrets pods
// consume (secretKeyRef, envFrom, secret and projected volumes), the values committed in `kind: Secret`
// objects, credential-named plain `env[].value`s, and the RBAC objects rbac-least-privilege reads.

import { isMap, isSeq } from 'yaml';
import type { EnvironmentHints, RawUse, RbacBinding, RbacRole, RbacRule, ServiceAccountInfo } from '../core/types.js';
import { CREDENTIAL_NAME, holdsCredential, holdsWord } from './manifest-names.js';
import {
  entries,
  entry,
  get,
  guarded,
  items,
  literal,
  locate,
  locateFromTo,
  looksTemplated,
  parseFile,
  resolve,
  skippedTemplate,
  str,
  type Walk,
} from './manifest-yaml.js';
import type { Extractor, InventoryPart } from './types.js';

const CONTAINER_LISTS = ['initContainers', 'containers', 'ephemeralContainers'];
/** Pod specs sit a few levels down (CronJob: spec.jobTemplate.spec.template.spec; CSV deeper). */
const MAX_SEARCH_DEPTH = 16;

/** The Kubernetes extractor. The engine asks it last, so it takes any YAML file nobody else claimed. */
export const kubernetesExtractor: Extractor = {
  kind: 'kubernetes',
  matches(path) {
    // Workflows and other GitHub metadata are never manifests; the github-workflow extractor owns them.
    return /\.ya?ml$/i.test(path) && !/(^|\/)\.github\//.test(path);
  },
  extract({ path, text }) {
    return guarded(path, () => extractKubernetes(path, text));
  },
};

/** A Helm chart template: a `templates/` folder file with template actions, unreadable until rendered. */
export function isHelmTemplate(path: string, text: string): boolean {
  return /(^|\/)templates\//.test(path) && looksTemplated(text);
}

/** A root `kind:` line (only the root map has keys at column 0) of a kind that yields nothing. */
const INERT_KIND = /^kind:[ \t]*(["']?)(?:CustomResourceDefinition|ConfigMap)\1[ \t]*(?:#.*)?\r?$/m;

/**
 * A line at column 0 that is neither blank, a comment, a bare document marker nor a plain `key:` line:
 * a quoted, explicit (`? `), tagged or anchored key, a flow collection, a scalar. Where there is none,
 * the root is a block map whose keys are the plain `key:` lines at column 0, so its only `kind` key is
 * the one `kind:` line (a `"kind": Secret` or `? kind` beside a `kind: ConfigMap` cannot hide).
 */
const UNPLAIN_ROOT_LINE = /^(?!$|[ \t#\r\n]|(?:---|\.\.\.)[ \t]*(?:#.*)?\r?$|[A-Za-z0-9_][\w.\/-]*:(?:[ \t]|\r?$))/m;

/**
 * keybound is not a YAML linter: a manifest document is parsed only if its text could yield something
 * here, so a syntax error in one that cannot is not reported (that is yamllint's and kubeconform's job).
 * Every use, Secret and RBAC object needs one of these words written out in it: `secret` (any case) is
 * in secretKeyRef, secretRef, secretName, `secret:` volumes and `kind: Secret`; `Role` in Role,
 * ClusterRole and their bindings; `ServiceAccount`; credential-named env vars match CREDENTIAL_NAME.
 * Words spelled with escapes count (holdsWord). A document whose root `kind` is CustomResourceDefinition
 * or ConfigMap yields nothing whatever it says (the extractor reads neither), but only when that root
 * kind is certain (UNPLAIN_ROOT_LINE, a single `kind:` line; an escape cannot make a plain key).
 * Conservative: it keeps documents that yield nothing; it never drops one that yields something.
 */
export function mayHoldUses(source: string): boolean {
  const kinds = source.match(/^kind:/gm);
  if (kinds?.length === 1 && INERT_KIND.test(source) && !UNPLAIN_ROOT_LINE.test(source)) return false;
  return holdsWord(source, (text) => /Role|ServiceAccount/.test(text) || CREDENTIAL_NAME.test(text));
}

/**
 * Whether a YAML file's text has the two fields of a Kubernetes object. This extractor reads every YAML
 * file nobody else claimed; one that is not a manifest (a Liquibase changelog, an ERB `database.yml`,
 * any other config) is out of scope, so a problem parsing it is nobody's business here.
 */
export function looksLikeManifest(text: string): boolean {
  return /^\uFEFF?[ \t-]*apiVersion[ \t]*:[ \t]*\S/m.test(text) && /^[ \t-]*kind[ \t]*:[ \t]*\S/m.test(text);
}

function extractKubernetes(path: string, text: string): InventoryPart {
  if (!looksLikeManifest(text)) return {};
  if (isHelmTemplate(path, text)) return { diagnostics: [skippedTemplate(path)] };
  // Every manifest, whatever its size, is cut at its `---` lines and only documents that mayHoldUses are parsed.
  const parsed = parseFile(path, text, { wantDocument: mayHoldUses });
  const out: Required<Pick<InventoryPart, 'uses' | 'diagnostics'>> & {
    roles: RbacRole[];
    bindings: RbacBinding[];
    serviceAccounts: ServiceAccountInfo[];
  } = { uses: [], diagnostics: parsed.diagnostics, roles: [], bindings: [], serviceAccounts: [] };
  for (const walk of parsed.walks) visitObject(walk, walk.doc.contents, out, 0);
  return {
    uses: out.uses,
    diagnostics: out.diagnostics,
    rbac: { roles: out.roles, bindings: out.bindings, serviceAccounts: out.serviceAccounts },
  };
}

type Out = { uses: RawUse[]; roles: RbacRole[]; bindings: RbacBinding[]; serviceAccounts: ServiceAccountInfo[] };

/** Everything one object contributes; `List` objects (kubectl output) recurse into their items. */
function visitObject(walk: Walk, node: unknown, out: Out, depth: number): void {
  const object = resolve(walk, node);
  const apiVersion = str(walk, get(walk, object, 'apiVersion'));
  const kind = str(walk, get(walk, object, 'kind'));
  if (!isMap(object) || !apiVersion || !kind) return;
  if (kind.endsWith('List') && depth < 4) {
    for (const item of items(walk, get(walk, object, 'items'))) visitObject(walk, item, out, depth + 1);
    return;
  }
  const metadata = get(walk, object, 'metadata');
  const nameEntry = entry(walk, metadata, 'name');
  const name = str(walk, nameEntry?.value);
  const namespace = str(walk, get(walk, metadata, 'namespace'));
  const object_: K8sObject = {
    kind,
    name,
    namespace,
    resource: `${kind}/${name ?? ''}`,
    hints: namespace ? { namespace } : {},
    anchor: nameEntry?.value ?? entry(walk, object, 'kind')?.pair,
  };
  if (kind === 'Secret' && apiVersion === 'v1') secretObject(walk, object, object_, out);
  else if (kind === 'Role' || kind === 'ClusterRole') out.roles.push(role(walk, object, object_, kind));
  else if (kind === 'RoleBinding' || kind === 'ClusterRoleBinding')
    out.bindings.push(binding(walk, object, object_, kind));
  else if (kind === 'ServiceAccount' && name)
    out.serviceAccounts.push({ name, namespace, location: locate(walk, object_.anchor) });
  else if (kind !== 'CustomResourceDefinition' && kind !== 'ConfigMap')
    findPodSpecs(walk, get(walk, object, 'spec'), object_, out, 0);
}

interface K8sObject {
  kind: string;
  name?: string;
  namespace?: string;
  resource: string;
  hints: EnvironmentHints;
  anchor: unknown;
}

function use(name: string, location: RawUse['location'], object: K8sObject, via: string, value?: string): RawUse {
  const raw: RawUse = {
    name,
    sourceKind: 'kubernetes',
    location,
    hints: { ...object.hints },
    context: { via, resource: object.resource },
  };
  if (value !== undefined && value !== '') raw.literal = literal(value, location);
  return raw;
}

/**
 * Finds pod specs (maps with a container list) anywhere under `spec`: Pod, Deployment, StatefulSet,
 * DaemonSet, ReplicaSet, Job, CronJob, and the custom kinds that embed pod templates (operator CSVs,
 * Argo Rollouts, Knative services) without a table of paths to keep up to date.
 */
function findPodSpecs(walk: Walk, node: unknown, object: K8sObject, out: Out, depth: number): void {
  if (depth > MAX_SEARCH_DEPTH) return;
  if (isSeq(resolve(walk, node))) {
    for (const item of items(walk, node)) findPodSpecs(walk, item, object, out, depth + 1);
    return;
  }
  const fields = entries(walk, node);
  if (fields.some((field) => CONTAINER_LISTS.includes(field.key) && isSeq(field.value))) {
    podSpec(walk, node, object, out);
    return;
  }
  for (const field of fields) {
    if (isMap(field.value) || isSeq(field.value)) findPodSpecs(walk, field.value, object, out, depth + 1);
  }
}

function podSpec(walk: Walk, spec: unknown, object: K8sObject, out: Out): void {
  for (const list of CONTAINER_LISTS) {
    for (const container of items(walk, get(walk, spec, list))) {
      for (const variable of items(walk, get(walk, container, 'env'))) envVar(walk, variable, object, out);
      for (const source of items(walk, get(walk, container, 'envFrom'))) {
        const ref = entry(walk, source, 'secretRef');
        const secret = str(walk, get(walk, ref?.value, 'name'));
        if (ref && secret)
          out.uses.push(
            use(secret, locateFromTo(walk, ref.pair, entry(walk, ref.value, 'name')?.pair), object, 'envFrom'),
          );
      }
    }
  }
  for (const volume of items(walk, get(walk, spec, 'volumes'))) {
    const secret = entry(walk, volume, 'secret');
    if (secret) volumeSecret(walk, secret.value, 'secretName', secret.pair, object, out, 'volume');
    for (const source of items(walk, get(walk, get(walk, volume, 'projected'), 'sources'))) {
      const projected = entry(walk, source, 'secret');
      if (projected) volumeSecret(walk, projected.value, 'name', projected.pair, object, out, 'projected');
    }
  }
}

/** `env[]`: a secretKeyRef, or a credential-named variable with a value written in the manifest. */
function envVar(walk: Walk, variable: unknown, object: K8sObject, out: Out): void {
  const ref = entry(walk, get(walk, variable, 'valueFrom'), 'secretKeyRef');
  if (ref) {
    const secret = str(walk, get(walk, ref.value, 'name'));
    const key = str(walk, get(walk, ref.value, 'key'));
    const last = entries(walk, ref.value).at(-1)?.pair ?? ref.pair;
    if (secret && key)
      out.uses.push(use(`${secret}/${key}`, locateFromTo(walk, ref.pair, last), object, 'secretKeyRef'));
    return;
  }
  const name = entry(walk, variable, 'name');
  const value = entry(walk, variable, 'value');
  const variableName = str(walk, name?.value);
  const text = str(walk, value?.value);
  // Only credential-named variables: LOG_LEVEL is not a key, and every use becomes one.
  if (name && value && variableName && text && holdsCredential(variableName)) {
    out.uses.push(use(variableName, locateFromTo(walk, name.pair, value.pair), object, 'env', text));
  }
}

/** A `secret:` volume (`secretName`) or projected source (`name`), with its `items` when given. */
function volumeSecret(
  walk: Walk,
  node: unknown,
  nameField: string,
  pair: unknown,
  object: K8sObject,
  out: Out,
  via: string,
): void {
  const name = entry(walk, node, nameField);
  const secret = str(walk, name?.value);
  if (!secret) return;
  const selected = items(walk, get(walk, node, 'items'));
  if (selected.length === 0) {
    out.uses.push(use(secret, locateFromTo(walk, pair, name?.pair), object, via));
    return;
  }
  for (const item of selected) {
    const key = entry(walk, item, 'key');
    const keyName = str(walk, key?.value);
    if (key && keyName) out.uses.push(use(`${secret}/${keyName}`, locate(walk, key.pair), object, via));
  }
}

/** `kind: Secret`: each `data` (base64) and `stringData` entry is a use with its committed value. */
function secretObject(walk: Walk, object: unknown, k8s: K8sObject, out: Out): void {
  if (!k8s.name) return;
  for (const field of ['data', 'stringData'] as const) {
    for (const item of entries(walk, get(walk, object, field))) {
      const raw = str(walk, item.value);
      if (raw === undefined) continue;
      const value = field === 'data' ? decodeBase64(raw) : raw;
      // NOTE: undecodable `data` (not base64, or binary such as a keystore) is skipped entirely.
      if (value === undefined) continue;
      out.uses.push(use(`${k8s.name}/${item.key}`, locate(walk, item.pair), k8s, field, value));
    }
  }
}

/** Strict base64 decoding to UTF-8 text; undefined when the value is not base64 or not text. */
export function decodeBase64(raw: string): string | undefined {
  const compact = raw.replace(/\s+/g, '');
  if (compact.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(compact)) return undefined;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(Buffer.from(compact, 'base64'));
  } catch {
    return undefined;
  }
}

function strings(walk: Walk, node: unknown): string[] {
  return items(walk, node)
    .map((item) => str(walk, item))
    .filter((value): value is string => value !== undefined);
}

function role(walk: Walk, object: unknown, k8s: K8sObject, kind: 'Role' | 'ClusterRole'): RbacRole {
  const rules: RbacRule[] = items(walk, get(walk, object, 'rules')).map((rule) => ({
    apiGroups: strings(walk, get(walk, rule, 'apiGroups')),
    resources: strings(walk, get(walk, rule, 'resources')),
    verbs: strings(walk, get(walk, rule, 'verbs')),
    location: locate(walk, rule),
  }));
  return {
    kind,
    name: k8s.name ?? '',
    ...(k8s.namespace ? { namespace: k8s.namespace } : {}),
    rules,
    location: locate(walk, k8s.anchor),
  };
}

/** A binding is located at its `roleRef` (what it grants), falling back to its name. */
function binding(walk: Walk, object: unknown, k8s: K8sObject, kind: 'RoleBinding' | 'ClusterRoleBinding'): RbacBinding {
  const roleRef = entry(walk, object, 'roleRef');
  const subjects = items(walk, get(walk, object, 'subjects')).map((subject) => {
    const namespace = str(walk, get(walk, subject, 'namespace'));
    return {
      kind: str(walk, get(walk, subject, 'kind')) ?? '',
      name: str(walk, get(walk, subject, 'name')) ?? '',
      ...(namespace ? { namespace } : {}),
    };
  });
  return {
    kind,
    name: k8s.name ?? '',
    ...(k8s.namespace ? { namespace: k8s.namespace } : {}),
    roleRef: {
      kind: str(walk, get(walk, roleRef?.value, 'kind')) ?? '',
      name: str(walk, get(walk, roleRef?.value, 'name')) ?? '',
    },
    subjects,
    location: locate(walk, roleRef?.pair ?? k8s.anchor),
  };
}
