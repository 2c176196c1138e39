// The organisation audit's shipped schemas as test oracles: the merged report and the artifacts between
// jobs (plan, repository file, shard inventory), each referring to the report schema.
import { readFileSync } from 'node:fs';
import AjvModule from 'ajv';
import addFormatsModule from 'ajv-formats';

function unwrap<T>(module: unknown): T {
  return ((module as { default?: T }).default ?? module) as T;
}
const Ajv = unwrap<typeof AjvModule.default>(AjvModule);
const addFormats = unwrap<typeof addFormatsModule.default>(addFormatsModule);

const root = new URL('../../', import.meta.url);
const load = (file: string): object => JSON.parse(readFileSync(new URL(file, root), 'utf8')) as object;

const ajv = new Ajv({ strict: true, allowUnionTypes: true, allErrors: true });
addFormats(ajv);
ajv.addSchema(load('policies/report.schema.json'));
ajv.addSchema(load('policies/org-shard.schema.json'));
ajv.addSchema(load('policies/org-report.schema.json'));

function errorsOf(id: string, document: unknown): string {
  const validate = ajv.getSchema(id);
  if (!validate) throw new Error(`no schema ${id}`);
  return validate(document) ? '' : JSON.stringify(validate.errors, null, 2);
}

/** Errors of a merged report against policies/org-report.schema.json ('' when valid). */
export const orgReportErrors = (document: unknown): string => errorsOf('urn:keybound:schema:org-report:v1', document);
/** Errors of a plan, repository file or shard inventory against policies/org-shard.schema.json. */
export const orgArtifactErrors = (document: unknown): string => errorsOf('urn:keybound:schema:org-shard:v1', document);
