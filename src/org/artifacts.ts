// Reading the artifacts of other jobs: shard folders (each with inventory.json, written last) given to
// `org merge` directly or as the folders that hold them (one per downloaded artifact), each inventory
// validated against the shipped schema, and each repository's file read one at a time.
// SECURITY: artifacts come from other jobs; what is wrong with one is named by file and path, and
// nothing of its content is quoted. A repository file is only ever read below its shard folder.

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import { KeyboundError } from '../core/errors.js';
import type { Report } from '../core/types.js';
import { POLICY_FILES } from '../generated/policies.js';
import {
  INVENTORY_FILE,
  REPO_SCHEMA,
  SHARD_SCHEMA,
  type RepoArtifact,
  type ShardInventory,
  PLAN_SCHEMA,
  type OrgPlan,
} from './types.js';

/** An inventory or repository file larger than this is refused before it is parsed. */
const MAX_ARTIFACT_BYTES = 512 * 1024 * 1024;

let validators: { inventory: ValidateFunction; plan: ValidateFunction } | undefined;

function schemaValidators(): NonNullable<typeof validators> {
  if (validators) return validators;
  // SECURITY.md: ajv never rewrites data (no defaults, no coercion); the schemas' patterns are linear.
  const ajv = new Ajv({ allErrors: false, strict: false, useDefaults: false, coerceTypes: false, logger: false });
  for (const file of ['report.schema.json', 'org-shard.schema.json']) {
    const text = POLICY_FILES[file];
    if (text === undefined)
      throw new KeyboundError('internal', `${file} is not embedded; run node scripts/generate.mjs`);
    ajv.addSchema(JSON.parse(text) as object);
  }
  const get = (ref: string): ValidateFunction => {
    const validate = ajv.getSchema(`urn:keybound:schema:org-shard:v1#/definitions/${ref}`);
    if (!validate) throw new KeyboundError('internal', `org-shard.schema.json has no ${ref}`);
    return validate;
  };
  validators = { inventory: get('inventory'), plan: get('plan') };
  return validators;
}

export interface ShardFolder {
  /** The folder, as the user named it (or below a folder they named). */
  dir: string;
  inventory: ShardInventory;
}

/**
 * The shard folders among `dirs`: each one that holds inventory.json, else its direct subfolders that
 * do. A folder with neither is named in `notices` (a shard that did not finish leaves no inventory).
 */
export function findShardFolders(dirs: readonly string[], cwd: string): { folders: string[]; notices: string[] } {
  const folders: string[] = [];
  const notices: string[] = [];
  for (const dir of dirs) {
    const absolute = resolve(cwd, dir);
    if (!existsSync(absolute) || !statSync(absolute).isDirectory())
      throw new KeyboundError('usage', `"${dir}" is not a folder of shard results`);
    if (existsSync(join(absolute, INVENTORY_FILE))) {
      folders.push(absolute);
      continue;
    }
    const below = readdirSync(absolute, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => join(absolute, entry.name))
      .sort();
    const shards = below.filter((folder) => existsSync(join(folder, INVENTORY_FILE)));
    folders.push(...shards);
    for (const folder of below.filter((f) => !shards.includes(f)))
      notices.push(`${relative(cwd, folder) || folder}: no ${INVENTORY_FILE}, so not a finished shard; left out`);
    if (shards.length === 0 && below.length === 0)
      notices.push(`${dir}: no ${INVENTORY_FILE} and no shard folders in it; left out`);
  }
  return { folders, notices };
}

/** A shard folder's inventory, validated. @throws KeyboundError naming the file and what is wrong. */
export function readInventory(folder: string, cwd: string): ShardInventory {
  const file = join(folder, INVENTORY_FILE);
  const named = relative(cwd, file) || file;
  const data = readJson(file, named);
  const validate = schemaValidators().inventory;
  if ((data as { schemaVersion?: unknown })?.schemaVersion !== SHARD_SCHEMA || !validate(data)) {
    const where = validate.errors?.[0]?.instancePath;
    throw new KeyboundError(
      'io',
      `${named} is not a ${SHARD_SCHEMA} inventory${where ? ` (at ${where}: ${validate.errors?.[0]?.message ?? 'invalid'})` : ''}; was it written by another version of keybound?`,
    );
  }
  return data as ShardInventory;
}

/** A plan file (`org plan --output`), validated. */
export function readPlan(file: string, cwd: string): OrgPlan {
  const data = readJson(resolve(cwd, file), file);
  const validate = schemaValidators().plan;
  if ((data as { schemaVersion?: unknown })?.schemaVersion !== PLAN_SCHEMA || !validate(data)) {
    const where = validate.errors?.[0]?.instancePath;
    throw new KeyboundError(
      'usage',
      `${file} is not a ${PLAN_SCHEMA} plan${where ? ` (at ${where}: ${validate.errors?.[0]?.message ?? 'invalid'})` : ''}; write one with keybound org plan --output`,
    );
  }
  return data as OrgPlan;
}

/**
 * A repository's file below its shard folder, with its report. The path comes from the inventory,
 * whose schema allows only `repos/NAME.json`.
 */
export function readRepoArtifact(
  folder: string,
  file: string,
  fullName: string,
  cwd: string,
): RepoArtifact & { report: Report } {
  const path = join(folder, file);
  const named = relative(cwd, path) || path;
  const data = readJson(path, named) as Partial<RepoArtifact> | null;
  const report = data?.report as Partial<Report> | undefined;
  if (
    data?.schemaVersion !== REPO_SCHEMA ||
    data.repository?.fullName !== fullName ||
    report?.schemaVersion !== 'keybound/report/v1' ||
    !Array.isArray(report.findings)
  )
    throw new KeyboundError('io', `${named} is not the ${REPO_SCHEMA} file of ${fullName}`);
  return data as RepoArtifact & { report: Report };
}

function readJson(path: string, named: string): unknown {
  let text: string;
  try {
    if (statSync(path).size > MAX_ARTIFACT_BYTES)
      throw new KeyboundError('io', `${named} is larger than ${MAX_ARTIFACT_BYTES / 1024 / 1024} MiB`);
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if (error instanceof KeyboundError) throw error;
    throw new KeyboundError('io', `${named} could not be read (${(error as { code?: string }).code ?? 'error'})`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    // SECURITY.md: a JSON error message quotes its input; say only where the file is broken.
    throw new KeyboundError('io', `${named} is not valid JSON (a truncated upload?)`);
  }
}
