// GitHub's own REST API description (@octokit/openapi) as a test oracle: the fake GitHub API answers
// only routes the description has, and every fixture body is validated against the response schema
// of its operation, so a fixture cannot drift from what GitHub really sends.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import AjvModule from 'ajv';
import addFormatsModule from 'ajv-formats';

// NOTE: CommonJS packages: under NodeNext the default import is module.exports; take `default`.
function unwrap<T>(module: unknown): T {
  return ((module as { default?: T }).default ?? module) as T;
}
const Ajv = unwrap<typeof AjvModule.default>(AjvModule);
const addFormats = unwrap<typeof addFormatsModule.default>(addFormatsModule);

interface Operation {
  operationId: string;
  responses: Record<string, { content?: Record<string, { schema?: unknown }> }>;
}
interface Description {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, unknown> };
}

const require = createRequire(import.meta.url);
const description = JSON.parse(
  readFileSync(require.resolve('@octokit/openapi/generated/api.github.com.json'), 'utf8'),
) as Description;

const ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false });
addFormats(ajv);
// The components, under an id that every rewritten `$ref` points at.
ajv.addSchema({ $id: 'github', components: { schemas: description.components.schemas } });

const validators = new Map<string, ReturnType<typeof ajv.compile>>();

/** The operation of `method path-template` (a path as GitHub's description writes it). */
export function operation(method: string, template: string): Operation {
  const found = description.paths[template]?.[method.toLowerCase()];
  if (!found) throw new Error(`GitHub's API description has no ${method} ${template}`);
  return found;
}

/** Schema errors of `body` as the `status` answer of `method template` ('' when valid). */
export function responseErrors(method: string, template: string, status: number, body: unknown): string {
  const id = `${method} ${template} ${status}`;
  let validate = validators.get(id);
  if (!validate) {
    const schema = operation(method, template).responses[String(status)]?.content?.['application/json']?.schema;
    if (!schema) throw new Error(`GitHub's API description has no JSON ${status} answer for ${id}`);
    const rewritten = JSON.parse(JSON.stringify(schema).replaceAll('"#/components/', '"github#/components/'));
    validate = ajv.compile(rewritten as object);
    validators.set(id, validate);
  }
  return validate(body) ? '' : JSON.stringify(validate.errors);
}

/** The path template of GitHub's description that `path` (no query) matches, if any. */
export function matchTemplate(path: string, templates: readonly string[]): string | undefined {
  const parts = path.split('/');
  return templates.find((template) => {
    const want = template.split('/');
    return want.length === parts.length && want.every((w, i) => (w.startsWith('{') ? parts[i] !== '' : w === parts[i]));
  });
}

/** Schema errors of `body` against a named component schema, e.g. `basic-error` ('' when valid). */
export function componentErrors(name: string, body: unknown): string {
  const validate = ajv.getSchema(`github#/components/schemas/${name}`);
  if (!validate) throw new Error(`GitHub's API description has no schema ${name}`);
  return validate(body) ? '' : JSON.stringify(validate.errors);
}
