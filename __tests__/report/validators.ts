// Compiled validators for the formatter tests: the OASIS SARIF 2.1.0 schema (draft-04) and keybound's
// own report schema (draft-07), each compiled once.

import { readFileSync } from 'node:fs';
import AjvDraft04Module from 'ajv-draft-04';
import AjvModule from 'ajv';
import addFormatsModule from 'ajv-formats';

// NOTE: CommonJS packages: under NodeNext the default import is module.exports, whose `default` is the
// class or plugin itself; take `default` when present.
function unwrap<T>(module: unknown): T {
  return ((module as { default?: T }).default ?? module) as T;
}
const AjvDraft04 = unwrap<typeof AjvDraft04Module.default>(AjvDraft04Module);
const Ajv = unwrap<typeof AjvModule.default>(AjvModule);
const addFormats = unwrap<typeof addFormatsModule.default>(addFormatsModule);

const root = new URL('../../', import.meta.url);

function loadJson(relative: string): Record<string, unknown> {
  return JSON.parse(readFileSync(new URL(relative, root), 'utf8')) as Record<string, unknown>;
}

/** Ajv errors as one readable string, for assertion messages. */
function describe(errors: unknown): string {
  return JSON.stringify(errors, null, 2);
}

const sarifAjv = new AjvDraft04({ strict: false, allErrors: true });
addFormats(sarifAjv);
const sarifValidate = sarifAjv.compile(loadJson('__tests__/fixtures/sarif-2.1.0.schema.json'));

const reportAjv = new Ajv({ strict: false, allErrors: true });
addFormats(reportAjv);
export const reportSchema = loadJson('policies/report.schema.json');
const reportValidate = reportAjv.compile(reportSchema);

/** Validation errors of a SARIF document against the official schema ('' when valid). */
export function sarifErrors(document: unknown): string {
  return sarifValidate(document) ? '' : describe(sarifValidate.errors);
}

/** Validation errors of a JSON report against policies/report.schema.json ('' when valid). */
export function reportErrors(document: unknown): string {
  return reportValidate(document) ? '' : describe(reportValidate.errors);
}
