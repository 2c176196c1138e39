// SPEC section 1, "Naming keys": uses join one key when config lists them as aliases, when a workflow
// visibly feeds a CI secret into them, or when their names are equal once case, `-` and `_` are
// ignored. Credentials that only work together (an AWS access key id with the secret access key and
// session token of the same prefix; a Twilio auth token with its account SID) are one key.

import { addTo } from '../core/group.js';
import type { Key, KeyDeclaration, NameLink, Use } from '../core/types.js';
import { COMPANIONS } from '../providers/catalog.js';
import type { Companion } from '../providers/types.js';
import { compareText } from '../core/compare.js';

/** `Stripe-Secret_key` and `STRIPE_SECRET_KEY` are the same name. */
export function normalizeName(name: string): string {
  return name.toLowerCase().replace(/[-_]/g, '');
}

type PairSpec = Companion;

/**
 * Normalized suffixes, so `PROD_AWS_ACCESS_KEY_ID` and `aws/access-key-id` both end in `accesskeyid`.
 * Each provider declares its own (src/providers: `companions`); an adapter receives the values by role.
 */
const PAIRS: readonly PairSpec[] = COMPANIONS;

/**
 * The pairs `name` is the primary credential of, with its normalized prefix: several providers may
 * declare the same primary suffix (an access key id takes `*secretaccesskey` for AWS and
 * `*accesskeysecret` for Alibaba Cloud, in the same role).
 */
function pairsOf(name: string): { spec: PairSpec; prefix: string }[] {
  const normalized = normalizeName(name);
  return PAIRS.flatMap((spec) => {
    if (!normalized.endsWith(spec.primary) || Object.keys(spec.companions).length === 0) return [];
    const prefix = normalized.slice(0, -spec.primary.length);
    return !spec.prefixContains || prefix.includes(spec.prefixContains) ? [{ spec, prefix }] : [];
  });
}

/** The companion role of `name` (`secretAccessKey`, `accountSid`…) in a key whose names include its primary. */
export function companionRole(names: readonly string[], name: string): string | undefined {
  const normalized = normalizeName(name);
  for (const primary of names) {
    for (const pair of pairsOf(primary)) {
      for (const [suffix, role] of Object.entries(pair.spec.companions))
        if (normalized === pair.prefix + suffix) return role;
    }
  }
  return undefined;
}

/**
 * Values an adapter reads beside a key without joining their names into it (a Datadog site, a
 * Cloudflare account id), as normalized name -> role, for each name of the key that takes them.
 */
export function lookupNames(names: readonly string[]): [string, string][] {
  const found: [string, string][] = [];
  for (const name of names) {
    const normalized = normalizeName(name);
    for (const spec of PAIRS) {
      if (!spec.lookups || !normalized.endsWith(spec.primary)) continue;
      const prefix = normalized.slice(0, -spec.primary.length);
      if (spec.prefixContains && !prefix.includes(spec.prefixContains)) continue;
      for (const [suffix, role] of Object.entries(spec.lookups)) found.push([prefix + suffix, role]);
    }
  }
  return found;
}

/** Where a use hands its value: the file, job and step, and the variable or input name. */
function destination(use: Use): { place: string; target: string } | undefined {
  const c = use.context;
  if (!c?.target || (c.via !== 'env' && c.via !== 'with')) return undefined;
  return { place: JSON.stringify([use.location.file, c.job ?? '', c.step ?? '', c.via]), target: c.target };
}

/**
 * Secrets one place hands to a credential pair's variables or inputs, whatever their own names:
 * `AWS_ACCESS_KEY_ID: ${{ secrets.TF_KEY }}` beside `AWS_SECRET_ACCESS_KEY: ${{ secrets.TF_SECRET }}`
 * makes TF_SECRET the `secretAccessKey` companion of TF_KEY.
 */
export function destinationPairs(uses: readonly Use[]): { primary: string; companion: string; role: string }[] {
  const byPlace = new Map<string, { name: string; target: string }[]>();
  for (const use of uses) {
    const where = destination(use);
    if (!where || use.name.toUpperCase() === 'GITHUB_TOKEN') continue;
    addTo(byPlace, where.place, { name: use.name, target: where.target });
  }
  const pairs = new Map<string, { primary: string; companion: string; role: string }>();
  for (const handed of byPlace.values()) {
    // One `env:` map may hand over thousands of secrets: look companions up by target, never pairwise.
    const byTarget = new Map<string, { name: string; target: string }[]>();
    for (const entry of handed) addTo(byTarget, normalizeName(entry.target), entry);
    for (const primary of handed) {
      for (const pair of pairsOf(primary.target))
        for (const [suffix, role] of Object.entries(pair.spec.companions)) {
          for (const companion of byTarget.get(pair.prefix + suffix) ?? []) {
            if (companion.name === primary.name) continue;
            pairs.set(`${primary.name}\u0000${companion.name}`, {
              primary: primary.name,
              companion: companion.name,
              role,
            });
          }
        }
    }
  }
  return [...pairs.values()];
}

/** Union-find over normalized names. */
class NameGroups {
  private readonly parent = new Map<string, string>();

  find(name: string): string {
    const id = normalizeName(name);
    let root = id;
    while (this.parent.has(root) && this.parent.get(root) !== root) root = this.parent.get(root) as string;
    // Path compression: every name on the way points at the root, so later finds are short.
    for (let at = id; at !== root;) {
      const next = this.parent.get(at) ?? root;
      this.parent.set(at, root);
      at = next;
    }
    return root;
  }

  union(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent.set(rb, ra);
  }
}

export interface JoinInput {
  uses: readonly Use[];
  links: readonly NameLink[];
  declarations: ReadonlyMap<string, KeyDeclaration>;
}

/** Groups uses into keys, sorted by name. Keys carry no values or facts yet. */
export function joinKeys({ uses, links, declarations }: JoinInput): Key[] {
  const groups = new NameGroups();
  for (const declaration of declarations.values()) {
    for (const alias of declaration.aliases ?? []) groups.union(declaration.name, alias);
  }
  for (const link of links) groups.union(link.secret, link.alias);

  // Companions join their primary credential of the same prefix, when that primary is in use, or when
  // one step hands both to the pair's variables (`AWS_ACCESS_KEY_ID` and `AWS_SECRET_ACCESS_KEY`). Names
  // are looked up by their normalized spelling, so this stays linear in the number of names.
  const names = [...new Set(uses.map((u) => u.name))];
  const byNormalized = new Map<string, string[]>();
  for (const name of names) {
    const normalized = normalizeName(name);
    const list = byNormalized.get(normalized);
    if (list) list.push(name);
    else byNormalized.set(normalized, [name]);
  }
  const companions = new Set<string>();
  for (const pair of destinationPairs(uses)) {
    groups.union(pair.primary, pair.companion);
    companions.add(pair.companion);
  }
  for (const name of names) {
    for (const pair of pairsOf(name))
      for (const suffix of Object.keys(pair.spec.companions)) {
        for (const companion of byNormalized.get(pair.prefix + suffix) ?? []) {
          if (companion === name) continue;
          groups.union(name, companion);
          companions.add(companion);
        }
      }
  }

  const byGroup = new Map<string, Use[]>();
  for (const use of uses) {
    const group = groups.find(use.name);
    const list = byGroup.get(group) ?? [];
    list.push(use);
    byGroup.set(group, list);
  }

  // The first declaration (in config order) of each group.
  const declarationOf = new Map<string, KeyDeclaration>();
  for (const declaration of declarations.values()) {
    const group = groups.find(declaration.name);
    if (!declarationOf.has(group)) declarationOf.set(group, declaration);
  }

  const keys: Key[] = [];
  for (const [group, groupUses] of byGroup) {
    groupUses.sort(compareUses);
    const allNames = distinct(groupUses.map((u) => u.name));
    const declaration = declarationOf.get(group);
    const name = canonicalName(groupUses, allNames, declaration, companions);
    keys.push({
      name,
      names: distinct([name, ...allNames]),
      uses: groupUses,
      declaration,
      companions: {},
      observations: [],
      facts: {},
      environments: distinct(groupUses.map((u) => u.environment)).sort(),
    });
  }
  return keys.sort((a, b) => compareText(a.name, b.name));
}

function canonicalName(
  uses: Use[],
  names: string[],
  declaration: KeyDeclaration | undefined,
  companions: ReadonlySet<string>,
): string {
  // The name the value is stored under in CI wins (the declared one among several); a pair is named
  // by its primary credential (the access key id, the auth token).
  const primary = names.filter((n) => !companions.has(n));
  const candidates = new Set(primary.length > 0 ? primary : names);
  const ci = uses.filter((u) => u.sourceKind === 'github-workflow' && candidates.has(u.name));
  if (declaration && ci.some((u) => u.name === declaration.name)) return declaration.name;
  if (ci.length > 0) return ci[0].name;
  if (declaration) return declaration.name;
  return [...candidates][0];
}

function compareUses(a: Use, b: Use): number {
  return (
    compareText(a.location.file, b.location.file) ||
    a.location.line - b.location.line ||
    a.location.column - b.location.column ||
    compareText(a.environment, b.environment)
  );
}

function distinct<T>(items: T[]): T[] {
  return [...new Set(items)];
}
