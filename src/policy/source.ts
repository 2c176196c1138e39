// One config or policy file, parsed and validated against the config schema: YAML problems and schema
// errors become located KeyboundErrors (code `config` for the config, `policy` for packs). The data
// comes back even when invalid, so later checks still run on the parts that are well-formed.

import { type Document, isMap, isScalar, isSeq, type LineCounter, type Node } from 'yaml';
import { KeyboundError } from '../core/errors.js';
import { parseYaml, position, YamlBudgetError } from '../core/yaml.js';
import { schemaProblems } from './messages.js';
import { validateConfigData } from './schema.js';
import {
  formatPath,
  isPlainObject,
  locate,
  plainObject,
  type PlainObject,
  type Segment,
  type TreeProblem,
  toData,
} from './tree.js';

export type SourceCode = 'config' | 'policy';

/** A parsed config or policy file. */
export interface PolicySource {
  /** How messages name it: `keybound.yml`, `policies/team.yml`, `keybound/policies/recommended.yml`. */
  file: string;
  /** Identity for cycle detection: the absolute path, or `builtin:<name>`. */
  id: string;
  /** Absolute path on disk (relative `extends` resolve against it); undefined for built-in packs. */
  absPath?: string;
  builtin: boolean;
  code: SourceCode;
  doc?: Document.Parsed;
  lineCounter: LineCounter;
  /** The file's text, for positions inside scalars (CEL expressions); undefined when not kept. */
  text?: string;
  /** The file's data (prototype-free); `{}` when it could not be parsed. */
  data: PlainObject;
}

/** Where a problem stands in a source, as a KeyboundError with file, line, column and dotted path. */
export function errorAt(
  source: PolicySource,
  path: readonly Segment[],
  message: string,
  at: 'key' | 'value' = 'value',
): KeyboundError {
  const { line, column } = locate(source.file, source.doc, source.lineCounter, path, at);
  return new KeyboundError(source.code, message, {
    file: source.file,
    line,
    column,
    path: formatPath(path) || undefined,
  });
}

/** Parses and schema-validates one file; every problem found is pushed onto `errors`. */
export function parseSource(
  text: string,
  meta: Pick<PolicySource, 'file' | 'id' | 'absPath' | 'builtin' | 'code'>,
  errors: KeyboundError[],
): PolicySource {
  const parsed = parseYaml(text, { warningsAsErrors: true });
  const doc = parsed.docs[0];
  const source: PolicySource = { ...meta, doc, lineCounter: parsed.lineCounter, text, data: plainObject() };
  if (parsed.problems.length) {
    for (const problem of parsed.problems) errors.push(yamlError(source, problem));
    return { ...source, doc: undefined };
  }
  if (parsed.docs.length > 1) {
    const [line, column] = position(parsed.lineCounter, parsed.docs[1].range[0]);
    errors.push(
      new KeyboundError(meta.code, 'must hold one YAML document, found more after ---', {
        file: meta.file,
        line,
        column,
      }),
    );
  }
  // An empty or comment-only file is an empty config: it extends recommended and changes nothing.
  if (!doc || doc.contents === null) return source;

  const problems: TreeProblem[] = [];
  let data: unknown;
  try {
    data = toData(doc, problems);
  } catch (error) {
    if (!(error instanceof YamlBudgetError)) throw error;
    errors.push(new KeyboundError(meta.code, error.message, { file: meta.file }));
    return { ...source, doc: undefined };
  }
  for (const problem of problems) {
    const [line, column] = position(parsed.lineCounter, problem.node.range?.[0] ?? 0);
    errors.push(new KeyboundError(meta.code, problem.message, { file: meta.file, line, column }));
  }
  for (const problem of schemaProblems(validateConfigData(data), data)) {
    errors.push(errorAt(source, problem.path, problem.message, problem.at));
  }
  return { ...source, data: isPlainObject(data) ? data : plainObject() };
}

function yamlError(
  source: PolicySource,
  problem: { message: string; line?: number; column?: number; firstLine?: number },
): KeyboundError {
  const place = { file: source.file, line: problem.line, column: problem.column };
  if (problem.firstLine !== undefined && problem.line !== undefined && problem.column !== undefined) {
    const key = keyAt(source.doc, source.lineCounter, problem.line, problem.column);
    if (key) {
      const message = `duplicate key ${JSON.stringify(key.name)} (first at line ${problem.firstLine})`;
      return new KeyboundError(source.code, message, { ...place, path: formatPath(key.path) });
    }
  }
  const tag = /^Unresolved tag: (.*)$/.exec(problem.message);
  if (tag) {
    const name = tag[1].replace(/^tag:yaml\.org,2002:/, '!!');
    return new KeyboundError(source.code, `unknown tag ${name}: tags are not allowed in config`, place);
  }
  return new KeyboundError(source.code, problem.message, place);
}

/** The scalar key that starts at line:column, with its path (for duplicate-key messages). */
function keyAt(
  doc: Document.Parsed | undefined,
  lineCounter: LineCounter,
  line: number,
  column: number,
): { name: string; path: Segment[] } | undefined {
  let found: { name: string; path: Segment[] } | undefined;
  const visit = (node: unknown, path: Segment[]): void => {
    if (found) return;
    if (isMap(node)) {
      for (const pair of node.items) {
        const key = pair.key as Node;
        if (!isScalar(key)) continue;
        const name = String(key.value);
        if (key.range) {
          const [l, c] = position(lineCounter, key.range[0]);
          if (l === line && c === column) {
            found = { name, path: [...path, name] };
            return;
          }
        }
        visit(pair.value, [...path, name]);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, index) => visit(item, [...path, index]));
    }
  };
  visit(doc?.contents, []);
  return found;
}
