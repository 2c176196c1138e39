export const id = 818;
export const ids = [818];
export const modules = {

/***/ 9818:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  MESSAGE_PLACEHOLDERS: () => (/* binding */ MESSAGE_PLACEHOLDERS),
  compileCustomRule: () => (/* binding */ compileCustomRule)
});

// EXTERNAL MODULE: ./node_modules/@marcbachmann/cel-js/lib/index.js + 13 modules
var lib = __webpack_require__(7337);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/types.ts
var types = __webpack_require__(3054);
// EXTERNAL MODULE: ./src/core/template.ts
var template = __webpack_require__(9153);
// EXTERNAL MODULE: ./src/core/yaml.ts + 1 modules
var yaml = __webpack_require__(3805);
// EXTERNAL MODULE: ./src/policy/cel-cost.ts
var cel_cost = __webpack_require__(926);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/policy/cel-position.ts
// Where a character of a CEL expression stands in its YAML file: an offset in the expression (as the
// CEL library reports it) becomes an offset in the file, through the scalar's quoting and escapes.
// Plain and quoted one-line scalars and `|` block scalars map exactly; anything else (folded or
// multi-line flow scalars) maps to the scalar's start.

/** The file offset of character `index` of the scalar's value; the scalar's start when it cannot be mapped. */
function sourceOffset(text, node, index) {
    if (!node?.range)
        return undefined;
    const start = node.range[0];
    if (text === undefined || !(0,dist/* isScalar */.jn)(node) || typeof node.value !== 'string')
        return start;
    const value = node.value;
    const raw = text.slice(start, node.range[1]);
    const mapped = mapIndex(node.type, raw, value, Math.max(0, Math.min(index, value.length)));
    return mapped === undefined ? start : start + mapped;
}
/** Offset within `raw` of value character `index`, or undefined when the mapping is not exact. */
function mapIndex(type, raw, value, index) {
    switch (type) {
        case dist/* Scalar */.X5.PLAIN:
            return raw.startsWith(value) ? index : undefined;
        case dist/* Scalar */.X5.QUOTE_SINGLE:
            return walkQuoted(raw, value, index, (at) => (raw.startsWith("''", at) ? 2 : 1));
        case dist/* Scalar */.X5.QUOTE_DOUBLE:
            return walkQuoted(raw, value, index, (at) => escapeLength(raw, at));
        case dist/* Scalar */.X5.BLOCK_LITERAL:
            return mapBlockLiteral(raw, value, index);
        default:
            return undefined;
    }
}
/** Steps through a one-line quoted scalar, `width(at)` raw characters per value character. */
function walkQuoted(raw, value, index, width) {
    if (raw.includes('\n'))
        return undefined;
    let at = 1;
    for (let produced = 0; produced < index; produced++) {
        if (at >= raw.length - 1)
            return undefined;
        at += width(at);
    }
    return index <= value.length ? at : undefined;
}
/** Raw length of the double-quoted character at `at`: `\n` 2, `\x41` 4, `\u0041` 6, `\U…` 10. */
function escapeLength(raw, at) {
    if (raw[at] !== '\\')
        return 1;
    const next = raw[at + 1];
    return next === 'x' ? 4 : next === 'u' ? 6 : next === 'U' ? 10 : 2;
}
/** `|` blocks: value line k is source line k after the header, behind the block's indentation. */
function mapBlockLiteral(raw, value, index) {
    const header = raw.indexOf('\n');
    if (header < 0)
        return undefined;
    const before = value.slice(0, index);
    const lineIndex = before.split('\n').length - 1;
    const column = index - (before.lastIndexOf('\n') + 1);
    const lines = raw.slice(header + 1).split('\n');
    const indent = Math.min(...lines.filter((l) => l.trim()).map((l) => l.length - l.trimStart().length));
    const wanted = value.split('\n')[lineIndex] ?? '';
    const line = lines[lineIndex];
    if (line === undefined || !Number.isFinite(indent) || line.slice(indent) !== wanted)
        return undefined;
    let offset = header + 1;
    for (let i = 0; i < lineIndex; i++)
        offset += lines[i].length + 1;
    return offset + indent + column;
}

// EXTERNAL MODULE: ./src/policy/messages.ts
var messages = __webpack_require__(8056);
// EXTERNAL MODULE: ./src/policy/tree.ts
var tree = __webpack_require__(8608);
;// CONCATENATED MODULE: ./src/policy/cel.ts
// Custom rules in CEL (@marcbachmann/cel-js): the declared model (`key`, `use`, `now`), compilation
// and type checking when the config loads, and the checks a rule must pass before it may run (a bool
// result, a cost under the limit, no regular expressions, known message placeholders). Every problem is
// a KeyboundError at the file, line and column of the offending token inside the YAML scalar.









const FACT = { value: 'string', source: 'string' };
/** The types CEL checks expressions against; README "Custom rules" documents the same model. */
const KEY_SCHEMA = {
    name: 'string',
    names: 'list<string>',
    provider: 'string',
    environments: 'list<string>',
    owner: 'string',
    declared: 'bool',
    facts: Object.fromEntries(types/* FACT_NAMES */.EZ.map((name) => [name, name === 'scopes' ? { value: 'list<string>', source: 'string' } : FACT])),
    smoke: { status: 'string', reason: 'string', principal: 'string' },
};
const USE_SCHEMA = {
    name: 'string',
    file: 'string',
    line: 'int',
    column: 'int',
    environment: 'string',
    environmentSource: 'string',
    kind: 'string',
    workflow: 'string',
    job: 'string',
    step: 'string',
    via: 'string',
    resource: 'string',
};
/** Placeholders a custom rule's message may use, filled per finding by src/rules/custom.ts. */
const MESSAGE_PLACEHOLDERS = [
    'rule',
    'key',
    'provider',
    'principal',
    'keyType',
    'keyEnvironment',
    'smoke',
    'environment',
    'file',
    'line',
    'column',
    'use',
    'workflow',
    'job',
    'step',
    'resource',
    'now',
];
let shared;
/** The one CEL environment: the model's variables, strict types, the spec's structural limits tightened. */
function environment() {
    shared ??= new lib/* Environment */.OH({
        unlistedVariablesAreDyn: false,
        limits: { maxAstNodes: 1000, maxDepth: 32, maxListElements: 100, maxMapEntries: 100, maxCallArguments: 8 },
    })
        .registerVariable({ name: 'key', schema: KEY_SCHEMA, description: 'The key a use refers to.' })
        .registerVariable({ name: 'use', schema: USE_SCHEMA, description: 'One use of the key.' })
        .registerVariable('now', 'string', { description: 'Evaluation date, YYYY-MM-DD.' });
    return shared;
}
/** Compiles one expression; a failure says what is wrong and where in the expression. */
function compileExpression(expression) {
    const env = environment();
    let program;
    try {
        program = env.parse(expression);
    }
    catch (error) {
        return { failure: describeCelError(error) };
    }
    const checked = env.check(expression);
    if (!checked.valid)
        return { failure: describeCelError(checked.error) };
    if (checked.type !== 'bool' && checked.type !== 'dyn')
        return { failure: { message: `must be true or false, but this expression gives a ${checked.type}`, at: 0 } };
    const regex = findCall(program.ast, 'matches');
    if (regex)
        return {
            failure: {
                message: 'matches() is not available: a regular expression can take exponential time; use startsWith, endsWith or contains',
                at: regex.start,
            },
        };
    const cost = (0,cel_cost/* estimateCost */.a3)(program.ast);
    if (cost > cel_cost/* MAX_COST */.zG)
        return {
            failure: {
                message: `estimated cost ${Number.isFinite(cost) ? Math.round(cost) : 'unbounded'} exceeds the limit of ${cel_cost/* MAX_COST */.zG}; nest fewer comprehensions or build smaller lists`,
                at: 0,
            },
        };
    return { program };
}
function describeCelError(error) {
    const e = error;
    const message = e?.summary ?? String(e?.message ?? error).split('\n')[0];
    return { message: lowerFirst(message), at: e?.range?.start ?? e?.node?.pos };
}
const lowerFirst = (text) => text.charAt(0).toLowerCase() + text.slice(1);
function findCall(node, name) {
    if ((node.op === 'call' || node.op === 'rcall') && node.args[0] === name)
        return node;
    for (const child of children(node)) {
        const found = findCall(child, name);
        if (found)
            return found;
    }
    return undefined;
}
function children(node) {
    const out = [];
    const collect = (value) => {
        if (Array.isArray(value))
            value.forEach(collect);
        else if (value && typeof value === 'object' && 'op' in value)
            out.push(value);
    };
    if (node.op !== 'value' && node.op !== 'id')
        collect(node.args);
    return out;
}
/**
 * Compiles `when` and `deny` of the custom rule at `path` (`custom-rules[i]`) and checks its message's
 * placeholders. Problems are pushed onto `errors`; undefined is returned when there were any.
 */
function compileCustomRule(source, path, rule, errors) {
    const before = errors.length;
    const compile = (field, expression) => {
        const result = compileExpression(expression);
        if ('program' in result)
            return result.program;
        errors.push(errorInScalar(source, [...path, field], result.failure));
        return undefined;
    };
    const when = rule.when === undefined ? undefined : compile('when', rule.when);
    const deny = compile('deny', rule.deny);
    const known = MESSAGE_PLACEHOLDERS;
    for (const name of (0,template/* placeholders */.F)(rule.message)) {
        if (known.includes(name))
            continue;
        const close = (0,messages/* closeMatches */.KA)(name, known);
        const hint = close.length
            ? `did you mean ${close.map((c) => `{{${c}}}`).join(' or ')}?`
            : `known: ${known.join(', ')}`;
        const at = rule.message.indexOf(name);
        errors.push(errorInScalar(source, [...path, 'message'], { message: `unknown placeholder {{${name}}}; ${hint}`, at }));
    }
    if (errors.length > before || !deny)
        return undefined;
    return { ...(when ? { when } : {}), deny };
}
/** A KeyboundError at character `at` of the string scalar at `path` (its start when it cannot be mapped). */
function errorInScalar(source, path, failure) {
    const { node } = (0,tree/* nodeAt */.oB)(source.doc, path);
    const offset = sourceOffset(source.text, node, failure.at ?? 0);
    const [line, column] = offset === undefined ? [1, 1] : (0,yaml/* position */.G1)(source.lineCounter, offset);
    return new errors/* KeyboundError */.Gv(source.code, failure.message, { file: source.file, line, column, path: (0,tree/* formatPath */.jV)(path) });
}


/***/ })

};
