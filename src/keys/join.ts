// SPEC section 1, "Naming keys": uses join one key when config lists them as aliases, when a workflow
// visibly feeds a CI secret into them, or when their names are equal once case, `-` and `_` are
// ignored. AWS credentials that only work together (access key id, secret access key, session token
// of the same prefix) are one key to the providers.

import type { Key, KeyDeclaration, NameLink, Use } from '../core/types.js';

/** `Stripe-Secret_key` and `STRIPE_SECRET_KEY` are the same name. */
export function normalizeName(name: string): string {
  return name.toLowerCase().replace(/[-_]/g, '');
}

const AWS_ID = /^(.*)ACCESS_KEY_ID$/i;
const AWS_COMPANIONS: Record<string, string> = { SECRET_ACCESS_KEY: 'secretAccessKey', SESSION_TOKEN: 'sessionToken' };

/** Union-find over normalized names. */
class NameGroups {
  private readonly parent = new Map<string, string>();

  find(name: string): string {
    const id = normalizeName(name);
    let root = id;
    while (this.parent.has(root) && this.parent.get(root) !== root) root = this.parent.get(root) as string;
    if (!this.parent.has(id)) this.parent.set(id, id);
    this.parent.set(id, root);
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

  // AWS companions join the access key id of the same prefix, when that id is in use.
  const names = new Set(uses.map((u) => u.name));
  const companionRole = new Map<string, string>();
  for (const name of names) {
    const match = AWS_ID.exec(name);
    if (!match) continue;
    for (const [suffix, role] of Object.entries(AWS_COMPANIONS)) {
      const companion = [...names].find((n) => normalizeName(n) === normalizeName(match[1] + suffix));
      if (companion) {
        groups.union(name, companion);
        companionRole.set(companion, role);
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

  const keys: Key[] = [];
  for (const [group, groupUses] of byGroup) {
    groupUses.sort(compareUses);
    const allNames = distinct(groupUses.map((u) => u.name));
    const declaration = [...declarations.values()].find((d) => groups.find(d.name) === group);
    const name = canonicalName(groupUses, allNames, declaration, companionRole);
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
  return keys.sort((a, b) => a.name.localeCompare(b.name));
}

/** The role (`secretAccessKey`, `sessionToken`) of an AWS companion name, if it is one. */
export function awsCompanionRole(name: string): string | undefined {
  for (const [suffix, role] of Object.entries(AWS_COMPANIONS)) {
    if (name.toUpperCase().endsWith(suffix)) return role;
  }
  return undefined;
}

function canonicalName(
  uses: Use[],
  names: string[],
  declaration: KeyDeclaration | undefined,
  companionRole: ReadonlyMap<string, string>,
): string {
  // The name the value is stored under in CI wins; an AWS pair is named by its access key id.
  const primary = names.filter((n) => !companionRole.has(n));
  const candidates = primary.length > 0 ? primary : names;
  const ci = uses.find((u) => u.sourceKind === 'github-workflow' && candidates.includes(u.name));
  if (ci) return ci.name;
  if (declaration) return declaration.name;
  return candidates[0];
}

function compareUses(a: Use, b: Use): number {
  return (
    a.location.file.localeCompare(b.location.file) ||
    a.location.line - b.location.line ||
    a.location.column - b.location.column ||
    a.environment.localeCompare(b.environment)
  );
}

function distinct<T>(items: T[]): T[] {
  return [...new Set(items)];
}
