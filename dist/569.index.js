export const id = 569;
export const ids = [569];
export const modules = {

/***/ 8569:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// UNUSED EXPORTS: failureMessage

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(6421);
// EXTERNAL MODULE: ./src/core/errors.ts
var core_errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/redact.ts + 1 modules
var redact = __webpack_require__(8096);
// EXTERNAL MODULE: ./src/core/secret.ts
var secret = __webpack_require__(2559);
;// CONCATENATED MODULE: ./src/core/redact-values.ts
// SECURITY.md rule 10: redaction works on values, before serialization. Every string of a report (or a
// baseline) passes the redactor on its own, so a secret is removed wherever it sits, and a formatter
// then serializes text that holds none: JSON and SARIF stay well-formed whatever a value is, which a
// pass over the serialized text cannot promise (a registered `none` once turned `"none"` into
// `[redacted]` outside any quotes). Only what the redactor knows is replaced: key names and paths stay
// whole unless they contain a secret value.

/** A deep copy of `value` with every string, and every object key, passed through `redactor`. */
function redactValues(value, redactor) {
    return copy(value, redactor, 0);
}
/** Reports nest a few levels; anything deeper is not a report's data and is replaced, not walked. */
const MAX_DEPTH = 64;
function copy(value, redactor, depth) {
    if (typeof value === 'string')
        return redactor.redact(value);
    if (value === null || typeof value !== 'object')
        return value;
    // Fail closed: what cannot be walked is not printed.
    if (depth > MAX_DEPTH || value instanceof secret/* SecretValue */.i)
        return secret/* REDACTED */.X;
    if (Array.isArray(value))
        return value.map((item) => copy(item, redactor, depth + 1));
    const out = {};
    for (const [key, item] of Object.entries(value)) {
        // NOTE: keys are redacted too (a provider's principal map is keyed by what the provider sent);
        // defineProperty keeps a key named `__proto__` an own property instead of a prototype change.
        Object.defineProperty(out, redactor.redact(key), {
            value: copy(item, redactor, depth + 1),
            enumerable: true,
            writable: true,
            configurable: true,
        });
    }
    return out;
}

;// CONCATENATED MODULE: ./src/core/regular-file.ts
// SECURITY.md rule 9, reading side: config, policy, baseline and secrets files must be regular files.
// A FIFO named keybound.yml would block the run forever, a device would stream without end, and a
// folder fails with an errno that tells the user nothing. The kind is checked before the file is opened,
// and again on the open descriptor (opened non-blocking), so a FIFO swapped in between cannot block.

/** Thrown for a path that exists but is not a regular file; `kind` says what it is, for messages. */
class NotRegularFileError extends Error {
    kind;
    code = 'ENOTREGULAR';
    constructor(kind) {
        super(`is ${kind}, not a regular file`);
        this.kind = kind;
        this.name = 'NotRegularFileError';
    }
}
/** What a path is, in words: `a FIFO (named pipe)`, `a folder`, `a character device`. */
function fileKind(stats) {
    if (stats.isFile())
        return 'a regular file';
    if (stats.isDirectory())
        return 'a folder';
    if (stats.isFIFO())
        return 'a FIFO (named pipe)';
    if (stats.isCharacterDevice())
        return 'a character device';
    if (stats.isBlockDevice())
        return 'a block device';
    if (stats.isSocket())
        return 'a socket';
    return 'a special file';
}
/**
 * Reads a regular file (following symlinks) as UTF-8. Errors from the file system (ENOENT, EACCES...)
 * are thrown as they are; a path that is not a regular file throws NotRegularFileError before any read.
 */
function readRegularFile(path) {
    const before = (0,external_node_fs_.statSync)(path);
    if (!before.isFile())
        throw new NotRegularFileError(fileKind(before));
    // O_NONBLOCK: opening a FIFO that replaced the file since the stat returns at once instead of waiting.
    const fd = (0,external_node_fs_.openSync)(path, external_node_fs_.constants.O_RDONLY | (external_node_fs_.constants.O_NONBLOCK ?? 0));
    try {
        const opened = (0,external_node_fs_.fstatSync)(fd);
        if (!opened.isFile())
            throw new NotRegularFileError(fileKind(opened));
        return (0,external_node_fs_.readFileSync)(fd, 'utf8');
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}

;// CONCATENATED MODULE: ./src/core/safe-write.ts
// SECURITY.md rule 9, writing side: report and baseline files are never written through a symlink, nor
// outside the folders the shell allows (the Action: the workspace and RUNNER_TEMP). A pull request can
// commit `keybound.sarif -> ~/.bashrc` or a folder `reports -> /etc`; the runner's checkout restores
// both. So every folder below the allowed root is checked (and created) one at a time without following
// a symlink, and the file itself is opened with O_NOFOLLOW, refused unless it is a regular file with a
// single link, and only then truncated.




/** O_NOFOLLOW and O_NONBLOCK where the platform has them (not on Windows: the lstat checks remain). */
const OPEN_FLAGS = external_node_fs_.constants.O_WRONLY | external_node_fs_.constants.O_CREAT | (external_node_fs_.constants.O_NOFOLLOW ?? 0) | (external_node_fs_.constants.O_NONBLOCK ?? 0);
/**
 * Writes `text` to `path` (made absolute against the process's folder; shells pass absolute paths),
 * creating missing folders below the root that holds it. Throws KeyboundError('io') naming the path and
 * the reason when the path is outside every root, leads through a symlink, or is not a regular file.
 */
function writeFileSafely(path, text, rules) {
    const target = (0,external_node_path_.resolve)(path);
    const shown = rules.display ?? path;
    const fail = (why) => {
        throw new core_errors/* KeyboundError */.Gv('io', `${rules.label}: ${why}; not written`, { file: shown });
    };
    const existing = lstatOrUndefined(target);
    if (rules.allowDevices && existing?.isCharacterDevice()) {
        const fd = (0,external_node_fs_.openSync)(target, 'w');
        try {
            writeText(fd, text);
        }
        finally {
            (0,external_node_fs_.closeSync)(fd);
        }
        return;
    }
    const found = rootOf(target, rules.roots);
    if (!found) {
        const names = rules.roots.map((r) => r.name);
        return fail(`is outside ${names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : names[0]}`);
    }
    // Folder by folder from the root's real path: a symlink anywhere below the root is refused.
    let folder = found.real;
    const segments = found.rel.split(external_node_path_.sep).slice(0, -1);
    for (const [index, segment] of segments.entries()) {
        const next = (0,external_node_path_.join)(folder, segment);
        const named = segments.slice(0, index + 1).join('/');
        let stats = lstatOrUndefined(next);
        if (!stats) {
            try {
                (0,external_node_fs_.mkdirSync)(next);
            }
            catch (error) {
                if (errorCode(error) !== 'EEXIST')
                    return fail(`the folder ${named} could not be created (${errorCode(error)})`);
            }
            stats = lstatOrUndefined(next);
        }
        if (stats?.isSymbolicLink())
            return fail(`the folder ${named} is a symlink`);
        if (!stats?.isDirectory())
            return fail(`${named} is not a folder`);
        folder = next;
    }
    const file = (0,external_node_path_.join)(folder, (0,external_node_path_.basename)(target));
    const before = lstatOrUndefined(file);
    if (before)
        refuseExisting(before, fail);
    let fd;
    try {
        fd = (0,external_node_fs_.openSync)(file, OPEN_FLAGS, 0o644);
    }
    catch (error) {
        const code = errorCode(error);
        if (code === 'ELOOP')
            return fail('is a symlink');
        if (code === 'ENXIO')
            return fail('is a FIFO (named pipe)');
        return fail(`could not be opened (${code})`);
    }
    try {
        refuseExisting((0,external_node_fs_.fstatSync)(fd), fail);
        (0,external_node_fs_.ftruncateSync)(fd, 0);
        writeText(fd, text);
    }
    catch (error) {
        if (error instanceof core_errors/* KeyboundError */.Gv)
            throw error;
        fail(`could not be written (${errorCode(error)})`);
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
/** Pieces gathered up to this many characters are written at once (a few system calls, little memory). */
const BATCH = 1 << 16;
/** Writes `text` (one string, or pieces written in turn as they come: issue 15, flat memory) at `fd`. */
function writeText(fd, text) {
    if (typeof text === 'string')
        return (0,external_node_fs_.writeFileSync)(fd, text);
    let batch = '';
    for (const piece of text) {
        batch += piece;
        if (batch.length >= BATCH) {
            (0,external_node_fs_.writeFileSync)(fd, batch);
            batch = '';
        }
    }
    if (batch !== '')
        (0,external_node_fs_.writeFileSync)(fd, batch);
}
/** Anything but a regular file with one link is refused: a symlink, a FIFO, a folder, a hard link. */
function refuseExisting(stats, fail) {
    if (stats.isSymbolicLink())
        fail('is a symlink');
    if (!stats.isFile())
        fail(`is ${fileKind(stats)}, not a regular file`);
    if (stats.nlink > 1)
        fail('is a hard link to another file');
}
/** The root that holds `target` (by its own path or its real path), with `target` relative to it. */
function rootOf(target, roots) {
    for (const root of roots) {
        let real;
        try {
            real = external_node_fs_.realpathSync.native(root.path);
        }
        catch {
            continue;
        }
        for (const base of [(0,external_node_path_.resolve)(root.path), real]) {
            const rel = (0,external_node_path_.relative)(base, target);
            if (rel !== '' && rel !== '..' && !rel.startsWith(`..${external_node_path_.sep}`) && !(0,external_node_path_.isAbsolute)(rel))
                return { real, rel };
        }
    }
    return undefined;
}
function lstatOrUndefined(path) {
    try {
        return (0,external_node_fs_.lstatSync)(path);
    }
    catch {
        return undefined;
    }
}
function errorCode(error) {
    const code = error?.code;
    return typeof code === 'string' ? code : 'error';
}

// EXTERNAL MODULE: ./src/core/types.ts
var types = __webpack_require__(3054);
// EXTERNAL MODULE: ./src/core/node-crypto.ts
var node_crypto = __webpack_require__(8033);
;// CONCATENATED MODULE: ./src/core/fingerprint.ts
// Fingerprints identify a finding across runs without line numbers or columns, so moving, re-indenting
// or reordering a file keeps them (baselines rely on it): rule, key, the key's provider and principal,
// file, environment and the rule's own anchor (a job id, a resource name; never a line), plus an
// occurrence counter for repeats of the same tuple in one file.

/**
 * Assigns `fingerprint` to each finding; findings must already be in a stable order. `keys` gives the
 * provider and principal of each finding's key: the same name with another principal is another finding.
 */
function fingerprint(findings, keys = []) {
    const byName = new Map(keys.map((key) => [key.name, key]));
    const seen = new Map();
    return findings.map(({ anchor, ...finding }) => {
        const key = finding.key === undefined ? undefined : byName.get(finding.key);
        const base = [
            finding.ruleId,
            finding.key ?? '',
            factText(key?.facts.provider?.value),
            factText(key?.facts.principal?.value),
            finding.location.file,
            finding.environment ?? '',
            anchor ?? '',
        ].join('\u0000');
        const occurrence = seen.get(base) ?? 0;
        seen.set(base, occurrence + 1);
        const hash = (0,node_crypto/* nodeCrypto */.S)().createHash('sha256').update(`${base}\u0000${occurrence}`).digest('hex').slice(0, 32);
        return { ...finding, fingerprint: hash };
    });
}
function factText(value) {
    return Array.isArray(value) ? value.join(',') : value === undefined ? '' : String(value);
}

// EXTERNAL MODULE: ./src/core/template.ts
var core_template = __webpack_require__(9153);
// EXTERNAL MODULE: ./src/discovery/environment.ts
var discovery_environment = __webpack_require__(7055);
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
// EXTERNAL MODULE: ./src/core/own.ts
var own = __webpack_require__(6207);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/core/yaml.ts + 1 modules
var yaml = __webpack_require__(3805);
;// CONCATENATED MODULE: ./src/discovery/manifest-names.ts
// Which names hold credentials, for the extractors that must choose what to record (Helm values keys,
// plain Kubernetes `env[].value`s). The list is the one the issue fixes; plaintext-secret decides later
// whether the value itself is a real credential.
/** A key or variable name that holds a credential (matched anywhere in the name, any case). */
const CREDENTIAL_NAME = /token|secret|password|passwd|api[-_]?key|access[-_]?key|private[-_]?key|credentials|auth/i;
/**
 * Names that match CREDENTIAL_NAME but hold something about a credential rather than the credential:
 * where it is (`passwordFile`, `tokenUrl`), whether it is on (`authEnabled`), or which key of an
 * existing Secret holds it (`existingSecretPasswordKey`).
 */
const ABOUT_A_CREDENTIAL = /(?:file|path|dir|url|uri|endpoint|host|port|enabled|disabled|type|mode|method|provider|header|expiry|ttl|timeout|length|name|ref|policy|issuer|audience|scopes?)$|(?:password|passwd|token|credentials?)key$|existing[-_]?secret/i;
/** True for a name that holds a credential value itself (`stripe.apiKey`, `DB_PASSWORD`). */
function holdsCredential(name) {
    return CREDENTIAL_NAME.test(name) && !ABOUT_A_CREDENTIAL.test(name);
}
/** Helm keys whose value names an existing Secret (`existingSecret`, `secretName`, `existingSecretName`). */
const SECRET_NAME_KEY = /^(?:existing[-_]?secret(?:[-_]?name)?|secret[-_]?name|[a-z0-9]+existingsecret(?:name)?)$/i;
/** A double-quoted scalar's escapes that can make a letter (`\x73`, `\u0073`, `\U00000073`). */
const LETTER_ESCAPE = /\\(?:x([0-9A-Fa-f]{2})|u([0-9A-Fa-f]{4})|U([0-9A-Fa-f]{8}))/g;
/** An escaped line break: it and the next line's leading blanks vanish, joining the two lines. */
const ESCAPED_BREAK = /\\\r?\n[ \t]*/g;
/**
 * Whether `test` holds for a document's text as written or with every escape of a double-quoted scalar
 * decoded, wherever it stands. Only such escapes can make a word the text does not hold (a folded line
 * break becomes a space): `"\x73ecretKeyRef"`, `"sec\⏎  retKeyRef"`. Decoding them everywhere, even where
 * they are not escapes, can only add words, so a word any scalar of the document holds is found.
 */
function holdsWord(source, test) {
    if (test(source))
        return true;
    if (!source.includes('\\'))
        return false;
    const decoded = source
        .replace(LETTER_ESCAPE, (_, x, u, big) => {
        const code = parseInt(x ?? u ?? big ?? '', 16);
        return code <= 0x10ffff ? String.fromCodePoint(code) : '';
    })
        .replace(ESCAPED_BREAK, '');
    return test(decoded);
}
/**
 * Whether a document's text could hold a credential-named key (CREDENTIAL_NAME, which SECRET_NAME_KEY
 * and holdsCredential both need), decided without parsing it: the textual pre-check of the extractors
 * whose every use is named by such a key (Helm values).
 */
function mayNameCredential(source) {
    return holdsWord(source, (text) => CREDENTIAL_NAME.test(text));
}

;// CONCATENATED MODULE: ./src/discovery/manifest-yaml.ts
// Shared plumbing for the manifest extractors (kubernetes, kustomize, compose, helm-values): walking
// parsed YAML through the alias budget, exact trimmed locations, and turning parser problems or any
// throw into a located Diagnostic so an extractor never throws on hostile input.



/**
 * Parses `text` as YAML. The BOM is dropped first so line 1 columns match what editors show. The first
 * problem becomes a `parse-error` diagnostic (a template's, a `skipped` one); documents with errors of
 * their own are left out of `walks`.
 */
function parseFile(file, text, options = {}) {
    const clean = stripBom(text);
    const parsed = (0,yaml/* parseYaml */.hN)(clean, options);
    const first = firstProblem(parsed.problems);
    // NOTE: a template that breaks the parser is not a broken file; it is skipped, whatever its format.
    if (first && looksTemplated(clean))
        return { walks: [], diagnostics: [skippedTemplate(file)] };
    const diagnostics = first ? [parseError(file, first.message, first.line, first.column)] : [];
    const walks = parsed.docs
        .filter((doc) => doc.errors.length === 0)
        .map((doc) => ({ file, text: clean, lineCounter: parsed.lineCounter, doc, budget: new yaml/* AliasBudget */.CR(doc) }));
    return { walks, diagnostics };
}
/**
 * The problem that comes first in the file. A file that is not YAML at all (Markdown, a Jinja template)
 * gives the parser a problem on nearly every line; it is one broken file, so it is reported once.
 */
function firstProblem(problems) {
    const place = (p) => (p.line ?? Infinity) * 1e6 + (p.column ?? 0);
    return problems.reduce((a, b) => (a && place(a) <= place(b) ? a : b), undefined);
}
function stripBom(text) {
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
/** A `parse-error` diagnostic naming the file (messages never quote file content). */
function parseError(file, message, line, column) {
    const where = line === undefined ? {} : { line, column: column ?? 1 };
    return { kind: 'parse-error', file, ...where, message: `${file}: ${message}` };
}
/**
 * Runs an extraction and turns anything it throws (an alias budget exhausted, a bug) into a
 * `parse-error` diagnostic, so one bad file never stops the scan.
 */
function guarded(file, extract) {
    try {
        return extract();
    }
    catch (error) {
        const reason = error instanceof Error && error.name === 'YamlBudgetError' ? error.message : 'could not be read';
        return { diagnostics: [parseError(file, reason)] };
    }
}
/** Follows aliases (charged to the walk's budget). */
function resolve(walk, node) {
    return walk.budget.resolve(node);
}
function isMergeKey(key) {
    if (!(0,dist/* isScalar */.jn)(key))
        return false;
    const value = key.value;
    return value === '<<' || (typeof value === 'symbol' && value.description === '<<');
}
/**
 * The entries of a map, values resolved. With `merge`, `<<: *anchor` (or a list of them) contributes
 * the anchored map's entries, overridden by keys written in the map itself, as compose defines it.
 */
function entries(walk, node, merge = false, depth = 0) {
    const map = resolve(walk, node);
    if (!(0,dist/* isMap */.jh)(map) || depth > 20)
        return [];
    const own = [];
    const merged = [];
    for (const pair of map.items) {
        if (merge && isMergeKey(pair.key)) {
            const source = resolve(walk, pair.value);
            const sources = (0,dist/* isSeq */.oP)(source) ? source.items : [source];
            for (const item of sources)
                merged.push(...entries(walk, item, true, depth + 1));
            continue;
        }
        const key = (0,yaml/* scalarString */.Cg)(pair.key);
        if (key !== undefined)
            own.push({ key, pair, value: resolve(walk, pair.value) });
    }
    const ownKeys = new Set(own.map((entry) => entry.key));
    return [...own, ...merged.filter((entry) => !ownKeys.has(entry.key))];
}
/** The resolved value of `key` in a map, or undefined. */
function get(walk, node, key, merge = false) {
    return entry(walk, node, key, merge)?.value;
}
function entry(walk, node, key, merge = false) {
    return entries(walk, node, merge).find((candidate) => candidate.key === key);
}
/** The resolved items of a sequence; [] for anything else. */
function items(walk, node) {
    const seq = resolve(walk, node);
    return (0,dist/* isSeq */.oP)(seq) ? seq.items.map((item) => resolve(walk, item)) : [];
}
/** A scalar's string value after following aliases. */
function str(walk, node) {
    return (0,yaml/* scalarString */.Cg)(resolve(walk, node));
}
/** Location of the source span [start, end), with trailing blanks and line breaks trimmed off the end. */
function span(walk, start, end) {
    let stop = Math.max(start, Math.min(end, walk.text.length));
    while (stop > start && /\s/.test(walk.text[stop - 1]))
        stop--;
    return (0,yaml/* spanLocation */.ib)(walk.file, walk.lineCounter, start, Math.max(stop, start));
}
/** Location of a node or pair (a pair runs from its key to the end of its value). */
function locate(walk, node) {
    const range = rangeOf(node);
    return range ? span(walk, range[0], range[1]) : { file: walk.file, line: 1, column: 1 };
}
/** Location from the start of `from` to the end of `to` (either may be a pair). */
function locateFromTo(walk, from, to) {
    const a = rangeOf(from);
    const b = rangeOf(to) ?? a;
    if (!a || !b)
        return locate(walk, from);
    return span(walk, a[0], Math.max(a[1], b[1]));
}
function rangeOf(node) {
    if (!node || typeof node !== 'object')
        return undefined;
    if ((0,dist/* isPair */.tO)(node)) {
        const key = rangeOf(node.key);
        const value = rangeOf(node.value);
        if (key)
            return [key[0], value?.[1] ?? key[1]];
        return value;
    }
    const range = node.range;
    return range ? [range[0], range[1]] : undefined;
}
/** The 1-based line a literal starts on, for `SecretValue.origin` (`path:line`, never the value). */
function literal(value, location) {
    return new secret/* SecretValue */.i(value, `${location.file}:${location.line}`);
}
/**
 * Whether the file looks like a template rather than plain YAML: Go/Helm `{{ }}` actions, or Jinja
 * (cookiecutter, Ansible) `{% %}` tags. A GitHub expression `${{ }}` is not a template action.
 */
function looksTemplated(text) {
    return /(?:^|[^$]){{|{%/.test(text);
}
/** The diagnostic for a template: it cannot be read until rendered, which is not a parse error. */
function skippedTemplate(file) {
    return {
        kind: 'skipped',
        file,
        message: `${file}: a template (Go/Helm \`{{ }}\` or Jinja \`{% %}\` tags); scan the rendered files instead`,
    };
}
/** `a/b/c.yaml` -> `a/b`; a root file -> ''. */
function dirOf(path) {
    const slash = path.lastIndexOf('/');
    return slash < 0 ? '' : path.slice(0, slash);
}
/** `a/b/c.yaml` -> `c.yaml`. */
function baseOf(path) {
    return path.slice(path.lastIndexOf('/') + 1);
}

;// CONCATENATED MODULE: ./src/discovery/workflow-expressions.ts
// Finds `secrets` references inside GitHub Actions expressions with exact source offsets. It scans the
// raw source of a scalar rather than its parsed value, so block scalars, quoted strings and escapes
// still map every character back to its place in the file.

/** The source view of a scalar node, or undefined when the node has no range. */
function sourceView(source, node) {
    if (!node.range)
        return undefined;
    let [start, end] = node.range;
    if (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED') {
        // Skip the `|-` header line (and any comment on it): `>` there is not a shell redirect.
        const newline = source.indexOf('\n', start);
        start = newline < 0 || newline >= end ? end : newline + 1;
    }
    else if (node.type === 'QUOTE_SINGLE' || node.type === 'QUOTE_DOUBLE') {
        start += 1;
        end = Math.max(start, end - 1);
    }
    const escape = node.type === 'QUOTE_SINGLE' ? "'" : node.type === 'QUOTE_DOUBLE' ? '\\' : undefined;
    return unescapeView(source, start, end, escape);
}
/** Undo `''` (single-quoted) or `\"`, `\\`, `\/` (double-quoted); other escapes stay as written. */
function unescapeView(source, start, end, escape) {
    let text = '';
    const offsets = [];
    for (let i = start; i < end; i++) {
        offsets.push(i);
        const next = source[i + 1];
        const escaped = escape === "'"
            ? source[i] === "'" && next === "'"
            : escape === '\\' && source[i] === '\\' && '"\\/'.includes(next ?? 'x');
        if (escaped && i + 1 < end)
            i++;
        text += source[i];
    }
    offsets.push(end);
    return { text, offsets };
}
/** Every `${{ … }}` in a template string, scanned for secret references. */
function scanTemplate(text) {
    const out = { refs: [], exposures: [], dynamic: [] };
    for (let open = text.indexOf('${{'); open >= 0; open = text.indexOf('${{', open)) {
        const close = expressionEnd(text, open + 3);
        if (close < 0)
            break;
        scanInto(text, open + 3, close, out);
        open = close + 2;
    }
    return out;
}
/** A bare expression (an `if:` without `${{ }}`), scanned for secret references. */
function scanExpression(text) {
    const out = { refs: [], exposures: [], dynamic: [] };
    scanInto(text, 0, text.length, out);
    return out;
}
/** Index of the `}}` that closes an expression whose body starts at `from`, or -1. */
function expressionEnd(text, from) {
    for (let i = from; i < text.length; i++) {
        if (text[i] === "'")
            i = literalEnd(text, i);
        else if (text[i] === '}' && text[i + 1] === '}')
            return i;
    }
    return -1;
}
/** Index of the closing quote of the string literal opened at `i` (`''` is an escaped quote). */
function literalEnd(text, i) {
    const quote = text[i];
    for (let j = i + 1; j < text.length; j++) {
        if (text[j] !== quote)
            continue;
        if (text[j + 1] === quote)
            j++;
        else
            return j;
    }
    return text.length;
}
const IDENT_START = /[A-Za-z_]/;
const IDENT_PART = /[A-Za-z0-9_-]/;
function scanInto(text, from, to, out) {
    for (let i = from; i < to;) {
        const c = text[i];
        if (c === "'") {
            i = literalEnd(text, i) + 1;
        }
        else if (IDENT_START.test(c)) {
            const end = identEnd(text, i, to);
            // A word after `.` is a property (`needs.x.outputs.secrets`, `inputs.secrets`), not a context.
            if (!afterDot(text, from, i))
                matchWord(text, i, end, to, out);
            i = end;
        }
        else {
            i++;
        }
    }
}
function identEnd(text, i, to) {
    let j = i + 1;
    while (j < to && IDENT_PART.test(text[j]))
        j++;
    return j;
}
function afterDot(text, from, i) {
    let j = i - 1;
    while (j >= from && /\s/.test(text[j]))
        j--;
    return j >= from && text[j] === '.';
}
function matchWord(text, start, end, to, out) {
    const word = text.slice(start, end).toLowerCase();
    if (word === 'secrets') {
        const ref = secretAccess(text, start, end, to);
        if (ref)
            out.refs.push(ref);
        else {
            const dynamic = dynamicAccess(text, start, end, to);
            if (dynamic)
                out.dynamic.push(dynamic);
        }
    }
    else if (word === 'tojson') {
        const m = /^\s*\(\s*secrets\s*\)/i.exec(text.slice(end, to));
        if (m)
            out.exposures.push({ start, end: end + m[0].length });
    }
}
/** `secrets.NAME`, `secrets['NAME']` or `secrets["NAME"]` starting at `start`. */
function secretAccess(text, start, end, to) {
    if (text[end] === '.' && end + 1 < to && IDENT_START.test(text[end + 1])) {
        const nameEnd = identEnd(text, end + 1, to);
        return { name: text.slice(end + 1, nameEnd), start, end: nameEnd };
    }
    const m = /^\[\s*(['"])([A-Za-z_][A-Za-z0-9_-]*)\1\s*\]/.exec(text.slice(end, to));
    return m ? { name: m[2], start, end: end + m[0].length } : undefined;
}
/** `secrets[expr]` with any other index (`matrix.k`, `format('{0}_KEY', inputs.env)`), up to its `]`. */
function dynamicAccess(text, start, end, to) {
    let i = end;
    while (i < to && /\s/.test(text[i]))
        i++;
    if (text[i] !== '[')
        return undefined;
    let depth = 0;
    for (let j = i; j < to; j++) {
        if (text[j] === "'")
            j = literalEnd(text, j);
        else if (text[j] === '[')
            depth++;
        else if (text[j] === ']' && --depth === 0) {
            const index = text.slice(i + 1, j).trim();
            return index ? { index, start, end: j + 1 } : undefined;
        }
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/discovery/composite-action.ts
// Local composite actions (SPEC section 1): a step `uses: ./path` hands secrets to the action's inputs,
// and the action hands each input on (`NODE_AUTH_TOKEN: ${{ inputs.token }}`). The extractor records
// where each input is read in `action.yml`; followCompositeActions makes every secret handed to an
// input a use there too, with the step as `calledFrom`, so the names it ends up under are evidence.
// A composite action cannot read `secrets` itself, so nothing else in it is a use.





/** Composite actions calling composite actions: followed this many levels deep. */
const composite_action_MAX_DEPTH = 5;
/** `action.yml` / `action.yaml` anywhere but among the workflows; only composite ones give anything. */
const compositeActionExtractor = {
    kind: 'github-workflow',
    matches: (path) => /(^|\/)action\.ya?ml$/.test(path) && !/(^|\/)\.github\/workflows\//.test(path),
    extract: ({ path, text }) => guarded(path, () => extractAction(path, text)),
};
/**
 * Whether a document's text could give an input read: `using: composite` (any case, as GitHub reads it)
 * and `inputs` both written out (or spelled with escapes, holdsWord). Any other action
 * (node, docker) or one that reads no input yields nothing, so it is not parsed and its syntax errors are
 * not reported: keybound is not a YAML linter.
 */
function mayReadInputs(source) {
    return holdsWord(source, (text) => /composite/i.test(text) && text.includes('inputs'));
}
function extractAction(file, text) {
    const parsed = parseFile(file, text, { wantDocument: mayReadInputs });
    const actions = [];
    for (const walk of parsed.walks) {
        const root = walk.budget.resolve(walk.doc.contents);
        const runs = walk.budget.resolve((0,yaml/* getPair */.xf)(root, 'runs')?.value);
        const using = (0,yaml/* scalarString */.Cg)(walk.budget.resolve((0,yaml/* getPair */.xf)(runs, 'using')?.value));
        if (using?.trim().toLowerCase() !== 'composite')
            continue;
        const name = (0,yaml/* scalarString */.Cg)(walk.budget.resolve((0,yaml/* getPair */.xf)(root, 'name')?.value))?.trim() || file;
        const action = { file, inputRefs: [] };
        const steps = walk.budget.resolve((0,yaml/* getPair */.xf)(runs, 'steps')?.value);
        ((0,dist/* isSeq */.oP)(steps) ? steps.items : []).forEach((item, index) => {
            const step = walk.budget.resolve(item);
            if (!(0,dist/* isMap */.jh)(step))
                return;
            const label = (key) => (0,yaml/* scalarString */.Cg)(walk.budget.resolve((0,yaml/* getPair */.xf)(step, key)?.value))?.trim() || undefined;
            const uses = label('uses')?.split('@')[0];
            const base = { workflow: name, step: label('name') ?? label('id') ?? `step ${index + 1}` };
            for (const pair of step.items) {
                const via = (0,yaml/* scalarString */.Cg)(pair.key) ?? '';
                const context = { ...base, via: ['env', 'with', 'run', 'if'].includes(via) ? via : 'expression' };
                visit(walk, pair.value, { ...context, ...(via === 'with' && uses && { action: uses }) }, action, via === 'if', 0);
            }
        });
        if (action.inputRefs.length)
            actions.push(action);
    }
    return { actions, diagnostics: parsed.diagnostics };
}
function visit(walk, node, context, action, bare, depth) {
    const value = walk.budget.resolve(node);
    if (depth > 20)
        return;
    if ((0,dist/* isMap */.jh)(value)) {
        for (const pair of value.items) {
            const target = (0,yaml/* scalarString */.Cg)(pair.key);
            visit(walk, pair.value, { ...context, ...(target !== undefined && { target }) }, action, false, depth + 1);
        }
    }
    else if ((0,dist/* isSeq */.oP)(value)) {
        for (const item of value.items)
            visit(walk, item, context, action, false, depth + 1);
    }
    else if ((0,dist/* isScalar */.jn)(value) && typeof value.value === 'string' && value.value.includes('inputs')) {
        const view = sourceView(walk.text, value);
        if (!view)
            return;
        const at = (start, end) => (0,yaml/* spanLocation */.ib)(walk.file, walk.lineCounter, view.offsets[start], view.offsets[end]);
        const clean = context.via === 'run' ? { ...context, target: undefined } : context;
        for (const [start, end] of expressions(view.text, bare)) {
            for (const m of view.text.slice(start, end).matchAll(/(?<![.\w-])inputs\s*\.\s*([A-Za-z_][A-Za-z0-9_-]*)/g)) {
                const from = start + (m.index ?? 0);
                action.inputRefs.push({ input: m[1], location: at(from, from + m[0].length), context: compact(clean) });
            }
        }
    }
}
/** The [start, end) of every `${{ }}` body, or of the whole text for a bare `if:`. */
function expressions(text, bare) {
    if (bare && !text.includes('${{'))
        return [[0, text.length]];
    const out = [];
    for (let open = text.indexOf('${{'); open >= 0; open = text.indexOf('${{', open)) {
        const close = expressionEnd(text, open + 3);
        if (close < 0)
            break;
        out.push([open + 3, close]);
        open = close + 2;
    }
    return out;
}
function compact(context) {
    return Object.fromEntries(Object.entries(context).filter(([, v]) => v !== undefined));
}
/**
 * Every secret a workflow step hands to a local composite action's input becomes a use wherever the
 * action reads that input, in the step's environments, with the step's place as `calledFrom`.
 */
function followCompositeActions(inventory) {
    const byDir = new Map((inventory.actions ?? []).map((a) => [dirOf(a.file), a]));
    if (byDir.size === 0)
        return;
    let pending = inventory.uses.filter((use) => use.sourceKind === 'github-workflow');
    for (let depth = 0; depth < composite_action_MAX_DEPTH && pending.length; depth++) {
        const added = [];
        for (const use of pending) {
            const local = use.context?.via === 'with' ? use.context.action : undefined;
            const target = use.context?.target?.toLowerCase();
            if (!local?.startsWith('./') || target === undefined)
                continue;
            const action = byDir.get(local.slice(2).replace(/\/+$/, '').replace(/\/+/g, '/'));
            for (const ref of action?.inputRefs ?? []) {
                // GitHub matches input names without regard to case.
                if (ref.input.toLowerCase() !== target)
                    continue;
                added.push({ ...use, location: ref.location, context: ref.context, calledFrom: use.location });
            }
        }
        inventory.uses.push(...added);
        pending = added;
    }
}

;// CONCATENATED MODULE: ./src/discovery/dotenv.ts
// dotenv files (`.env`, `.env.*`, `*.env`): one use per variable, with its committed value as a
// literal and the exact line and column of the NAME. The syntax follows what dotenv, python-dotenv
// and docker compose agree on: `export` prefix, quotes, `#` comments, `\n` in double quotes.

/**
 * File-name parts that mark a template of placeholders rather than values: `.env.example`,
 * `.env.sample`, `.env.template`, `.env.dist`, `example.env`. They are not scanned, by decision: their
 * values are meant to be copied and replaced, and reading them would only produce placeholder noise.
 */
const TEMPLATE_PARTS = new Set(['example', 'examples', 'sample', 'samples', 'template', 'tmpl', 'tpl', 'dist']);
/** Whether `path` names a dotenv file keybound reads (`.envrc` and templates are not). */
function isDotenvPath(path) {
    const base = baseOf(path);
    const parts = base.toLowerCase().split('.');
    if (parts.some((part) => TEMPLATE_PARTS.has(part)))
        return false;
    if (base === '.env' || base.startsWith('.env.'))
        return true;
    return base.endsWith('.env') && base.length > '.env'.length;
}
/** The dotenv extractor. */
const dotenvExtractor = {
    kind: 'dotenv',
    matches(path) {
        return isDotenvPath(path);
    },
    extract({ path, text }) {
        try {
            return extractDotenv(path, text);
        }
        catch {
            return { diagnostics: [parseError(path, 'could not be read')] };
        }
    },
};
const ASSIGNMENT = /^([ \t]*)(export[ \t]+)?([A-Za-z_][A-Za-z0-9_.-]*)[ \t]*=[ \t]*/;
function extractDotenv(path, text) {
    if (text.includes('\u0000'))
        return { diagnostics: [parseError(path, 'is not a text file')] };
    const uses = parseDotenv(stripBom(text)).map((found) => {
        const location = {
            file: path,
            line: found.line,
            column: found.column,
            endLine: found.endLine,
            endColumn: found.endColumn,
        };
        const use = { name: found.name, sourceKind: 'dotenv', location, hints: {} };
        // An empty value commits nothing, so it carries no literal.
        if (found.value !== '')
            use.literal = literal(found.value, location);
        return use;
    });
    return { uses };
}
/** Parses dotenv text into entries. Lines that are not assignments are ignored, as dotenv does. */
function parseDotenv(text) {
    const lines = text.split(/\r\n|\r|\n/);
    const out = [];
    for (let i = 0; i < lines.length; i++) {
        const match = ASSIGNMENT.exec(lines[i]);
        if (!match)
            continue;
        const name = match[3];
        const column = match[1].length + (match[2]?.length ?? 0) + 1;
        const valueStart = match[0].length;
        const rest = lines[i].slice(valueStart);
        const quote = rest[0];
        if (quote === '"' || quote === "'" || quote === '`') {
            const closed = findClosing(lines, i, valueStart + 1, quote);
            if (closed) {
                const raw = closed.raw;
                const value = quote === '"' ? dotenv_unescape(raw) : raw;
                out.push({ name, value, line: i + 1, column, endLine: closed.line + 1, endColumn: closed.column + 2 });
                i = closed.line;
                continue;
            }
        }
        // Unquoted (or an unterminated quote): up to an inline comment, which needs a blank before `#`.
        const comment = rest.startsWith('#') ? 0 : rest.search(/[ \t]#/);
        const value = (comment < 0 ? rest : rest.slice(0, comment)).trimEnd();
        const end = value === '' ? column + name.length : valueStart + value.length + 1;
        out.push({ name, value, line: i + 1, column, endLine: i + 1, endColumn: end });
    }
    return out;
}
/** Finds the closing quote from line `line`, offset `from`; a `\"` does not close a double-quoted value. */
function findClosing(lines, line, from, quote) {
    const pieces = [];
    let offset = from;
    for (let current = line; current < lines.length; current++) {
        const text = lines[current];
        for (let j = offset; j < text.length; j++) {
            if (quote === '"' && text[j] === '\\') {
                j++;
                continue;
            }
            if (text[j] === quote) {
                pieces.push(text.slice(offset, j));
                return { raw: pieces.join('\n'), line: current, column: j };
            }
        }
        pieces.push(text.slice(offset));
        offset = 0;
    }
    return undefined;
}
function dotenv_unescape(raw) {
    return raw.replace(/\\([nrt"\\$])/g, (_, c) => ({ n: '\n', r: '\r', t: '\t' })[c] ?? c);
}

;// CONCATENATED MODULE: ./src/discovery/compose.ts
// docker-compose files: the variables each service is given (`environment`, list and map forms), the
// variables interpolated anywhere in a service (`${VAR}`, `${VAR:-default}`, `$VAR`), and secrets by
// name (top-level `secrets:` and service `secrets:`). Compose defines `<<` merge keys, so they expand.
// A variable given nothing but another one (`AUTH_TOKEN=${API_KEY}`) holds that one's value: one key.




/** `$$` is compose's escape for a literal `$`; `${NAME...` and `$NAME` interpolate. */
const INTERPOLATION = /\$\$|\$\{([A-Za-z_][A-Za-z0-9_]*)|\$([A-Za-z_][A-Za-z0-9_]*)/g;
const compose_MAX_DEPTH = 40;
/** The compose extractor: `compose*.y?ml` and `docker-compose*.y?ml`. */
const composeExtractor = {
    kind: 'compose',
    matches(path) {
        return /^(docker-)?compose[^/]*\.ya?ml$/i.test(baseOf(path));
    },
    extract({ path, text }) {
        return guarded(path, () => extractCompose(path, text));
    },
};
/**
 * Whether a compose file's text could yield anything: every use and notice sits under a key written out
 * as `environment`, `secrets` or `env_file`, or is a `$` interpolation in the raw source (merged anchors
 * are in the same text; words spelled with escapes count, holdsWord). A file with none is not parsed and
 * its syntax errors are not reported: keybound is not a YAML linter. Whole-file, not per document: only
 * the first document counts, and skipping one would make another the first.
 */
function mayHoldVariables(text) {
    return holdsWord(text, (source) => /secrets|environment|env_file|\$/.test(source));
}
function extractCompose(path, text) {
    if (!mayHoldVariables(text))
        return {};
    const parsed = parseFile(path, text, { merge: true });
    const diagnostics = [...parsed.diagnostics];
    const walk = parsed.walks.find((candidate) => candidate.doc.contents !== null);
    if (!walk)
        return { diagnostics };
    const root = walk.doc.contents;
    const state = { walk, uses: [], links: [], seen: new Set(), named: new Map() };
    for (const service of entries(walk, get(walk, root, 'services', true), true)) {
        const resource = service.key;
        const before = state.uses.length;
        environment(state, get(walk, service.value, 'environment', true), resource);
        if (!publishes(walk, service.value))
            for (const use of state.uses.slice(before))
                use.privateNetwork = true;
        for (const item of items(walk, get(walk, service.value, 'secrets', true))) {
            const sourceEntry = (0,dist/* isMap */.jh)(item) ? entry(walk, item, 'source') : undefined;
            const name = str(walk, sourceEntry ? sourceEntry.value : item);
            if (name)
                add(state, name, locate(walk, sourceEntry?.pair ?? item), resource, 'secrets');
        }
        for (const file of envFiles(walk, get(walk, service.value, 'env_file', true))) {
            // NOTE: compose may name any file; only dotenv-named ones are scanned, so say so for the rest.
            if (!isDotenvPath(file)) {
                diagnostics.push({
                    kind: 'notice',
                    file: path,
                    message: `${path}: env_file ${file} of service ${resource} is not scanned (only .env, .env.* and *.env files are)`,
                });
            }
        }
        interpolations(state, service.value, resource, 0);
    }
    for (const secret of entries(walk, get(walk, root, 'secrets', true), true)) {
        add(state, secret.key, locate(walk, secret.pair), `secrets.${secret.key}`, 'secrets');
        const variable = entry(walk, secret.value, 'environment');
        const name = str(walk, variable?.value);
        if (variable && name)
            add(state, name, locate(walk, variable.pair), `secrets.${secret.key}`, 'secrets.environment');
    }
    return { uses: state.uses, links: state.links, diagnostics };
}
function add(state, name, location, resource, via, value) {
    // Services merging one anchor share its nodes; one use per place and consumer is enough.
    const id = `${name}\u0000${location.line}:${location.column}\u0000${resource}\u0000${via}`;
    if (state.seen.has(id))
        return;
    state.seen.add(id);
    const use = { name, sourceKind: 'compose', location, hints: {}, context: { via, resource } };
    if (value !== undefined && value !== '')
        use.literal = literal(value, location);
    state.uses.push(use);
}
/** A value is concrete when nothing in it is interpolated; `$$` unescapes to `$`. */
function concrete(value) {
    let interpolated = false;
    value.replace(INTERPOLATION, (match) => {
        if (match !== '$$')
            interpolated = true;
        return match;
    });
    return interpolated ? undefined : value.replace(/\$\$/g, '$');
}
function environment(state, node, resource) {
    const { walk } = state;
    if ((0,dist/* isSeq */.oP)(node)) {
        for (const item of items(walk, node)) {
            if (!(0,dist/* isScalar */.jn)(item) || item.value === null || item.value === undefined || !item.range)
                continue;
            const text = String(item.value);
            const equals = text.indexOf('=');
            const name = (equals < 0 ? text : text.slice(0, equals)).trim();
            if (!/^[A-Za-z_][A-Za-z0-9_.-]*$/.test(name))
                continue;
            const quoted = item.type === 'QUOTE_DOUBLE' || item.type === 'QUOTE_SINGLE';
            const location = span(walk, item.range[0] + (quoted ? 1 : 0), item.range[1]);
            const value = equals < 0 ? undefined : concrete(text.slice(equals + 1));
            add(state, name, location, resource, 'environment', value);
            if (equals >= 0)
                compose_link(state, name, text.slice(equals + 1), location);
            state.named.set(item, name);
        }
        return;
    }
    for (const variable of entries(walk, node, true)) {
        const value = (0,dist/* isScalar */.jn)(variable.value) ? variable.value : undefined;
        const raw = value && value.value !== null && value.value !== undefined ? String(value.value) : undefined;
        add(state, variable.key, locate(walk, variable.pair), resource, 'environment', raw === undefined ? undefined : concrete(raw));
        if (raw !== undefined)
            compose_link(state, variable.key, raw, locate(walk, variable.pair));
        if (value)
            state.named.set(value, variable.key);
    }
}
/** `${VAR}`, `${VAR:-default}`, `${VAR?error}` or `$VAR` as the whole value. */
const WHOLE_INTERPOLATION = /^\s*(?:\$\{([A-Za-z_][A-Za-z0-9_]*)(?::?[-?+][^}]*)?\}|\$([A-Za-z_][A-Za-z0-9_]*))\s*$/;
/** `NAME=${OTHER}`: NAME holds OTHER's value, so they are one key (keys/join.ts). */
function compose_link(state, name, value, location) {
    const match = WHOLE_INTERPOLATION.exec(value);
    const other = match?.[1] ?? match?.[2];
    if (other !== undefined && other !== name)
        state.links.push({ secret: other, alias: name, location });
}
/** Whether a service is reachable from outside its compose network: published ports or the host's network. */
function publishes(walk, service) {
    if (items(walk, get(walk, service, 'ports', true)).length > 0)
        return true;
    return /^host$/i.test(str(walk, get(walk, service, 'network_mode', true)) ?? '');
}
function envFiles(walk, node) {
    const list = (0,dist/* isScalar */.jn)(node) ? [node] : items(walk, node);
    return list
        .map((item) => ((0,dist/* isMap */.jh)(item) ? str(walk, get(walk, item, 'path')) : str(walk, item)))
        .filter((file) => Boolean(file));
}
/** Every `${VAR}` / `$VAR` in the scalars under `node`, located in the raw source. */
function interpolations(state, node, resource, depth) {
    const { walk } = state;
    const value = resolve(walk, node);
    if (depth > compose_MAX_DEPTH)
        return;
    if ((0,dist/* isMap */.jh)(value)) {
        for (const field of entries(walk, value, true))
            interpolations(state, field.value, resource, depth + 1);
    }
    else if ((0,dist/* isSeq */.oP)(value)) {
        for (const item of items(walk, value))
            interpolations(state, item, resource, depth + 1);
    }
    else if ((0,dist/* isScalar */.jn)(value) && typeof value.value === 'string' && value.range) {
        // The raw source keeps `${VAR}` as written, so offsets in it are exact even in block scalars.
        const start = value.range[0];
        const raw = walk.text.slice(start, value.range[1]);
        for (const match of raw.matchAll(INTERPOLATION)) {
            const name = match[1] ?? match[2];
            if (!name || state.named.get(value) === name)
                continue;
            const from = start + (match.index ?? 0);
            let to = from + match[0].length;
            if (match[1] && walk.text[to] === '}')
                to++;
            add(state, name, span(walk, from, to), resource, 'interpolation');
        }
    }
}

// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
;// CONCATENATED MODULE: ./src/discovery/files.ts
// Walks the scanned tree and reads files safely. SECURITY: symlinks are never followed out of the tree
// (and symlinked folders not at all, so a loop cannot trap the walk); binary, oversized, non-UTF-8 and
// unreadable files become diagnostics instead of crashes.





/** Folders that never hold deploy configuration of the scanned project. */
const SKIPPED_DIRS = new Set(['.git', 'node_modules', '.hg', '.svn']);
/** Every regular file below `root` (and symlinked files that stay inside it) that `keep` lets through. */
function walkTree(root, keep) {
    const files = [];
    const diagnostics = [];
    const realRoot = (0,external_node_fs_.realpathSync)(root);
    const visit = (dir) => {
        let entries;
        try {
            entries = (0,external_node_fs_.readdirSync)(dir, { withFileTypes: true });
        }
        catch (error) {
            diagnostics.push({
                kind: 'notice',
                file: toRelative(root, dir),
                message: `folder could not be read (${code(error)})`,
            });
            return;
        }
        for (const entry of entries) {
            const path = (0,external_node_path_.join)(dir, entry.name);
            if (keep && !keep(toRelative(root, path), entry.isDirectory()))
                continue;
            if (entry.isDirectory()) {
                if (!SKIPPED_DIRS.has(entry.name))
                    visit(path);
            }
            else if (entry.isFile()) {
                files.push(toRelative(root, path));
            }
            else if (entry.isSymbolicLink()) {
                const target = symlinkTarget(path);
                const inside = target !== undefined && (target === realRoot || target.startsWith(realRoot + external_node_path_.sep));
                if (inside && isFile(path))
                    files.push(toRelative(root, path));
                else if (!inside) {
                    diagnostics.push({
                        kind: 'notice',
                        file: toRelative(root, path),
                        message: 'symlink leads out of the scanned tree; not followed',
                    });
                }
            }
        }
    };
    visit(root);
    files.sort();
    return { files, diagnostics };
}
/** The other files in the folders of `files` (relative paths), for extractors that look at neighbours. */
function siblingsOf(root, files) {
    const folders = new Set(files.map((file) => (file.includes('/') ? file.slice(0, file.lastIndexOf('/')) : '')));
    return [...folders].flatMap((folder) => {
        try {
            return (0,external_node_fs_.readdirSync)((0,external_node_path_.join)(root, folder)).map((name) => (folder ? `${folder}/${name}` : name));
        }
        catch {
            return [];
        }
    });
}
/** Reads a file as UTF-8 text, or says why it cannot be scanned. A leading BOM is dropped. */
function readTextFile(root, file) {
    const fail = (message) => ({
        diagnostic: { kind: 'parse-error', file, line: 1, column: 1, message },
    });
    // One path lookup: kind and size come from the open descriptor (issue 15). O_NONBLOCK: a FIFO swapped
    // in since the walk cannot block the scan, and is refused by its kind.
    let bytes;
    let fd;
    try {
        fd = (0,external_node_fs_.openSync)((0,external_node_path_.join)(root, file), external_node_fs_.constants.O_RDONLY | (external_node_fs_.constants.O_NONBLOCK ?? 0));
        const stats = (0,external_node_fs_.fstatSync)(fd);
        if (!stats.isFile() && !stats.isDirectory()) {
            return fail(`file could not be read (${fileKind(stats)}, not a regular file)`);
        }
        if (stats.size > yaml/* MAX_YAML_BYTES */.jl)
            return fail(`file is larger than ${yaml/* MAX_YAML_BYTES */.jl / 1024 / 1024} MiB; not scanned`);
        bytes = (0,external_node_fs_.readFileSync)(fd);
    }
    catch (error) {
        return fail(`file could not be read (${code(error)})`);
    }
    finally {
        if (fd !== undefined)
            (0,external_node_fs_.closeSync)(fd);
    }
    if (bytes.subarray(0, 8192).includes(0))
        return fail('file holds binary data, not text');
    // isUtf8 + toString (simdutf) is several times faster than a fatal TextDecoder, with the same verdict.
    if (!(0,external_node_buffer_.isUtf8)(bytes))
        return fail('file is not valid UTF-8');
    const text = bytes.toString('utf8');
    return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
}
function toRelative(root, path) {
    return (0,external_node_path_.relative)(root, path).split(external_node_path_.sep).join('/');
}
function symlinkTarget(path) {
    try {
        return (0,external_node_fs_.realpathSync)(path);
    }
    catch {
        return undefined;
    }
}
function isFile(path) {
    try {
        return (0,external_node_fs_.statSync)(path).isFile() && !(0,external_node_fs_.lstatSync)(path).isDirectory();
    }
    catch {
        return false;
    }
}
function code(error) {
    return error?.code ?? 'unknown error';
}

;// CONCATENATED MODULE: ./src/discovery/workflow-values.ts
// The values a GitHub Actions expression can take, as far as the files can tell (SPEC section 2): string
// literals, static matrix entries, `format(...)`, `&&`/`||` choices. Workflow inputs stay placeholders
// (`${{ inputs.env }}`) until the caller's values, a dispatch input's options or the known environment
// names fill them in (workflow-calls.ts); anything else (`needs.*`, `github.ref`, `vars.*`) is dynamic.

/** A matrix value written as an expression (`${{ fromJSON(...) }}`): nobody can name it statically. */
const DYNAMIC_VALUE = Symbol('dynamic matrix value');
/** More possible values than this and the expression counts as dynamic (a combinatorial matrix). */
const MAX_VALUES = 64;
const FALSY = { kind: 'falsy' };
const TRUE = { kind: 'true' };
const DYNAMIC = { kind: 'dynamic' };
/** `${{ inputs.X }}`: the one placeholder form, shared with workflow-calls.ts through the template text. */
function encode(parts) {
    return parts.map((p) => (typeof p === 'string' ? p : `\${{ inputs.${p.input} }}`)).join('');
}
/** Every value `template` (text with `${{ }}` expressions) can take in `scope`. */
function possibleValues(template, scope = {}) {
    const pieces = splitTemplate(template);
    if (pieces === undefined)
        return { values: [], dynamic: true, empty: false };
    const single = pieces.length === 1 && typeof pieces[0] !== 'string';
    let combos = [[]];
    let dynamic = false;
    let empty = false;
    for (const piece of pieces) {
        if (typeof piece === 'string') {
            combos = combos.map((parts) => [...parts, piece]);
            continue;
        }
        const values = evaluate(piece.expression, scope);
        const next = [];
        for (const value of values) {
            if (value.kind === 'dynamic' || value.kind === 'object')
                dynamic = true;
            else if (value.kind === 'falsy' && single)
                empty = true;
            else {
                const parts = value.kind === 'text' ? value.parts : value.kind === 'true' ? ['true'] : [];
                for (const combo of combos)
                    next.push([...combo, ...parts]);
            }
        }
        if (next.length > MAX_VALUES)
            return { values: [], dynamic: true, empty };
        combos = next;
    }
    const values = new Set();
    for (const parts of combos) {
        const text = encode(merge(parts));
        if (text.trim() === '')
            empty = true;
        else
            values.add(text);
    }
    return { values: [...values], dynamic, empty };
}
/** Adjacent text parts joined, so `deploy-` + `prod` reads `deploy-prod`. */
function merge(parts) {
    const out = [];
    for (const part of parts) {
        const last = out.at(-1);
        if (typeof part === 'string' && typeof last === 'string')
            out[out.length - 1] = last + part;
        else if (part !== '')
            out.push(part);
    }
    return out;
}
/** Literal text and parsed expressions of a template; undefined when an expression does not parse. */
function splitTemplate(template) {
    const pieces = [];
    let at = 0;
    for (let open = template.indexOf('${{'); open >= 0; open = template.indexOf('${{', at)) {
        if (open > at)
            pieces.push(template.slice(at, open));
        const close = expressionEnd(template, open + 3);
        if (close < 0)
            return undefined;
        const expression = parse(template.slice(open + 3, close));
        if (expression === undefined)
            return undefined;
        pieces.push({ expression });
        at = close + 2;
    }
    if (at < template.length)
        pieces.push(template.slice(at));
    return pieces.length ? pieces : [''];
}
/** Every value a bare expression (an `if:`, a `secrets[...]` index) can take, as a Possible. */
function possibleOfExpression(expression, scope = {}) {
    return possibleValues(`\${{ ${expression} }}`, scope);
}
const TOKEN = /\s*(?:('(?:[^']|'')*')|(\d+(?:\.\d+)?)|([A-Za-z_][A-Za-z0-9_-]*)|(==|!=|<=|>=|&&|\|\||[.[\](),!<>*]))/y;
function tokenize(text) {
    const tokens = [];
    TOKEN.lastIndex = 0;
    while (TOKEN.lastIndex < text.length) {
        if (/^\s*$/.test(text.slice(TOKEN.lastIndex)))
            break;
        const m = TOKEN.exec(text);
        if (!m)
            return undefined;
        tokens.push(m[0].trim());
        if (tokens.length > 2000)
            return undefined;
    }
    return tokens;
}
/** A recursive-descent parser of the expression grammar; undefined for anything it does not know. */
function parse(text) {
    const tokens = tokenize(text);
    if (!tokens)
        return undefined;
    let i = 0;
    let depth = 0;
    const peek = () => tokens[i];
    const take = (token) => (tokens[i] === token ? (i++, true) : false);
    const binary = (next, ops, make) => () => {
        let left = next();
        while (ops.includes(peek() ?? '')) {
            const op = tokens[i++];
            left = make(op, left, next());
        }
        return left;
    };
    const primary = () => {
        if (++depth > 100)
            throw new SyntaxError('too deep');
        try {
            const token = tokens[i++];
            if (token === undefined)
                throw new SyntaxError('end');
            if (token === '(') {
                const inner = or();
                if (!take(')'))
                    throw new SyntaxError(')');
                return postfix(inner);
            }
            if (token === '!')
                return { t: 'not', e: primary() };
            if (token.startsWith("'"))
                return { t: 'lit', value: token.slice(1, -1).replace(/''/g, "'") };
            if (/^\d/.test(token))
                return { t: 'lit', value: Number(token) };
            if (!/^[A-Za-z_]/.test(token))
                throw new SyntaxError(token);
            const word = token.toLowerCase();
            if (word === 'true' || word === 'false')
                return { t: 'lit', value: word === 'true' };
            if (word === 'null')
                return { t: 'lit', value: null };
            if (take('(')) {
                const args = [];
                if (!take(')')) {
                    do
                        args.push(or());
                    while (take(','));
                    if (!take(')'))
                        throw new SyntaxError(')');
                }
                return postfix({ t: 'call', name: word, args });
            }
            return postfix({ t: 'ref', head: word, path: [] });
        }
        finally {
            depth--;
        }
    };
    const postfix = (base) => {
        const path = base.t === 'ref' ? [...base.path] : [];
        let changed = false;
        for (;;) {
            if (take('.')) {
                const name = tokens[i++];
                if (name === undefined || !/^[A-Za-z_*]/.test(name))
                    throw new SyntaxError('.');
                path.push(name);
            }
            else if (take('[')) {
                path.push(or());
                if (!take(']'))
                    throw new SyntaxError(']');
            }
            else
                break;
            changed = true;
        }
        if (!changed)
            return base;
        // Property access on a call result (`fromJSON(x).a`) is dynamic: the head says so.
        return base.t === 'ref' ? { ...base, path } : { t: 'ref', head: '', path };
    };
    const comparison = binary(primary, ['==', '!=', '<', '<=', '>', '>='], (_op, a, b) => ({ t: 'cmp', a, b }));
    const and = binary(comparison, ['&&'], (_op, a, b) => ({ t: 'and', a, b }));
    const or = binary(and, ['||'], (_op, a, b) => ({ t: 'or', a, b }));
    try {
        const expr = or();
        return i === tokens.length ? expr : undefined;
    }
    catch {
        return undefined;
    }
}
// -- evaluation ----------------------------------------------------------------------------------------
function evaluate(expr, scope) {
    switch (expr.t) {
        case 'lit':
            if (expr.value === null || expr.value === false || expr.value === '' || expr.value === 0)
                return [FALSY];
            return expr.value === true ? [TRUE] : [{ kind: 'text', parts: [String(expr.value)] }];
        case 'ref':
            return reference(expr, scope);
        case 'call':
            return call(expr, scope);
        case 'not':
        case 'cmp':
            return [TRUE, FALSY];
        case 'and': {
            const left = evaluate(expr.a, scope);
            const out = [];
            if (left.some(canBeTruthy))
                out.push(...evaluate(expr.b, scope));
            if (left.some(canBeFalsy))
                out.push(FALSY);
            return distinct(out);
        }
        case 'or': {
            const left = evaluate(expr.a, scope);
            const out = left.filter(canBeTruthy);
            if (left.some(canBeFalsy))
                out.push(...evaluate(expr.b, scope));
            return distinct(out);
        }
    }
}
function canBeTruthy(value) {
    return value.kind !== 'falsy';
}
/** An input may be empty (`inputs.env || 'staging'`); so may anything dynamic. */
function canBeFalsy(value) {
    return value.kind === 'falsy' || value.kind === 'dynamic' || (value.kind === 'text' && value.parts.every(isInput));
}
function isInput(part) {
    return typeof part !== 'string';
}
function reference(expr, scope) {
    const names = expr.path.map((p) => (typeof p === 'string' ? p : literalOf(p)));
    if (expr.head === 'inputs' && names.length === 1 && names[0] !== undefined)
        return input(names[0], scope);
    if (expr.head === 'github' && names.length === 3 && names[0] === 'event' && names[1] === 'inputs' && names[2]) {
        return input(names[2], scope);
    }
    if (expr.head !== 'matrix' || !scope.matrix)
        return [DYNAMIC];
    let value = scope.matrix;
    for (const name of names) {
        if (name === undefined || name === '*' || typeof value !== 'object' || value === null)
            return [DYNAMIC];
        value = Object.hasOwn(value, name) ? value[name] : undefined;
    }
    return [fromMatrix(value)];
}
function input(name, scope) {
    const known = scope.inputs?.(name);
    if (known === undefined)
        return [{ kind: 'text', parts: [{ input: name }] }];
    return known.length === 0 ? [FALSY] : known.map((v) => (v === '' ? FALSY : { kind: 'text', parts: [v] }));
}
function fromMatrix(value) {
    if (value === DYNAMIC_VALUE)
        return DYNAMIC;
    if (value === undefined || value === null || value === false || value === '' || value === 0)
        return FALSY;
    if (value === true)
        return TRUE;
    if (typeof value === 'string' || typeof value === 'number')
        return { kind: 'text', parts: [String(value)] };
    return { kind: 'object', value };
}
function literalOf(expr) {
    return expr.t === 'lit' && typeof expr.value === 'string' ? expr.value : undefined;
}
const BOOLEAN_FUNCTIONS = new Set(['contains', 'startswith', 'endswith', 'success', 'always', 'failure', 'cancelled']);
function call(expr, scope) {
    if (BOOLEAN_FUNCTIONS.has(expr.name))
        return [TRUE, FALSY];
    if (expr.name !== 'format' || expr.args.length === 0)
        return [DYNAMIC];
    const [head, ...rest] = expr.args.map((arg) => evaluate(arg, scope));
    let out = [];
    for (const format of head) {
        if (format.kind !== 'text' || format.parts.some(isInput))
            return [DYNAMIC];
        let results = [[]];
        for (const piece of formatPieces(format.parts.join(''))) {
            if (typeof piece === 'string') {
                results = results.map((r) => [...r, piece]);
                continue;
            }
            const args = rest[piece.index];
            if (args === undefined)
                return [DYNAMIC];
            const next = [];
            for (const arg of args) {
                if (arg.kind === 'dynamic' || arg.kind === 'object')
                    return [DYNAMIC];
                const parts = arg.kind === 'text' ? arg.parts : arg.kind === 'true' ? ['true'] : [];
                for (const r of results)
                    next.push([...r, ...parts]);
            }
            if (next.length > MAX_VALUES)
                return [DYNAMIC];
            results = next;
        }
        out = out.concat(results.map((parts) => (parts.length ? { kind: 'text', parts: merge(parts) } : FALSY)));
    }
    return distinct(out);
}
/** `'{0}_KEY'` → [{index 0}, '_KEY']; `{{` and `}}` are literal braces. */
function formatPieces(format) {
    const pieces = [];
    let text = '';
    for (let i = 0; i < format.length; i++) {
        const m = /^\{(\d+)\}/.exec(format.slice(i));
        if (format.startsWith('{{', i) || format.startsWith('}}', i)) {
            text += format[i];
            i++;
        }
        else if (m) {
            if (text)
                pieces.push(text);
            text = '';
            pieces.push({ index: Number(m[1]) });
            i += m[0].length - 1;
        }
        else
            text += format[i];
    }
    if (text)
        pieces.push(text);
    return pieces;
}
function distinct(values) {
    const seen = new Map();
    for (const value of values) {
        const id = value.kind === 'object' ? `object:${seen.size}` : JSON.stringify(value);
        if (!seen.has(id))
            seen.set(id, value);
    }
    return [...seen.values()];
}

;// CONCATENATED MODULE: ./src/discovery/workflow-jobs.ts
// Job-level facts of a GitHub workflow: the environments a job deploys to (for each combination of a
// static matrix), whether the job looks like a deploy and why, and `permissions:` blocks.



/**
 * Input names that tell a reusable workflow or a deploy action its environment: `environment`, `env`,
 * `stage`, `deploy-environment`, `target_env`, `environment-name`; not `secrets-env` or `docker-env`.
 */
const ENVIRONMENT_INPUT = /^(?:(?:deploy|target)[-_]?)?(?:env|environment|stage)(?:[-_]?name)?$/i;
/**
 * The environments a step's `if:` restricts it to: every alternative (`||`) compares an
 * environment-named input with a literal (`inputs.ENVIRONMENT == 'production'`, also through
 * `github.event.inputs`). Undefined when any alternative can run without such a comparison, or when the
 * condition is not that simple (negations and grouping are not read; function calls are operands).
 */
function conditionEnvironments(condition) {
    const expression = condition
        .trim()
        .replace(/^\$\{\{([\s\S]*)\}\}$/, '$1')
        // A status or string function (`success()`, `!cancelled()`, `contains(a, 'b')`) is one operand.
        .replace(/!?\s*[A-Za-z_][\w.]*\([^()]*\)/g, 'call')
        .trim();
    // Grouping and negation could turn a comparison around: such conditions are not read.
    if (expression === '' || /[()]|!(?!=)/.test(expression))
        return undefined;
    const found = [];
    for (const alternative of expression.split('||')) {
        const named = [...alternative.matchAll(INPUT_EQUALS)].filter(([, name]) => ENVIRONMENT_INPUT.test(name));
        if (named.length !== 1)
            return undefined;
        found.push(named[0][2]);
    }
    return [...new Set(found)];
}
/** `inputs.X == 'v'` or `github.event.inputs.X == 'v'` (expressions quote strings with `'` only). */
const INPUT_EQUALS = /(?<![\w.])(?:github\.event\.)?inputs\.([A-Za-z0-9_-]+)\s*==\s*'([^']*)'/g;
/** GitHub runs at most 256 jobs per matrix; beyond that the matrix is treated as dynamic. */
const MAX_COMBINATIONS = 256;
/** A job's `environment:` (string or `{ name, url }`), evaluated for each static matrix combination. */
function jobEnvironment(job, resolve) {
    let node = resolve((0,yaml/* getPair */.xf)(job, 'environment')?.value);
    if ((0,dist/* isMap */.jh)(node))
        node = resolve((0,yaml/* getPair */.xf)(node, 'name')?.value);
    const declared = (0,yaml/* scalarString */.Cg)(node)?.trim() || undefined;
    const combos = matrixCombinations(job, resolve) ?? [undefined];
    const runs = combos.map((matrix) => {
        if (!declared)
            return { matrix, environments: [], none: true };
        const possible = possibleValues(declared, { matrix });
        return {
            matrix,
            environments: possible.values,
            none: possible.empty || possible.dynamic || possible.values.length === 0,
        };
    });
    const names = [...new Set(runs.flatMap((run) => run.environments.filter((env) => !env.includes('${{'))))];
    return { ...(declared && { declared }), names, runs };
}
/**
 * The combinations of `strategy.matrix` as GitHub builds them: the product of its lists, less the
 * `exclude` entries (partial matches), with each `include` entry added to every combination it does not
 * contradict, or as a combination of its own. [{}] without a matrix; undefined when it is dynamic.
 */
function matrixCombinations(job, resolve) {
    const strategy = resolve((0,yaml/* getPair */.xf)(job, 'strategy')?.value);
    const pair = (0,yaml/* getPair */.xf)(strategy, 'matrix');
    if (!pair)
        return [{}];
    const matrix = resolve(pair.value);
    if (!(0,dist/* isMap */.jh)(matrix))
        return undefined;
    let combos = [];
    const axes = [];
    let include;
    let exclude;
    for (const item of matrix.items) {
        const key = (0,yaml/* scalarString */.Cg)(item.key);
        if (key === undefined)
            continue;
        const value = toValue(item.value, resolve, 0);
        if (key === 'include')
            include = value;
        else if (key === 'exclude')
            exclude = value;
        else {
            axes.push(key);
            const values = Array.isArray(value) ? value : [DYNAMIC_VALUE];
            const next = (axes.length === 1 ? [{}] : combos).flatMap((combo) => values.map((v) => ({ ...combo, [key]: v })));
            if (next.length > MAX_COMBINATIONS)
                return undefined;
            combos = next;
        }
    }
    if (Array.isArray(exclude)) {
        const rules = exclude.filter(isRecord);
        combos = combos.filter((combo) => !rules.some((rule) => Object.keys(rule).every((k) => same(combo[k], rule[k]))));
    }
    if (include !== undefined && !Array.isArray(include))
        return undefined;
    // Each entry extends the original combinations whose matrix values it keeps; combinations an entry
    // adds are its own, never extended by later entries.
    const base = combos;
    const added = [];
    combos = base.map((combo) => ({ ...combo }));
    for (const entry of include ?? []) {
        if (!isRecord(entry))
            continue;
        let extended = false;
        base.forEach((original, i) => {
            if (Object.keys(entry).some((k) => axes.includes(k) && !same(original[k], entry[k])))
                return;
            combos[i] = { ...combos[i], ...entry };
            extended = true;
        });
        if (!extended)
            added.push({ ...entry });
        if (combos.length + added.length > MAX_COMBINATIONS)
            return undefined;
    }
    combos = [...combos, ...added];
    return combos;
}
/** A YAML node as plain data; expressions are DYNAMIC_VALUE. Keys are own properties only. */
function toValue(node, resolve, depth) {
    const value = resolve(node);
    if (depth > 20)
        return DYNAMIC_VALUE;
    if ((0,dist/* isSeq */.oP)(value))
        return value.items.map((item) => toValue(item, resolve, depth + 1));
    if ((0,dist/* isMap */.jh)(value)) {
        const entries = value.items.flatMap((item) => {
            const key = (0,yaml/* scalarString */.Cg)(item.key);
            return key === undefined ? [] : [[key, toValue(item.value, resolve, depth + 1)]];
        });
        return Object.fromEntries(entries);
    }
    if (!(0,dist/* isScalar */.jn)(value))
        return undefined;
    return typeof value.value === 'string' && value.value.includes('${{') ? DYNAMIC_VALUE : value.value;
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function same(a, b) {
    if (a === b)
        return true;
    if (Array.isArray(a) && Array.isArray(b))
        return a.length === b.length && a.every((v, i) => same(v, b[i]));
    if (isRecord(a) && isRecord(b)) {
        const keys = Object.keys(a);
        return keys.length === Object.keys(b).length && keys.every((k) => Object.hasOwn(b, k) && same(a[k], b[k]));
    }
    return false;
}
const DEPLOY_WORD = /deploy|release|publish|rollout|promote/i;
const DEPLOY_ACTIONS = new Set([
    'actions/deploy-pages',
    'amondnet/vercel-action',
    'aws-actions/amazon-ecs-deploy-task-definition',
    'aws-actions/aws-cloudformation-github-deploy',
    'aws-actions/configure-aws-credentials',
    'azure/functions-action',
    'azure/k8s-deploy',
    'azure/login',
    'azure/webapps-deploy',
    'cloudflare/wrangler-action',
    'google-github-actions/auth',
    'google-github-actions/deploy-appengine',
    'google-github-actions/deploy-cloudrun',
    'google-github-actions/get-gke-credentials',
    'js-devtools/npm-publish',
    'peaceiris/actions-gh-pages',
    'pypa/gh-action-pypi-publish',
    'superfly/flyctl-actions',
]);
const DEPLOY_COMMANDS = [
    /\bkubectl\b[^;|&]*?\b(?:apply|set|rollout)\b/,
    /\bhelm\b[^;|&]*?\b(?:upgrade|install)\b/,
    /\bterraform\b[^;|&]*?\bapply\b/,
    /\b(?:npm|yarn|pnpm)\s+publish\b/,
    /\bdocker\s+(?:image\s+)?push\b/,
    /\bgcloud\b[^;|&]*?\bdeploy\b/,
    /\b(?:flyctl|fly)\s+deploy\b/,
    /\bvercel\b[^;|&]*?\s--prod\b/,
    /\b(?:serverless|sls)\s+deploy\b/,
    /\bcdk\s+deploy\b/,
    /\b(?:cargo\s+publish|twine\s+upload|gem\s+push)\b/,
];
/** Why a job looks like a deploy (short text for evidence), or undefined when it does not. */
function deployEvidence(id, job, environment, resolve) {
    if (environment.declared)
        return `environment: ${environment.declared}`;
    if (DEPLOY_WORD.test(id))
        return `job id: ${id}`;
    const name = (0,yaml/* scalarString */.Cg)(resolve((0,yaml/* getPair */.xf)(job, 'name')?.value));
    if (name && DEPLOY_WORD.test(name))
        return `job name: ${name}`;
    const called = (0,yaml/* scalarString */.Cg)(resolve((0,yaml/* getPair */.xf)(job, 'uses')?.value));
    if (called && DEPLOY_WORD.test(called))
        return `calls ${called}`;
    const steps = resolve((0,yaml/* getPair */.xf)(job, 'steps')?.value);
    for (const item of (0,dist/* isSeq */.oP)(steps) ? steps.items : []) {
        const evidence = stepEvidence(resolve(item), resolve);
        if (evidence)
            return evidence;
    }
    return undefined;
}
function stepEvidence(step, resolve) {
    const action = actionOf(step, resolve);
    if (action && DEPLOY_ACTIONS.has(action))
        return `uses ${action}`;
    if (action === 'docker/build-push-action') {
        const push = (0,yaml/* scalarString */.Cg)(resolve((0,yaml/* getPair */.xf)(resolve((0,yaml/* getPair */.xf)(step, 'with')?.value), 'push')?.value));
        if (push && push !== 'false')
            return `uses ${action} with push`;
    }
    const run = (0,yaml/* scalarString */.Cg)(resolve((0,yaml/* getPair */.xf)(step, 'run')?.value));
    return run === undefined ? undefined : commandEvidence(run);
}
/** A step's `uses:` action, lower-cased and without its `@ref` (`aws-actions/configure-aws-credentials`). */
function actionOf(step, resolve) {
    const uses = (0,yaml/* scalarString */.Cg)(resolve((0,yaml/* getPair */.xf)(step, 'uses')?.value))?.trim();
    return uses ? uses.split('@')[0].toLowerCase() : undefined;
}
/**
 * Every step of a job that runs an action, with the names of its `with:` inputs. Only names are kept:
 * a value written there may be a credential (long-lived-cloud-key reads which inputs a step is given).
 */
function stepActions(job, resolve, locate) {
    const steps = resolve((0,yaml/* getPair */.xf)(job, 'steps')?.value);
    const actions = [];
    for (const item of (0,dist/* isSeq */.oP)(steps) ? steps.items : []) {
        const step = resolve(item);
        const action = actionOf(step, resolve);
        if (action === undefined)
            continue;
        const inputs = resolve((0,yaml/* getPair */.xf)(step, 'with')?.value);
        const names = (0,dist/* isMap */.jh)(inputs) ? inputs.items.flatMap((pair) => (0,yaml/* scalarString */.Cg)(pair.key) ?? []) : [];
        const uses = (0,yaml/* getPair */.xf)(step, 'uses');
        actions.push({ action, inputs: names, location: locate((uses?.key ?? item)) });
    }
    return actions;
}
function commandEvidence(script) {
    // NOTE: lines are capped so a hostile one-line script cannot make the lazy patterns quadratic.
    for (const line of script.split('\n')) {
        const capped = line.slice(0, 1000);
        for (const pattern of DEPLOY_COMMANDS) {
            const match = pattern.exec(capped);
            if (match)
                return `runs ${match[0].replace(/\s+/g, ' ').slice(0, 80)}`;
        }
    }
    return undefined;
}
/** A `permissions:` block as written, or undefined when it is none of `write-all`, `read-all`, a map. */
function readPermissions(pair, resolve, location) {
    const value = resolve(pair.value);
    const text = (0,yaml/* scalarString */.Cg)(value);
    if (text === 'write-all' || text === 'read-all')
        return { value: text, location };
    if (!(0,dist/* isMap */.jh)(value))
        return undefined;
    // fromEntries defines own properties, so a `__proto__` scope cannot replace the prototype.
    const scopes = value.items.flatMap((item) => {
        const scope = (0,yaml/* scalarString */.Cg)(item.key);
        const access = (0,yaml/* scalarString */.Cg)(resolve(item.value));
        return scope === undefined || access === undefined ? [] : [[scope, access]];
    });
    return { value: Object.fromEntries(scopes), location };
}

;// CONCATENATED MODULE: ./src/discovery/workflow-shell.ts
// Reads a `run:` script just far enough to see a CI secret fed into another name (SPEC "Naming keys"):
// `kubectl create secret generic NAME --from-literal=KEY=…`, `helm … --set a.b=…`, and `KEY=…` lines
// written by echo or a heredoc into a file. A rough shell tokenizer that keeps view offsets; it never runs anything.

/**
 * Name links in a script, given the secret references already found in it. `folded`: the scalar is not
 * a literal block (`|`), so YAML joins its lines with spaces and only a blank line ends a command.
 */
function findScriptLinks(script, refs, folded = false) {
    if (refs.length === 0)
        return [];
    const links = [];
    for (const command of parseCommands(script, folded)) {
        const inside = (span) => refs.filter((r) => r.start >= span.start && r.end <= span.end);
        const add = (found, alias) => {
            for (const ref of found)
                links.push({ ref, alias });
        };
        kubectlLinks(command, inside, add);
        helmLinks(command, inside, add);
        fileLinks(command, inside, add);
    }
    return links;
}
const KUBECTL_VALUE_FLAGS = new Set(['-n', '--namespace', '--type', '--context', '--kubeconfig', '-o', '--output']);
function kubectlLinks({ words }, inside, add) {
    const kubectl = words.findIndex((w) => /(^|\/)kubectl$/.test(w.text));
    if (kubectl < 0)
        return;
    const create = words.findIndex((w, i) => i > kubectl && w.text === 'create' && words[i + 1]?.text === 'secret' && words[i + 2]?.text === 'generic');
    if (create < 0)
        return;
    const name = firstPositional(words, create + 3);
    if (!name || !/^[a-z0-9][a-z0-9.-]*$/.test(name))
        return;
    forEachFlag(words, ['--from-literal'], (arg) => {
        const key = /^([-._A-Za-z0-9]+)=/.exec(arg.text)?.[1];
        if (key)
            add(inside(arg), `${name}/${key}`);
    });
}
function firstPositional(words, from) {
    for (let i = from; i < words.length; i++) {
        const text = words[i].text;
        if (!text.startsWith('-'))
            return text;
        if (KUBECTL_VALUE_FLAGS.has(text))
            i++;
    }
    return undefined;
}
function helmLinks({ words }, inside, add) {
    const helm = words.findIndex((w) => /(^|\/)helm$/.test(w.text));
    if (helm < 0 || !words.some((w, i) => i > helm && (w.text === 'upgrade' || w.text === 'install')))
        return;
    forEachFlag(words, ['--set', '--set-string'], (arg) => {
        const found = inside(arg);
        for (const pair of splitOutsideExpressions(arg.text, ',')) {
            const path = /^([^=]+)=/.exec(pair)?.[1];
            if (!path)
                continue;
            const names = new Set(scanTemplate(pair).refs.map((r) => r.name));
            add(found.filter((r) => names.has(r.name)), path.trim());
        }
    });
}
/** `echo "KEY=…" >> file` and `cat > file <<EOF … KEY=… EOF`; not $GITHUB_ENV and the like. */
function fileLinks(command, inside, add) {
    const target = command.redirects.at(-1);
    const head = command.words[0]?.text;
    const tee = head === 'tee' ? command.words.find((w, i) => i > 0 && !w.text.startsWith('-')) : undefined;
    const file = target ?? tee;
    if (!file || !isPlainFile(file.text))
        return;
    const lines = head === 'echo' ? command.words.slice(1) : command.heredoc;
    for (const line of lines) {
        const key = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_.-]*)=/.exec(line.text)?.[1];
        if (key)
            add(inside(line), key);
    }
}
function isPlainFile(target) {
    return (target !== '' && !target.startsWith('&') && !target.startsWith('/dev/') && !/GITHUB_[A-Z_]+|RUNNER_/.test(target));
}
function forEachFlag(words, flags, visit) {
    words.forEach((word, i) => {
        for (const flag of flags) {
            if (word.text === flag && words[i + 1])
                visit(words[i + 1]);
            else if (word.text.startsWith(`${flag}=`)) {
                visit({ ...word, text: word.text.slice(flag.length + 1) });
            }
        }
    });
}
function splitOutsideExpressions(text, separator) {
    const parts = [];
    let from = 0;
    for (let i = 0; i < text.length; i++) {
        if (text.startsWith('${{', i)) {
            const close = expressionEnd(text, i + 3);
            i = close < 0 ? text.length : close + 1;
        }
        else if (text[i] === separator) {
            parts.push(text.slice(from, i));
            from = i + 1;
        }
    }
    parts.push(text.slice(from));
    return parts;
}
/** Splits a script into simple commands (at newlines, `;`, `&&`, `||`, `|`), keeping redirects and heredocs. */
function parseCommands(script, folded) {
    const commands = [];
    let command = { words: [], redirects: [], heredoc: [] };
    // What the next word is: an argument, a `>` target, a heredoc delimiter, or something to drop (`<` input, `2>&1`).
    let expect = 'word';
    const pending = [];
    const finish = () => {
        if (command.words.length || command.redirects.length)
            commands.push(command);
        command = { words: [], redirects: [], heredoc: [] };
        expect = 'word';
    };
    for (let i = 0; i < script.length;) {
        const c = script[i];
        if (c === ' ' || c === '\t' || c === '\r')
            i++;
        else if (c === '\\' && /^\\\r?\n/.test(script.slice(i, i + 3)))
            i = script.indexOf('\n', i) + 1;
        else if (c === '\n' && folded && !/^\n[ \t]*\r?(\n|$)/.test(script.slice(i, i + 200)))
            i++;
        else if (c === '\n') {
            const current = command;
            finish();
            i = readHeredocs(script, i + 1, pending.splice(0), current.heredoc);
        }
        else if (c === '#')
            i = lineEnd(script, i);
        else if (c === '>') {
            const end = skipWhile(script, i, '>&|');
            expect = script.slice(i, end).includes('&') ? 'drop' : 'redirect';
            i = end;
        }
        else if (c === '<') {
            expect = script.startsWith('<<', i) && script[i + 2] !== '<' ? 'heredoc' : 'drop';
            i = skipWhile(script, i, '<-');
        }
        else if (';&|()'.includes(c)) {
            finish();
            i++;
        }
        else {
            const word = readWord(script, i);
            if (expect === 'redirect')
                command.redirects.push(word);
            else if (expect === 'heredoc')
                pending.push(word.text);
            else if (expect === 'word')
                command.words.push(word);
            expect = 'word';
            i = word.end;
        }
    }
    finish();
    return commands;
}
function skipWhile(text, i, chars) {
    let j = i;
    while (j < text.length && chars.includes(text[j]))
        j++;
    return j;
}
function lineEnd(text, i) {
    const newline = text.indexOf('\n', i);
    return newline < 0 ? text.length : newline;
}
/** Reads heredoc bodies starting at `i`, one per delimiter, into `lines`; returns where the script resumes. */
function readHeredocs(script, i, delimiters, lines) {
    let at = i;
    for (const delimiter of delimiters) {
        while (at < script.length) {
            const end = lineEnd(script, at);
            const text = script.slice(at, end);
            at = end + 1;
            if (text.trim() === delimiter)
                break;
            lines.push({ text, start: at - text.length - 1, end });
        }
    }
    return Math.min(at, script.length);
}
/** A word: quotes removed, `${{ … }}` kept whole (its quotes are the expression's own). */
function readWord(script, start) {
    let text = '';
    let i = start;
    while (i < script.length && !/[\s;&|<>]/.test(script[i])) {
        const c = script[i];
        if (script.startsWith('${{', i)) {
            const close = expressionEnd(script, i + 3);
            const end = close < 0 ? script.length : close + 2;
            text += script.slice(i, end);
            i = end;
        }
        else if (c === "'" || c === '"') {
            const close = quoteEnd(script, i);
            text += script.slice(i + 1, close);
            i = Math.min(close + 1, script.length);
        }
        else {
            text += c;
            i++;
        }
    }
    return { text, start, end: Math.max(i, start + 1) };
}
/** The closing quote of a shell string opened at `i`; `${{ }}` inside it is skipped whole. */
function quoteEnd(script, i) {
    const quote = script[i];
    for (let j = i + 1; j < script.length; j++) {
        if (script.startsWith('${{', j)) {
            const close = expressionEnd(script, j + 3);
            if (close < 0)
                return script.length;
            j = close + 1;
        }
        else if (quote === '"' && script[j] === '\\')
            j++;
        else if (script[j] === quote)
            return j;
    }
    return script.length;
}

;// CONCATENATED MODULE: ./src/discovery/github-workflow.ts
// The GitHub workflow extractor (SPEC section 1 row 1): every `secrets.NAME` with its exact place and
// the job's environment(s), `secrets[expr]` over static indexes, `secrets: inherit` / `toJSON(secrets)`,
// permissions, deploy evidence, triggers and inputs, reusable-workflow calls, `on.workflow_call.secrets`
// and name links. Anything under a YAML alias is reported at the alias. What callers decide (inputs of a
// reusable workflow) is left as `${{ inputs.X }}` for workflow-calls.ts.








const WORKFLOW_PATH = /(^|\/)\.github\/workflows\/[^/]+\.ya?ml$/;
/** `via` values that name the key a value sits under; anything else is `expression`. */
const VIA_KEYS = new Set(['env', 'with', 'run', 'if', 'secrets', 'container', 'services']);
/** Reads `.github/workflows/*.yml`; never throws (a broken file becomes a `parse-error` diagnostic). */
const githubWorkflowExtractor = {
    kind: 'github-workflow',
    matches: (path) => WORKFLOW_PATH.test(path),
    extract: ({ path, text }) => {
        try {
            return extractWorkflow(path, text);
        }
        catch (error) {
            // SECURITY: only the error's type is named; its message could quote the file.
            const reason = error instanceof Error ? error.name : typeof error;
            return { diagnostics: [diagnostic(path, `could not be read as a workflow (${reason})`)] };
        }
    },
};
/**
 * NOTE: a workflow is always parsed whole, even one whose text holds no `secrets` (any case), no
 * `github.token` / `GITHUB_TOKEN` and no `uses: ./` (issue 15 measured 28% of workflow bytes so): it
 * still gives its WorkflowInfo, which rules read without any secret in it. Its deploying jobs
 * (`environment:`, a deploy word in a job id or name, a deploy action or command) and their
 * `permissions:` are what workflow-permissions reports; its jobs' environments are the known
 * environments workflow-calls.ts resolves other workflows' dispatch inputs against; a call of a remote
 * reusable workflow with an environment input is a notice; and unused-secret reports only where some
 * workflow exists, under the folder of the workflow files. No textual test short of parsing settles all
 * of these, so none skips a workflow.
 */
function extractWorkflow(file, raw) {
    // Without the BOM, columns on line 1 are what an editor shows.
    const text = raw.startsWith('\uFEFF') ? raw.slice(1) : raw;
    const parsed = (0,yaml/* parseYaml */.hN)(text);
    const problem = firstProblem(parsed.problems);
    // A workflow in a project template (cookiecutter's `{% raw %}${{ … }}{% endraw %}`) is not one GitHub runs.
    if (problem && looksTemplated(text))
        return { diagnostics: [skippedTemplate(file)] };
    if (problem)
        return { diagnostics: [diagnostic(file, problem.message, problem.line, problem.column)] };
    const doc = parsed.docs[0];
    if (!doc || doc.contents === null)
        return {};
    const walk = {
        file,
        text,
        lineCounter: parsed.lineCounter,
        aliases: new yaml/* AliasBudget */.CR(doc),
        workflow: file,
        uses: [],
        links: [],
        exposures: [],
        dynamic: [],
        jobEnvironments: new Map(),
        environmentInputs: [],
    };
    try {
        const root = walk.aliases.resolve(doc.contents);
        if (!(0,dist/* isMap */.jh)(root)) {
            return { diagnostics: [{ kind: 'skipped', file, message: 'not a workflow: the top level is not a map' }] };
        }
        const workflow = readWorkflow(walk, root.items);
        const diagnostics = walk.aliases.unresolved.map((alias) => {
            const { line, column } = github_workflow_locate(walk, alias);
            return diagnostic(file, `alias *${alias.source} has no anchor before it`, line, column);
        });
        return { uses: walk.uses, links: walk.links, workflows: [workflow], ...(diagnostics.length && { diagnostics }) };
    }
    catch (error) {
        if (!(error instanceof yaml/* YamlBudgetError */.dd))
            throw error;
        const at = walk.aliases.lastAlias && github_workflow_locate(walk, walk.aliases.lastAlias);
        return { diagnostics: [diagnostic(file, error.message, at?.line, at?.column)] };
    }
}
/** A `parse-error`; placed at 1:1 when the parser could not say where (a finding needs a line). */
function diagnostic(file, message, line = 1, column = 1) {
    return { kind: 'parse-error', file, line, column, message };
}
function readWorkflow(walk, items) {
    const resolve = resolver(walk);
    const name = (0,yaml/* scalarString */.Cg)(resolve(items.find((p) => (0,yaml/* scalarString */.Cg)(p.key) === 'name')?.value));
    if (name)
        walk.workflow = name;
    const on = items.find((p) => (0,yaml/* scalarString */.Cg)(p.key) === 'on')?.value;
    const info = {
        file: walk.file,
        ...(name && { name }),
        jobs: [],
        exposures: walk.exposures,
        callSecrets: [],
        ...readTriggers(walk, on),
        dynamicSecrets: walk.dynamic,
    };
    walk.environmentInputs = environmentInputs(info.inputs ?? []);
    // Workflow-level values (`env:`) are evaluated in every job, so they run wherever any job runs.
    const runs = workflowRuns(walk, items.find((p) => (0,yaml/* scalarString */.Cg)(p.key) === 'jobs')?.value);
    for (const pair of items) {
        const key = (0,yaml/* scalarString */.Cg)(pair.key);
        if (key === 'jobs') {
            info.jobs = readJobs(walk, pair.value);
            continue;
        }
        if (key === 'permissions') {
            const permissions = readPermissions(pair, resolve, locatePair(walk, pair));
            if (permissions)
                info.permissions = permissions;
        }
        if (key === 'on')
            info.callSecrets = callSecrets(walk, pair.value);
        walkNode(walk, pair.value, { runs, via: key === 'env' ? 'env' : 'expression' });
    }
    return info;
}
/** The runs of every job, without their matrices (a workflow-level value cannot read `matrix`). */
function workflowRuns(walk, jobs) {
    const resolve = resolver(walk);
    const map = resolve(jobs);
    const runs = new Map();
    for (const pair of (0,dist/* isMap */.jh)(map) ? map.items : []) {
        for (const run of environmentOf(walk, resolve(pair.value)).runs) {
            const bare = { environments: run.environments, none: run.none };
            runs.set(JSON.stringify(bare), bare);
        }
    }
    return runs.size ? [...runs.values()] : [{ environments: [], none: true }];
}
function environmentOf(walk, job) {
    let environment = walk.jobEnvironments.get(job);
    if (!environment) {
        environment = inputEnvironment(walk, job, jobEnvironment(job, resolver(walk)));
        walk.jobEnvironments.set(job, environment);
    }
    return environment;
}
/**
 * Inputs that name where a job runs: an environment-named input a caller fills in (`workflow_call`) or
 * a person picks from a list (`workflow_dispatch` of type `choice` or `environment`; free text proves
 * nothing).
 */
function environmentInputs(inputs) {
    const names = inputs.filter((input) => ENVIRONMENT_INPUT.test(input.name) &&
        (input.trigger === 'workflow_call' || input.type === 'choice' || input.type === 'environment'));
    return [...new Set(names.map((input) => input.name))];
}
/**
 * A job that names no environment but reads an environment input (`if: inputs.ENVIRONMENT ==
 * 'production'`, `--env ${{ inputs.environment }}`) deploys where that input says, as if it declared
 * `environment: ${{ inputs.ENVIRONMENT }}`; callers and dispatch choices fill it in (workflow-calls.ts).
 */
function inputEnvironment(walk, job, environment) {
    const range = job?.range;
    if (environment.declared || !range)
        return environment;
    const text = walk.text.slice(range[0], range[1]);
    const read = [...text.matchAll(INPUT_READ)].map((match) => match[1]);
    const input = walk.environmentInputs.find((name) => read.includes(name));
    if (input === undefined)
        return matrixEnvironment(environment, text);
    const guard = jobGuard(walk, job, input);
    const template = `\${{ inputs.${input} }}`;
    const runs = environment.runs.map((run) => ({
        ...run,
        environments: guard?.values ?? [template],
        none: guard?.others ?? false,
        implicit: true,
    }));
    return { ...environment, runs };
}
/**
 * A job whose own `if:` lets it run only when the environment input equals some literals (`if:
 * github.ref == 'refs/heads/develop' || inputs.environment == 'staging'`) deploys to those values, not
 * to every option of the input; `others` when another alternative runs it with no input at all (a push).
 * Undefined when the `if:` does not compare the input that way, or could turn a comparison around (`!=`,
 * a negated group).
 */
function jobGuard(walk, job, input) {
    const condition = (0,yaml/* scalarString */.Cg)(resolver(walk)((0,yaml/* getPair */.xf)(job, 'if')?.value));
    if (condition === undefined)
        return undefined;
    const compared = [...condition.matchAll(INPUT_COMPARED)].filter((match) => match[1] === input);
    if (compared.length === 0 || compared.some((match) => match[2] !== '==') || /!\s*\(/.test(condition))
        return undefined;
    const values = [...new Set(compared.map((match) => match[3]))];
    return { values, others: conditionEnvironments(condition) === undefined };
}
/** `inputs.X == 'v'` or `inputs.X != 'v'`, also through `github.event.inputs`. */
const INPUT_COMPARED = /(?<![\w.])(?:github\.event\.)?inputs\.([A-Za-z0-9_-]+)\s*([!=]=)\s*'([^']*)'/g;
/**
 * A job that names no environment but runs a static matrix over an environment-named axis it reads
 * (`matrix: { environment: [staging, production] }` with `--env ${{ matrix.environment }}`) deploys to
 * each entry, as if it declared `environment: ${{ matrix.environment }}`. Only entries the conventions
 * know count: `env: [node18, node20]` names no environment.
 */
function matrixEnvironment(environment, text) {
    const read = new Set([...text.matchAll(MATRIX_READ)].map((match) => match[1]));
    const runs = environment.runs.map((run) => {
        const named = Object.entries(run.matrix ?? {}).flatMap(([axis, value]) => ENVIRONMENT_INPUT.test(axis) && read.has(axis) && typeof value === 'string' && (0,discovery_environment/* conventionInName */.QG)(value)
            ? [value]
            : []);
        return named.length === 1 ? { ...run, environments: named, none: false, implicit: true } : run;
    });
    return { ...environment, runs };
}
/** `matrix.X` anywhere in a job's text. */
const MATRIX_READ = /(?<![\w.])matrix\.([A-Za-z0-9_-]+)/g;
/** `inputs.X` or `github.event.inputs.X` anywhere in a job's text. */
const INPUT_READ = /(?<![\w.])(?:github\.event\.)?inputs\.([A-Za-z0-9_-]+)/g;
/** The events of `on:` (a name, a list or a map) and the inputs of workflow_dispatch and workflow_call. */
function readTriggers(walk, on) {
    const resolve = resolver(walk);
    const node = resolve(on);
    if ((0,dist/* isScalar */.jn)(node))
        return { triggers: [String(node.value)], inputs: [] };
    if ((0,dist/* isSeq */.oP)(node))
        return { triggers: node.items.flatMap((i) => (0,yaml/* scalarString */.Cg)(resolve(i)) ?? []), inputs: [] };
    if (!(0,dist/* isMap */.jh)(node))
        return { triggers: [], inputs: [] };
    const triggers = [];
    const inputs = [];
    for (const pair of node.items) {
        const trigger = (0,yaml/* scalarString */.Cg)(pair.key);
        if (trigger === undefined)
            continue;
        triggers.push(trigger);
        if (trigger !== 'workflow_dispatch' && trigger !== 'workflow_call')
            continue;
        const declared = resolve((0,yaml/* getPair */.xf)(resolve(pair.value), 'inputs')?.value);
        for (const item of (0,dist/* isMap */.jh)(declared) ? declared.items : []) {
            const name = (0,yaml/* scalarString */.Cg)(item.key);
            if (name === undefined)
                continue;
            const spec = resolve(item.value);
            const field = (key) => (0,yaml/* scalarString */.Cg)(resolve((0,yaml/* getPair */.xf)(spec, key)?.value));
            const options = resolve((0,yaml/* getPair */.xf)(spec, 'options')?.value);
            const type = field('type');
            const fallback = field('default');
            inputs.push({
                name,
                trigger,
                ...(type !== undefined && { type }),
                ...((0,dist/* isSeq */.oP)(options) && { options: options.items.flatMap((o) => (0,yaml/* scalarString */.Cg)(resolve(o)) ?? []) }),
                ...(fallback !== undefined && { default: fallback }),
            });
        }
    }
    return { triggers, inputs };
}
/** `on.workflow_call.secrets`: the secrets a reusable workflow declares. */
function callSecrets(walk, on) {
    const resolve = resolver(walk);
    const secrets = resolve((0,yaml/* getPair */.xf)(resolve((0,yaml/* getPair */.xf)(resolve(on), 'workflow_call')?.value), 'secrets')?.value);
    if (!(0,dist/* isMap */.jh)(secrets))
        return [];
    return secrets.items.flatMap((pair) => {
        const name = (0,yaml/* scalarString */.Cg)(pair.key);
        if (name === undefined)
            return [];
        const required = resolve((0,yaml/* getPair */.xf)(resolve(pair.value), 'required')?.value);
        return [
            { name, required: (0,dist/* isScalar */.jn)(required) && required.value === true, location: github_workflow_locate(walk, pair.key) },
        ];
    });
}
function readJobs(walk, node) {
    const [jobs, scope] = enter(walk, node, { runs: [{ environments: [], none: true }], via: 'expression' });
    if (!(0,dist/* isMap */.jh)(jobs)) {
        walkNode(walk, jobs, scope);
        return [];
    }
    return jobs.items.map((pair) => readJob(walk, pair, scope));
}
function readJob(walk, pair, outer) {
    const id = (0,yaml/* scalarString */.Cg)(pair.key) ?? '';
    const resolve = resolver(walk);
    const [job, entered] = enter(walk, pair.value, outer);
    const environment = environmentOf(walk, job);
    const evidence = deployEvidence(id, job, environment, resolve);
    const call = readCall(walk, job, environment.runs);
    const info = {
        id,
        location: github_workflow_locate(walk, pair.key),
        environments: environment.names,
        deploys: evidence !== undefined,
        ...(evidence && { deployEvidence: evidence }),
        ...(call && { call }),
    };
    const actions = stepActions(job, resolve, (node) => github_workflow_locate(walk, node));
    if (actions.length > 0)
        info.actions = actions;
    const scope = { ...entered, job: id, runs: environment.runs };
    if (!(0,dist/* isMap */.jh)(job)) {
        walkNode(walk, job, scope);
        return info;
    }
    for (const item of job.items) {
        const key = (0,yaml/* scalarString */.Cg)(item.key) ?? '';
        if (key === 'permissions') {
            const permissions = readPermissions(item, resolve, locatePair(walk, item));
            if (permissions)
                info.permissions = permissions;
        }
        if (key === 'steps')
            walkSteps(walk, item.value, scope);
        else if (key === 'secrets')
            walkJobSecrets(walk, item.value, { ...scope, via: 'secrets' });
        else
            walkNode(walk, item.value, { ...scope, via: viaOf(key), bare: key === 'if' });
    }
    return info;
}
/** A job's `uses:` of a reusable workflow: `with:` per matrix combination, and the secrets it hands on. */
function readCall(walk, job, runs) {
    const resolve = resolver(walk);
    const usesNode = resolve((0,yaml/* getPair */.xf)(job, 'uses')?.value);
    const uses = (0,yaml/* scalarString */.Cg)(usesNode)?.trim();
    if (!uses)
        return undefined;
    const given = resolve((0,yaml/* getPair */.xf)(job, 'with')?.value);
    const withs = new Map();
    for (const run of runs) {
        const values = {};
        for (const item of (0,dist/* isMap */.jh)(given) ? given.items : []) {
            const name = (0,yaml/* scalarString */.Cg)(item.key);
            const text = (0,yaml/* scalarString */.Cg)(resolve(item.value));
            if (name === undefined || text === undefined)
                continue;
            const possible = possibleValues(text, { matrix: run.matrix });
            // An input nobody can name stays unknown; an empty one is the empty string.
            if (!possible.dynamic)
                values[name] = possible.empty ? [...possible.values, ''] : possible.values;
        }
        withs.set(JSON.stringify(values), values);
    }
    const secretsNode = resolve((0,yaml/* getPair */.xf)(job, 'secrets')?.value);
    let secrets;
    if ((0,yaml/* scalarString */.Cg)(secretsNode)?.trim() === 'inherit')
        secrets = 'inherit';
    else if ((0,dist/* isMap */.jh)(secretsNode)) {
        secrets = {};
        for (const item of secretsNode.items) {
            const name = (0,yaml/* scalarString */.Cg)(item.key);
            const text = (0,yaml/* scalarString */.Cg)(resolve(item.value));
            if (name !== undefined && text !== undefined)
                secrets[name] = scanTemplate(text).refs.map((ref) => ref.name);
        }
    }
    return {
        uses,
        location: github_workflow_locate(walk, (usesNode ?? job)),
        with: [...withs.values()],
        ...(secrets && { secrets }),
    };
}
/** A reusable-workflow call's `secrets:`: `inherit` hands over every secret; a map passes some on. */
function walkJobSecrets(walk, node, outer) {
    const [value, scope] = enter(walk, node, outer);
    if ((0,yaml/* scalarString */.Cg)(value) === 'inherit') {
        addExposure(walk, 'secrets: inherit', scope.alias ?? github_workflow_locate(walk, value), scope);
    }
    walkNode(walk, value, scope);
}
function walkSteps(walk, node, outer) {
    const [steps, scope] = enter(walk, node, { ...outer, via: 'expression' });
    if (!(0,dist/* isSeq */.oP)(steps)) {
        walkNode(walk, steps, scope);
        return;
    }
    steps.items.forEach((item, index) => {
        const [step, entered] = enter(walk, item, scope);
        const action = actionOf(step, resolver(walk));
        const stepScope = {
            ...entered,
            step: stepLabel(walk, step, index),
            ...(action && { action }),
            runs: stepRuns(walk, step, entered.runs),
        };
        if (!(0,dist/* isMap */.jh)(step)) {
            walkNode(walk, step, stepScope);
            return;
        }
        for (const pair of step.items) {
            const key = (0,yaml/* scalarString */.Cg)(pair.key) ?? '';
            walkNode(walk, pair.value, { ...stepScope, via: viaOf(key), bare: key === 'if' });
        }
    });
}
/**
 * A step that tells its action which environment it deploys to (`with: environment: production`), or
 * that only runs for some values of an environment input (`if: inputs.ENVIRONMENT == 'production'`), in
 * a job that names none: the step's values run in that environment. Only names the conventions know
 * count (`AzureCloud`, a cloud's name, does not).
 */
function stepRuns(walk, step, runs) {
    const resolve = resolver(walk);
    const given = resolve((0,yaml/* getPair */.xf)(step, 'with')?.value);
    const condition = (0,yaml/* scalarString */.Cg)(resolve((0,yaml/* getPair */.xf)(step, 'if')?.value));
    const guarded = condition === undefined ? undefined : conditionEnvironments(condition);
    const texts = guarded ?? [];
    if (texts.length === 0 && (0,dist/* isMap */.jh)(given)) {
        for (const item of given.items) {
            const name = (0,yaml/* scalarString */.Cg)(item.key);
            const text = (0,yaml/* scalarString */.Cg)(resolve(item.value));
            if (name !== undefined && text !== undefined && ENVIRONMENT_INPUT.test(name))
                texts.push(text);
        }
    }
    if (texts.length === 0)
        return runs;
    return runs.map((run) => {
        // A job's own `environment:` stands; one it only reads from an input is narrowed by the step.
        if (run.environments.length > 0 && !run.implicit)
            return run;
        const named = texts.flatMap((text) => possibleValues(text, { matrix: run.matrix }).values);
        const environments = named.filter((name) => !name.includes('${{') && (0,discovery_environment/* conventionInName */.QG)(name) !== undefined);
        return environments.length ? { ...run, environments: [...new Set(environments)], none: false } : run;
    });
}
function stepLabel(walk, step, index) {
    const resolve = resolver(walk);
    const label = (key) => (0,yaml/* scalarString */.Cg)(resolve((0,yaml/* getPair */.xf)(step, key)?.value))?.trim() || undefined;
    return label('name') ?? label('id') ?? `step ${index + 1}`;
}
function viaOf(key) {
    return VIA_KEYS.has(key) ? key : 'expression';
}
/** Every scalar below `node`, scanned for expressions. */
function walkNode(walk, node, scope) {
    if ((0,dist/* isAlias */.Vj)(node)) {
        const [target, entered] = enter(walk, node, scope);
        walkNode(walk, target, entered);
    }
    else if ((0,dist/* isScalar */.jn)(node)) {
        scanScalar(walk, node, scope);
    }
    else if ((0,dist/* isMap */.jh)(node)) {
        const endpoint = node.items.some((pair) => /endpoint/i.test((0,yaml/* scalarString */.Cg)(pair.key) ?? ''));
        for (const pair of node.items) {
            walkNode(walk, pair.value, { ...scope, bare: false, target: (0,yaml/* scalarString */.Cg)(pair.key), endpoint });
        }
    }
    else if ((0,dist/* isSeq */.oP)(node)) {
        for (const item of node.items)
            walkNode(walk, item, { ...scope, bare: false });
    }
}
/** Follows an alias, remembering where it stands so what is found below is reported there. */
function enter(walk, node, scope) {
    if (!(0,dist/* isAlias */.Vj)(node))
        return [node, scope];
    const target = walk.aliases.resolve(node);
    return [target, scope.alias ? scope : { ...scope, alias: github_workflow_locate(walk, node) }];
}
function scanScalar(walk, node, scope) {
    if (typeof node.value !== 'string' || !/secrets/i.test(node.value))
        return;
    const view = sourceView(walk.text, node);
    if (!view)
        return;
    const scan = scope.bare && !view.text.includes('${{') ? scanExpression(view.text) : scanTemplate(view.text);
    const at = (span) => scope.alias ?? (0,yaml/* spanLocation */.ib)(walk.file, walk.lineCounter, view.offsets[span.start], view.offsets[span.end]);
    for (const ref of scan.refs)
        addUse(walk, ref.name, at(ref), scope);
    for (const exposure of scan.exposures)
        addExposure(walk, 'toJSON(secrets)', at(exposure), scope);
    for (const dynamic of scan.dynamic)
        addDynamic(walk, dynamic.index, at(dynamic), scope);
    if (scope.via === 'run') {
        for (const { ref, alias } of findScriptLinks(view.text, scan.refs, node.type !== 'BLOCK_LITERAL')) {
            walk.links.push({ secret: ref.name, alias, location: at(ref) });
        }
    }
}
function addUse(walk, name, location, scope, runs = scope.runs) {
    const context = useContext(walk, scope);
    for (const hints of environmentHints(runs)) {
        walk.uses.push({ name, sourceKind: 'github-workflow', location, hints, context });
    }
}
/**
 * `secrets[expr]`: each run's index values are uses when the file settles them (a literal, a static
 * matrix); values that wait on inputs, and indexes nobody can name, are kept for workflow-calls.ts and
 * the dynamic-secret-access rule.
 */
function addDynamic(walk, expression, location, scope) {
    const context = useContext(walk, scope);
    for (const run of scope.runs) {
        const possible = possibleOfExpression(expression, { matrix: run.matrix });
        const pending = possible.values.filter((name) => name.includes('${{'));
        for (const name of possible.values)
            if (!name.includes('${{'))
                addUse(walk, name, location, scope, [run]);
        for (const hints of environmentHints([run])) {
            const base = { expression, location, hints, context };
            if (pending.length)
                walk.dynamic.push({ ...base, names: pending });
            if (possible.dynamic)
                walk.dynamic.push(base);
        }
    }
}
function addExposure(walk, form, location, scope) {
    for (const hints of environmentHints(scope.runs)) {
        walk.exposures.push({ form, location, ...(scope.job !== undefined && { job: scope.job }), hints });
    }
}
/**
 * One hint set per environment the runs can have: a static name, a template inputs decide, or none
 * (no environment, or one nobody can name: path conventions decide).
 */
function environmentHints(runs) {
    const hints = new Map();
    for (const run of runs) {
        for (const name of run.environments) {
            const hint = name.includes('${{') ? { environmentTemplate: name } : { githubEnvironment: name };
            hints.set(JSON.stringify(hint), hint);
        }
        if (run.none)
            hints.set('{}', {});
    }
    return hints.size ? [...hints.values()] : [{}];
}
function useContext(walk, scope) {
    return {
        workflow: walk.workflow,
        ...(scope.job !== undefined && { job: scope.job }),
        ...(scope.step !== undefined && { step: scope.step }),
        via: scope.via,
        ...(scope.target !== undefined && scope.via !== 'run' && { target: scope.target }),
        ...(scope.action !== undefined && scope.via === 'with' && { action: scope.action }),
        ...(scope.endpoint && scope.target !== undefined && scope.via !== 'run' && { endpoint: true }),
    };
}
function resolver(walk) {
    return (node) => walk.aliases.resolve(node);
}
function github_workflow_locate(walk, node) {
    return (0,yaml/* nodeLocation */._r)(walk.file, walk.lineCounter, node);
}
/** From a pair's key to the end of its value, without the line break a block collection ends with. */
function locatePair(walk, pair) {
    const { range } = pair.key;
    const end = pair.value?.range?.[1];
    if (!range || end === undefined)
        return github_workflow_locate(walk, pair);
    let last = end;
    while (last > range[0] && /\s/.test(walk.text[last - 1]))
        last--;
    return (0,yaml/* spanLocation */.ib)(walk.file, walk.lineCounter, range[0], last);
}

;// CONCATENATED MODULE: ./src/discovery/helm-values.ts
// Helm values files (`values*.yaml` beside a `Chart.yaml`, or beside the chart's folder as in
// `helm_deploy/values-prod.yaml` next to `helm_deploy/app/Chart.yaml`; config `helm-values` names
// others, see discovery/index.ts): keys that hold credentials become uses
// named by their dotted path (`stripe.apiKey`) with the committed value; keys that name an existing
// Secret (`existingSecret`, `secretName`) become uses of that Secret.



const helm_values_MAX_DEPTH = 40;
/** The Helm values extractor; a values file counts only with a `Chart.yaml` in its folder or one below. */
const helmValuesExtractor = {
    kind: 'helm-values',
    matches(path, paths) {
        if (!/^values[^/]*\.ya?ml$/i.test(baseOf(path)))
            return false;
        const dir = dirOf(path);
        const prefix = dir === '' ? '' : `${dir}/`;
        return paths.has(`${prefix}Chart.yaml`) || paths.has(`${prefix}Chart.yml`) || besideChart(paths).has(dir);
    },
    extract({ path, text }) {
        return guarded(path, () => extractValues(path, text));
    },
};
const chartParents = new WeakMap();
/** Folders holding a chart folder (`helm_deploy` for `helm_deploy/app/Chart.yaml`), once per tree. */
function besideChart(paths) {
    let parents = chartParents.get(paths);
    if (!parents) {
        parents = new Set();
        for (const path of paths) {
            if (!/^Chart\.ya?ml$/.test(baseOf(path)))
                continue;
            const chart = dirOf(path);
            if (chart !== '')
                parents.add(dirOf(chart));
        }
        chartParents.set(paths, parents);
    }
    return parents;
}
function extractValues(path, text) {
    // go-yaml, which Helm uses, expands `<<` merge keys, so they expand here too. Every use is named by a
    // credential-named key (merged ones too: an anchor lives in its own document), so a document whose text
    // holds none is not parsed, and its syntax errors are not reported: keybound is not a YAML linter.
    const parsed = parseFile(path, text, { merge: true, wantDocument: mayNameCredential });
    const uses = [];
    for (const walk of parsed.walks)
        helm_values_visit(walk, walk.doc.contents, '', uses, 0);
    return { uses, diagnostics: parsed.diagnostics };
}
function join(prefix, key) {
    return prefix === '' ? key : `${prefix}.${key}`;
}
function helm_values_visit(walk, node, prefix, uses, depth) {
    if (depth > helm_values_MAX_DEPTH)
        return;
    if ((0,dist/* isSeq */.oP)(node)) {
        items(walk, node).forEach((item, index) => helm_values_visit(walk, item, `${prefix}[${index}]`, uses, depth + 1));
        return;
    }
    if (!(0,dist/* isMap */.jh)(node))
        return;
    envEntry(walk, node, uses);
    for (const field of entries(walk, node, true)) {
        const path = join(prefix, field.key);
        if ((0,dist/* isMap */.jh)(field.value) || (0,dist/* isSeq */.oP)(field.value)) {
            helm_values_visit(walk, field.value, path, uses, depth + 1);
            continue;
        }
        if (!(0,dist/* isScalar */.jn)(field.value))
            continue;
        const raw = field.value.value;
        // Booleans and nulls are switches and unset defaults, never credentials.
        if (typeof raw !== 'string' && typeof raw !== 'number')
            continue;
        const value = String(raw);
        if (value === '')
            continue;
        const location = locate(walk, field.pair);
        if (SECRET_NAME_KEY.test(field.key)) {
            uses.push({ name: value, sourceKind: 'helm-values', location, hints: {}, context: { via: field.key } });
        }
        else if (holdsCredential(field.key)) {
            uses.push({
                name: path,
                sourceKind: 'helm-values',
                location,
                hints: {},
                context: { via: 'values' },
                literal: literal(value, location),
            });
        }
    }
}
/** `{name: API_TOKEN, value: ...}` (an `extraEnv` list): the variable's own name is the better name. */
function envEntry(walk, node, uses) {
    const name = entry(walk, node, 'name');
    const value = entry(walk, node, 'value');
    const variable = str(walk, name?.value);
    const text = str(walk, value?.value);
    if (!name || !value || !variable || !text || !holdsCredential(variable))
        return;
    const location = locateFromTo(walk, name.pair, value.pair);
    uses.push({
        name: variable,
        sourceKind: 'helm-values',
        location,
        hints: {},
        context: { via: 'env' },
        literal: literal(text, location),
    });
}

;// CONCATENATED MODULE: ./src/discovery/kubernetes.ts
// Kubernetes manifests: every YAML document with `apiVersion` and `kind`. Finds the secrets pods
// consume (secretKeyRef, envFrom, secret and projected volumes), the values committed in `kind: Secret`
// objects, credential-named plain `env[].value`s, and the RBAC objects rbac-least-privilege reads.



const CONTAINER_LISTS = ['initContainers', 'containers', 'ephemeralContainers'];
/** Pod specs sit a few levels down (CronJob: spec.jobTemplate.spec.template.spec; CSV deeper). */
const MAX_SEARCH_DEPTH = 16;
/** The Kubernetes extractor. The engine asks it last, so it takes any YAML file nobody else claimed. */
const kubernetesExtractor = {
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
function isHelmTemplate(path, text) {
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
function mayHoldUses(source) {
    const kinds = source.match(/^kind:/gm);
    if (kinds?.length === 1 && INERT_KIND.test(source) && !UNPLAIN_ROOT_LINE.test(source))
        return false;
    return holdsWord(source, (text) => /Role|ServiceAccount/.test(text) || CREDENTIAL_NAME.test(text));
}
/**
 * Whether a YAML file's text has the two fields of a Kubernetes object. This extractor reads every YAML
 * file nobody else claimed; one that is not a manifest (a Liquibase changelog, an ERB `database.yml`,
 * any other config) is out of scope, so a problem parsing it is nobody's business here.
 */
function looksLikeManifest(text) {
    return /^\uFEFF?[ \t-]*apiVersion[ \t]*:[ \t]*\S/m.test(text) && /^[ \t-]*kind[ \t]*:[ \t]*\S/m.test(text);
}
function extractKubernetes(path, text) {
    if (!looksLikeManifest(text))
        return {};
    if (isHelmTemplate(path, text))
        return { diagnostics: [skippedTemplate(path)] };
    // Every manifest, whatever its size, is cut at its `---` lines and only documents that mayHoldUses are parsed.
    const parsed = parseFile(path, text, { wantDocument: mayHoldUses });
    const out = { uses: [], diagnostics: parsed.diagnostics, roles: [], bindings: [], serviceAccounts: [] };
    for (const walk of parsed.walks)
        visitObject(walk, walk.doc.contents, out, 0);
    return {
        uses: out.uses,
        diagnostics: out.diagnostics,
        rbac: { roles: out.roles, bindings: out.bindings, serviceAccounts: out.serviceAccounts },
    };
}
/** Everything one object contributes; `List` objects (kubectl output) recurse into their items. */
function visitObject(walk, node, out, depth) {
    const object = resolve(walk, node);
    const apiVersion = str(walk, get(walk, object, 'apiVersion'));
    const kind = str(walk, get(walk, object, 'kind'));
    if (!(0,dist/* isMap */.jh)(object) || !apiVersion || !kind)
        return;
    if (kind.endsWith('List') && depth < 4) {
        for (const item of items(walk, get(walk, object, 'items')))
            visitObject(walk, item, out, depth + 1);
        return;
    }
    const metadata = get(walk, object, 'metadata');
    const nameEntry = entry(walk, metadata, 'name');
    const name = str(walk, nameEntry?.value);
    const namespace = str(walk, get(walk, metadata, 'namespace'));
    const object_ = {
        kind,
        name,
        namespace,
        resource: `${kind}/${name ?? ''}`,
        hints: namespace ? { namespace } : {},
        anchor: nameEntry?.value ?? entry(walk, object, 'kind')?.pair,
    };
    if (kind === 'Secret' && apiVersion === 'v1')
        secretObject(walk, object, object_, out);
    else if (kind === 'Role' || kind === 'ClusterRole')
        out.roles.push(role(walk, object, object_, kind));
    else if (kind === 'RoleBinding' || kind === 'ClusterRoleBinding')
        out.bindings.push(binding(walk, object, object_, kind));
    else if (kind === 'ServiceAccount' && name)
        out.serviceAccounts.push({ name, namespace, location: locate(walk, object_.anchor) });
    else if (kind !== 'CustomResourceDefinition' && kind !== 'ConfigMap')
        findPodSpecs(walk, get(walk, object, 'spec'), object_, out, 0);
}
function use(name, location, object, via, value) {
    const raw = {
        name,
        sourceKind: 'kubernetes',
        location,
        hints: { ...object.hints },
        context: { via, resource: object.resource },
    };
    if (value !== undefined && value !== '')
        raw.literal = literal(value, location);
    return raw;
}
/**
 * Finds pod specs (maps with a container list) anywhere under `spec`: Pod, Deployment, StatefulSet,
 * DaemonSet, ReplicaSet, Job, CronJob, and the custom kinds that embed pod templates (operator CSVs,
 * Argo Rollouts, Knative services) without a table of paths to keep up to date.
 */
function findPodSpecs(walk, node, object, out, depth) {
    if (depth > MAX_SEARCH_DEPTH)
        return;
    if ((0,dist/* isSeq */.oP)(resolve(walk, node))) {
        for (const item of items(walk, node))
            findPodSpecs(walk, item, object, out, depth + 1);
        return;
    }
    const fields = entries(walk, node);
    if (fields.some((field) => CONTAINER_LISTS.includes(field.key) && (0,dist/* isSeq */.oP)(field.value))) {
        podSpec(walk, node, object, out);
        return;
    }
    for (const field of fields) {
        if ((0,dist/* isMap */.jh)(field.value) || (0,dist/* isSeq */.oP)(field.value))
            findPodSpecs(walk, field.value, object, out, depth + 1);
    }
}
function podSpec(walk, spec, object, out) {
    for (const list of CONTAINER_LISTS) {
        for (const container of items(walk, get(walk, spec, list))) {
            for (const variable of items(walk, get(walk, container, 'env')))
                envVar(walk, variable, object, out);
            for (const source of items(walk, get(walk, container, 'envFrom'))) {
                const ref = entry(walk, source, 'secretRef');
                const secret = str(walk, get(walk, ref?.value, 'name'));
                if (ref && secret)
                    out.uses.push(use(secret, locateFromTo(walk, ref.pair, entry(walk, ref.value, 'name')?.pair), object, 'envFrom'));
            }
        }
    }
    for (const volume of items(walk, get(walk, spec, 'volumes'))) {
        const secret = entry(walk, volume, 'secret');
        if (secret)
            volumeSecret(walk, secret.value, 'secretName', secret.pair, object, out, 'volume');
        for (const source of items(walk, get(walk, get(walk, volume, 'projected'), 'sources'))) {
            const projected = entry(walk, source, 'secret');
            if (projected)
                volumeSecret(walk, projected.value, 'name', projected.pair, object, out, 'projected');
        }
    }
}
/** `env[]`: a secretKeyRef, or a credential-named variable with a value written in the manifest. */
function envVar(walk, variable, object, out) {
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
function volumeSecret(walk, node, nameField, pair, object, out, via) {
    const name = entry(walk, node, nameField);
    const secret = str(walk, name?.value);
    if (!secret)
        return;
    const selected = items(walk, get(walk, node, 'items'));
    if (selected.length === 0) {
        out.uses.push(use(secret, locateFromTo(walk, pair, name?.pair), object, via));
        return;
    }
    for (const item of selected) {
        const key = entry(walk, item, 'key');
        const keyName = str(walk, key?.value);
        if (key && keyName)
            out.uses.push(use(`${secret}/${keyName}`, locate(walk, key.pair), object, via));
    }
}
/** `kind: Secret`: each `data` (base64) and `stringData` entry is a use with its committed value. */
function secretObject(walk, object, k8s, out) {
    if (!k8s.name)
        return;
    for (const field of ['data', 'stringData']) {
        for (const item of entries(walk, get(walk, object, field))) {
            const raw = str(walk, item.value);
            if (raw === undefined)
                continue;
            const value = field === 'data' ? decodeBase64(raw) : raw;
            // NOTE: undecodable `data` (not base64, or binary such as a keystore) is skipped entirely.
            if (value === undefined)
                continue;
            out.uses.push(use(`${k8s.name}/${item.key}`, locate(walk, item.pair), k8s, field, value));
        }
    }
}
/** Strict base64 decoding to UTF-8 text; undefined when the value is not base64 or not text. */
function decodeBase64(raw) {
    const compact = raw.replace(/\s+/g, '');
    if (compact.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(compact))
        return undefined;
    try {
        return new TextDecoder('utf-8', { fatal: true }).decode(Buffer.from(compact, 'base64'));
    }
    catch {
        return undefined;
    }
}
function strings(walk, node) {
    return items(walk, node)
        .map((item) => str(walk, item))
        .filter((value) => value !== undefined);
}
function role(walk, object, k8s, kind) {
    const rules = items(walk, get(walk, object, 'rules')).map((rule) => ({
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
function binding(walk, object, k8s, kind) {
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

;// CONCATENATED MODULE: ./src/discovery/kustomize.ts
// Kustomize: a kustomization's `namespace:` and the files it pulls in are environment evidence for
// those files (environment.ts applies it); `secretGenerator` literals are committed values.



const KUSTOMIZATION_FILES = new Set(['kustomization.yaml', 'kustomization.yml', 'Kustomization']);
/** Fields whose entries are paths (strings, or maps with `path:`) of files or folders it includes. */
const PATH_LISTS = ['resources', 'bases', 'components', 'patches', 'patchesStrategicMerge', 'patchesJson6902', 'crds'];
/** The kustomize extractor: `kustomization.yaml`, `kustomization.yml` or `Kustomization`. */
const kustomizeExtractor = {
    kind: 'kustomize',
    matches(path) {
        return KUSTOMIZATION_FILES.has(baseOf(path));
    },
    extract({ path, text }) {
        return guarded(path, () => extractKustomize(path, text));
    },
};
function extractKustomize(path, text) {
    const parsed = parseFile(path, text);
    const walk = parsed.walks.find((candidate) => candidate.doc.contents !== null);
    if (!walk)
        return { diagnostics: parsed.diagnostics };
    const root = walk.doc.contents;
    const dir = dirOf(path);
    const namespace = str(walk, get(walk, root, 'namespace'));
    const resources = [];
    for (const field of PATH_LISTS) {
        for (const item of items(walk, get(walk, root, field))) {
            const target = (0,dist/* isScalar */.jn)(item) ? str(walk, item) : str(walk, get(walk, item, 'path'));
            if (target)
                addPath(resources, dir, target);
        }
    }
    const uses = [];
    for (const generator of items(walk, get(walk, root, 'secretGenerator'))) {
        const name = str(walk, get(walk, generator, 'name'));
        const hintNamespace = str(walk, get(walk, generator, 'namespace')) ?? namespace;
        for (const field of ['envs', 'files', 'env']) {
            const value = get(walk, generator, field);
            const list = (0,dist/* isScalar */.jn)(value) ? [value] : items(walk, value);
            for (const item of list) {
                const source = str(walk, item);
                // `files` entries may rename: `KEY=path/to/file`.
                if (source)
                    addPath(resources, dir, source.includes('=') ? source.slice(source.indexOf('=') + 1) : source);
            }
        }
        if (!name)
            continue;
        for (const item of items(walk, get(walk, generator, 'literals'))) {
            const found = literalEntry(walk, item);
            if (!found)
                continue;
            const use = {
                name: `${name}/${found.key}`,
                sourceKind: 'kustomize',
                location: found.location,
                hints: hintNamespace ? { namespace: hintNamespace } : {},
                context: { via: 'secretGenerator', resource: `secretGenerator/${name}` },
            };
            if (found.value !== '')
                use.literal = literal(found.value, found.location);
            uses.push(use);
        }
    }
    const info = {
        dir,
        file: path,
        ...(namespace ? { namespace } : {}),
        resources: [...new Set(resources)],
    };
    return { uses, kustomizations: [info], diagnostics: parsed.diagnostics };
}
/** Resolves `target` against the kustomization folder; remote bases and paths leaving the tree are dropped. */
function addPath(out, dir, target) {
    const trimmed = target.trim();
    if (!trimmed || /^[a-z][a-z0-9+.-]*:\/\/|^git@|^(github|gitlab|bitbucket)\.(com|org)\//i.test(trimmed))
        return;
    if (trimmed.startsWith('/'))
        return;
    const resolved = external_node_path_.posix.normalize(external_node_path_.posix.join(dir, trimmed.replace(/\\/g, '/'))).replace(/\/+$/, '');
    if (resolved === '..' || resolved.startsWith('../'))
        return;
    out.push(resolved === '.' ? '' : resolved);
}
/** `KEY=value` of a literals entry, located from the start of KEY to the end of the entry. */
function literalEntry(walk, node) {
    if (!(0,dist/* isScalar */.jn)(node) || typeof node.value !== 'string' || !node.range)
        return undefined;
    const text = node.value;
    const equals = text.indexOf('=');
    if (equals <= 0)
        return undefined;
    const key = text.slice(0, equals).trim();
    let value = text.slice(equals + 1);
    // kustomize strips one pair of matching quotes around the value.
    if (/^(["']).*\1$/s.test(value) && value.length >= 2)
        value = value.slice(1, -1);
    const quoted = node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE';
    const start = node.range[0] + (quoted ? 1 : 0);
    return { key, value, location: span(walk, start, node.range[1]) };
}

;// CONCATENATED MODULE: ./src/discovery/scope.ts
// What a scan reads of the tree: everything under the root, or only the files and folders named on the
// command line (`keybound check a.yml b.yml`), less what config `ignore:` and `--exclude` leave out.
// Globs are relative to the scanned root; a glob that matches a folder leaves out everything in it.

function scopeFilter(scope = {}) {
    const include = scope.include?.filter((p) => p !== '' && p !== '.');
    const ignore = scope.ignore?.length ? picomatch_default()([...scope.ignore], { dot: true }) : undefined;
    if (!include?.length && !ignore)
        return undefined;
    const ignored = (path) => {
        if (!ignore)
            return false;
        // A glob that matches a folder leaves out what is inside it, even for a file named on the command line.
        const parts = path.split('/');
        return parts.some((_, i) => ignore(parts.slice(0, i + 1).join('/')));
    };
    const included = (path, isFolder) => !include?.length ||
        include.some((p) => path === p || path.startsWith(`${p}/`) || (isFolder && p.startsWith(`${path}/`)));
    return (path, isFolder) => included(path, isFolder) && !ignored(path);
}

;// CONCATENATED MODULE: ./src/discovery/suppressions.ts
// Inline suppressions (SPEC section 4): `# keybound-ignore rule-id: reason` in any file keybound reads.
// Found by text, not by a parser, so they work the same in YAML, dotenv and files that fail to parse.
// `#` must start a comment (line start or after whitespace); rule ids are comma-separated.
const MARKER = /(^|\s)#\s*keybound-ignore\s+([A-Za-z0-9_-]+(?:\s*,\s*[A-Za-z0-9_-]+)*)\s*(?::(.*))?$/;
/**
 * Every `# keybound-ignore` comment in `text`, one entry per rule id, at the 1-based line and column
 * of its `#`. A missing or blank reason leaves `reason` undefined (that is itself a finding elsewhere).
 */
function findSuppressions(path, text) {
    const found = [];
    const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
    source.split('\n').forEach((raw, index) => {
        if (!raw.includes('keybound-ignore'))
            return;
        const match = MARKER.exec(raw.replace(/\r$/, ''));
        if (!match)
            return;
        const column = match.index + match[1].length + 1;
        const reason = match[3]?.trim();
        for (const ruleId of match[2].split(',')) {
            found.push({ file: path, line: index + 1, column, ruleId: ruleId.trim(), ...(reason && { reason }) });
        }
    });
    return found;
}

;// CONCATENATED MODULE: ./src/discovery/index.ts
// Runs the extractors over the scanned tree: each file goes to the first extractor that claims it, in a
// fixed order (specific formats before the catch-all Kubernetes reader), and its inline suppressions
// are collected. A file that breaks an extractor is reported; the scan goes on.













/** In the order they are asked: the first that matches a file reads it. */
const EXTRACTORS = [
    githubWorkflowExtractor,
    compositeActionExtractor,
    composeExtractor,
    kustomizeExtractor,
    helmValuesExtractor,
    dotenvExtractor,
    kubernetesExtractor,
];
/** Walks `root` (or the part `scope` names) and extracts everything keybound reads from it. */
function scanTree(root, scope = {}, options = {}) {
    const inventory = (0,types/* emptyInventory */.UO)();
    const strings = new Map();
    const walk = walkTree(root, scopeFilter(scope));
    inventory.diagnostics.push(...walk.diagnostics);
    // A file named alone is still judged with its folder's other files in view (a Chart.yaml beside values.yaml).
    const paths = new Set([...walk.files, ...(scope.include ? siblingsOf(root, walk.files) : [])]);
    const namedHelm = options.helmValues?.length ? picomatch_default()([...options.helmValues], { dot: true }) : undefined;
    for (const path of walk.files) {
        const helm = namedHelm?.(path) && !githubWorkflowExtractor.matches(path, paths);
        const extractor = helm ? helmValuesExtractor : EXTRACTORS.find((e) => e.matches(path, paths));
        if (!extractor)
            continue;
        const read = readTextFile(root, path);
        if ('diagnostic' in read) {
            inventory.diagnostics.push(read.diagnostic);
            continue;
        }
        inventory.files.push({ path, kind: extractor.kind });
        // NOTE: most files hold no marker; skipping their line split is a measurable share of a large scan.
        if (read.text.includes('keybound-ignore'))
            mergeInto(inventory, { suppressions: findSuppressions(path, read.text) }, strings);
        try {
            mergeInto(inventory, extractor.extract({ path, text: read.text }), strings);
        }
        catch (error) {
            // Extractors promise not to throw; if one does, the file is reported and the scan goes on.
            const reason = error instanceof Error ? error.name : typeof error;
            inventory.diagnostics.push({
                kind: 'parse-error',
                file: path,
                line: 1,
                column: 1,
                message: `could not be read as ${extractor.kind} (${reason})`,
            });
        }
    }
    return inventory;
}
/**
 * Adds one file's findings to the inventory, as strings of their own so the file's text can go, one copy
 * of each string per scan (issue 15).
 */
function mergeInto(inventory, part, strings = new Map()) {
    (0,own/* ownStrings */.pZ)(part, strings);
    inventory.uses.push(...(part.uses ?? []));
    inventory.links.push(...(part.links ?? []));
    inventory.workflows.push(...(part.workflows ?? []));
    inventory.kustomizations.push(...(part.kustomizations ?? []));
    inventory.diagnostics.push(...(part.diagnostics ?? []));
    inventory.suppressions.push(...(part.suppressions ?? []));
    if (part.actions?.length)
        inventory.actions = [...(inventory.actions ?? []), ...part.actions];
    inventory.rbac.roles.push(...(part.rbac?.roles ?? []));
    inventory.rbac.bindings.push(...(part.rbac?.bindings ?? []));
    inventory.rbac.serviceAccounts.push(...(part.rbac?.serviceAccounts ?? []));
}

;// CONCATENATED MODULE: ./src/core/group.ts
// A tiny helper for the maps of lists that grouping builds everywhere: appending in place keeps grouping
// linear (`map.set(k, [...map.get(k), v])` copies the list each time: quadratic for one big group).
/** Appends `value` to the list `map` holds for `key`, creating it on first use. */
function addTo(map, key, value) {
    const list = map.get(key);
    if (list)
        list.push(value);
    else
        map.set(key, [value]);
}

// EXTERNAL MODULE: ./src/core/compare.ts
var compare = __webpack_require__(3164);
;// CONCATENATED MODULE: ./src/discovery/workflow-calls.ts
// SPEC section 2 across workflow files. A workflow runs in one or more contexts: directly (its own
// triggers, its dispatch inputs' choices) and once for each local caller job, with the inputs, secrets
// and environment that caller hands over. Each use is given the environments and the secret names of
// every context it runs in: `environment: ${{ inputs.environment }}` gets the choices or the callers'
// values; a callee's `secrets.API_KEY` becomes a use of the caller's `STAGING_API_KEY`; a `secrets[expr]`
// whose index waits on inputs is resolved the same way. Remote reusable workflows are noted: keybound
// cannot see what they do with the secrets and environment they are handed. Last, secrets handed to
// local composite actions are followed into them (composite-action.ts).





/** Beyond this many contexts of one workflow (callers of callers of matrices), the rest are not followed. */
const MAX_CONTEXTS = 64;
/** Rewrites the inventory's workflow uses and dynamic accesses for every context; adds notes. */
function followWorkflowCalls(inventory, options = {}) {
    const workflows = new Map(inventory.workflows.map((w) => [w.file, w]));
    const callers = new Map();
    for (const workflow of inventory.workflows) {
        for (const job of workflow.jobs) {
            const call = job.call;
            if (!call)
                continue;
            const target = localPath(call.uses);
            if (target === undefined) {
                // `owner/repo/path@ref`; anything else is no reusable workflow GitHub would run.
                if (/^[^./][^@]*\/[^@]+@\S+$/.test(call.uses))
                    inventory.diagnostics.push(...remoteNote(workflow, job, call));
            }
            else if (!workflows.has(target))
                inventory.diagnostics.push(missingNote(workflow, job, call));
            else
                addTo(callers, target, { workflow, job, call });
        }
    }
    const known = knownEnvironments(inventory.workflows, options.environments ?? []);
    const contexts = new Map();
    const inProgress = new Set();
    let cuts = 0;
    const contextsOf = (file) => {
        const done = contexts.get(file);
        if (done)
            return done;
        // A cycle of calls (which GitHub refuses) adds nothing; what was cut short is not remembered.
        if (inProgress.has(file)) {
            cuts++;
            return [];
        }
        const cutsBefore = cuts;
        inProgress.add(file);
        const workflow = workflows.get(file);
        const found = new Map();
        const add = (context) => {
            if (found.size < MAX_CONTEXTS)
                found.set(contextId(context), context);
        };
        const triggers = workflow.triggers ?? [];
        if (triggers.length === 0 || triggers.some((t) => t !== 'workflow_call'))
            for (const context of directContexts(workflow, known))
                add(context);
        for (const caller of callers.get(file) ?? []) {
            for (const outer of contextsOf(caller.workflow.file)) {
                for (const given of caller.call.with.length ? caller.call.with : [{}])
                    add(callContext(workflow, caller, given, outer));
            }
        }
        if (found.size === 0)
            add(unknownCallerContext(workflow));
        inProgress.delete(file);
        const list = [...found.values()];
        if (cuts === cutsBefore)
            contexts.set(file, list);
        return list;
    };
    const uses = [];
    const byFile = new Map();
    for (const use of inventory.uses) {
        if (use.sourceKind !== 'github-workflow' || !workflows.has(use.location.file))
            uses.push(use);
        else
            addTo(byFile, use.location.file, use);
    }
    for (const workflow of inventory.workflows) {
        const own = byFile.get(workflow.file) ?? [];
        const pending = workflow.dynamicSecrets ?? [];
        if (own.length === 0 && pending.length === 0)
            continue;
        const list = contextsOf(workflow.file);
        const seen = new Set();
        const push = (use) => {
            const id = JSON.stringify([use.name, use.location, use.hints, use.context, use.calledFrom]);
            if (seen.has(id))
                return;
            seen.add(id);
            uses.push(use);
        };
        for (const use of own)
            for (const context of list)
                expandUse(use, context).forEach(push);
        const unresolved = [];
        for (const access of pending) {
            for (const context of list) {
                const resolved = resolveAccess(access, context);
                resolved.uses.forEach(push);
                unresolved.push(...resolved.unresolved);
            }
        }
        workflow.dynamicSecrets = unresolved;
    }
    inventory.uses = uses;
    // Then into local composite actions, in the environments each step now has.
    followCompositeActions(inventory);
}
/** `./.github/workflows/x.yml` → `.github/workflows/x.yml`; undefined for a remote workflow. */
function localPath(uses) {
    if (!uses.startsWith('./'))
        return undefined;
    return uses.slice(2).replace(/\/+/g, '/');
}
/** Static environment names the workflows use, and the ones the options add. */
function knownEnvironments(workflows, extra) {
    const names = new Set();
    for (const workflow of workflows)
        for (const job of workflow.jobs)
            for (const name of job.environments)
                names.add(name);
    for (const name of extra)
        names.add(name);
    return [...names].sort();
}
/**
 * The runs by the workflow's own triggers, one for each value of an environment-named dispatch input of
 * type `choice` or `environment`: a run picks one environment, so `environment: ${{ inputs.env }}` and
 * `secrets[format('{0}_KEY', inputs.env)]` read the same value (PROD_KEY in PROD, never in STAGING).
 */
function directContexts(workflow, known) {
    const context = directContext(workflow, known);
    const split = (workflow.inputs ?? []).find((input) => input.trigger === 'workflow_dispatch' &&
        (input.type === 'choice' || input.type === 'environment') &&
        ENVIRONMENT_INPUT.test(input.name));
    const picked = split && context.inputs.get(split.name);
    if (!split || !picked || picked.values.length < 2)
        return [context];
    return picked.values.map((value) => ({
        ...context,
        inputs: new Map([...context.inputs, [split.name, { values: [value], exact: picked.exact }]]),
    }));
}
/**
 * A run by the workflow's own triggers: a dispatch `choice` input takes each option; `environment` and
 * free-text inputs take any environment the repository knows of (for `environment:` only, never for a
 * `secrets[...]` index); other events leave inputs empty.
 */
function directContext(workflow, known) {
    const inputs = new Map();
    const others = (workflow.triggers ?? []).some((t) => t !== 'workflow_dispatch' && t !== 'workflow_call');
    for (const input of workflow.inputs ?? []) {
        if (input.trigger !== 'workflow_dispatch')
            continue;
        const fallback = input.default !== undefined ? [input.default] : [];
        const empty = others ? [''] : [];
        const type = input.type ?? 'string';
        if (type === 'choice')
            inputs.set(input.name, { values: workflow_calls_distinct([...(input.options ?? []), ...fallback, ...empty]), exact: true });
        else if (type === 'boolean')
            inputs.set(input.name, { values: ['true', 'false'], exact: true });
        else if (type === 'environment' || type === 'string') {
            inputs.set(input.name, { values: workflow_calls_distinct([...fallback, ...known, ...empty]), exact: false });
        }
    }
    return { inputs, environments: [], callers: [] };
}
/** A reusable workflow no local job calls: inputs are their defaults, nothing else is known. */
function unknownCallerContext(workflow) {
    const inputs = new Map();
    for (const input of workflow.inputs ?? []) {
        if (input.trigger === 'workflow_call' && input.default !== undefined) {
            inputs.set(input.name, { values: [input.default], exact: true });
        }
    }
    return { inputs, environments: [], callers: [] };
}
/** The callee run by one caller job's run: its `with:` values, its secrets, its environment. */
function callContext(callee, caller, given, outer) {
    const inputs = new Map();
    for (const input of callee.inputs ?? []) {
        if (input.trigger !== 'workflow_call')
            continue;
        const passed = Object.hasOwn(given, input.name) ? given[input.name] : undefined;
        if (passed !== undefined) {
            const value = throughOuter(passed, outer);
            if (value)
                inputs.set(input.name, value);
        }
        else if (input.default !== undefined)
            inputs.set(input.name, { values: [input.default], exact: true });
    }
    const declared = caller.call.secrets;
    let secrets;
    if (declared === 'inherit')
        secrets = outer.secrets;
    else {
        secrets = new Map();
        for (const [local, refs] of Object.entries(declared ?? {})) {
            secrets.set(local, workflow_calls_distinct(refs.flatMap((ref) => secretName(ref, outer))));
        }
    }
    const handed = Object.entries(given)
        .filter(([name]) => ENVIRONMENT_INPUT.test(name))
        .flatMap(([, values]) => throughOuter(values, outer)?.values ?? []);
    return {
        inputs,
        ...(secrets && { secrets }),
        environments: handed.length ? workflow_calls_distinct(handed) : outer.environments,
        callers: [caller.workflow.file, ...outer.callers],
        calledFrom: caller.call.location,
    };
}
/** A caller's `with:` values with the caller's own inputs filled in; undefined when they stay unknown. */
function throughOuter(templates, outer) {
    const values = [];
    let exact = true;
    for (const template of templates) {
        if (!template.includes('${{')) {
            values.push(template);
            continue;
        }
        const possible = possibleValues(template, { inputs: (name) => outer.inputs.get(name)?.values });
        if (possible.dynamic || possible.values.some((v) => v.includes('${{')))
            return undefined;
        for (const [, name] of template.matchAll(/\binputs\.([A-Za-z0-9_-]+)/g)) {
            if (outer.inputs.get(name)?.exact === false)
                exact = false;
        }
        values.push(...possible.values, ...(possible.empty ? [''] : []));
    }
    return { values: workflow_calls_distinct(values), exact };
}
/** The name the outermost caller stores a secret under. GITHUB_TOKEN is every job's own. */
function secretName(name, context) {
    if (!context.secrets || name.toUpperCase() === 'GITHUB_TOKEN')
        return [name];
    return context.secrets.get(name) ?? [name];
}
function contextId(context) {
    return JSON.stringify([
        [...context.inputs].sort(([a], [b]) => (0,compare/* compareText */.n)(a, b)),
        context.secrets ? [...context.secrets].sort(([a], [b]) => (0,compare/* compareText */.n)(a, b)) : null,
        context.environments,
        context.callers,
        context.calledFrom ?? null,
    ]);
}
/** A use in one context: its environments and the names it reads there. */
function expandUse(use, context) {
    const out = [];
    for (const hints of contextHints(use.hints, context)) {
        for (const name of secretName(use.name, context)) {
            out.push({
                ...use,
                name,
                hints,
                ...(context.calledFrom && { calledFrom: context.calledFrom }),
            });
        }
    }
    return out;
}
/**
 * The environment evidence of a use in a context: a template filled with the context's inputs, a static
 * name as it is, else the environment the caller hands over; the callers' files as path evidence.
 */
function contextHints(hints, context) {
    const { environmentTemplate, ...rest } = hints;
    const base = { ...rest, ...(context.callers.length && { callers: context.callers }) };
    if (environmentTemplate !== undefined) {
        const possible = possibleValues(environmentTemplate, { inputs: (name) => context.inputs.get(name)?.values });
        const names = possible.values.filter((v) => !v.includes('${{'));
        const out = names.map((githubEnvironment) => ({ ...base, githubEnvironment }));
        if (possible.empty || possible.dynamic || names.length < possible.values.length || out.length === 0)
            out.push(base);
        return out;
    }
    if (base.githubEnvironment !== undefined || context.environments.length === 0)
        return [base];
    return context.environments.map((name) => name === '' ? base : { ...base, githubEnvironment: name });
}
/** `secrets[expr]` in a context: uses for the names its inputs settle (choices, callers' values), else kept. */
function resolveAccess(access, context) {
    const uses = [];
    const unresolved = [];
    for (const hints of contextHints(access.hints, context)) {
        const place = { hints, ...(context.calledFrom && { calledFrom: context.calledFrom }) };
        let settled = access.names !== undefined;
        const names = [];
        for (const template of access.names ?? []) {
            // Only exact values name a secret: "any environment" is a guess, never a key name.
            const possible = possibleValues(template, {
                inputs: (name) => {
                    const input = context.inputs.get(name);
                    return input?.exact ? input.values : undefined;
                },
            });
            if (possible.dynamic || possible.values.some((v) => v.includes('${{')))
                settled = false;
            names.push(...possible.values.filter((v) => !v.includes('${{')));
        }
        for (const local of workflow_calls_distinct(names)) {
            for (const name of secretName(local, context)) {
                uses.push({
                    name,
                    sourceKind: 'github-workflow',
                    location: access.location,
                    context: access.context,
                    ...place,
                });
            }
        }
        if (!settled) {
            const { names: _names, ...rest } = access;
            unresolved.push({ ...rest, ...place });
        }
    }
    return { uses, unresolved };
}
/** A remote reusable workflow handed secrets or an environment: keybound cannot see what it does. */
function remoteNote(workflow, job, call) {
    const secrets = call.secrets === 'inherit'
        ? 'secrets: inherit'
        : call.secrets && Object.keys(call.secrets).length
            ? `secrets ${Object.keys(call.secrets).join(', ')}`
            : undefined;
    const environments = workflow_calls_distinct(call.with.flatMap((given) => Object.entries(given)
        .filter(([name]) => ENVIRONMENT_INPUT.test(name))
        .flatMap(([, values]) => values.filter((v) => v !== '' && !v.includes('${{')))));
    if (!secrets && environments.length === 0)
        return [];
    const where = environments.length ? `deploys to ${environments.join(', ')} through` : 'calls';
    const handed = secrets ? ` with ${secrets}` : '';
    return [
        {
            kind: 'notice',
            file: workflow.file,
            line: call.location.line,
            column: call.location.column,
            message: `job ${job.id} ${where} ${call.uses}${handed}; keybound cannot see the keys used there`,
        },
    ];
}
function missingNote(workflow, job, call) {
    return {
        kind: 'notice',
        file: workflow.file,
        line: call.location.line,
        column: call.location.column,
        message: `job ${job.id} calls ${call.uses}, which is not in the scanned tree; the keys used there are not seen`,
    };
}
function workflow_calls_distinct(items) {
    return [...new Set(items)];
}

// EXTERNAL MODULE: ./src/keys/facts.ts
var facts = __webpack_require__(5491);
// EXTERNAL MODULE: ./src/core/credentials.ts
var credentials = __webpack_require__(2633);
// EXTERNAL MODULE: ./src/providers/catalog.ts + 1 modules
var catalog = __webpack_require__(9290);
;// CONCATENATED MODULE: ./src/keys/join.ts
// SPEC section 1, "Naming keys": uses join one key when config lists them as aliases, when a workflow
// visibly feeds a CI secret into them, or when their names are equal once case, `-` and `_` are
// ignored. Credentials that only work together (an AWS access key id with the secret access key and
// session token of the same prefix; a Twilio auth token with its account SID) are one key.



/** `Stripe-Secret_key` and `STRIPE_SECRET_KEY` are the same name. */
function normalizeName(name) {
    return name.toLowerCase().replace(/[-_]/g, '');
}
/**
 * Normalized suffixes, so `PROD_AWS_ACCESS_KEY_ID` and `aws/access-key-id` both end in `accesskeyid`.
 * Each provider declares its own (src/providers: `companions`); an adapter receives the values by role.
 */
const PAIRS = catalog/* COMPANIONS */.Sx;
/**
 * The pairs `name` is the primary credential of, with its normalized prefix: several providers may
 * declare the same primary suffix (an access key id takes `*secretaccesskey` for AWS and
 * `*accesskeysecret` for Alibaba Cloud, in the same role).
 */
function pairsOf(name) {
    const normalized = normalizeName(name);
    return PAIRS.flatMap((spec) => {
        if (!normalized.endsWith(spec.primary) || Object.keys(spec.companions).length === 0)
            return [];
        const prefix = normalized.slice(0, -spec.primary.length);
        return !spec.prefixContains || prefix.includes(spec.prefixContains) ? [{ spec, prefix }] : [];
    });
}
/** The companion role of `name` (`secretAccessKey`, `accountSid`…) in a key whose names include its primary. */
function companionRole(names, name) {
    const normalized = normalizeName(name);
    for (const primary of names) {
        for (const pair of pairsOf(primary)) {
            for (const [suffix, role] of Object.entries(pair.spec.companions))
                if (normalized === pair.prefix + suffix)
                    return role;
        }
    }
    return undefined;
}
/**
 * Values an adapter reads beside a key without joining their names into it (a Datadog site, a
 * Cloudflare account id), as normalized name -> role, for each name of the key that takes them.
 */
function lookupNames(names) {
    const found = [];
    for (const name of names) {
        const normalized = normalizeName(name);
        for (const spec of PAIRS) {
            if (!spec.lookups || !normalized.endsWith(spec.primary))
                continue;
            const prefix = normalized.slice(0, -spec.primary.length);
            if (spec.prefixContains && !prefix.includes(spec.prefixContains))
                continue;
            for (const [suffix, role] of Object.entries(spec.lookups))
                found.push([prefix + suffix, role]);
        }
    }
    return found;
}
/** Where a use hands its value: the file, job and step, and the variable or input name. */
function destination(use) {
    const c = use.context;
    if (!c?.target || (c.via !== 'env' && c.via !== 'with'))
        return undefined;
    return { place: JSON.stringify([use.location.file, c.job ?? '', c.step ?? '', c.via]), target: c.target };
}
/**
 * Secrets one place hands to a credential pair's variables or inputs, whatever their own names:
 * `AWS_ACCESS_KEY_ID: ${{ secrets.TF_KEY }}` beside `AWS_SECRET_ACCESS_KEY: ${{ secrets.TF_SECRET }}`
 * makes TF_SECRET the `secretAccessKey` companion of TF_KEY.
 */
function destinationPairs(uses) {
    const byPlace = new Map();
    for (const use of uses) {
        const where = destination(use);
        if (!where || use.name.toUpperCase() === 'GITHUB_TOKEN')
            continue;
        addTo(byPlace, where.place, { name: use.name, target: where.target });
    }
    const pairs = new Map();
    for (const handed of byPlace.values()) {
        // One `env:` map may hand over thousands of secrets: look companions up by target, never pairwise.
        const byTarget = new Map();
        for (const entry of handed)
            addTo(byTarget, normalizeName(entry.target), entry);
        for (const primary of handed) {
            for (const pair of pairsOf(primary.target))
                for (const [suffix, role] of Object.entries(pair.spec.companions)) {
                    for (const companion of byTarget.get(pair.prefix + suffix) ?? []) {
                        if (companion.name === primary.name)
                            continue;
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
    parent = new Map();
    find(name) {
        const id = normalizeName(name);
        let root = id;
        while (this.parent.has(root) && this.parent.get(root) !== root)
            root = this.parent.get(root);
        // Path compression: every name on the way points at the root, so later finds are short.
        for (let at = id; at !== root;) {
            const next = this.parent.get(at) ?? root;
            this.parent.set(at, root);
            at = next;
        }
        return root;
    }
    union(a, b) {
        const ra = this.find(a);
        const rb = this.find(b);
        if (ra !== rb)
            this.parent.set(rb, ra);
    }
}
/** Groups uses into keys, sorted by name. Keys carry no values or facts yet. */
function joinKeys({ uses, links, declarations }) {
    const groups = new NameGroups();
    for (const declaration of declarations.values()) {
        for (const alias of declaration.aliases ?? [])
            groups.union(declaration.name, alias);
    }
    for (const link of links)
        groups.union(link.secret, link.alias);
    // Companions join their primary credential of the same prefix, when that primary is in use, or when
    // one step hands both to the pair's variables (`AWS_ACCESS_KEY_ID` and `AWS_SECRET_ACCESS_KEY`). Names
    // are looked up by their normalized spelling, so this stays linear in the number of names.
    const names = [...new Set(uses.map((u) => u.name))];
    const byNormalized = new Map();
    for (const name of names) {
        const normalized = normalizeName(name);
        const list = byNormalized.get(normalized);
        if (list)
            list.push(name);
        else
            byNormalized.set(normalized, [name]);
    }
    const companions = new Set();
    for (const pair of destinationPairs(uses)) {
        groups.union(pair.primary, pair.companion);
        companions.add(pair.companion);
    }
    for (const name of names) {
        for (const pair of pairsOf(name))
            for (const suffix of Object.keys(pair.spec.companions)) {
                for (const companion of byNormalized.get(pair.prefix + suffix) ?? []) {
                    if (companion === name)
                        continue;
                    groups.union(name, companion);
                    companions.add(companion);
                }
            }
    }
    const byGroup = new Map();
    for (const use of uses) {
        const group = groups.find(use.name);
        const list = byGroup.get(group) ?? [];
        list.push(use);
        byGroup.set(group, list);
    }
    // The first declaration (in config order) of each group.
    const declarationOf = new Map();
    for (const declaration of declarations.values()) {
        const group = groups.find(declaration.name);
        if (!declarationOf.has(group))
            declarationOf.set(group, declaration);
    }
    const keys = [];
    for (const [group, groupUses] of byGroup) {
        groupUses.sort(compareUses);
        const allNames = join_distinct(groupUses.map((u) => u.name));
        const declaration = declarationOf.get(group);
        const name = canonicalName(groupUses, allNames, declaration, companions);
        keys.push({
            name,
            names: join_distinct([name, ...allNames]),
            uses: groupUses,
            declaration,
            companions: {},
            observations: [],
            facts: {},
            environments: join_distinct(groupUses.map((u) => u.environment)).sort(),
        });
    }
    return keys.sort((a, b) => (0,compare/* compareText */.n)(a.name, b.name));
}
function canonicalName(uses, names, declaration, companions) {
    // The name the value is stored under in CI wins (the declared one among several); a pair is named
    // by its primary credential (the access key id, the auth token).
    const primary = names.filter((n) => !companions.has(n));
    const candidates = new Set(primary.length > 0 ? primary : names);
    const ci = uses.filter((u) => u.sourceKind === 'github-workflow' && candidates.has(u.name));
    if (declaration && ci.some((u) => u.name === declaration.name))
        return declaration.name;
    if (ci.length > 0)
        return ci[0].name;
    if (declaration)
        return declaration.name;
    return [...candidates][0];
}
function compareUses(a, b) {
    return ((0,compare/* compareText */.n)(a.location.file, b.location.file) ||
        a.location.line - b.location.line ||
        a.location.column - b.location.column ||
        (0,compare/* compareText */.n)(a.environment, b.environment));
}
function join_distinct(items) {
    return [...new Set(items)];
}

;// CONCATENATED MODULE: ./src/keys/destinations.ts
// Where a secret is handed is evidence of what it is (SPEC section 3, source `name`):
// `AWS_ACCESS_KEY_ID: ${{ secrets.TERRAFORM_STATE_ACCESS_KEY }}` is an AWS key whatever its own name
// says, and so is the `aws-access-key-id` input of aws-actions/configure-aws-credentials;
// `NODE_AUTH_TOKEN` is npm's, `SLACK_BOT_TOKEN` Slack's. Only names that hold a credential count
// (`AWS_ENDPOINT_URL` names a place), and not where the same block names an endpoint: R2 and other
// S3-compatible stores take their keys under AWS's variable names.



/** Action inputs whose name says nothing but whose action does (`actions/checkout` `token`). */
const ACTION_INPUTS = {
    'actions/checkout': { token: 'github' },
    'actions/github-script': { 'github-token': 'github' },
    'peter-evans/create-pull-request': { token: 'github' },
    'peter-evans/create-or-update-comment': { token: 'github' },
    'slackapi/slack-github-action': { token: 'slack' },
    'cloudflare/wrangler-action': { apiToken: 'cloudflare' },
    'aws-actions/configure-aws-credentials': {
        'aws-access-key-id': 'aws',
        'aws-secret-access-key': 'aws',
        'aws-session-token': 'aws',
    },
};
/** A credential's name (`SLACK_BOT_TOKEN`), or an access key id, which is half of one. */
function destinations_holdsCredential(target) {
    return (0,credentials/* isCredentialName */.hN)(target) || /accesskeyid$/.test(normalizeName(target));
}
/** Ways a value reaches a consumer under a name of the consumer's choosing. */
const HANDED = new Set(['env', 'with', 'secrets']);
/** `provider` observations from the names the key's values are handed to, once per provider. */
function observeDestinations(uses, names) {
    const own = new Set(names.map(normalizeName));
    const seen = new Set();
    const observations = [];
    for (const use of uses) {
        const target = use.context?.target;
        if (!target || !HANDED.has(use.context?.via ?? '') || own.has(normalizeName(target)))
            continue;
        if (use.context?.endpoint || !destinations_holdsCredential(target))
            continue;
        const action = use.context?.via === 'with' ? use.context.action?.toLowerCase() : undefined;
        const byAction = action && Object.hasOwn(ACTION_INPUTS, action) ? ACTION_INPUTS[action] : undefined;
        const fromAction = byAction && Object.hasOwn(byAction, target) ? (0,catalog/* providerById */.ik)(byAction[target]) : undefined;
        const providers = fromAction ? [fromAction] : (0,catalog/* providersForName */.fk)(target);
        for (const provider of providers) {
            if (seen.has(provider.id))
                continue;
            seen.add(provider.id);
            const detail = action ? `passed as ${target} to ${action}` : `passed as ${target}`;
            observations.push({ fact: 'provider', value: provider.id, source: 'name', detail });
        }
    }
    return observations;
}

;// CONCATENATED MODULE: ./src/keys/platform.ts
// GitHub Actions secret metadata as `platform` facts (SPEC section 3): a key whose name or alias
// matches a secret's name takes its `updated_at` as `rotated` and its `created_at` as `created`.
// Facts are per key, not per use, so when several secrets share the name one is chosen (see below).


/**
 * `rotated` and `created` observations from the secret that `key` most likely reads. GitHub gives a
 * job the environment's secret over the repository's over the organization's, so the choice is:
 * the environment secret of one of the key's uses (production uses first; a use's GitHub job
 * environment, else its decided environment), else the repository secret, else the organization
 * secret, else the least recently updated environment secret (the conservative date for rotation).
 */
function observePlatform(key, secrets) {
    const chosen = chooseSecret(key, Array.isArray(secrets) ? indexPlatformSecrets(secrets) : secrets);
    if (!chosen)
        return [];
    const where = chosen.scope === 'environment'
        ? `GitHub environment ${chosen.environment ?? ''} secret`
        : `GitHub ${chosen.scope} secret`;
    return [
        { fact: 'rotated', value: chosen.updatedAt, source: 'platform', detail: `${where} updated_at` },
        { fact: 'created', value: chosen.createdAt, source: 'platform', detail: `${where} created_at` },
    ];
}
/** Indexes the metadata once, so that each key looks up its names instead of scanning every secret. */
function indexPlatformSecrets(secrets) {
    const index = new Map();
    secrets.forEach((secret, at) => {
        const name = normalizeName(secret.name);
        const list = index.get(name);
        if (list)
            list.push({ secret, at });
        else
            index.set(name, [{ secret, at }]);
    });
    return index;
}
function chooseSecret(key, secrets) {
    const names = new Set(key.names.map(normalizeName));
    // In listing order, as a filter over the whole list gives them.
    const matching = [...names]
        .flatMap((name) => secrets.get(name) ?? [])
        .sort((a, b) => a.at - b.at)
        .map((entry) => entry.secret);
    if (matching.length === 0)
        return undefined;
    const inEnvironment = (name) => matching.find((s) => s.scope === 'environment' && s.environment?.toLowerCase() === name.toLowerCase());
    // Production uses first: a production deploy is where a stale key hurts.
    const uses = [...key.uses].sort((a, b) => rank(a.environment) - rank(b.environment));
    for (const use of uses) {
        const found = (use.hints.githubEnvironment && inEnvironment(use.hints.githubEnvironment)) || inEnvironment(use.environment);
        if (found)
            return found;
    }
    return (matching.find((s) => s.scope === 'repository') ??
        matching.find((s) => s.scope === 'organization') ??
        // ISO 8601 UTC timestamps from one API compare correctly as strings.
        [...matching].sort((a, b) => (0,compare/* compareText */.n)(a.updatedAt, b.updatedAt))[0]);
}
function rank(environment) {
    return environment === 'production' ? 0 : 1;
}

;// CONCATENATED MODULE: ./src/keys/build.ts
// Turns uses into keys with facts: join them (join.ts), attach the secret values given for them, and
// collect observations from names, declarations, GitHub secret metadata (platform.ts) and values
// (facts.ts), keeping the winner per fact.




function buildKeys(uses, links, config, secrets, platformSecrets = []) {
    const keys = joinKeys({ uses, links, declarations: config.keys });
    const values = new SecretIndex(secrets);
    const platform = indexPlatformSecrets(platformSecrets);
    for (const key of keys) {
        attachValues(key, values);
        key.observations = [
            ...key.names.flatMap((name) => (0,facts/* observeName */.ik)(name)),
            ...observeDestinations(key.uses, key.names),
            ...(key.declaration ? (0,facts/* observeDeclaration */.jl)(key.declaration) : []),
            ...observePlatform(key, platform),
            ...(key.value ? (0,facts/* observeValue */.kZ)(key.value, key.name) : []),
        ];
        key.facts = (0,facts/* selectFacts */.OA)(key.observations);
    }
    return keys;
}
/** The key's own value, and the values of its companions by role, from the given secrets. */
function attachValues(key, secrets) {
    for (const name of key.names) {
        const value = secrets.lookup(name);
        if (!value)
            continue;
        const role = companionRole(key.names, name) ?? destinationPairs(key.uses).find((pair) => pair.companion === name)?.role;
        if (role)
            key.companions[role] ??= value;
        else
            key.value ??= value;
    }
    for (const [name, role] of lookupNames(key.names)) {
        const value = secrets.lookup(name);
        if (value)
            key.companions[role] ??= value;
    }
}
/**
 * Secret values by exact name, then by normalized name: `toJSON(secrets)` spells some names differently
 * (`github_token`). The normalized index is built once, so a lookup costs the same for 20,000 values.
 */
class SecretIndex {
    secrets;
    normalized;
    constructor(secrets) {
        this.secrets = secrets;
    }
    lookup(name) {
        const exact = this.secrets.get(name);
        if (exact)
            return exact;
        if (!this.normalized) {
            this.normalized = new Map();
            // The first of several names that normalize alike wins, as a scan in insertion order would.
            for (const [candidate, value] of this.secrets) {
                const normalized = normalizeName(candidate);
                if (!this.normalized.has(normalized))
                    this.normalized.set(normalized, value);
            }
        }
        return this.normalized.get(normalizeName(name));
    }
}

;// CONCATENATED MODULE: ./src/core/checksum.ts
// Checksums that providers build into their tokens, so a made-up value in a documented format is told
// from a real one without asking the provider. GitHub's tokens since 2021 (`ghp_`, `gho_`, `ghu_`,
// `ghs_`, `ghr_`: prefix, 30 random base62 characters, then a CRC32 of those 30 characters in 6 base62
// digits; github.blog 2021-04-05 "Behind GitHub's new authentication token formats") and npm's `npm_`
// tokens (the same scheme; github.blog 2021-09-23 "npm has a new access token format").
const CRC_TABLE = (() => {
    const table = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
        let c = n;
        for (let k = 0; k < 8; k++)
            c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
        table[n] = c >>> 0;
    }
    return table;
})();
/** CRC-32 (IEEE 802.3, the one zlib computes) of the UTF-8 bytes of `text`. */
function crc32(text) {
    let crc = 0xffffffff;
    for (const byte of Buffer.from(text, 'utf8'))
        crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
    return (crc ^ 0xffffffff) >>> 0;
}
const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
/** `value` in base 62 (digits, then upper case, then lower case), left-padded with `0` to `width`. */
function base62(value, width) {
    let out = '';
    for (let n = value; n > 0; n = Math.floor(n / 62))
        out = BASE62[n % 62] + out;
    return out.padStart(width, '0');
}
/** The GitHub/npm scheme: `prefix_` + 30 base62 characters + their CRC32 in 6 base62 digits. */
const BASE62_CRC_TOKEN = /^(?:gh[pousr]|npm)_([A-Za-z0-9]{30})([A-Za-z0-9]{6})$/;
/**
 * Whether a token of a checksummed format carries a valid checksum: true or false for a value of that
 * shape, undefined for any other value (longer GitHub tokens, other providers: nothing to check).
 */
function tokenChecksumValid(value) {
    const match = BASE62_CRC_TOKEN.exec(value);
    if (!match)
        return undefined;
    return base62(crc32(match[1]), 6) === match[2];
}
/** A token of the checksummed scheme with a valid checksum (for tests and fixtures that need one). */
function withTokenChecksum(prefix, random30) {
    return `${prefix}${random30}${base62(crc32(random30), 6)}`;
}

;// CONCATENATED MODULE: ./src/keys/literal.ts
// The one judgement of "is this committed literal a credential?", shared by plaintext-secret (what to
// report), relevance (which entries are keys at all) and the engine (what the redactor must hide). It
// lives beside relevance rather than in core because it reads the providers' key formats.
//
// A literal is a credential when it matches a provider's key format (with a valid checksum where the
// format has one), is a PEM private key, is a URL with a real password, or sits under a credential name
// and is not a stand-in (core/credentials.ts: a placeholder, a reference, or a value of another kind).



/** Key types that are identifiers, never secrets (Twilio SIDs, a Confluent key id: useless without their secret). */
const IDENTIFIER_TYPES = new Set(['account-sid', 'api-key-sid', 'api-key-id']);
/** Types that are published by design unless the caller says otherwise. */
const DEFAULT_IGNORED_TYPES = ['publishable'];
/** What a format match looks like, in words: `a Stripe live secret key`, `a GitHub classic personal access token`. */
function describeFormat(match) {
    const type = match.format.type
        .replace(/\bpat\b/, 'personal access token')
        .replace(/[-_]+/g, ' ')
        .replace(/\b(api|sid|ci)\b/g, (word) => word.toUpperCase())
        .replace(/\boauth\b/g, 'OAuth');
    const mode = match.format.mode ? `${match.format.mode} ` : '';
    // `secret` alone is an adjective here (a Stripe secret key); `api key secret` is already a noun.
    const noun = /(key|token|credentials|SID|\ssecret)$/.test(type) ? '' : ' key';
    const phrase = `${match.provider.name} ${mode}${type}${noun}`;
    // `an npm access token`: npm is said letter by letter.
    return `${/^(?:[AEIOU]|npm )/.test(phrase) ? 'an' : 'a'} ${phrase}`;
}
/** Judges one committed value. SECURITY: the value is only inspected; nothing returned holds any of it
 * but `secretPart`, which is itself secret and goes only to the redactor. */
function judgeLiteral(value, context) {
    let format;
    for (const name of context.names)
        format ??= (0,catalog/* detectFormat */.Tz)(value, name);
    if (format)
        return judgeFormat(value, format, context);
    if ((0,credentials/* isPrivateKeyBlock */.sV)(value)) {
        return {
            credential: true,
            kind: 'private-key',
            what: 'a private key',
            live: false,
            evidence: { fact: 'format', value: 'private-key', source: 'value', detail: 'PEM block' },
        };
    }
    const written = (0,credentials/* urlPasswordPart */.y7)(value);
    if (written !== undefined) {
        // A URL's password counts whatever the entry is called (DATABASE_URL); a placeholder one does not.
        const password = (0,credentials/* decodeSafe */.oG)(written);
        const stand = (0,credentials/* standIn */.us)(password, { minLength: 3 });
        if (stand)
            return { credential: false, category: 'placeholder', reason: `a URL whose password is ${stand.reason}` };
        return {
            credential: true,
            kind: 'url-password',
            what: 'a URL with an embedded password',
            live: false,
            evidence: { fact: 'format', value: 'url-password', source: 'value', detail: 'password in the URL' },
            secretPart: written,
        };
    }
    if (!context.names.some(credentials/* isCredentialName */.hN)) {
        return { credential: false, category: 'unnamed', reason: 'no credential format, and no credential name' };
    }
    const stand = (0,credentials/* standIn */.us)(value, { names: context.names, known: context.known, minLength: context.minLength });
    if (stand)
        return { credential: false, ...stand };
    return {
        credential: true,
        kind: 'named-value',
        what: 'a secret value',
        live: false,
        evidence: {
            fact: 'name',
            value: 'credential-named',
            source: 'file',
            detail: 'not a placeholder, reference or non-credential value',
        },
    };
}
function judgeFormat(value, format, context) {
    const { type } = format.format;
    // Documented example keys (AKIAIOSFODNN7EXAMPLE) and filler match formats but are not credentials.
    if ((0,credentials/* isExampleKey */.Y5)(value))
        return { credential: false, category: 'example', reason: 'a documented example key', format };
    if (IDENTIFIER_TYPES.has(type) || (context.ignoreTypes ?? DEFAULT_IGNORED_TYPES).includes(type)) {
        return { credential: false, category: 'public', reason: `a ${type} key type is not secret`, format };
    }
    if (tokenChecksumValid(value) === false) {
        const reason = `its checksum does not match: a made-up ${format.provider.name} token`;
        return { credential: false, category: 'example', reason, format };
    }
    const detail = [type, format.format.mode].filter(Boolean).join(', ');
    return {
        credential: true,
        kind: 'provider-key',
        what: describeFormat(format),
        // A format without a distinctive prefix (32 hex characters under a DATADOG_ name) is too weak a sign
        // to call a value live wherever it sits: it is judged by its place like any named value.
        live: format.format.mode !== 'test' && !format.format.needsNameHint,
        evidence: { fact: 'provider', value: format.provider.id, source: 'value', detail },
        format,
    };
}
/** Normalized names (whole and last segment) of every use and key, for LiteralContext.known. */
function knownNames(names) {
    const known = new Set();
    for (const name of names) {
        known.add((0,credentials/* normalizeName */.Pc)(name));
        known.add((0,credentials/* normalizeName */.Pc)((0,credentials/* lastSegment */.mp)(name)));
    }
    known.delete('');
    return known;
}
/**
 * Every committed value the redactor must hide: the literals judged credentials (a URL's password
 * alone, not the host around it). A use joined into a key is judged with the key's name too, as
 * plaintext-secret judges it.
 */
function committedCredentials(uses, keys) {
    const keyNames = new Map();
    for (const key of keys)
        for (const use of key.uses)
            if (use.literal)
                keyNames.set(use.literal, key.name);
    const known = knownNames([...uses.map((use) => use.name), ...keys.map((key) => key.name)]);
    const out = [];
    for (const use of uses) {
        if (!use.literal)
            continue;
        const joined = keyNames.get(use.literal);
        const names = joined && joined !== use.name ? [use.name, joined] : [use.name];
        const judgement = judgeLiteral(use.literal.reveal(), { names, known });
        if (!judgement.credential)
            continue;
        out.push(use.literal);
        if (judgement.secretPart !== undefined)
            out.push(judgement.secretPart, (0,credentials/* decodeSafe */.oG)(judgement.secretPart));
    }
    return out;
}

;// CONCATENATED MODULE: ./src/keys/relevance.ts
// Which uses refer to a credential at all. Workflow `secrets.X` and Kubernetes Secret references always
// do; a dotenv, compose or Helm entry, or a plain Kubernetes `env[].value`, is configuration (APP_URL,
// NODE_ENV) unless its name or its value says credential (keys/literal.ts judges the value). A
// credential-named entry whose value is of another kind (`MAX_TOTAL_TOKENS=2048`, `AUTH_ENABLED=true`,
// an allow-list CIDR) is configuration too. Plain entries are not keys, and their values are not secrets.




/** Sources whose entries are ordinary variables unless shown otherwise. */
const PLAIN_SOURCES = new Set(['dotenv', 'compose', 'helm-values']);
function isCredentialUse(use) {
    if (use.context?.via === 'secrets')
        return true;
    const plainEnv = use.sourceKind === 'kubernetes' && use.context?.via === 'env';
    if (!PLAIN_SOURCES.has(use.sourceKind) && !plainEnv)
        return true;
    // Helm `existingSecret: payments-stripe` names a Kubernetes Secret: a reference, like secretKeyRef.
    if (use.sourceKind === 'helm-values' && use.context?.via && SECRET_NAME_KEY.test(use.context.via))
        return true;
    const named = (0,credentials/* isCredentialName */.hN)(use.name) || isProviderKeyName(use.name);
    const literal = use.literal?.reveal();
    if (literal === undefined)
        return named;
    const judgement = judgeLiteral(literal, { names: [use.name] });
    // A provider format counts even when not secret: a publishable test key in production is a finding.
    if (judgement.credential || judgement.format)
        return true;
    return named && judgement.category !== 'non-credential';
}
/** `STRIPE_KEY`, `SENDGRID_KEY`: a provider's name and a bare `KEY` part (publishable keys are public). */
function isProviderKeyName(name) {
    const segment = (0,credentials/* lastSegment */.mp)(name);
    return /(?:^|[-_])key$/i.test(segment) && !/publishable|public/i.test(segment) && (0,catalog/* providersForName */.fk)(name).length > 0;
}

;// CONCATENATED MODULE: ./src/generated/policies.ts
// Generated by scripts/generate.mjs from policies/: do not edit.
/** File name -> text of every built-in policy pack and schema in policies/. */
const POLICY_FILES = {
    "config.schema.json": "{\n  \"$schema\": \"http://json-schema.org/draft-07/schema#\",\n  \"$id\": \"urn:keybound:schema:config:v1\",\n  \"title\": \"keybound config and policy pack\",\n  \"description\": \"keybound.yml, .github/keybound.yml and every policy pack it extends (SPEC section 4). The config never names hosts, URLs, headers or methods: where a secret is sent is compiled into keybound. Every pattern here is linear-time (no nested quantifiers), because ajv patterns backtrack.\",\n  \"type\": \"object\",\n  \"additionalProperties\": false,\n  \"properties\": {\n    \"version\": {\n      \"title\": \"Config format version\",\n      \"description\": \"Always 1.\",\n      \"const\": 1\n    },\n    \"extends\": {\n      \"title\": \"Policy packs\",\n      \"description\": \"Built-in pack names (recommended) or paths relative to this file, applied in order before this file. Without extends a config extends [recommended]; extends: [] means none.\",\n      \"type\": \"array\",\n      \"items\": { \"$ref\": \"#/definitions/nonEmptyString\" }\n    },\n    \"environments\": {\n      \"title\": \"Environment mappings\",\n      \"description\": \"Evidence that maps a use to an environment, added to the built-in conventions. Keys are environment names (production, staging, development or your own).\",\n      \"type\": \"object\",\n      \"additionalProperties\": { \"$ref\": \"#/definitions/environment\" }\n    },\n    \"keys\": {\n      \"title\": \"Key declarations\",\n      \"description\": \"What the owners declare about each key, by the name it is stored under in CI. Every field is optional.\",\n      \"type\": \"object\",\n      \"additionalProperties\": {\n        \"description\": \"A key with nothing under it (as keybound init writes it) is declared and nothing more.\",\n        \"if\": { \"type\": \"null\" },\n        \"then\": true,\n        \"else\": { \"$ref\": \"#/definitions/key\" }\n      }\n    },\n    \"rules\": {\n      \"title\": \"Rule settings\",\n      \"description\": \"Per-rule severity and options, by rule id. Each rule's own options schema validates its options.\",\n      \"type\": \"object\",\n      \"additionalProperties\": { \"$ref\": \"#/definitions/ruleSetting\" }\n    },\n    \"custom-rules\": {\n      \"title\": \"Custom rules\",\n      \"description\": \"Declarative rules written as CEL expressions over the model.\",\n      \"type\": \"array\",\n      \"items\": { \"$ref\": \"#/definitions/customRule\" }\n    },\n    \"exceptions\": {\n      \"title\": \"Exceptions\",\n      \"description\": \"Waivers of a rule for a key or path; each needs a reason and an end date.\",\n      \"type\": \"array\",\n      \"items\": { \"$ref\": \"#/definitions/exception\" }\n    },\n    \"ignore\": {\n      \"title\": \"Ignored paths\",\n      \"description\": \"Path globs never scanned, relative to the scanned root (a glob that matches a folder leaves out everything in it). --exclude adds to them.\",\n      \"$ref\": \"#/definitions/stringList\"\n    },\n    \"helm-values\": {\n      \"title\": \"Helm values files\",\n      \"description\": \"Globs (relative to the scanned root) of Helm values files keybound should read as such, beyond values*.yaml beside a Chart.yaml or beside a chart's folder. Their file names give environments (values-prod.yaml).\",\n      \"$ref\": \"#/definitions/stringList\"\n    }\n  },\n  \"definitions\": {\n    \"nonEmptyString\": {\n      \"type\": \"string\",\n      \"minLength\": 1\n    },\n    \"stringList\": {\n      \"type\": \"array\",\n      \"items\": { \"$ref\": \"#/definitions/nonEmptyString\" }\n    },\n    \"date\": {\n      \"description\": \"A calendar date, YYYY-MM-DD.\",\n      \"type\": \"string\",\n      \"format\": \"date\"\n    },\n    \"severity\": {\n      \"description\": \"error | warning | note | off\",\n      \"type\": \"string\",\n      \"enum\": [\"error\", \"warning\", \"note\", \"off\"]\n    },\n    \"ruleId\": {\n      \"description\": \"Lowercase letters, digits and dashes.\",\n      \"type\": \"string\",\n      \"pattern\": \"^[a-z0-9][a-z0-9-]*$\"\n    },\n    \"provider\": {\n      \"description\": \"A provider keybound has an adapter for, or none: no provider can check the key (a database password), so a gate relies on what the owners declare (principal-kind, owner, rotated).\",\n      \"type\": \"string\",\n      \"enum\": [\n        \"alibaba\",\n        \"anthropic\",\n        \"atlassian\",\n        \"aws\",\n        \"buildkite\",\n        \"circleci\",\n        \"cloudflare\",\n        \"confluent\",\n        \"databricks\",\n        \"datadog\",\n        \"discord\",\n        \"doppler\",\n        \"dropbox\",\n        \"elasticsearch\",\n        \"fastly\",\n        \"gcp\",\n        \"github\",\n        \"gitlab\",\n        \"honeycomb\",\n        \"huggingface\",\n        \"launchdarkly\",\n        \"netlify\",\n        \"notion\",\n        \"npm\",\n        \"okta\",\n        \"openai\",\n        \"openrouter\",\n        \"sendgrid\",\n        \"slack\",\n        \"square\",\n        \"stripe\",\n        \"terraform\",\n        \"twilio\",\n        \"vault\",\n        \"none\"\n      ]\n    },\n    \"environment\": {\n      \"title\": \"Environment mapping\",\n      \"type\": \"object\",\n      \"additionalProperties\": false,\n      \"properties\": {\n        \"github-environments\": {\n          \"description\": \"GitHub job environment names that mean this environment.\",\n          \"$ref\": \"#/definitions/stringList\"\n        },\n        \"paths\": {\n          \"description\": \"Path globs, relative to the scanned root.\",\n          \"$ref\": \"#/definitions/stringList\"\n        },\n        \"namespaces\": {\n          \"description\": \"Kubernetes namespaces that mean this environment.\",\n          \"$ref\": \"#/definitions/stringList\"\n        }\n      }\n    },\n    \"key\": {\n      \"title\": \"Key declaration\",\n      \"type\": \"object\",\n      \"additionalProperties\": false,\n      \"properties\": {\n        \"provider\": { \"$ref\": \"#/definitions/provider\" },\n        \"environment\": {\n          \"description\": \"The environment this key belongs to.\",\n          \"$ref\": \"#/definitions/nonEmptyString\"\n        },\n        \"principal\": {\n          \"description\": \"The expected principal: exact, or a glob with *.\",\n          \"$ref\": \"#/definitions/nonEmptyString\"\n        },\n        \"principal-kind\": {\n          \"description\": \"The expected kind of principal.\",\n          \"type\": \"string\",\n          \"enum\": [\"service\", \"human\"]\n        },\n        \"scopes\": {\n          \"description\": \"The scopes the key may hold; more is a least-privilege finding.\",\n          \"$ref\": \"#/definitions/stringList\"\n        },\n        \"rotated\": {\n          \"description\": \"Last rotation, YYYY-MM-DD; used when no better fact exists.\",\n          \"$ref\": \"#/definitions/date\"\n        },\n        \"owner\": {\n          \"description\": \"Who owns the key.\",\n          \"$ref\": \"#/definitions/nonEmptyString\"\n        },\n        \"aliases\": {\n          \"description\": \"The names the key goes by in manifests, compose files and dotenv files.\",\n          \"$ref\": \"#/definitions/stringList\"\n        },\n        \"max-age-days\": {\n          \"description\": \"This key's rotation limit in days: overrides rules.rotation-age.max-age-days for it, stricter or looser.\",\n          \"type\": \"integer\",\n          \"minimum\": 1\n        },\n        \"warn-age-days\": {\n          \"description\": \"Age in days at which this key is a rotation warning: overrides rules.rotation-age.warn-age-days for it.\",\n          \"type\": \"integer\",\n          \"minimum\": 0\n        }\n      }\n    },\n    \"ruleSetting\": {\n      \"title\": \"Rule setting\",\n      \"description\": \"A severity alone (rotation-age: off), or severity plus the rule's own options (validated by the rule's options schema).\",\n      \"if\": { \"type\": \"string\" },\n      \"then\": { \"$ref\": \"#/definitions/severity\" },\n      \"else\": {\n        \"type\": \"object\",\n        \"properties\": {\n          \"severity\": { \"$ref\": \"#/definitions/severity\" }\n        }\n      }\n    },\n    \"customRule\": {\n      \"title\": \"Custom rule\",\n      \"type\": \"object\",\n      \"additionalProperties\": false,\n      \"required\": [\"id\", \"severity\", \"message\", \"deny\"],\n      \"properties\": {\n        \"id\": { \"$ref\": \"#/definitions/ruleId\" },\n        \"severity\": { \"$ref\": \"#/definitions/severity\" },\n        \"message\": {\n          \"description\": \"Message template; {{key}} and other placeholders are filled in.\",\n          \"$ref\": \"#/definitions/nonEmptyString\"\n        },\n        \"when\": {\n          \"description\": \"CEL expression: the uses the rule looks at.\",\n          \"$ref\": \"#/definitions/nonEmptyString\"\n        },\n        \"deny\": {\n          \"description\": \"CEL expression: true means a finding.\",\n          \"$ref\": \"#/definitions/nonEmptyString\"\n        }\n      }\n    },\n    \"exception\": {\n      \"title\": \"Exception\",\n      \"type\": \"object\",\n      \"additionalProperties\": false,\n      \"required\": [\"rule\", \"until\", \"reason\"],\n      \"properties\": {\n        \"rule\": { \"$ref\": \"#/definitions/ruleId\" },\n        \"key\": {\n          \"description\": \"Key name (or alias) it waives; without it, the rule is waived wherever path matches.\",\n          \"$ref\": \"#/definitions/nonEmptyString\"\n        },\n        \"path\": {\n          \"description\": \"Path glob it is limited to.\",\n          \"$ref\": \"#/definitions/nonEmptyString\"\n        },\n        \"until\": {\n          \"description\": \"The last day it applies, YYYY-MM-DD.\",\n          \"$ref\": \"#/definitions/date\"\n        },\n        \"reason\": {\n          \"description\": \"Why the rule is waived.\",\n          \"type\": \"string\",\n          \"pattern\": \"\\\\S\"\n        },\n        \"owner\": { \"$ref\": \"#/definitions/nonEmptyString\" },\n        \"ticket\": { \"$ref\": \"#/definitions/nonEmptyString\" }\n      }\n    }\n  }\n}\n",
    "org-report.schema.json": "{\n  \"$schema\": \"http://json-schema.org/draft-07/schema#\",\n  \"$id\": \"urn:keybound:schema:org-report:v1\",\n  \"title\": \"keybound organisation report\",\n  \"description\": \"The merged report of `keybound org merge` (SPEC section 11): the inventory of keys across the organization's repositories (every repository, environment and organization secret, and every reference no secret answers, with the repositories, workflows, jobs and environments that use it), each repository's status, and every finding with its repository. Paths are relative to each repository's root; secret values never appear in it.\",\n  \"type\": \"object\",\n  \"additionalProperties\": false,\n  \"required\": [\n    \"schemaVersion\",\n    \"tool\",\n    \"org\",\n    \"evaluatedAt\",\n    \"verdict\",\n    \"failOn\",\n    \"shards\",\n    \"organizationSecrets\",\n    \"notices\",\n    \"summary\",\n    \"keys\",\n    \"repositories\",\n    \"findings\"\n  ],\n  \"properties\": {\n    \"schemaVersion\": { \"const\": \"keybound/org-report/v1\" },\n    \"tool\": {\n      \"type\": \"object\",\n      \"additionalProperties\": false,\n      \"required\": [\"name\", \"version\"],\n      \"properties\": { \"name\": { \"const\": \"keybound\" }, \"version\": { \"type\": \"string\", \"minLength\": 1 } }\n    },\n    \"org\": { \"type\": \"string\", \"minLength\": 1 },\n    \"evaluatedAt\": { \"type\": \"string\", \"pattern\": \"^[0-9]{4}-[0-9]{2}-[0-9]{2}\" },\n    \"verdict\": {\n      \"description\": \"incomplete: shards are missing or repositories failed or could not be scanned (exit 2); fail: findings at or above failOn (exit 1); pass otherwise.\",\n      \"enum\": [\"pass\", \"fail\", \"incomplete\"]\n    },\n    \"failOn\": { \"enum\": [\"error\", \"warning\", \"note\", \"never\"] },\n    \"shards\": {\n      \"type\": \"object\",\n      \"additionalProperties\": false,\n      \"required\": [\"count\", \"merged\", \"missing\"],\n      \"properties\": {\n        \"count\": { \"type\": \"integer\", \"minimum\": 1, \"maximum\": 256 },\n        \"merged\": { \"type\": \"array\", \"items\": { \"type\": \"integer\", \"minimum\": 1 } },\n        \"missing\": { \"type\": \"array\", \"items\": { \"type\": \"integer\", \"minimum\": 1 } }\n      }\n    },\n    \"organizationSecrets\": {\n      \"description\": \"Whether the organization's own secret listing (visibility, selected repositories) was read; when not, organization secrets are known from the repositories that can use them.\",\n      \"type\": \"object\",\n      \"additionalProperties\": false,\n      \"required\": [\"read\"],\n      \"properties\": { \"read\": { \"type\": \"boolean\" }, \"note\": { \"type\": \"string\" } }\n    },\n    \"notices\": { \"type\": \"array\", \"items\": { \"type\": \"string\" } },\n    \"summary\": {\n      \"type\": \"object\",\n      \"additionalProperties\": false,\n      \"required\": [\"repositories\", \"keys\", \"secrets\", \"unused\", \"error\", \"warning\", \"note\", \"smoke\"],\n      \"properties\": {\n        \"repositories\": {\n          \"type\": \"object\",\n          \"additionalProperties\": false,\n          \"required\": [\"total\", \"scanned\", \"skipped\", \"error\", \"failed\"],\n          \"properties\": {\n            \"total\": { \"$ref\": \"#/definitions/count\" },\n            \"scanned\": { \"$ref\": \"#/definitions/count\" },\n            \"skipped\": { \"$ref\": \"#/definitions/count\" },\n            \"error\": { \"$ref\": \"#/definitions/count\" },\n            \"failed\": { \"$ref\": \"#/definitions/count\" }\n          }\n        },\n        \"keys\": { \"$ref\": \"#/definitions/count\" },\n        \"secrets\": {\n          \"type\": \"object\",\n          \"additionalProperties\": false,\n          \"required\": [\"organization\", \"repository\", \"environment\"],\n          \"properties\": {\n            \"organization\": { \"$ref\": \"#/definitions/count\" },\n            \"repository\": { \"$ref\": \"#/definitions/count\" },\n            \"environment\": { \"$ref\": \"#/definitions/count\" }\n          }\n        },\n        \"unused\": { \"$ref\": \"#/definitions/count\" },\n        \"error\": { \"$ref\": \"#/definitions/count\" },\n        \"warning\": { \"$ref\": \"#/definitions/count\" },\n        \"note\": { \"$ref\": \"#/definitions/count\" },\n        \"smoke\": {\n          \"type\": \"object\",\n          \"additionalProperties\": false,\n          \"required\": [\"verified\", \"mismatch\", \"invalid\", \"unknown\", \"skipped\", \"malformed\"],\n          \"properties\": {\n            \"verified\": { \"$ref\": \"#/definitions/count\" },\n            \"mismatch\": { \"$ref\": \"#/definitions/count\" },\n            \"invalid\": { \"$ref\": \"#/definitions/count\" },\n            \"unknown\": { \"$ref\": \"#/definitions/count\" },\n            \"skipped\": { \"$ref\": \"#/definitions/count\" },\n            \"malformed\": { \"$ref\": \"#/definitions/count\" }\n          }\n        }\n      }\n    },\n    \"keys\": { \"type\": \"array\", \"items\": { \"$ref\": \"#/definitions/key\" } },\n    \"repositories\": { \"type\": \"array\", \"items\": { \"$ref\": \"#/definitions/repository\" } },\n    \"findings\": {\n      \"description\": \"Every finding: each repository's own (its report's findings, unused-secret aside) with the organisation's about it, then the organization's own (unused organization secrets, no repository).\",\n      \"type\": \"array\",\n      \"items\": { \"$ref\": \"#/definitions/finding\" }\n    }\n  },\n  \"definitions\": {\n    \"count\": { \"type\": \"integer\", \"minimum\": 0 },\n    \"position\": { \"type\": \"integer\", \"minimum\": 1 },\n    \"fullName\": { \"type\": \"string\", \"pattern\": \"^[A-Za-z0-9._-]+/[A-Za-z0-9._-]+$\" },\n    \"use\": {\n      \"type\": \"object\",\n      \"additionalProperties\": false,\n      \"required\": [\"file\", \"line\", \"column\", \"environments\"],\n      \"properties\": {\n        \"file\": { \"type\": \"string\" },\n        \"line\": { \"$ref\": \"#/definitions/position\" },\n        \"column\": { \"$ref\": \"#/definitions/position\" },\n        \"job\": { \"type\": \"string\" },\n        \"environments\": { \"type\": \"array\", \"items\": { \"type\": \"string\" } }\n      }\n    },\n    \"key\": {\n      \"type\": \"object\",\n      \"additionalProperties\": false,\n      \"required\": [\"name\", \"scope\", \"usage\", \"repositories\"],\n      \"properties\": {\n        \"name\": { \"type\": \"string\", \"minLength\": 1 },\n        \"scope\": {\n          \"description\": \"organization, repository or environment secret; unresolved: a reference no secret visible to the repository answers; unknown: the repository's secret metadata could not be read.\",\n          \"enum\": [\"organization\", \"repository\", \"environment\", \"unresolved\", \"unknown\"]\n        },\n        \"repository\": { \"$ref\": \"#/definitions/fullName\" },\n        \"environment\": { \"type\": \"string\" },\n        \"createdAt\": { \"type\": \"string\" },\n        \"updatedAt\": { \"type\": \"string\" },\n        \"ageDays\": { \"$ref\": \"#/definitions/count\" },\n        \"visibility\": { \"enum\": [\"all\", \"private\", \"selected\"] },\n        \"selectedRepositories\": { \"type\": \"array\", \"items\": { \"$ref\": \"#/definitions/fullName\" } },\n        \"visibleTo\": { \"$ref\": \"#/definitions/count\" },\n        \"provider\": { \"type\": \"string\" },\n        \"usage\": {\n          \"description\": \"referenced: a workflow names it; handed-over: only toJSON(secrets) or secrets: inherit reach it; unused: nothing does; undetermined: not every repository that can use it was read.\",\n          \"enum\": [\"referenced\", \"handed-over\", \"unused\", \"undetermined\"]\n        },\n        \"handedOverBy\": {\n          \"type\": \"array\",\n          \"items\": {\n            \"type\": \"object\",\n            \"additionalProperties\": false,\n            \"required\": [\"repository\", \"file\", \"line\", \"form\"],\n            \"properties\": {\n              \"repository\": { \"$ref\": \"#/definitions/fullName\" },\n              \"file\": { \"type\": \"string\" },\n              \"line\": { \"$ref\": \"#/definitions/position\" },\n              \"form\": { \"type\": \"string\" }\n            }\n          }\n        },\n        \"repositories\": {\n          \"type\": \"array\",\n          \"items\": {\n            \"type\": \"object\",\n            \"additionalProperties\": false,\n            \"required\": [\"repository\", \"uses\"],\n            \"properties\": {\n              \"repository\": { \"$ref\": \"#/definitions/fullName\" },\n              \"uses\": { \"type\": \"array\", \"items\": { \"$ref\": \"#/definitions/use\" } }\n            }\n          }\n        },\n        \"smoke\": { \"$ref\": \"urn:keybound:schema:report:v1#/definitions/smoke\" }\n      }\n    },\n    \"repository\": {\n      \"type\": \"object\",\n      \"additionalProperties\": false,\n      \"required\": [\"fullName\", \"shard\", \"status\", \"archived\", \"fork\", \"error\", \"warning\", \"note\", \"keys\"],\n      \"properties\": {\n        \"fullName\": { \"$ref\": \"#/definitions/fullName\" },\n        \"shard\": { \"type\": \"integer\", \"minimum\": 1 },\n        \"status\": { \"enum\": [\"scanned\", \"skipped\", \"error\", \"failed\"] },\n        \"reason\": { \"type\": \"string\" },\n        \"defaultBranch\": { \"type\": \"string\" },\n        \"commit\": { \"type\": \"string\" },\n        \"visibility\": { \"type\": \"string\" },\n        \"archived\": { \"type\": \"boolean\" },\n        \"fork\": { \"type\": \"boolean\" },\n        \"error\": { \"$ref\": \"#/definitions/count\" },\n        \"warning\": { \"$ref\": \"#/definitions/count\" },\n        \"note\": { \"$ref\": \"#/definitions/count\" },\n        \"keys\": { \"$ref\": \"#/definitions/count\" },\n        \"sarif\": { \"type\": \"string\" }\n      }\n    },\n    \"finding\": {\n      \"type\": \"object\",\n      \"additionalProperties\": false,\n      \"required\": [\"ruleId\", \"severity\", \"message\", \"evidence\", \"fingerprint\"],\n      \"properties\": {\n        \"repository\": { \"$ref\": \"#/definitions/fullName\" },\n        \"ruleId\": { \"type\": \"string\", \"minLength\": 1 },\n        \"severity\": { \"enum\": [\"error\", \"warning\", \"note\"] },\n        \"key\": { \"type\": \"string\" },\n        \"environment\": { \"type\": \"string\" },\n        \"message\": { \"type\": \"string\" },\n        \"location\": { \"$ref\": \"urn:keybound:schema:report:v1#/definitions/location\" },\n        \"evidence\": { \"type\": \"array\", \"items\": { \"$ref\": \"urn:keybound:schema:report:v1#/definitions/evidence\" } },\n        \"fingerprint\": { \"type\": \"string\", \"minLength\": 1 },\n        \"suppression\": { \"$ref\": \"urn:keybound:schema:report:v1#/definitions/suppression\" }\n      }\n    }\n  }\n}\n",
    "org-shard.schema.json": "{\n  \"$schema\": \"http://json-schema.org/draft-07/schema#\",\n  \"$id\": \"urn:keybound:schema:org-shard:v1\",\n  \"title\": \"keybound organisation audit artifacts\",\n  \"description\": \"What passes between the jobs of `keybound org` (SPEC section 11): the plan (`org plan --output`, keybound/org-plan/v1), one file per repository (`org scan`: repos/NAME.json, keybound/org-repo/v1) and the shard's inventory (`org scan`: inventory.json, keybound/org-shard/v1, written last). Names, paths and dates only; secret values never appear in them.\",\n  \"oneOf\": [\n    {\n      \"$ref\": \"#/definitions/plan\"\n    },\n    {\n      \"$ref\": \"#/definitions/inventory\"\n    },\n    {\n      \"$ref\": \"#/definitions/repoArtifact\"\n    }\n  ],\n  \"definitions\": {\n    \"count\": {\n      \"type\": \"integer\",\n      \"minimum\": 0\n    },\n    \"position\": {\n      \"type\": \"integer\",\n      \"minimum\": 1\n    },\n    \"shardIndex\": {\n      \"type\": \"integer\",\n      \"minimum\": 1,\n      \"maximum\": 256\n    },\n    \"fullName\": {\n      \"type\": \"string\",\n      \"pattern\": \"^[A-Za-z0-9._-]+/[A-Za-z0-9._-]+$\"\n    },\n    \"dateTime\": {\n      \"type\": \"string\",\n      \"pattern\": \"^[0-9]{4}-[0-9]{2}-[0-9]{2}\"\n    },\n    \"tool\": {\n      \"type\": \"object\",\n      \"additionalProperties\": false,\n      \"required\": [\"name\", \"version\"],\n      \"properties\": {\n        \"name\": {\n          \"const\": \"keybound\"\n        },\n        \"version\": {\n          \"type\": \"string\",\n          \"minLength\": 1\n        }\n      }\n    },\n    \"repoInfo\": {\n      \"description\": \"A repository as the organization's listing (GET /orgs/{org}/repos) describes it.\",\n      \"type\": \"object\",\n      \"additionalProperties\": false,\n      \"required\": [\"fullName\", \"archived\", \"disabled\", \"fork\", \"sizeKb\"],\n      \"properties\": {\n        \"fullName\": {\n          \"$ref\": \"#/definitions/fullName\"\n        },\n        \"defaultBranch\": {\n          \"type\": \"string\",\n          \"minLength\": 1\n        },\n        \"visibility\": {\n          \"enum\": [\"public\", \"private\", \"internal\"]\n        },\n        \"archived\": {\n          \"type\": \"boolean\"\n        },\n        \"disabled\": {\n          \"type\": \"boolean\"\n        },\n        \"fork\": {\n          \"type\": \"boolean\"\n        },\n        \"sizeKb\": {\n          \"$ref\": \"#/definitions/count\"\n        },\n        \"pushedAt\": {\n          \"$ref\": \"#/definitions/dateTime\"\n        }\n      }\n    },\n    \"secretMetadata\": {\n      \"description\": \"An Actions secret as GitHub describes it: name and dates, never its value.\",\n      \"type\": \"object\",\n      \"additionalProperties\": false,\n      \"required\": [\"name\", \"scope\", \"createdAt\", \"updatedAt\"],\n      \"properties\": {\n        \"name\": {\n          \"type\": \"string\",\n          \"minLength\": 1\n        },\n        \"scope\": {\n          \"enum\": [\"repository\", \"environment\", \"organization\"]\n        },\n        \"environment\": {\n          \"type\": \"string\"\n        },\n        \"createdAt\": {\n          \"$ref\": \"#/definitions/dateTime\"\n        },\n        \"updatedAt\": {\n          \"$ref\": \"#/definitions/dateTime\"\n        }\n      }\n    },\n    \"useScope\": {\n      \"description\": \"Where a secrets.NAME reference resolves, as GitHub gives a job its secrets: environment, then repository, then organization. unresolved: no secret of that name is visible to the repository; unknown: the metadata could not be read.\",\n      \"enum\": [\"repository\", \"environment\", \"organization\", \"unresolved\", \"unknown\"]\n    },\n    \"secretUse\": {\n      \"type\": \"object\",\n      \"additionalProperties\": false,\n      \"required\": [\"name\", \"scope\", \"file\", \"line\", \"column\", \"environments\"],\n      \"properties\": {\n        \"name\": {\n          \"type\": \"string\",\n          \"minLength\": 1\n        },\n        \"scope\": {\n          \"$ref\": \"#/definitions/useScope\"\n        },\n        \"secretEnvironment\": {\n          \"type\": \"string\"\n        },\n        \"file\": {\n          \"type\": \"string\"\n        },\n        \"line\": {\n          \"$ref\": \"#/definitions/position\"\n        },\n        \"column\": {\n          \"$ref\": \"#/definitions/position\"\n        },\n        \"job\": {\n          \"type\": \"string\"\n        },\n        \"githubEnvironment\": {\n          \"type\": \"string\"\n        },\n        \"environments\": {\n          \"type\": \"array\",\n          \"items\": {\n            \"type\": \"string\"\n          }\n        }\n      }\n    },\n    \"exposure\": {\n      \"description\": \"toJSON(secrets) or secrets: inherit: every secret the job sees is handed over.\",\n      \"type\": \"object\",\n      \"additionalProperties\": false,\n      \"required\": [\"form\", \"file\", \"line\", \"column\"],\n      \"properties\": {\n        \"form\": {\n          \"type\": \"string\"\n        },\n        \"file\": {\n          \"type\": \"string\"\n        },\n        \"line\": {\n          \"$ref\": \"#/definitions/position\"\n        },\n        \"column\": {\n          \"$ref\": \"#/definitions/position\"\n        },\n        \"job\": {\n          \"type\": \"string\"\n        },\n        \"githubEnvironment\": {\n          \"type\": \"string\"\n        }\n      }\n    },\n    \"repoStatus\": {\n      \"description\": \"scanned; skipped (archived, disabled, empty: nothing to audit); error (cannot be scanned as it is: invalid keybound.yml, too large, contents unreadable with this token; not retried); failed (transient: a rerun retries it).\",\n      \"enum\": [\"scanned\", \"skipped\", \"error\", \"failed\"]\n    },\n    \"repoEntry\": {\n      \"type\": \"object\",\n      \"additionalProperties\": false,\n      \"required\": [\"repository\", \"shard\", \"status\", \"secretUses\", \"exposures\"],\n      \"properties\": {\n        \"repository\": {\n          \"$ref\": \"#/definitions/repoInfo\"\n        },\n        \"shard\": {\n          \"$ref\": \"#/definitions/shardIndex\"\n        },\n        \"status\": {\n          \"$ref\": \"#/definitions/repoStatus\"\n        },\n        \"reason\": {\n          \"type\": \"string\"\n        },\n        \"commit\": {\n          \"$ref\": \"#/definitions/commit\"\n        },\n        \"secrets\": {\n          \"type\": \"array\",\n          \"items\": {\n            \"$ref\": \"#/definitions/secretMetadata\"\n          }\n        },\n        \"unreadSecrets\": {\n          \"type\": \"array\",\n          \"items\": {\n            \"type\": \"string\"\n          }\n        },\n        \"secretUses\": {\n          \"type\": \"array\",\n          \"items\": {\n            \"$ref\": \"#/definitions/secretUse\"\n          }\n        },\n        \"exposures\": {\n          \"type\": \"array\",\n          \"items\": {\n            \"$ref\": \"#/definitions/exposure\"\n          }\n        },\n        \"summary\": {\n          \"$ref\": \"#/definitions/repoSummary\"\n        },\n        \"file\": {\n          \"$ref\": \"#/definitions/artifactFile\"\n        }\n      }\n    },\n    \"plan\": {\n      \"type\": \"object\",\n      \"additionalProperties\": false,\n      \"required\": [\"schemaVersion\", \"tool\", \"org\", \"shards\", \"createdAt\", \"repositories\"],\n      \"properties\": {\n        \"schemaVersion\": {\n          \"const\": \"keybound/org-plan/v1\"\n        },\n        \"tool\": {\n          \"$ref\": \"#/definitions/tool\"\n        },\n        \"org\": {\n          \"type\": \"string\",\n          \"minLength\": 1\n        },\n        \"shards\": {\n          \"$ref\": \"#/definitions/shardIndex\"\n        },\n        \"createdAt\": {\n          \"$ref\": \"#/definitions/dateTime\"\n        },\n        \"repositories\": {\n          \"type\": \"array\",\n          \"items\": {\n            \"$ref\": \"#/definitions/planRepo\"\n          }\n        }\n      }\n    },\n    \"inventory\": {\n      \"type\": \"object\",\n      \"additionalProperties\": false,\n      \"required\": [\n        \"schemaVersion\",\n        \"tool\",\n        \"org\",\n        \"shard\",\n        \"shards\",\n        \"evaluatedAt\",\n        \"startedAt\",\n        \"finishedAt\",\n        \"repositories\"\n      ],\n      \"properties\": {\n        \"schemaVersion\": {\n          \"const\": \"keybound/org-shard/v1\"\n        },\n        \"tool\": {\n          \"$ref\": \"#/definitions/tool\"\n        },\n        \"org\": {\n          \"type\": \"string\",\n          \"minLength\": 1\n        },\n        \"shard\": {\n          \"$ref\": \"#/definitions/shardIndex\"\n        },\n        \"shards\": {\n          \"$ref\": \"#/definitions/shardIndex\"\n        },\n        \"evaluatedAt\": {\n          \"$ref\": \"#/definitions/dateTime\"\n        },\n        \"startedAt\": {\n          \"$ref\": \"#/definitions/dateTime\"\n        },\n        \"finishedAt\": {\n          \"$ref\": \"#/definitions/dateTime\"\n        },\n        \"repositories\": {\n          \"type\": \"array\",\n          \"items\": {\n            \"$ref\": \"#/definitions/repoEntry\"\n          }\n        }\n      }\n    },\n    \"repoArtifact\": {\n      \"type\": \"object\",\n      \"additionalProperties\": false,\n      \"required\": [\"schemaVersion\", \"repository\", \"shard\", \"status\", \"secretUses\", \"exposures\"],\n      \"properties\": {\n        \"schemaVersion\": {\n          \"const\": \"keybound/org-repo/v1\"\n        },\n        \"repository\": {\n          \"$ref\": \"#/definitions/repoInfo\"\n        },\n        \"shard\": {\n          \"$ref\": \"#/definitions/shardIndex\"\n        },\n        \"status\": {\n          \"$ref\": \"#/definitions/repoStatus\"\n        },\n        \"reason\": {\n          \"type\": \"string\"\n        },\n        \"commit\": {\n          \"$ref\": \"#/definitions/commit\"\n        },\n        \"secrets\": {\n          \"type\": \"array\",\n          \"items\": {\n            \"$ref\": \"#/definitions/secretMetadata\"\n          }\n        },\n        \"unreadSecrets\": {\n          \"type\": \"array\",\n          \"items\": {\n            \"type\": \"string\"\n          }\n        },\n        \"secretUses\": {\n          \"type\": \"array\",\n          \"items\": {\n            \"$ref\": \"#/definitions/secretUse\"\n          }\n        },\n        \"exposures\": {\n          \"type\": \"array\",\n          \"items\": {\n            \"$ref\": \"#/definitions/exposure\"\n          }\n        },\n        \"summary\": {\n          \"$ref\": \"#/definitions/repoSummary\"\n        },\n        \"file\": {\n          \"$ref\": \"#/definitions/artifactFile\"\n        },\n        \"report\": {\n          \"$ref\": \"urn:keybound:schema:report:v1\"\n        }\n      }\n    },\n    \"commit\": {\n      \"type\": \"string\",\n      \"pattern\": \"^[0-9a-f]{40}([0-9a-f]{24})?$\"\n    },\n    \"repoSummary\": {\n      \"type\": \"object\",\n      \"additionalProperties\": false,\n      \"required\": [\"error\", \"warning\", \"note\", \"keys\"],\n      \"properties\": {\n        \"error\": {\n          \"$ref\": \"#/definitions/count\"\n        },\n        \"warning\": {\n          \"$ref\": \"#/definitions/count\"\n        },\n        \"note\": {\n          \"$ref\": \"#/definitions/count\"\n        },\n        \"keys\": {\n          \"$ref\": \"#/definitions/count\"\n        }\n      }\n    },\n    \"artifactFile\": {\n      \"type\": \"string\",\n      \"pattern\": \"^repos/[A-Za-z0-9._-]+\\\\.json$\"\n    },\n    \"planRepo\": {\n      \"description\": \"A repository of the plan, with its shard.\",\n      \"type\": \"object\",\n      \"additionalProperties\": false,\n      \"required\": [\"fullName\", \"archived\", \"disabled\", \"fork\", \"sizeKb\", \"shard\"],\n      \"properties\": {\n        \"fullName\": {\n          \"$ref\": \"#/definitions/fullName\"\n        },\n        \"defaultBranch\": {\n          \"type\": \"string\",\n          \"minLength\": 1\n        },\n        \"visibility\": {\n          \"enum\": [\"public\", \"private\", \"internal\"]\n        },\n        \"archived\": {\n          \"type\": \"boolean\"\n        },\n        \"disabled\": {\n          \"type\": \"boolean\"\n        },\n        \"fork\": {\n          \"type\": \"boolean\"\n        },\n        \"sizeKb\": {\n          \"$ref\": \"#/definitions/count\"\n        },\n        \"pushedAt\": {\n          \"$ref\": \"#/definitions/dateTime\"\n        },\n        \"shard\": {\n          \"$ref\": \"#/definitions/shardIndex\"\n        }\n      }\n    }\n  }\n}\n",
    "providers.schema.json": "{\n  \"$schema\": \"http://json-schema.org/draft-07/schema#\",\n  \"$id\": \"urn:keybound:schema:providers:v1\",\n  \"title\": \"keybound providers\",\n  \"description\": \"What `keybound providers --format json` writes: every provider keybound knows, the key formats it recognises (by type and public prefix, never an example value), and the exact method, host and path of each read-only call a smoke check may make, for egress allow-lists and tooling. The README's provider tables are generated from the same data.\",\n  \"type\": \"object\",\n  \"additionalProperties\": false,\n  \"required\": [\"schemaVersion\", \"providers\"],\n  \"properties\": {\n    \"schemaVersion\": { \"const\": \"keybound/providers/v1\" },\n    \"providers\": {\n      \"type\": \"array\",\n      \"items\": { \"$ref\": \"#/definitions/provider\" }\n    }\n  },\n  \"definitions\": {\n    \"provider\": {\n      \"type\": \"object\",\n      \"additionalProperties\": false,\n      \"required\": [\"id\", \"name\", \"formats\", \"calls\", \"otherHosts\", \"companions\", \"endpoint\", \"smoke\"],\n      \"properties\": {\n        \"id\": {\n          \"description\": \"Stable id used in config `provider:` and `--endpoint ID=URL`.\",\n          \"type\": \"string\",\n          \"pattern\": \"^[a-z][a-z0-9-]*$\"\n        },\n        \"name\": { \"type\": \"string\", \"minLength\": 1 },\n        \"formats\": {\n          \"type\": \"array\",\n          \"minItems\": 1,\n          \"items\": { \"$ref\": \"#/definitions/format\" }\n        },\n        \"calls\": {\n          \"description\": \"Every call a smoke check may make: the HTTP client refuses any other method, host or path.\",\n          \"type\": \"array\",\n          \"items\": { \"$ref\": \"#/definitions/call\" }\n        },\n        \"otherHosts\": {\n          \"description\": \"Hosts the same calls may go to instead, chosen per key among these only (Datadog sites).\",\n          \"type\": \"array\",\n          \"items\": { \"type\": \"string\", \"minLength\": 1 }\n        },\n        \"companions\": {\n          \"type\": \"array\",\n          \"items\": { \"$ref\": \"#/definitions/companion\" }\n        },\n        \"endpoint\": {\n          \"type\": \"object\",\n          \"additionalProperties\": false,\n          \"required\": [\"required\", \"flag\"],\n          \"properties\": {\n            \"required\": {\n              \"description\": \"True when the provider has no shared host: no call is made until `--endpoint ID=URL` (the Action's `endpoints` input) names the base URL, and `calls[].host` is null.\",\n              \"type\": \"boolean\"\n            },\n            \"flag\": {\n              \"description\": \"The flag that replaces the base URL (https, or http for loopback only).\",\n              \"type\": \"string\"\n            },\n            \"example\": { \"description\": \"What the base URL looks like, when it must be given.\", \"type\": \"string\" },\n            \"what\": {\n              \"description\": \"What that base URL is, when it must be given (the Okta org domain).\",\n              \"type\": \"string\"\n            }\n          }\n        },\n        \"smoke\": { \"description\": \"False for providers keybound can only inspect offline.\", \"type\": \"boolean\" },\n        \"guide\": {\n          \"description\": \"What to declare as `principal:` and what each smoke status means for this provider.\",\n          \"type\": \"object\",\n          \"additionalProperties\": false,\n          \"required\": [\"principal\", \"verified\", \"invalid\", \"unknown\"],\n          \"properties\": {\n            \"principal\": { \"type\": \"string\" },\n            \"verified\": { \"type\": \"string\" },\n            \"invalid\": { \"type\": \"string\" },\n            \"unknown\": { \"type\": \"string\" }\n          }\n        }\n      }\n    },\n    \"format\": {\n      \"type\": \"object\",\n      \"additionalProperties\": false,\n      \"required\": [\"type\", \"needsNameHint\", \"neverSent\"],\n      \"properties\": {\n        \"type\": { \"description\": \"Reported as the key's `keyType` fact.\", \"type\": \"string\", \"minLength\": 1 },\n        \"prefix\": {\n          \"description\": \"The literal prefix every value of this format starts with; absent for a bare format.\",\n          \"type\": \"string\",\n          \"minLength\": 1\n        },\n        \"needsNameHint\": {\n          \"description\": \"A bare format counts only when the key's name also points at the provider.\",\n          \"type\": \"boolean\"\n        },\n        \"neverSent\": { \"description\": \"Values of this format are never sent anywhere.\", \"type\": \"boolean\" },\n        \"mode\": {\n          \"description\": \"What the format itself says of the key: live or test (sk_test_), or the environment it names (dp.st.dev.).\",\n          \"enum\": [\"live\", \"test\", \"production\", \"staging\", \"development\"]\n        },\n        \"principalKind\": { \"enum\": [\"service\", \"human\", \"unknown\"] }\n      }\n    },\n    \"call\": {\n      \"type\": \"object\",\n      \"additionalProperties\": false,\n      \"required\": [\"method\", \"host\", \"path\"],\n      \"properties\": {\n        \"method\": { \"enum\": [\"GET\", \"POST\"] },\n        \"host\": {\n          \"description\": \"Host (and port, when not the default) the call goes to; null when --endpoint must name it.\",\n          \"type\": [\"string\", \"null\"]\n        },\n        \"path\": {\n          \"description\": \"The path on that host; `{name}` stands for one path segment.\",\n          \"type\": \"string\",\n          \"pattern\": \"^/\"\n        },\n        \"note\": { \"description\": \"Why a POST is read-only.\", \"type\": \"string\" }\n      }\n    },\n    \"companion\": {\n      \"description\": \"Names that travel with a key of this provider, by normalized suffix (lower case, `-` and `_` removed) and of the same prefix as the key's name.\",\n      \"type\": \"object\",\n      \"additionalProperties\": false,\n      \"required\": [\"primary\", \"joins\", \"reads\"],\n      \"properties\": {\n        \"primary\": { \"description\": \"The key's own name suffix.\", \"type\": \"string\", \"minLength\": 1 },\n        \"joins\": {\n          \"description\": \"Suffix -> role: names that are part of the same credential and join the key.\",\n          \"type\": \"object\",\n          \"additionalProperties\": { \"type\": \"string\" }\n        },\n        \"reads\": {\n          \"description\": \"Suffix -> role: values read beside the key without joining it (a site, an account id).\",\n          \"type\": \"object\",\n          \"additionalProperties\": { \"type\": \"string\" }\n        },\n        \"prefixContains\": { \"description\": \"Only when the name's prefix holds this word.\", \"type\": \"string\" }\n      }\n    }\n  }\n}\n",
    "recommended.yml": "# keybound's built-in policy, `extends: [recommended]`, and what applies with no config file.\n# Every rule with its severity (error | warning | note | off) and all its options; a config overlays\n# these option by option (an option given in a config replaces the whole value, lists and maps alike).\nversion: 1\nrules:\n  dynamic-secret-access:\n    severity: error # in production; capped at warning in other environments\n  invalid-waiver:\n    severity: error # expired exceptions and reasonless suppressions; unused waivers are warnings\n    max-waiver-days: 365 # an exception may end at most this far ahead; one that ends later waives nothing\n  key-user-association:\n    severity: error\n    unknown: fail # fail | warn: what an inconclusive smoke call does in gate mode\n  least-privilege-scopes:\n    severity: error\n    forbidden-scopes:\n      github:\n        - admin:org\n        - delete_repo\n        - admin:enterprise\n        - admin:org_hook\n        - admin:gpg_key\n        - admin:public_key\n        - admin:repo_hook\n        - site_admin\n      gitlab: [sudo, admin_mode]\n      slack: [admin, admin.*]\n      vault: [root]\n  long-lived-cloud-key:\n    severity: warning # notes for keys only test jobs use\n  no-dev-keys-in-prod:\n    severity: error\n  parse-error:\n    severity: error\n  plaintext-secret:\n    severity: error\n    ignore-types: [publishable]\n    min-length: 6\n  policy-change:\n    severity: warning # on pull requests: what the pull request changes in its base branch's policy\n  rbac-least-privilege:\n    severity: warning\n    privileged-roles: [cluster-admin, admin]\n    allow-service-accounts: []\n  rotation-age:\n    severity: error # at max-age-days; a warning from warn-age-days\n    max-age-days: 90\n    warn-age-days: 75\n    expiry-warn-days: 14\n  secrets-overexposed:\n    severity: warning\n  service-account-bound:\n    severity: error # in production; capped at warning in other environments\n  shared-value:\n    severity: error\n  unused-secret:\n    severity: note # needs secret metadata (--github-repo, the Action's secrets-token)\n  workflow-permissions:\n    severity: warning\n",
    "report.schema.json": "{\n  \"$schema\": \"http://json-schema.org/draft-07/schema#\",\n  \"$id\": \"urn:keybound:schema:report:v1\",\n  \"title\": \"keybound report\",\n  \"description\": \"The JSON report keybound writes with --format json and the action's json-file (SPEC section 9). Paths are relative to the scanned root with / separators; lines and columns are 1-based. Secret values never appear in it.\",\n  \"type\": \"object\",\n  \"additionalProperties\": false,\n  \"required\": [\n    \"schemaVersion\",\n    \"tool\",\n    \"verdict\",\n    \"mode\",\n    \"evaluatedAt\",\n    \"failOn\",\n    \"summary\",\n    \"keys\",\n    \"findings\",\n    \"suppressed\",\n    \"unconfirmed\",\n    \"diagnostics\"\n  ],\n  \"properties\": {\n    \"schemaVersion\": { \"const\": \"keybound/report/v1\" },\n    \"tool\": {\n      \"type\": \"object\",\n      \"additionalProperties\": false,\n      \"required\": [\"name\", \"version\"],\n      \"properties\": {\n        \"name\": { \"const\": \"keybound\" },\n        \"version\": { \"type\": \"string\", \"minLength\": 1 }\n      }\n    },\n    \"verdict\": {\n      \"description\": \"pass: nothing at or above failOn; fail: findings at or above it; indeterminate: a gated key could not be confirmed.\",\n      \"enum\": [\"pass\", \"fail\", \"indeterminate\"]\n    },\n    \"mode\": { \"enum\": [\"audit\", \"gate\"] },\n    \"environment\": {\n      \"description\": \"The gated environment (--environment), when one was given.\",\n      \"type\": \"string\",\n      \"minLength\": 1\n    },\n    \"evaluatedAt\": {\n      \"description\": \"Evaluation date (YYYY-MM-DD), optionally followed by a time.\",\n      \"type\": \"string\",\n      \"pattern\": \"^[0-9]{4}-[0-9]{2}-[0-9]{2}\"\n    },\n    \"failOn\": { \"enum\": [\"error\", \"warning\", \"note\", \"never\"] },\n    \"summary\": { \"$ref\": \"#/definitions/summary\" },\n    \"keys\": { \"type\": \"array\", \"items\": { \"$ref\": \"#/definitions/key\" } },\n    \"findings\": {\n      \"description\": \"Active findings, most severe first, then by file, line, column, rule.\",\n      \"type\": \"array\",\n      \"items\": { \"$ref\": \"#/definitions/finding\" }\n    },\n    \"suppressed\": {\n      \"description\": \"Findings waived by an exception or an inline suppression; each carries its suppression.\",\n      \"type\": \"array\",\n      \"items\": { \"$ref\": \"#/definitions/finding\" }\n    },\n    \"unconfirmed\": {\n      \"description\": \"Keys a gate had to confirm and could not (an unknown or skipped smoke result).\",\n      \"type\": \"array\",\n      \"items\": { \"type\": \"string\" }\n    },\n    \"diagnostics\": {\n      \"description\": \"Files that could not be read or were skipped, and other things the user should know.\",\n      \"type\": \"array\",\n      \"items\": { \"$ref\": \"#/definitions/diagnostic\" }\n    }\n  },\n  \"definitions\": {\n    \"count\": { \"type\": \"integer\", \"minimum\": 0 },\n    \"position\": { \"type\": \"integer\", \"minimum\": 1 },\n    \"severity\": { \"enum\": [\"error\", \"warning\", \"note\"] },\n    \"smokeStatus\": { \"enum\": [\"verified\", \"mismatch\", \"invalid\", \"unknown\", \"skipped\", \"malformed\"] },\n    \"factSource\": { \"enum\": [\"declared\", \"platform\", \"value\", \"name\", \"smoke\"] },\n    \"factValue\": {\n      \"oneOf\": [{ \"type\": \"string\" }, { \"type\": \"boolean\" }, { \"type\": \"array\", \"items\": { \"type\": \"string\" } }]\n    },\n    \"sourceKind\": {\n      \"enum\": [\"github-workflow\", \"kubernetes\", \"kustomize\", \"compose\", \"helm-values\", \"dotenv\"]\n    },\n    \"environmentSource\": { \"enum\": [\"config\", \"github-environment\", \"namespace\", \"path\", \"none\"] },\n    \"location\": {\n      \"type\": \"object\",\n      \"additionalProperties\": false,\n      \"required\": [\"file\", \"line\", \"column\"],\n      \"properties\": {\n        \"file\": { \"type\": \"string\" },\n        \"line\": { \"$ref\": \"#/definitions/position\" },\n        \"column\": { \"$ref\": \"#/definitions/position\" },\n        \"endLine\": { \"$ref\": \"#/definitions/position\" },\n        \"endColumn\": { \"$ref\": \"#/definitions/position\" }\n      }\n    },\n    \"relatedLocation\": {\n      \"type\": \"object\",\n      \"additionalProperties\": false,\n      \"required\": [\"file\", \"line\", \"column\", \"message\"],\n      \"properties\": {\n        \"file\": { \"type\": \"string\" },\n        \"line\": { \"$ref\": \"#/definitions/position\" },\n        \"column\": { \"$ref\": \"#/definitions/position\" },\n        \"endLine\": { \"$ref\": \"#/definitions/position\" },\n        \"endColumn\": { \"$ref\": \"#/definitions/position\" },\n        \"message\": { \"type\": \"string\" }\n      }\n    },\n    \"summary\": {\n      \"type\": \"object\",\n      \"additionalProperties\": false,\n      \"required\": [\"error\", \"warning\", \"note\", \"keys\", \"smoke\", \"suppressed\"],\n      \"properties\": {\n        \"error\": { \"$ref\": \"#/definitions/count\" },\n        \"warning\": { \"$ref\": \"#/definitions/count\" },\n        \"note\": { \"$ref\": \"#/definitions/count\" },\n        \"keys\": { \"$ref\": \"#/definitions/count\" },\n        \"smoke\": {\n          \"type\": \"object\",\n          \"additionalProperties\": false,\n          \"required\": [\"verified\", \"mismatch\", \"invalid\", \"unknown\", \"skipped\", \"malformed\"],\n          \"properties\": {\n            \"verified\": { \"$ref\": \"#/definitions/count\" },\n            \"mismatch\": { \"$ref\": \"#/definitions/count\" },\n            \"invalid\": { \"$ref\": \"#/definitions/count\" },\n            \"unknown\": { \"$ref\": \"#/definitions/count\" },\n            \"skipped\": { \"$ref\": \"#/definitions/count\" },\n            \"malformed\": { \"$ref\": \"#/definitions/count\" }\n          }\n        },\n        \"suppressed\": { \"$ref\": \"#/definitions/count\" }\n      }\n    },\n    \"fact\": {\n      \"type\": \"object\",\n      \"additionalProperties\": false,\n      \"required\": [\"value\", \"source\"],\n      \"properties\": {\n        \"value\": { \"$ref\": \"#/definitions/factValue\" },\n        \"source\": { \"$ref\": \"#/definitions/factSource\" },\n        \"detail\": { \"type\": \"string\" }\n      }\n    },\n    \"use\": {\n      \"type\": \"object\",\n      \"additionalProperties\": false,\n      \"required\": [\"file\", \"line\", \"column\", \"environment\", \"environmentSource\", \"sourceKind\", \"name\"],\n      \"properties\": {\n        \"file\": { \"type\": \"string\" },\n        \"line\": { \"$ref\": \"#/definitions/position\" },\n        \"column\": { \"$ref\": \"#/definitions/position\" },\n        \"endLine\": { \"$ref\": \"#/definitions/position\" },\n        \"endColumn\": { \"$ref\": \"#/definitions/position\" },\n        \"environment\": { \"type\": \"string\", \"minLength\": 1 },\n        \"environmentSource\": { \"$ref\": \"#/definitions/environmentSource\" },\n        \"sourceKind\": { \"$ref\": \"#/definitions/sourceKind\" },\n        \"name\": { \"type\": \"string\" },\n        \"context\": {\n          \"type\": \"object\",\n          \"additionalProperties\": false,\n          \"properties\": {\n            \"workflow\": { \"type\": \"string\" },\n            \"job\": { \"type\": \"string\" },\n            \"step\": { \"type\": \"string\" },\n            \"via\": { \"type\": \"string\" },\n            \"resource\": { \"type\": \"string\" },\n            \"action\": { \"type\": \"string\" },\n            \"input\": { \"type\": \"string\" }\n          }\n        },\n        \"calledFrom\": {\n          \"description\": \"In a reusable workflow: the caller job's uses: that made this use.\",\n          \"$ref\": \"#/definitions/location\"\n        }\n      }\n    },\n    \"smoke\": {\n      \"type\": \"object\",\n      \"additionalProperties\": false,\n      \"required\": [\"status\", \"reason\"],\n      \"properties\": {\n        \"status\": { \"$ref\": \"#/definitions/smokeStatus\" },\n        \"reason\": { \"type\": \"string\" },\n        \"message\": { \"type\": \"string\" },\n        \"principal\": {\n          \"description\": \"Principal details the provider returned (never a secret).\",\n          \"type\": \"object\",\n          \"additionalProperties\": { \"type\": [\"string\", \"number\", \"boolean\"] }\n        }\n      }\n    },\n    \"key\": {\n      \"type\": \"object\",\n      \"additionalProperties\": false,\n      \"required\": [\"name\", \"environments\", \"uses\", \"facts\"],\n      \"properties\": {\n        \"name\": { \"type\": \"string\", \"minLength\": 1 },\n        \"provider\": { \"type\": \"string\" },\n        \"aliases\": { \"type\": \"array\", \"items\": { \"type\": \"string\" } },\n        \"environments\": { \"type\": \"array\", \"items\": { \"type\": \"string\" } },\n        \"uses\": { \"type\": \"array\", \"items\": { \"$ref\": \"#/definitions/use\" } },\n        \"facts\": {\n          \"type\": \"object\",\n          \"additionalProperties\": false,\n          \"properties\": {\n            \"provider\": { \"$ref\": \"#/definitions/fact\" },\n            \"keyType\": { \"$ref\": \"#/definitions/fact\" },\n            \"keyEnvironment\": { \"$ref\": \"#/definitions/fact\" },\n            \"principal\": { \"$ref\": \"#/definitions/fact\" },\n            \"principalKind\": { \"$ref\": \"#/definitions/fact\" },\n            \"account\": { \"$ref\": \"#/definitions/fact\" },\n            \"scopes\": { \"$ref\": \"#/definitions/fact\" },\n            \"created\": { \"$ref\": \"#/definitions/fact\" },\n            \"rotated\": { \"$ref\": \"#/definitions/fact\" },\n            \"expires\": { \"$ref\": \"#/definitions/fact\" }\n          }\n        },\n        \"smoke\": { \"$ref\": \"#/definitions/smoke\" }\n      }\n    },\n    \"evidence\": {\n      \"type\": \"object\",\n      \"additionalProperties\": false,\n      \"required\": [\"fact\", \"value\", \"source\"],\n      \"properties\": {\n        \"fact\": { \"type\": \"string\" },\n        \"value\": {\n          \"oneOf\": [{ \"$ref\": \"#/definitions/factValue\" }, { \"type\": \"number\" }]\n        },\n        \"source\": {\n          \"description\": \"A fact source, file (what the scanned file itself says) or config.\",\n          \"enum\": [\"declared\", \"platform\", \"value\", \"name\", \"smoke\", \"file\", \"config\"]\n        },\n        \"detail\": { \"type\": \"string\" }\n      }\n    },\n    \"suppression\": {\n      \"type\": \"object\",\n      \"additionalProperties\": false,\n      \"required\": [\"kind\", \"reason\"],\n      \"properties\": {\n        \"kind\": { \"enum\": [\"inline\", \"exception\", \"baseline\"] },\n        \"reason\": { \"type\": \"string\" },\n        \"until\": { \"type\": \"string\" },\n        \"location\": { \"$ref\": \"#/definitions/location\" }\n      }\n    },\n    \"finding\": {\n      \"type\": \"object\",\n      \"additionalProperties\": false,\n      \"required\": [\"ruleId\", \"severity\", \"message\", \"location\", \"evidence\", \"fingerprint\"],\n      \"properties\": {\n        \"ruleId\": { \"type\": \"string\", \"minLength\": 1 },\n        \"severity\": { \"$ref\": \"#/definitions/severity\" },\n        \"key\": { \"type\": \"string\" },\n        \"environment\": { \"type\": \"string\" },\n        \"message\": { \"type\": \"string\" },\n        \"location\": { \"$ref\": \"#/definitions/location\" },\n        \"relatedLocations\": {\n          \"description\": \"The other uses of the same root cause (same rule, key, environment, and job or file), in order; the finding is at the first.\",\n          \"type\": \"array\",\n          \"minItems\": 1,\n          \"items\": { \"$ref\": \"#/definitions/relatedLocation\" }\n        },\n        \"evidence\": { \"type\": \"array\", \"items\": { \"$ref\": \"#/definitions/evidence\" } },\n        \"fingerprint\": { \"type\": \"string\", \"minLength\": 1 },\n        \"unconfirmed\": {\n          \"description\": \"The finding only says a key could not be confirmed: on its own a gate is indeterminate (exit 3), not fail.\",\n          \"const\": true\n        },\n        \"suppression\": { \"$ref\": \"#/definitions/suppression\" }\n      }\n    },\n    \"diagnostic\": {\n      \"type\": \"object\",\n      \"additionalProperties\": false,\n      \"required\": [\"kind\", \"file\", \"message\"],\n      \"properties\": {\n        \"kind\": { \"enum\": [\"parse-error\", \"skipped\", \"notice\"] },\n        \"file\": { \"type\": \"string\" },\n        \"line\": { \"$ref\": \"#/definitions/position\" },\n        \"column\": { \"$ref\": \"#/definitions/position\" },\n        \"message\": { \"type\": \"string\" }\n      }\n    }\n  }\n}\n",
};
/** File name -> the data of each built-in YAML pack above, as JSON text. */
const POLICY_DATA = {
    "recommended.yml": "{\"version\":1,\"rules\":{\"dynamic-secret-access\":{\"severity\":\"error\"},\"invalid-waiver\":{\"severity\":\"error\",\"max-waiver-days\":365},\"key-user-association\":{\"severity\":\"error\",\"unknown\":\"fail\"},\"least-privilege-scopes\":{\"severity\":\"error\",\"forbidden-scopes\":{\"github\":[\"admin:org\",\"delete_repo\",\"admin:enterprise\",\"admin:org_hook\",\"admin:gpg_key\",\"admin:public_key\",\"admin:repo_hook\",\"site_admin\"],\"gitlab\":[\"sudo\",\"admin_mode\"],\"slack\":[\"admin\",\"admin.*\"],\"vault\":[\"root\"]}},\"long-lived-cloud-key\":{\"severity\":\"warning\"},\"no-dev-keys-in-prod\":{\"severity\":\"error\"},\"parse-error\":{\"severity\":\"error\"},\"plaintext-secret\":{\"severity\":\"error\",\"ignore-types\":[\"publishable\"],\"min-length\":6},\"policy-change\":{\"severity\":\"warning\"},\"rbac-least-privilege\":{\"severity\":\"warning\",\"privileged-roles\":[\"cluster-admin\",\"admin\"],\"allow-service-accounts\":[]},\"rotation-age\":{\"severity\":\"error\",\"max-age-days\":90,\"warn-age-days\":75,\"expiry-warn-days\":14},\"secrets-overexposed\":{\"severity\":\"warning\"},\"service-account-bound\":{\"severity\":\"error\"},\"shared-value\":{\"severity\":\"error\"},\"unused-secret\":{\"severity\":\"note\"},\"workflow-permissions\":{\"severity\":\"warning\"}}}",
};

;// CONCATENATED MODULE: ./src/policy/discover.ts
// Finding the files: the config (`--config`, else keybound.yml, else .github/keybound.yml, `.yaml`
// too) and the packs it extends (built-in names, or paths relative to the extending file).
// SECURITY: a file reached through the repository (a discovered config, an `extends` path) must stay
// inside the scanned tree, so a pull request cannot make keybound read and quote files elsewhere.




const fsIo = {
    // SECURITY.md case 35: a FIFO, device or folder is refused before it is opened.
    readFile: (absPath) => readRegularFile(absPath),
    realpath: (absPath) => external_node_fs_.realpathSync.native(absPath),
};
/** Config file names, in the order they are looked for under the root. */
const CONFIG_CANDIDATES = [
    'keybound.yml',
    'keybound.yaml',
    '.github/keybound.yml',
    '.github/keybound.yaml',
];
/** The config file to load, or undefined when there is none (built-in defaults apply). */
function discoverConfig(root, configPath, io) {
    if (configPath !== undefined) {
        // Given by whoever runs keybound, so it may live anywhere; it is named as given.
        const absPath = (0,external_node_path_.resolve)(configPath);
        const text = tryRead(absPath, configPath, io);
        if (text === undefined)
            throw new core_errors/* KeyboundError */.Gv('config', `config file ${configPath} was not found`, { file: configPath });
        return { file: configPath, absPath, text };
    }
    for (const candidate of CONFIG_CANDIDATES) {
        const absPath = (0,external_node_path_.resolve)(root, candidate);
        const text = tryRead(absPath, candidate, io);
        if (text === undefined)
            continue;
        assertInside(io, absPath, [root], candidate);
        return { file: candidate, absPath, text };
    }
    return undefined;
}
/** The text of a file, or undefined when it does not exist; other read failures are config errors. */
function tryRead(absPath, file, io) {
    try {
        return io.readFile(absPath);
    }
    catch (error) {
        if (error instanceof NotRegularFileError)
            throw new core_errors/* KeyboundError */.Gv('config', `${error.message}; not read`, { file });
        const code = error.code;
        if (code === 'ENOENT' || code === 'ENOTDIR')
            return undefined;
        const why = typeof code === 'string' ? code : error instanceof Error ? error.name : 'unknown error';
        throw new core_errors/* KeyboundError */.Gv('config', `could not be read (${why})`, { file });
    }
}
/** Throws unless the real path of `absPath` lies inside one of `bases` (compared by real paths too). */
function assertInside(io, absPath, bases, file) {
    const real = safeRealpath(io, absPath);
    const inside = bases.some((base) => {
        const rel = (0,external_node_path_.relative)(safeRealpath(io, base), real);
        return rel === '' || (!rel.startsWith(`..${external_node_path_.sep}`) && rel !== '..' && !(0,external_node_path_.isAbsolute)(rel));
    });
    if (!inside) {
        throw new core_errors/* KeyboundError */.Gv('config', 'leads out of the scanned tree (through a symlink or ..); not read', { file });
    }
}
function safeRealpath(io, absPath) {
    try {
        return io.realpath(absPath);
    }
    catch {
        return (0,external_node_path_.resolve)(absPath);
    }
}
/** A path relative to `root` with `/` separators, or the absolute path when it lies outside. */
function displayPath(root, absPath) {
    const rel = (0,external_node_path_.relative)((0,external_node_path_.resolve)(root), absPath);
    if (!rel || rel.startsWith('..') || (0,external_node_path_.isAbsolute)(rel))
        return absPath;
    return rel.split(external_node_path_.sep).join('/');
}

;// CONCATENATED MODULE: ./src/core/path-glob.ts
// Path globs of `ignore:` and `--exclude`: relative to the scanned root, so a glob that is absolute or
// climbs out with `..` could never match a scanned path; it is refused rather than silently unused.
/** Why a path glob can never match a scanned path, or undefined when it can. */
function globProblem(pattern) {
    if (pattern.trim() === '')
        return 'is empty';
    if (pattern.length > 1000)
        return 'is longer than 1000 characters';
    if (/^([a-z]:)?[\\/]/i.test(pattern))
        return 'must be relative to the scanned root (no leading /)';
    if (pattern.split(/[\\/]/).includes('..'))
        return 'must stay inside the scanned root (no ..)';
    return undefined;
}

// EXTERNAL MODULE: ./src/policy/messages.ts
var messages = __webpack_require__(8056);
// EXTERNAL MODULE: ./src/policy/formats.ts
var formats = __webpack_require__(4190);
;// CONCATENATED MODULE: ./src/generated/validators.ts

const config = validate10;
const schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "urn:keybound:schema:config:v1", "title": "keybound config and policy pack", "description": "keybound.yml, .github/keybound.yml and every policy pack it extends (SPEC section 4). The config never names hosts, URLs, headers or methods: where a secret is sent is compiled into keybound. Every pattern here is linear-time (no nested quantifiers), because ajv patterns backtrack.", "type": "object", "additionalProperties": false, "properties": { "version": { "title": "Config format version", "description": "Always 1.", "const": 1 }, "extends": { "title": "Policy packs", "description": "Built-in pack names (recommended) or paths relative to this file, applied in order before this file. Without extends a config extends [recommended]; extends: [] means none.", "type": "array", "items": { "$ref": "#/definitions/nonEmptyString" } }, "environments": { "title": "Environment mappings", "description": "Evidence that maps a use to an environment, added to the built-in conventions. Keys are environment names (production, staging, development or your own).", "type": "object", "additionalProperties": { "$ref": "#/definitions/environment" } }, "keys": { "title": "Key declarations", "description": "What the owners declare about each key, by the name it is stored under in CI. Every field is optional.", "type": "object", "additionalProperties": { "description": "A key with nothing under it (as keybound init writes it) is declared and nothing more.", "if": { "type": "null" }, "then": true, "else": { "$ref": "#/definitions/key" } } }, "rules": { "title": "Rule settings", "description": "Per-rule severity and options, by rule id. Each rule's own options schema validates its options.", "type": "object", "additionalProperties": { "$ref": "#/definitions/ruleSetting" } }, "custom-rules": { "title": "Custom rules", "description": "Declarative rules written as CEL expressions over the model.", "type": "array", "items": { "$ref": "#/definitions/customRule" } }, "exceptions": { "title": "Exceptions", "description": "Waivers of a rule for a key or path; each needs a reason and an end date.", "type": "array", "items": { "$ref": "#/definitions/exception" } }, "ignore": { "title": "Ignored paths", "description": "Path globs never scanned, relative to the scanned root (a glob that matches a folder leaves out everything in it). --exclude adds to them.", "$ref": "#/definitions/stringList" }, "helm-values": { "title": "Helm values files", "description": "Globs (relative to the scanned root) of Helm values files keybound should read as such, beyond values*.yaml beside a Chart.yaml or beside a chart's folder. Their file names give environments (values-prod.yaml).", "$ref": "#/definitions/stringList" } }, "definitions": { "nonEmptyString": { "type": "string", "minLength": 1 }, "stringList": { "type": "array", "items": { "$ref": "#/definitions/nonEmptyString" } }, "date": { "description": "A calendar date, YYYY-MM-DD.", "type": "string", "format": "date" }, "severity": { "description": "error | warning | note | off", "type": "string", "enum": ["error", "warning", "note", "off"] }, "ruleId": { "description": "Lowercase letters, digits and dashes.", "type": "string", "pattern": "^[a-z0-9][a-z0-9-]*$" }, "provider": { "description": "A provider keybound has an adapter for, or none: no provider can check the key (a database password), so a gate relies on what the owners declare (principal-kind, owner, rotated).", "type": "string", "enum": ["alibaba", "anthropic", "atlassian", "aws", "buildkite", "circleci", "cloudflare", "confluent", "databricks", "datadog", "discord", "doppler", "dropbox", "elasticsearch", "fastly", "gcp", "github", "gitlab", "honeycomb", "huggingface", "launchdarkly", "netlify", "notion", "npm", "okta", "openai", "openrouter", "sendgrid", "slack", "square", "stripe", "terraform", "twilio", "vault", "none"] }, "environment": { "title": "Environment mapping", "type": "object", "additionalProperties": false, "properties": { "github-environments": { "description": "GitHub job environment names that mean this environment.", "$ref": "#/definitions/stringList" }, "paths": { "description": "Path globs, relative to the scanned root.", "$ref": "#/definitions/stringList" }, "namespaces": { "description": "Kubernetes namespaces that mean this environment.", "$ref": "#/definitions/stringList" } } }, "key": { "title": "Key declaration", "type": "object", "additionalProperties": false, "properties": { "provider": { "$ref": "#/definitions/provider" }, "environment": { "description": "The environment this key belongs to.", "$ref": "#/definitions/nonEmptyString" }, "principal": { "description": "The expected principal: exact, or a glob with *.", "$ref": "#/definitions/nonEmptyString" }, "principal-kind": { "description": "The expected kind of principal.", "type": "string", "enum": ["service", "human"] }, "scopes": { "description": "The scopes the key may hold; more is a least-privilege finding.", "$ref": "#/definitions/stringList" }, "rotated": { "description": "Last rotation, YYYY-MM-DD; used when no better fact exists.", "$ref": "#/definitions/date" }, "owner": { "description": "Who owns the key.", "$ref": "#/definitions/nonEmptyString" }, "aliases": { "description": "The names the key goes by in manifests, compose files and dotenv files.", "$ref": "#/definitions/stringList" }, "max-age-days": { "description": "This key's rotation limit in days: overrides rules.rotation-age.max-age-days for it, stricter or looser.", "type": "integer", "minimum": 1 }, "warn-age-days": { "description": "Age in days at which this key is a rotation warning: overrides rules.rotation-age.warn-age-days for it.", "type": "integer", "minimum": 0 } } }, "ruleSetting": { "title": "Rule setting", "description": "A severity alone (rotation-age: off), or severity plus the rule's own options (validated by the rule's options schema).", "if": { "type": "string" }, "then": { "$ref": "#/definitions/severity" }, "else": { "type": "object", "properties": { "severity": { "$ref": "#/definitions/severity" } } } }, "customRule": { "title": "Custom rule", "type": "object", "additionalProperties": false, "required": ["id", "severity", "message", "deny"], "properties": { "id": { "$ref": "#/definitions/ruleId" }, "severity": { "$ref": "#/definitions/severity" }, "message": { "description": "Message template; {{key}} and other placeholders are filled in.", "$ref": "#/definitions/nonEmptyString" }, "when": { "description": "CEL expression: the uses the rule looks at.", "$ref": "#/definitions/nonEmptyString" }, "deny": { "description": "CEL expression: true means a finding.", "$ref": "#/definitions/nonEmptyString" } } }, "exception": { "title": "Exception", "type": "object", "additionalProperties": false, "required": ["rule", "until", "reason"], "properties": { "rule": { "$ref": "#/definitions/ruleId" }, "key": { "description": "Key name (or alias) it waives; without it, the rule is waived wherever path matches.", "$ref": "#/definitions/nonEmptyString" }, "path": { "description": "Path glob it is limited to.", "$ref": "#/definitions/nonEmptyString" }, "until": { "description": "The last day it applies, YYYY-MM-DD.", "$ref": "#/definitions/date" }, "reason": { "description": "Why the rule is waived.", "type": "string", "pattern": "\\S" }, "owner": { "$ref": "#/definitions/nonEmptyString" }, "ticket": { "$ref": "#/definitions/nonEmptyString" } } } } };
const schema12 = { "type": "string", "minLength": 1 };
const func2 = Object.prototype.hasOwnProperty;
const func3 = (function ucs2length(str) {
    const len = str.length;
    let length = 0;
    let pos = 0;
    let value;
    while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 0xd800 && value <= 0xdbff && pos < len) {
            // high surrogate, and there is a next character
            value = str.charCodeAt(pos);
            if ((value & 0xfc00) === 0xdc00)
                pos++; // low surrogate
        }
    }
    return length;
});
const schema13 = { "title": "Environment mapping", "type": "object", "additionalProperties": false, "properties": { "github-environments": { "description": "GitHub job environment names that mean this environment.", "$ref": "#/definitions/stringList" }, "paths": { "description": "Path globs, relative to the scanned root.", "$ref": "#/definitions/stringList" }, "namespaces": { "description": "Kubernetes namespaces that mean this environment.", "$ref": "#/definitions/stringList" } } };
const schema14 = { "type": "array", "items": { "$ref": "#/definitions/nonEmptyString" } };
function validate12(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (Array.isArray(data)) {
        const len0 = data.length;
        for (let i0 = 0; i0 < len0; i0++) {
            let data0 = data[i0];
            if (typeof data0 === "string") {
                if (func3(data0) < 1) {
                    const err0 = { instancePath: instancePath + "/" + i0, schemaPath: "#/definitions/nonEmptyString/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema12, data: data0 };
                    if (vErrors === null) {
                        vErrors = [err0];
                    }
                    else {
                        vErrors.push(err0);
                    }
                    errors++;
                }
            }
            else {
                const err1 = { instancePath: instancePath + "/" + i0, schemaPath: "#/definitions/nonEmptyString/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.type, parentSchema: schema12, data: data0 };
                if (vErrors === null) {
                    vErrors = [err1];
                }
                else {
                    vErrors.push(err1);
                }
                errors++;
            }
        }
    }
    else {
        const err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema14.type, parentSchema: schema14, data };
        if (vErrors === null) {
            vErrors = [err2];
        }
        else {
            vErrors.push(err2);
        }
        errors++;
    }
    validate12.errors = vErrors;
    return errors === 0;
}
function validate11(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        for (const key0 in data) {
            if (!(((key0 === "github-environments") || (key0 === "paths")) || (key0 === "namespaces"))) {
                const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema13, data };
                if (vErrors === null) {
                    vErrors = [err0];
                }
                else {
                    vErrors.push(err0);
                }
                errors++;
            }
        }
        if (data["github-environments"] !== undefined) {
            if (!(validate12(data["github-environments"], { instancePath: instancePath + "/github-environments", parentData: data, parentDataProperty: "github-environments", rootData }))) {
                vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
                errors = vErrors.length;
            }
        }
        if (data.paths !== undefined) {
            if (!(validate12(data.paths, { instancePath: instancePath + "/paths", parentData: data, parentDataProperty: "paths", rootData }))) {
                vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
                errors = vErrors.length;
            }
        }
        if (data.namespaces !== undefined) {
            if (!(validate12(data.namespaces, { instancePath: instancePath + "/namespaces", parentData: data, parentDataProperty: "namespaces", rootData }))) {
                vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
                errors = vErrors.length;
            }
        }
    }
    else {
        const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema13.type, parentSchema: schema13, data };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    validate11.errors = vErrors;
    return errors === 0;
}
const schema16 = { "title": "Key declaration", "type": "object", "additionalProperties": false, "properties": { "provider": { "$ref": "#/definitions/provider" }, "environment": { "description": "The environment this key belongs to.", "$ref": "#/definitions/nonEmptyString" }, "principal": { "description": "The expected principal: exact, or a glob with *.", "$ref": "#/definitions/nonEmptyString" }, "principal-kind": { "description": "The expected kind of principal.", "type": "string", "enum": ["service", "human"] }, "scopes": { "description": "The scopes the key may hold; more is a least-privilege finding.", "$ref": "#/definitions/stringList" }, "rotated": { "description": "Last rotation, YYYY-MM-DD; used when no better fact exists.", "$ref": "#/definitions/date" }, "owner": { "description": "Who owns the key.", "$ref": "#/definitions/nonEmptyString" }, "aliases": { "description": "The names the key goes by in manifests, compose files and dotenv files.", "$ref": "#/definitions/stringList" }, "max-age-days": { "description": "This key's rotation limit in days: overrides rules.rotation-age.max-age-days for it, stricter or looser.", "type": "integer", "minimum": 1 }, "warn-age-days": { "description": "Age in days at which this key is a rotation warning: overrides rules.rotation-age.warn-age-days for it.", "type": "integer", "minimum": 0 } } };
const schema17 = { "description": "A provider keybound has an adapter for, or none: no provider can check the key (a database password), so a gate relies on what the owners declare (principal-kind, owner, rotated).", "type": "string", "enum": ["alibaba", "anthropic", "atlassian", "aws", "buildkite", "circleci", "cloudflare", "confluent", "databricks", "datadog", "discord", "doppler", "dropbox", "elasticsearch", "fastly", "gcp", "github", "gitlab", "honeycomb", "huggingface", "launchdarkly", "netlify", "notion", "npm", "okta", "openai", "openrouter", "sendgrid", "slack", "square", "stripe", "terraform", "twilio", "vault", "none"] };
const schema20 = { "description": "A calendar date, YYYY-MM-DD.", "type": "string", "format": "date" };
const formats0 = formats/* FORMATS */.h.date;
function validate17(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        for (const key0 in data) {
            if (!(func2.call(schema16.properties, key0))) {
                const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema16, data };
                if (vErrors === null) {
                    vErrors = [err0];
                }
                else {
                    vErrors.push(err0);
                }
                errors++;
            }
        }
        if (data.provider !== undefined) {
            let data0 = data.provider;
            if (typeof data0 !== "string") {
                const err1 = { instancePath: instancePath + "/provider", schemaPath: "#/definitions/provider/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema17.type, parentSchema: schema17, data: data0 };
                if (vErrors === null) {
                    vErrors = [err1];
                }
                else {
                    vErrors.push(err1);
                }
                errors++;
            }
            if (!(((((((((((((((((((((((((((((((((((data0 === "alibaba") || (data0 === "anthropic")) || (data0 === "atlassian")) || (data0 === "aws")) || (data0 === "buildkite")) || (data0 === "circleci")) || (data0 === "cloudflare")) || (data0 === "confluent")) || (data0 === "databricks")) || (data0 === "datadog")) || (data0 === "discord")) || (data0 === "doppler")) || (data0 === "dropbox")) || (data0 === "elasticsearch")) || (data0 === "fastly")) || (data0 === "gcp")) || (data0 === "github")) || (data0 === "gitlab")) || (data0 === "honeycomb")) || (data0 === "huggingface")) || (data0 === "launchdarkly")) || (data0 === "netlify")) || (data0 === "notion")) || (data0 === "npm")) || (data0 === "okta")) || (data0 === "openai")) || (data0 === "openrouter")) || (data0 === "sendgrid")) || (data0 === "slack")) || (data0 === "square")) || (data0 === "stripe")) || (data0 === "terraform")) || (data0 === "twilio")) || (data0 === "vault")) || (data0 === "none"))) {
                const err2 = { instancePath: instancePath + "/provider", schemaPath: "#/definitions/provider/enum", keyword: "enum", params: { allowedValues: schema17.enum }, message: "must be equal to one of the allowed values", schema: schema17.enum, parentSchema: schema17, data: data0 };
                if (vErrors === null) {
                    vErrors = [err2];
                }
                else {
                    vErrors.push(err2);
                }
                errors++;
            }
        }
        if (data.environment !== undefined) {
            let data1 = data.environment;
            if (typeof data1 === "string") {
                if (func3(data1) < 1) {
                    const err3 = { instancePath: instancePath + "/environment", schemaPath: "#/definitions/nonEmptyString/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema12, data: data1 };
                    if (vErrors === null) {
                        vErrors = [err3];
                    }
                    else {
                        vErrors.push(err3);
                    }
                    errors++;
                }
            }
            else {
                const err4 = { instancePath: instancePath + "/environment", schemaPath: "#/definitions/nonEmptyString/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.type, parentSchema: schema12, data: data1 };
                if (vErrors === null) {
                    vErrors = [err4];
                }
                else {
                    vErrors.push(err4);
                }
                errors++;
            }
        }
        if (data.principal !== undefined) {
            let data2 = data.principal;
            if (typeof data2 === "string") {
                if (func3(data2) < 1) {
                    const err5 = { instancePath: instancePath + "/principal", schemaPath: "#/definitions/nonEmptyString/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema12, data: data2 };
                    if (vErrors === null) {
                        vErrors = [err5];
                    }
                    else {
                        vErrors.push(err5);
                    }
                    errors++;
                }
            }
            else {
                const err6 = { instancePath: instancePath + "/principal", schemaPath: "#/definitions/nonEmptyString/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.type, parentSchema: schema12, data: data2 };
                if (vErrors === null) {
                    vErrors = [err6];
                }
                else {
                    vErrors.push(err6);
                }
                errors++;
            }
        }
        if (data["principal-kind"] !== undefined) {
            let data3 = data["principal-kind"];
            if (typeof data3 !== "string") {
                const err7 = { instancePath: instancePath + "/principal-kind", schemaPath: "#/properties/principal-kind/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.properties["principal-kind"].type, parentSchema: schema16.properties["principal-kind"], data: data3 };
                if (vErrors === null) {
                    vErrors = [err7];
                }
                else {
                    vErrors.push(err7);
                }
                errors++;
            }
            if (!((data3 === "service") || (data3 === "human"))) {
                const err8 = { instancePath: instancePath + "/principal-kind", schemaPath: "#/properties/principal-kind/enum", keyword: "enum", params: { allowedValues: schema16.properties["principal-kind"].enum }, message: "must be equal to one of the allowed values", schema: schema16.properties["principal-kind"].enum, parentSchema: schema16.properties["principal-kind"], data: data3 };
                if (vErrors === null) {
                    vErrors = [err8];
                }
                else {
                    vErrors.push(err8);
                }
                errors++;
            }
        }
        if (data.scopes !== undefined) {
            if (!(validate12(data.scopes, { instancePath: instancePath + "/scopes", parentData: data, parentDataProperty: "scopes", rootData }))) {
                vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
                errors = vErrors.length;
            }
        }
        if (data.rotated !== undefined) {
            let data5 = data.rotated;
            if (typeof data5 === "string") {
                if (!(formats0.validate(data5))) {
                    const err9 = { instancePath: instancePath + "/rotated", schemaPath: "#/definitions/date/format", keyword: "format", params: { format: "date" }, message: "must match format \"" + "date" + "\"", schema: "date", parentSchema: schema20, data: data5 };
                    if (vErrors === null) {
                        vErrors = [err9];
                    }
                    else {
                        vErrors.push(err9);
                    }
                    errors++;
                }
            }
            else {
                const err10 = { instancePath: instancePath + "/rotated", schemaPath: "#/definitions/date/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema20.type, parentSchema: schema20, data: data5 };
                if (vErrors === null) {
                    vErrors = [err10];
                }
                else {
                    vErrors.push(err10);
                }
                errors++;
            }
        }
        if (data.owner !== undefined) {
            let data6 = data.owner;
            if (typeof data6 === "string") {
                if (func3(data6) < 1) {
                    const err11 = { instancePath: instancePath + "/owner", schemaPath: "#/definitions/nonEmptyString/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema12, data: data6 };
                    if (vErrors === null) {
                        vErrors = [err11];
                    }
                    else {
                        vErrors.push(err11);
                    }
                    errors++;
                }
            }
            else {
                const err12 = { instancePath: instancePath + "/owner", schemaPath: "#/definitions/nonEmptyString/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.type, parentSchema: schema12, data: data6 };
                if (vErrors === null) {
                    vErrors = [err12];
                }
                else {
                    vErrors.push(err12);
                }
                errors++;
            }
        }
        if (data.aliases !== undefined) {
            if (!(validate12(data.aliases, { instancePath: instancePath + "/aliases", parentData: data, parentDataProperty: "aliases", rootData }))) {
                vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
                errors = vErrors.length;
            }
        }
        if (data["max-age-days"] !== undefined) {
            let data8 = data["max-age-days"];
            if (!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))) {
                const err13 = { instancePath: instancePath + "/max-age-days", schemaPath: "#/properties/max-age-days/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema16.properties["max-age-days"].type, parentSchema: schema16.properties["max-age-days"], data: data8 };
                if (vErrors === null) {
                    vErrors = [err13];
                }
                else {
                    vErrors.push(err13);
                }
                errors++;
            }
            if ((typeof data8 == "number") && (isFinite(data8))) {
                if (data8 < 1 || isNaN(data8)) {
                    const err14 = { instancePath: instancePath + "/max-age-days", schemaPath: "#/properties/max-age-days/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema16.properties["max-age-days"], data: data8 };
                    if (vErrors === null) {
                        vErrors = [err14];
                    }
                    else {
                        vErrors.push(err14);
                    }
                    errors++;
                }
            }
        }
        if (data["warn-age-days"] !== undefined) {
            let data9 = data["warn-age-days"];
            if (!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))) {
                const err15 = { instancePath: instancePath + "/warn-age-days", schemaPath: "#/properties/warn-age-days/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema16.properties["warn-age-days"].type, parentSchema: schema16.properties["warn-age-days"], data: data9 };
                if (vErrors === null) {
                    vErrors = [err15];
                }
                else {
                    vErrors.push(err15);
                }
                errors++;
            }
            if ((typeof data9 == "number") && (isFinite(data9))) {
                if (data9 < 0 || isNaN(data9)) {
                    const err16 = { instancePath: instancePath + "/warn-age-days", schemaPath: "#/properties/warn-age-days/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema16.properties["warn-age-days"], data: data9 };
                    if (vErrors === null) {
                        vErrors = [err16];
                    }
                    else {
                        vErrors.push(err16);
                    }
                    errors++;
                }
            }
        }
    }
    else {
        const err17 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema16.type, parentSchema: schema16, data };
        if (vErrors === null) {
            vErrors = [err17];
        }
        else {
            vErrors.push(err17);
        }
        errors++;
    }
    validate17.errors = vErrors;
    return errors === 0;
}
const schema22 = { "title": "Rule setting", "description": "A severity alone (rotation-age: off), or severity plus the rule's own options (validated by the rule's options schema).", "if": { "type": "string" }, "then": { "$ref": "#/definitions/severity" }, "else": { "type": "object", "properties": { "severity": { "$ref": "#/definitions/severity" } } } };
const schema23 = { "description": "error | warning | note | off", "type": "string", "enum": ["error", "warning", "note", "off"] };
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    const _errs0 = errors;
    let valid0 = true;
    const _errs1 = errors;
    if (typeof data !== "string") {
        const err0 = {};
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    var _valid0 = _errs1 === errors;
    errors = _errs0;
    if (vErrors !== null) {
        if (_errs0) {
            vErrors.length = _errs0;
        }
        else {
            vErrors = null;
        }
    }
    let ifClause0;
    if (_valid0) {
        const _errs3 = errors;
        if (typeof data !== "string") {
            const err1 = { instancePath, schemaPath: "#/definitions/severity/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema23.type, parentSchema: schema23, data };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
        if (!((((data === "error") || (data === "warning")) || (data === "note")) || (data === "off"))) {
            const err2 = { instancePath, schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema23.enum }, message: "must be equal to one of the allowed values", schema: schema23.enum, parentSchema: schema23, data };
            if (vErrors === null) {
                vErrors = [err2];
            }
            else {
                vErrors.push(err2);
            }
            errors++;
        }
        var _valid0 = _errs3 === errors;
        valid0 = _valid0;
        ifClause0 = "then";
    }
    else {
        const _errs6 = errors;
        if (data && typeof data == "object" && !Array.isArray(data)) {
            if (data.severity !== undefined) {
                let data0 = data.severity;
                if (typeof data0 !== "string") {
                    const err3 = { instancePath: instancePath + "/severity", schemaPath: "#/definitions/severity/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema23.type, parentSchema: schema23, data: data0 };
                    if (vErrors === null) {
                        vErrors = [err3];
                    }
                    else {
                        vErrors.push(err3);
                    }
                    errors++;
                }
                if (!((((data0 === "error") || (data0 === "warning")) || (data0 === "note")) || (data0 === "off"))) {
                    const err4 = { instancePath: instancePath + "/severity", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema23.enum }, message: "must be equal to one of the allowed values", schema: schema23.enum, parentSchema: schema23, data: data0 };
                    if (vErrors === null) {
                        vErrors = [err4];
                    }
                    else {
                        vErrors.push(err4);
                    }
                    errors++;
                }
            }
        }
        else {
            const err5 = { instancePath, schemaPath: "#/else/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema22.else.type, parentSchema: schema22.else, data };
            if (vErrors === null) {
                vErrors = [err5];
            }
            else {
                vErrors.push(err5);
            }
            errors++;
        }
        var _valid0 = _errs6 === errors;
        valid0 = _valid0;
        ifClause0 = "else";
    }
    if (!valid0) {
        const err6 = { instancePath, schemaPath: "#/if", keyword: "if", params: { failingKeyword: ifClause0 }, message: "must match \"" + ifClause0 + "\" schema", schema: schema22.if, parentSchema: schema22, data };
        if (vErrors === null) {
            vErrors = [err6];
        }
        else {
            vErrors.push(err6);
        }
        errors++;
    }
    validate21.errors = vErrors;
    return errors === 0;
}
const schema25 = { "title": "Custom rule", "type": "object", "additionalProperties": false, "required": ["id", "severity", "message", "deny"], "properties": { "id": { "$ref": "#/definitions/ruleId" }, "severity": { "$ref": "#/definitions/severity" }, "message": { "description": "Message template; {{key}} and other placeholders are filled in.", "$ref": "#/definitions/nonEmptyString" }, "when": { "description": "CEL expression: the uses the rule looks at.", "$ref": "#/definitions/nonEmptyString" }, "deny": { "description": "CEL expression: true means a finding.", "$ref": "#/definitions/nonEmptyString" } } };
const schema26 = { "description": "Lowercase letters, digits and dashes.", "type": "string", "pattern": "^[a-z0-9][a-z0-9-]*$" };
const pattern0 = new RegExp("^[a-z0-9][a-z0-9-]*$", "u");
function validate23(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.id === undefined) {
            const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property '" + "id" + "'", schema: schema25.required, parentSchema: schema25, data };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
        if (data.severity === undefined) {
            const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "severity" }, message: "must have required property '" + "severity" + "'", schema: schema25.required, parentSchema: schema25, data };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
        if (data.message === undefined) {
            const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "message" }, message: "must have required property '" + "message" + "'", schema: schema25.required, parentSchema: schema25, data };
            if (vErrors === null) {
                vErrors = [err2];
            }
            else {
                vErrors.push(err2);
            }
            errors++;
        }
        if (data.deny === undefined) {
            const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "deny" }, message: "must have required property '" + "deny" + "'", schema: schema25.required, parentSchema: schema25, data };
            if (vErrors === null) {
                vErrors = [err3];
            }
            else {
                vErrors.push(err3);
            }
            errors++;
        }
        for (const key0 in data) {
            if (!(((((key0 === "id") || (key0 === "severity")) || (key0 === "message")) || (key0 === "when")) || (key0 === "deny"))) {
                const err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema25, data };
                if (vErrors === null) {
                    vErrors = [err4];
                }
                else {
                    vErrors.push(err4);
                }
                errors++;
            }
        }
        if (data.id !== undefined) {
            let data0 = data.id;
            if (typeof data0 === "string") {
                if (!pattern0.test(data0)) {
                    const err5 = { instancePath: instancePath + "/id", schemaPath: "#/definitions/ruleId/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9-]*$" }, message: "must match pattern \"" + "^[a-z0-9][a-z0-9-]*$" + "\"", schema: "^[a-z0-9][a-z0-9-]*$", parentSchema: schema26, data: data0 };
                    if (vErrors === null) {
                        vErrors = [err5];
                    }
                    else {
                        vErrors.push(err5);
                    }
                    errors++;
                }
            }
            else {
                const err6 = { instancePath: instancePath + "/id", schemaPath: "#/definitions/ruleId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema26.type, parentSchema: schema26, data: data0 };
                if (vErrors === null) {
                    vErrors = [err6];
                }
                else {
                    vErrors.push(err6);
                }
                errors++;
            }
        }
        if (data.severity !== undefined) {
            let data1 = data.severity;
            if (typeof data1 !== "string") {
                const err7 = { instancePath: instancePath + "/severity", schemaPath: "#/definitions/severity/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema23.type, parentSchema: schema23, data: data1 };
                if (vErrors === null) {
                    vErrors = [err7];
                }
                else {
                    vErrors.push(err7);
                }
                errors++;
            }
            if (!((((data1 === "error") || (data1 === "warning")) || (data1 === "note")) || (data1 === "off"))) {
                const err8 = { instancePath: instancePath + "/severity", schemaPath: "#/definitions/severity/enum", keyword: "enum", params: { allowedValues: schema23.enum }, message: "must be equal to one of the allowed values", schema: schema23.enum, parentSchema: schema23, data: data1 };
                if (vErrors === null) {
                    vErrors = [err8];
                }
                else {
                    vErrors.push(err8);
                }
                errors++;
            }
        }
        if (data.message !== undefined) {
            let data2 = data.message;
            if (typeof data2 === "string") {
                if (func3(data2) < 1) {
                    const err9 = { instancePath: instancePath + "/message", schemaPath: "#/definitions/nonEmptyString/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema12, data: data2 };
                    if (vErrors === null) {
                        vErrors = [err9];
                    }
                    else {
                        vErrors.push(err9);
                    }
                    errors++;
                }
            }
            else {
                const err10 = { instancePath: instancePath + "/message", schemaPath: "#/definitions/nonEmptyString/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.type, parentSchema: schema12, data: data2 };
                if (vErrors === null) {
                    vErrors = [err10];
                }
                else {
                    vErrors.push(err10);
                }
                errors++;
            }
        }
        if (data.when !== undefined) {
            let data3 = data.when;
            if (typeof data3 === "string") {
                if (func3(data3) < 1) {
                    const err11 = { instancePath: instancePath + "/when", schemaPath: "#/definitions/nonEmptyString/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema12, data: data3 };
                    if (vErrors === null) {
                        vErrors = [err11];
                    }
                    else {
                        vErrors.push(err11);
                    }
                    errors++;
                }
            }
            else {
                const err12 = { instancePath: instancePath + "/when", schemaPath: "#/definitions/nonEmptyString/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.type, parentSchema: schema12, data: data3 };
                if (vErrors === null) {
                    vErrors = [err12];
                }
                else {
                    vErrors.push(err12);
                }
                errors++;
            }
        }
        if (data.deny !== undefined) {
            let data4 = data.deny;
            if (typeof data4 === "string") {
                if (func3(data4) < 1) {
                    const err13 = { instancePath: instancePath + "/deny", schemaPath: "#/definitions/nonEmptyString/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema12, data: data4 };
                    if (vErrors === null) {
                        vErrors = [err13];
                    }
                    else {
                        vErrors.push(err13);
                    }
                    errors++;
                }
            }
            else {
                const err14 = { instancePath: instancePath + "/deny", schemaPath: "#/definitions/nonEmptyString/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.type, parentSchema: schema12, data: data4 };
                if (vErrors === null) {
                    vErrors = [err14];
                }
                else {
                    vErrors.push(err14);
                }
                errors++;
            }
        }
    }
    else {
        const err15 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema25.type, parentSchema: schema25, data };
        if (vErrors === null) {
            vErrors = [err15];
        }
        else {
            vErrors.push(err15);
        }
        errors++;
    }
    validate23.errors = vErrors;
    return errors === 0;
}
const schema31 = { "title": "Exception", "type": "object", "additionalProperties": false, "required": ["rule", "until", "reason"], "properties": { "rule": { "$ref": "#/definitions/ruleId" }, "key": { "description": "Key name (or alias) it waives; without it, the rule is waived wherever path matches.", "$ref": "#/definitions/nonEmptyString" }, "path": { "description": "Path glob it is limited to.", "$ref": "#/definitions/nonEmptyString" }, "until": { "description": "The last day it applies, YYYY-MM-DD.", "$ref": "#/definitions/date" }, "reason": { "description": "Why the rule is waived.", "type": "string", "pattern": "\\S" }, "owner": { "$ref": "#/definitions/nonEmptyString" }, "ticket": { "$ref": "#/definitions/nonEmptyString" } } };
const pattern2 = new RegExp("\\S", "u");
function validate25(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.rule === undefined) {
            const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "rule" }, message: "must have required property '" + "rule" + "'", schema: schema31.required, parentSchema: schema31, data };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
        if (data.until === undefined) {
            const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "until" }, message: "must have required property '" + "until" + "'", schema: schema31.required, parentSchema: schema31, data };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
        if (data.reason === undefined) {
            const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property '" + "reason" + "'", schema: schema31.required, parentSchema: schema31, data };
            if (vErrors === null) {
                vErrors = [err2];
            }
            else {
                vErrors.push(err2);
            }
            errors++;
        }
        for (const key0 in data) {
            if (!(((((((key0 === "rule") || (key0 === "key")) || (key0 === "path")) || (key0 === "until")) || (key0 === "reason")) || (key0 === "owner")) || (key0 === "ticket"))) {
                const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31, data };
                if (vErrors === null) {
                    vErrors = [err3];
                }
                else {
                    vErrors.push(err3);
                }
                errors++;
            }
        }
        if (data.rule !== undefined) {
            let data0 = data.rule;
            if (typeof data0 === "string") {
                if (!pattern0.test(data0)) {
                    const err4 = { instancePath: instancePath + "/rule", schemaPath: "#/definitions/ruleId/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9-]*$" }, message: "must match pattern \"" + "^[a-z0-9][a-z0-9-]*$" + "\"", schema: "^[a-z0-9][a-z0-9-]*$", parentSchema: schema26, data: data0 };
                    if (vErrors === null) {
                        vErrors = [err4];
                    }
                    else {
                        vErrors.push(err4);
                    }
                    errors++;
                }
            }
            else {
                const err5 = { instancePath: instancePath + "/rule", schemaPath: "#/definitions/ruleId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema26.type, parentSchema: schema26, data: data0 };
                if (vErrors === null) {
                    vErrors = [err5];
                }
                else {
                    vErrors.push(err5);
                }
                errors++;
            }
        }
        if (data.key !== undefined) {
            let data1 = data.key;
            if (typeof data1 === "string") {
                if (func3(data1) < 1) {
                    const err6 = { instancePath: instancePath + "/key", schemaPath: "#/definitions/nonEmptyString/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema12, data: data1 };
                    if (vErrors === null) {
                        vErrors = [err6];
                    }
                    else {
                        vErrors.push(err6);
                    }
                    errors++;
                }
            }
            else {
                const err7 = { instancePath: instancePath + "/key", schemaPath: "#/definitions/nonEmptyString/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.type, parentSchema: schema12, data: data1 };
                if (vErrors === null) {
                    vErrors = [err7];
                }
                else {
                    vErrors.push(err7);
                }
                errors++;
            }
        }
        if (data.path !== undefined) {
            let data2 = data.path;
            if (typeof data2 === "string") {
                if (func3(data2) < 1) {
                    const err8 = { instancePath: instancePath + "/path", schemaPath: "#/definitions/nonEmptyString/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema12, data: data2 };
                    if (vErrors === null) {
                        vErrors = [err8];
                    }
                    else {
                        vErrors.push(err8);
                    }
                    errors++;
                }
            }
            else {
                const err9 = { instancePath: instancePath + "/path", schemaPath: "#/definitions/nonEmptyString/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.type, parentSchema: schema12, data: data2 };
                if (vErrors === null) {
                    vErrors = [err9];
                }
                else {
                    vErrors.push(err9);
                }
                errors++;
            }
        }
        if (data.until !== undefined) {
            let data3 = data.until;
            if (typeof data3 === "string") {
                if (!(formats0.validate(data3))) {
                    const err10 = { instancePath: instancePath + "/until", schemaPath: "#/definitions/date/format", keyword: "format", params: { format: "date" }, message: "must match format \"" + "date" + "\"", schema: "date", parentSchema: schema20, data: data3 };
                    if (vErrors === null) {
                        vErrors = [err10];
                    }
                    else {
                        vErrors.push(err10);
                    }
                    errors++;
                }
            }
            else {
                const err11 = { instancePath: instancePath + "/until", schemaPath: "#/definitions/date/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema20.type, parentSchema: schema20, data: data3 };
                if (vErrors === null) {
                    vErrors = [err11];
                }
                else {
                    vErrors.push(err11);
                }
                errors++;
            }
        }
        if (data.reason !== undefined) {
            let data4 = data.reason;
            if (typeof data4 === "string") {
                if (!pattern2.test(data4)) {
                    const err12 = { instancePath: instancePath + "/reason", schemaPath: "#/properties/reason/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: "must match pattern \"" + "\\S" + "\"", schema: "\\S", parentSchema: schema31.properties.reason, data: data4 };
                    if (vErrors === null) {
                        vErrors = [err12];
                    }
                    else {
                        vErrors.push(err12);
                    }
                    errors++;
                }
            }
            else {
                const err13 = { instancePath: instancePath + "/reason", schemaPath: "#/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.reason.type, parentSchema: schema31.properties.reason, data: data4 };
                if (vErrors === null) {
                    vErrors = [err13];
                }
                else {
                    vErrors.push(err13);
                }
                errors++;
            }
        }
        if (data.owner !== undefined) {
            let data5 = data.owner;
            if (typeof data5 === "string") {
                if (func3(data5) < 1) {
                    const err14 = { instancePath: instancePath + "/owner", schemaPath: "#/definitions/nonEmptyString/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema12, data: data5 };
                    if (vErrors === null) {
                        vErrors = [err14];
                    }
                    else {
                        vErrors.push(err14);
                    }
                    errors++;
                }
            }
            else {
                const err15 = { instancePath: instancePath + "/owner", schemaPath: "#/definitions/nonEmptyString/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.type, parentSchema: schema12, data: data5 };
                if (vErrors === null) {
                    vErrors = [err15];
                }
                else {
                    vErrors.push(err15);
                }
                errors++;
            }
        }
        if (data.ticket !== undefined) {
            let data6 = data.ticket;
            if (typeof data6 === "string") {
                if (func3(data6) < 1) {
                    const err16 = { instancePath: instancePath + "/ticket", schemaPath: "#/definitions/nonEmptyString/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema12, data: data6 };
                    if (vErrors === null) {
                        vErrors = [err16];
                    }
                    else {
                        vErrors.push(err16);
                    }
                    errors++;
                }
            }
            else {
                const err17 = { instancePath: instancePath + "/ticket", schemaPath: "#/definitions/nonEmptyString/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.type, parentSchema: schema12, data: data6 };
                if (vErrors === null) {
                    vErrors = [err17];
                }
                else {
                    vErrors.push(err17);
                }
                errors++;
            }
        }
    }
    else {
        const err18 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.type, parentSchema: schema31, data };
        if (vErrors === null) {
            vErrors = [err18];
        }
        else {
            vErrors.push(err18);
        }
        errors++;
    }
    validate25.errors = vErrors;
    return errors === 0;
}
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    /*# sourceURL="urn:keybound:schema:config:v1" */ ;
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        for (const key0 in data) {
            if (!(func2.call(schema11.properties, key0))) {
                const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11, data };
                if (vErrors === null) {
                    vErrors = [err0];
                }
                else {
                    vErrors.push(err0);
                }
                errors++;
            }
        }
        if (data.version !== undefined) {
            let data0 = data.version;
            if (1 !== data0) {
                const err1 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant", schema: 1, parentSchema: schema11.properties.version, data: data0 };
                if (vErrors === null) {
                    vErrors = [err1];
                }
                else {
                    vErrors.push(err1);
                }
                errors++;
            }
        }
        if (data.extends !== undefined) {
            let data1 = data.extends;
            if (Array.isArray(data1)) {
                const len0 = data1.length;
                for (let i0 = 0; i0 < len0; i0++) {
                    let data2 = data1[i0];
                    if (typeof data2 === "string") {
                        if (func3(data2) < 1) {
                            const err2 = { instancePath: instancePath + "/extends/" + i0, schemaPath: "#/definitions/nonEmptyString/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema12, data: data2 };
                            if (vErrors === null) {
                                vErrors = [err2];
                            }
                            else {
                                vErrors.push(err2);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err3 = { instancePath: instancePath + "/extends/" + i0, schemaPath: "#/definitions/nonEmptyString/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.type, parentSchema: schema12, data: data2 };
                        if (vErrors === null) {
                            vErrors = [err3];
                        }
                        else {
                            vErrors.push(err3);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err4 = { instancePath: instancePath + "/extends", schemaPath: "#/properties/extends/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.extends.type, parentSchema: schema11.properties.extends, data: data1 };
                if (vErrors === null) {
                    vErrors = [err4];
                }
                else {
                    vErrors.push(err4);
                }
                errors++;
            }
        }
        if (data.environments !== undefined) {
            let data3 = data.environments;
            if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
                for (const key1 in data3) {
                    if (!(validate11(data3[key1], { instancePath: instancePath + "/environments/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data3, parentDataProperty: key1, rootData }))) {
                        vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
                        errors = vErrors.length;
                    }
                }
            }
            else {
                const err5 = { instancePath: instancePath + "/environments", schemaPath: "#/properties/environments/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.environments.type, parentSchema: schema11.properties.environments, data: data3 };
                if (vErrors === null) {
                    vErrors = [err5];
                }
                else {
                    vErrors.push(err5);
                }
                errors++;
            }
        }
        if (data.keys !== undefined) {
            let data5 = data.keys;
            if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
                for (const key2 in data5) {
                    let data6 = data5[key2];
                    const _errs16 = errors;
                    let valid6 = true;
                    const _errs17 = errors;
                    if (data6 !== null) {
                        const err6 = {};
                        if (vErrors === null) {
                            vErrors = [err6];
                        }
                        else {
                            vErrors.push(err6);
                        }
                        errors++;
                    }
                    var _valid0 = _errs17 === errors;
                    errors = _errs16;
                    if (vErrors !== null) {
                        if (_errs16) {
                            vErrors.length = _errs16;
                        }
                        else {
                            vErrors = null;
                        }
                    }
                    if (!_valid0) {
                        const _errs19 = errors;
                        if (!(validate17(data6, { instancePath: instancePath + "/keys/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data5, parentDataProperty: key2, rootData }))) {
                            vErrors = vErrors === null ? validate17.errors : vErrors.concat(validate17.errors);
                            errors = vErrors.length;
                        }
                        var _valid0 = _errs19 === errors;
                        valid6 = _valid0;
                    }
                    if (!valid6) {
                        const err7 = { instancePath: instancePath + "/keys/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/keys/additionalProperties/if", keyword: "if", params: { failingKeyword: "else" }, message: "must match \"else\" schema", schema: schema11.properties.keys.additionalProperties.if, parentSchema: schema11.properties.keys.additionalProperties, data: data6 };
                        if (vErrors === null) {
                            vErrors = [err7];
                        }
                        else {
                            vErrors.push(err7);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err8 = { instancePath: instancePath + "/keys", schemaPath: "#/properties/keys/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.keys.type, parentSchema: schema11.properties.keys, data: data5 };
                if (vErrors === null) {
                    vErrors = [err8];
                }
                else {
                    vErrors.push(err8);
                }
                errors++;
            }
        }
        if (data.rules !== undefined) {
            let data7 = data.rules;
            if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
                for (const key3 in data7) {
                    if (!(validate21(data7[key3], { instancePath: instancePath + "/rules/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data7, parentDataProperty: key3, rootData }))) {
                        vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
                        errors = vErrors.length;
                    }
                }
            }
            else {
                const err9 = { instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.rules.type, parentSchema: schema11.properties.rules, data: data7 };
                if (vErrors === null) {
                    vErrors = [err9];
                }
                else {
                    vErrors.push(err9);
                }
                errors++;
            }
        }
        if (data["custom-rules"] !== undefined) {
            let data9 = data["custom-rules"];
            if (Array.isArray(data9)) {
                const len1 = data9.length;
                for (let i1 = 0; i1 < len1; i1++) {
                    if (!(validate23(data9[i1], { instancePath: instancePath + "/custom-rules/" + i1, parentData: data9, parentDataProperty: i1, rootData }))) {
                        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
                        errors = vErrors.length;
                    }
                }
            }
            else {
                const err10 = { instancePath: instancePath + "/custom-rules", schemaPath: "#/properties/custom-rules/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties["custom-rules"].type, parentSchema: schema11.properties["custom-rules"], data: data9 };
                if (vErrors === null) {
                    vErrors = [err10];
                }
                else {
                    vErrors.push(err10);
                }
                errors++;
            }
        }
        if (data.exceptions !== undefined) {
            let data11 = data.exceptions;
            if (Array.isArray(data11)) {
                const len2 = data11.length;
                for (let i2 = 0; i2 < len2; i2++) {
                    if (!(validate25(data11[i2], { instancePath: instancePath + "/exceptions/" + i2, parentData: data11, parentDataProperty: i2, rootData }))) {
                        vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
                        errors = vErrors.length;
                    }
                }
            }
            else {
                const err11 = { instancePath: instancePath + "/exceptions", schemaPath: "#/properties/exceptions/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.exceptions.type, parentSchema: schema11.properties.exceptions, data: data11 };
                if (vErrors === null) {
                    vErrors = [err11];
                }
                else {
                    vErrors.push(err11);
                }
                errors++;
            }
        }
        if (data.ignore !== undefined) {
            if (!(validate12(data.ignore, { instancePath: instancePath + "/ignore", parentData: data, parentDataProperty: "ignore", rootData }))) {
                vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
                errors = vErrors.length;
            }
        }
        if (data["helm-values"] !== undefined) {
            if (!(validate12(data["helm-values"], { instancePath: instancePath + "/helm-values", parentData: data, parentDataProperty: "helm-values", rootData }))) {
                vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
                errors = vErrors.length;
            }
        }
    }
    else {
        const err12 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.type, parentSchema: schema11, data };
        if (vErrors === null) {
            vErrors = [err12];
        }
        else {
            vErrors.push(err12);
        }
        errors++;
    }
    validate10.errors = vErrors;
    return errors === 0;
}
const rule0 = validate29;
const schema38 = { "type": "object", "properties": {}, "additionalProperties": false };
function validate29(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        for (const key0 in data) {
            const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema38, data };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
    }
    else {
        const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema38.type, parentSchema: schema38, data };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    validate29.errors = vErrors;
    return errors === 0;
}
const rule1 = validate30;
const schema39 = { "type": "object", "properties": { "max-waiver-days": { "type": "integer", "minimum": 1, "maximum": 3650 } }, "additionalProperties": false };
function validate30(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        for (const key0 in data) {
            if (!(key0 === "max-waiver-days")) {
                const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema39, data };
                if (vErrors === null) {
                    vErrors = [err0];
                }
                else {
                    vErrors.push(err0);
                }
                errors++;
            }
        }
        if (data["max-waiver-days"] !== undefined) {
            let data0 = data["max-waiver-days"];
            if (!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))) {
                const err1 = { instancePath: instancePath + "/max-waiver-days", schemaPath: "#/properties/max-waiver-days/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema39.properties["max-waiver-days"].type, parentSchema: schema39.properties["max-waiver-days"], data: data0 };
                if (vErrors === null) {
                    vErrors = [err1];
                }
                else {
                    vErrors.push(err1);
                }
                errors++;
            }
            if ((typeof data0 == "number") && (isFinite(data0))) {
                if (data0 > 3650 || isNaN(data0)) {
                    const err2 = { instancePath: instancePath + "/max-waiver-days", schemaPath: "#/properties/max-waiver-days/maximum", keyword: "maximum", params: { comparison: "<=", limit: 3650 }, message: "must be <= 3650", schema: 3650, parentSchema: schema39.properties["max-waiver-days"], data: data0 };
                    if (vErrors === null) {
                        vErrors = [err2];
                    }
                    else {
                        vErrors.push(err2);
                    }
                    errors++;
                }
                if (data0 < 1 || isNaN(data0)) {
                    const err3 = { instancePath: instancePath + "/max-waiver-days", schemaPath: "#/properties/max-waiver-days/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema39.properties["max-waiver-days"], data: data0 };
                    if (vErrors === null) {
                        vErrors = [err3];
                    }
                    else {
                        vErrors.push(err3);
                    }
                    errors++;
                }
            }
        }
    }
    else {
        const err4 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema39.type, parentSchema: schema39, data };
        if (vErrors === null) {
            vErrors = [err4];
        }
        else {
            vErrors.push(err4);
        }
        errors++;
    }
    validate30.errors = vErrors;
    return errors === 0;
}
const rule2 = validate31;
const schema40 = { "type": "object", "properties": { "unknown": { "enum": ["fail", "warn"], "description": "What an inconclusive smoke call does: fail a gate (exit 3), or only warn." } }, "additionalProperties": false };
function validate31(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        for (const key0 in data) {
            if (!(key0 === "unknown")) {
                const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema40, data };
                if (vErrors === null) {
                    vErrors = [err0];
                }
                else {
                    vErrors.push(err0);
                }
                errors++;
            }
        }
        if (data.unknown !== undefined) {
            let data0 = data.unknown;
            if (!((data0 === "fail") || (data0 === "warn"))) {
                const err1 = { instancePath: instancePath + "/unknown", schemaPath: "#/properties/unknown/enum", keyword: "enum", params: { allowedValues: schema40.properties.unknown.enum }, message: "must be equal to one of the allowed values", schema: schema40.properties.unknown.enum, parentSchema: schema40.properties.unknown, data: data0 };
                if (vErrors === null) {
                    vErrors = [err1];
                }
                else {
                    vErrors.push(err1);
                }
                errors++;
            }
        }
    }
    else {
        const err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema40.type, parentSchema: schema40, data };
        if (vErrors === null) {
            vErrors = [err2];
        }
        else {
            vErrors.push(err2);
        }
        errors++;
    }
    validate31.errors = vErrors;
    return errors === 0;
}
const rule3 = validate32;
const schema41 = { "type": "object", "properties": { "forbidden-scopes": { "type": "object", "description": "Provider id -> scopes no key may hold; `*` matches any run of characters.", "additionalProperties": { "type": "array", "items": { "type": "string", "minLength": 1 }, "uniqueItems": true } } }, "additionalProperties": false };
function validate32(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        for (const key0 in data) {
            if (!(key0 === "forbidden-scopes")) {
                const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema41, data };
                if (vErrors === null) {
                    vErrors = [err0];
                }
                else {
                    vErrors.push(err0);
                }
                errors++;
            }
        }
        if (data["forbidden-scopes"] !== undefined) {
            let data0 = data["forbidden-scopes"];
            if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
                for (const key1 in data0) {
                    let data1 = data0[key1];
                    if (Array.isArray(data1)) {
                        const len0 = data1.length;
                        for (let i0 = 0; i0 < len0; i0++) {
                            let data2 = data1[i0];
                            if (typeof data2 === "string") {
                                if (func3(data2) < 1) {
                                    const err1 = { instancePath: instancePath + "/forbidden-scopes/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i0, schemaPath: "#/properties/forbidden-scopes/additionalProperties/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema41.properties["forbidden-scopes"].additionalProperties.items, data: data2 };
                                    if (vErrors === null) {
                                        vErrors = [err1];
                                    }
                                    else {
                                        vErrors.push(err1);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err2 = { instancePath: instancePath + "/forbidden-scopes/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i0, schemaPath: "#/properties/forbidden-scopes/additionalProperties/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema41.properties["forbidden-scopes"].additionalProperties.items.type, parentSchema: schema41.properties["forbidden-scopes"].additionalProperties.items, data: data2 };
                                if (vErrors === null) {
                                    vErrors = [err2];
                                }
                                else {
                                    vErrors.push(err2);
                                }
                                errors++;
                            }
                        }
                        let i1 = data1.length;
                        let j0;
                        if (i1 > 1) {
                            const indices0 = {};
                            for (; i1--;) {
                                let item0 = data1[i1];
                                if (typeof item0 !== "string") {
                                    continue;
                                }
                                if (typeof indices0[item0] == "number") {
                                    j0 = indices0[item0];
                                    const err3 = { instancePath: instancePath + "/forbidden-scopes/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/forbidden-scopes/additionalProperties/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema41.properties["forbidden-scopes"].additionalProperties, data: data1 };
                                    if (vErrors === null) {
                                        vErrors = [err3];
                                    }
                                    else {
                                        vErrors.push(err3);
                                    }
                                    errors++;
                                    break;
                                }
                                indices0[item0] = i1;
                            }
                        }
                    }
                    else {
                        const err4 = { instancePath: instancePath + "/forbidden-scopes/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/forbidden-scopes/additionalProperties/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema41.properties["forbidden-scopes"].additionalProperties.type, parentSchema: schema41.properties["forbidden-scopes"].additionalProperties, data: data1 };
                        if (vErrors === null) {
                            vErrors = [err4];
                        }
                        else {
                            vErrors.push(err4);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err5 = { instancePath: instancePath + "/forbidden-scopes", schemaPath: "#/properties/forbidden-scopes/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema41.properties["forbidden-scopes"].type, parentSchema: schema41.properties["forbidden-scopes"], data: data0 };
                if (vErrors === null) {
                    vErrors = [err5];
                }
                else {
                    vErrors.push(err5);
                }
                errors++;
            }
        }
    }
    else {
        const err6 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema41.type, parentSchema: schema41, data };
        if (vErrors === null) {
            vErrors = [err6];
        }
        else {
            vErrors.push(err6);
        }
        errors++;
    }
    validate32.errors = vErrors;
    return errors === 0;
}
const rule4 = validate33;
const schema42 = { "type": "object", "properties": {}, "additionalProperties": false };
function validate33(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        for (const key0 in data) {
            const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema42, data };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
    }
    else {
        const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema42.type, parentSchema: schema42, data };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    validate33.errors = vErrors;
    return errors === 0;
}
const rule5 = validate34;
const schema43 = { "type": "object", "properties": {}, "additionalProperties": false };
function validate34(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        for (const key0 in data) {
            const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema43, data };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
    }
    else {
        const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema43.type, parentSchema: schema43, data };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    validate34.errors = vErrors;
    return errors === 0;
}
const rule6 = validate35;
const schema44 = { "type": "object", "properties": {}, "additionalProperties": false };
function validate35(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        for (const key0 in data) {
            const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema44, data };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
    }
    else {
        const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema44.type, parentSchema: schema44, data };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    validate35.errors = vErrors;
    return errors === 0;
}
const rule7 = validate36;
const schema45 = { "type": "object", "properties": { "ignore-types": { "type": "array", "items": { "type": "string", "maxLength": 64 }, "uniqueItems": true, "description": "Provider key types that are not secret (publishable keys are meant to be public)." }, "min-length": { "type": "integer", "minimum": 1, "maximum": 64, "description": "Credential-named values shorter than this are taken as placeholders." } }, "additionalProperties": false };
function validate36(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        for (const key0 in data) {
            if (!((key0 === "ignore-types") || (key0 === "min-length"))) {
                const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema45, data };
                if (vErrors === null) {
                    vErrors = [err0];
                }
                else {
                    vErrors.push(err0);
                }
                errors++;
            }
        }
        if (data["ignore-types"] !== undefined) {
            let data0 = data["ignore-types"];
            if (Array.isArray(data0)) {
                const len0 = data0.length;
                for (let i0 = 0; i0 < len0; i0++) {
                    let data1 = data0[i0];
                    if (typeof data1 === "string") {
                        if (func3(data1) > 64) {
                            const err1 = { instancePath: instancePath + "/ignore-types/" + i0, schemaPath: "#/properties/ignore-types/items/maxLength", keyword: "maxLength", params: { limit: 64 }, message: "must NOT have more than 64 characters", schema: 64, parentSchema: schema45.properties["ignore-types"].items, data: data1 };
                            if (vErrors === null) {
                                vErrors = [err1];
                            }
                            else {
                                vErrors.push(err1);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err2 = { instancePath: instancePath + "/ignore-types/" + i0, schemaPath: "#/properties/ignore-types/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema45.properties["ignore-types"].items.type, parentSchema: schema45.properties["ignore-types"].items, data: data1 };
                        if (vErrors === null) {
                            vErrors = [err2];
                        }
                        else {
                            vErrors.push(err2);
                        }
                        errors++;
                    }
                }
                let i1 = data0.length;
                let j0;
                if (i1 > 1) {
                    const indices0 = {};
                    for (; i1--;) {
                        let item0 = data0[i1];
                        if (typeof item0 !== "string") {
                            continue;
                        }
                        if (typeof indices0[item0] == "number") {
                            j0 = indices0[item0];
                            const err3 = { instancePath: instancePath + "/ignore-types", schemaPath: "#/properties/ignore-types/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema45.properties["ignore-types"], data: data0 };
                            if (vErrors === null) {
                                vErrors = [err3];
                            }
                            else {
                                vErrors.push(err3);
                            }
                            errors++;
                            break;
                        }
                        indices0[item0] = i1;
                    }
                }
            }
            else {
                const err4 = { instancePath: instancePath + "/ignore-types", schemaPath: "#/properties/ignore-types/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema45.properties["ignore-types"].type, parentSchema: schema45.properties["ignore-types"], data: data0 };
                if (vErrors === null) {
                    vErrors = [err4];
                }
                else {
                    vErrors.push(err4);
                }
                errors++;
            }
        }
        if (data["min-length"] !== undefined) {
            let data2 = data["min-length"];
            if (!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))) {
                const err5 = { instancePath: instancePath + "/min-length", schemaPath: "#/properties/min-length/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema45.properties["min-length"].type, parentSchema: schema45.properties["min-length"], data: data2 };
                if (vErrors === null) {
                    vErrors = [err5];
                }
                else {
                    vErrors.push(err5);
                }
                errors++;
            }
            if ((typeof data2 == "number") && (isFinite(data2))) {
                if (data2 > 64 || isNaN(data2)) {
                    const err6 = { instancePath: instancePath + "/min-length", schemaPath: "#/properties/min-length/maximum", keyword: "maximum", params: { comparison: "<=", limit: 64 }, message: "must be <= 64", schema: 64, parentSchema: schema45.properties["min-length"], data: data2 };
                    if (vErrors === null) {
                        vErrors = [err6];
                    }
                    else {
                        vErrors.push(err6);
                    }
                    errors++;
                }
                if (data2 < 1 || isNaN(data2)) {
                    const err7 = { instancePath: instancePath + "/min-length", schemaPath: "#/properties/min-length/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema45.properties["min-length"], data: data2 };
                    if (vErrors === null) {
                        vErrors = [err7];
                    }
                    else {
                        vErrors.push(err7);
                    }
                    errors++;
                }
            }
        }
    }
    else {
        const err8 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema45.type, parentSchema: schema45, data };
        if (vErrors === null) {
            vErrors = [err8];
        }
        else {
            vErrors.push(err8);
        }
        errors++;
    }
    validate36.errors = vErrors;
    return errors === 0;
}
const rule8 = validate37;
const schema46 = { "type": "object", "properties": {}, "additionalProperties": false };
function validate37(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        for (const key0 in data) {
            const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema46, data };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
    }
    else {
        const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema46.type, parentSchema: schema46, data };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    validate37.errors = vErrors;
    return errors === 0;
}
const rule9 = validate38;
const schema47 = { "type": "object", "properties": { "privileged-roles": { "type": "array", "items": { "type": "string", "maxLength": 253 }, "uniqueItems": true, "description": "ClusterRole names that grant everything; binding a service account to one is reported." }, "allow-service-accounts": { "type": "array", "items": { "type": "string", "maxLength": 300 }, "uniqueItems": true, "description": "Service accounts allowed such bindings, as NAMESPACE/NAME with * wildcards (kube-system/*)." } }, "additionalProperties": false };
function validate38(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        for (const key0 in data) {
            if (!((key0 === "privileged-roles") || (key0 === "allow-service-accounts"))) {
                const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema47, data };
                if (vErrors === null) {
                    vErrors = [err0];
                }
                else {
                    vErrors.push(err0);
                }
                errors++;
            }
        }
        if (data["privileged-roles"] !== undefined) {
            let data0 = data["privileged-roles"];
            if (Array.isArray(data0)) {
                const len0 = data0.length;
                for (let i0 = 0; i0 < len0; i0++) {
                    let data1 = data0[i0];
                    if (typeof data1 === "string") {
                        if (func3(data1) > 253) {
                            const err1 = { instancePath: instancePath + "/privileged-roles/" + i0, schemaPath: "#/properties/privileged-roles/items/maxLength", keyword: "maxLength", params: { limit: 253 }, message: "must NOT have more than 253 characters", schema: 253, parentSchema: schema47.properties["privileged-roles"].items, data: data1 };
                            if (vErrors === null) {
                                vErrors = [err1];
                            }
                            else {
                                vErrors.push(err1);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err2 = { instancePath: instancePath + "/privileged-roles/" + i0, schemaPath: "#/properties/privileged-roles/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema47.properties["privileged-roles"].items.type, parentSchema: schema47.properties["privileged-roles"].items, data: data1 };
                        if (vErrors === null) {
                            vErrors = [err2];
                        }
                        else {
                            vErrors.push(err2);
                        }
                        errors++;
                    }
                }
                let i1 = data0.length;
                let j0;
                if (i1 > 1) {
                    const indices0 = {};
                    for (; i1--;) {
                        let item0 = data0[i1];
                        if (typeof item0 !== "string") {
                            continue;
                        }
                        if (typeof indices0[item0] == "number") {
                            j0 = indices0[item0];
                            const err3 = { instancePath: instancePath + "/privileged-roles", schemaPath: "#/properties/privileged-roles/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema47.properties["privileged-roles"], data: data0 };
                            if (vErrors === null) {
                                vErrors = [err3];
                            }
                            else {
                                vErrors.push(err3);
                            }
                            errors++;
                            break;
                        }
                        indices0[item0] = i1;
                    }
                }
            }
            else {
                const err4 = { instancePath: instancePath + "/privileged-roles", schemaPath: "#/properties/privileged-roles/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema47.properties["privileged-roles"].type, parentSchema: schema47.properties["privileged-roles"], data: data0 };
                if (vErrors === null) {
                    vErrors = [err4];
                }
                else {
                    vErrors.push(err4);
                }
                errors++;
            }
        }
        if (data["allow-service-accounts"] !== undefined) {
            let data2 = data["allow-service-accounts"];
            if (Array.isArray(data2)) {
                const len1 = data2.length;
                for (let i2 = 0; i2 < len1; i2++) {
                    let data3 = data2[i2];
                    if (typeof data3 === "string") {
                        if (func3(data3) > 300) {
                            const err5 = { instancePath: instancePath + "/allow-service-accounts/" + i2, schemaPath: "#/properties/allow-service-accounts/items/maxLength", keyword: "maxLength", params: { limit: 300 }, message: "must NOT have more than 300 characters", schema: 300, parentSchema: schema47.properties["allow-service-accounts"].items, data: data3 };
                            if (vErrors === null) {
                                vErrors = [err5];
                            }
                            else {
                                vErrors.push(err5);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err6 = { instancePath: instancePath + "/allow-service-accounts/" + i2, schemaPath: "#/properties/allow-service-accounts/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema47.properties["allow-service-accounts"].items.type, parentSchema: schema47.properties["allow-service-accounts"].items, data: data3 };
                        if (vErrors === null) {
                            vErrors = [err6];
                        }
                        else {
                            vErrors.push(err6);
                        }
                        errors++;
                    }
                }
                let i3 = data2.length;
                let j1;
                if (i3 > 1) {
                    const indices1 = {};
                    for (; i3--;) {
                        let item1 = data2[i3];
                        if (typeof item1 !== "string") {
                            continue;
                        }
                        if (typeof indices1[item1] == "number") {
                            j1 = indices1[item1];
                            const err7 = { instancePath: instancePath + "/allow-service-accounts", schemaPath: "#/properties/allow-service-accounts/uniqueItems", keyword: "uniqueItems", params: { i: i3, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i3 + " are identical)", schema: true, parentSchema: schema47.properties["allow-service-accounts"], data: data2 };
                            if (vErrors === null) {
                                vErrors = [err7];
                            }
                            else {
                                vErrors.push(err7);
                            }
                            errors++;
                            break;
                        }
                        indices1[item1] = i3;
                    }
                }
            }
            else {
                const err8 = { instancePath: instancePath + "/allow-service-accounts", schemaPath: "#/properties/allow-service-accounts/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema47.properties["allow-service-accounts"].type, parentSchema: schema47.properties["allow-service-accounts"], data: data2 };
                if (vErrors === null) {
                    vErrors = [err8];
                }
                else {
                    vErrors.push(err8);
                }
                errors++;
            }
        }
    }
    else {
        const err9 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema47.type, parentSchema: schema47, data };
        if (vErrors === null) {
            vErrors = [err9];
        }
        else {
            vErrors.push(err9);
        }
        errors++;
    }
    validate38.errors = vErrors;
    return errors === 0;
}
const rule10 = validate39;
const schema48 = { "type": "object", "properties": { "max-age-days": { "type": "integer", "minimum": 1, "description": "Age in days at which a key is reported at the configured severity; keys.NAME.max-age-days overrides it for one key." }, "warn-age-days": { "type": "integer", "minimum": 0, "description": "Age in days at which a key is a warning; keep it at or below max-age-days. keys.NAME.warn-age-days overrides it for one key; a key with only its own max-age-days is warned as many days before it as the rule warns before its own." }, "expiry-warn-days": { "type": "integer", "minimum": 0, "description": "Lead time: warn when a key expires within this many days (0: only on the day it expires)." } }, "additionalProperties": false };
function validate39(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        for (const key0 in data) {
            if (!(((key0 === "max-age-days") || (key0 === "warn-age-days")) || (key0 === "expiry-warn-days"))) {
                const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema48, data };
                if (vErrors === null) {
                    vErrors = [err0];
                }
                else {
                    vErrors.push(err0);
                }
                errors++;
            }
        }
        if (data["max-age-days"] !== undefined) {
            let data0 = data["max-age-days"];
            if (!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))) {
                const err1 = { instancePath: instancePath + "/max-age-days", schemaPath: "#/properties/max-age-days/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema48.properties["max-age-days"].type, parentSchema: schema48.properties["max-age-days"], data: data0 };
                if (vErrors === null) {
                    vErrors = [err1];
                }
                else {
                    vErrors.push(err1);
                }
                errors++;
            }
            if ((typeof data0 == "number") && (isFinite(data0))) {
                if (data0 < 1 || isNaN(data0)) {
                    const err2 = { instancePath: instancePath + "/max-age-days", schemaPath: "#/properties/max-age-days/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema48.properties["max-age-days"], data: data0 };
                    if (vErrors === null) {
                        vErrors = [err2];
                    }
                    else {
                        vErrors.push(err2);
                    }
                    errors++;
                }
            }
        }
        if (data["warn-age-days"] !== undefined) {
            let data1 = data["warn-age-days"];
            if (!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))) {
                const err3 = { instancePath: instancePath + "/warn-age-days", schemaPath: "#/properties/warn-age-days/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema48.properties["warn-age-days"].type, parentSchema: schema48.properties["warn-age-days"], data: data1 };
                if (vErrors === null) {
                    vErrors = [err3];
                }
                else {
                    vErrors.push(err3);
                }
                errors++;
            }
            if ((typeof data1 == "number") && (isFinite(data1))) {
                if (data1 < 0 || isNaN(data1)) {
                    const err4 = { instancePath: instancePath + "/warn-age-days", schemaPath: "#/properties/warn-age-days/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema48.properties["warn-age-days"], data: data1 };
                    if (vErrors === null) {
                        vErrors = [err4];
                    }
                    else {
                        vErrors.push(err4);
                    }
                    errors++;
                }
            }
        }
        if (data["expiry-warn-days"] !== undefined) {
            let data2 = data["expiry-warn-days"];
            if (!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))) {
                const err5 = { instancePath: instancePath + "/expiry-warn-days", schemaPath: "#/properties/expiry-warn-days/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema48.properties["expiry-warn-days"].type, parentSchema: schema48.properties["expiry-warn-days"], data: data2 };
                if (vErrors === null) {
                    vErrors = [err5];
                }
                else {
                    vErrors.push(err5);
                }
                errors++;
            }
            if ((typeof data2 == "number") && (isFinite(data2))) {
                if (data2 < 0 || isNaN(data2)) {
                    const err6 = { instancePath: instancePath + "/expiry-warn-days", schemaPath: "#/properties/expiry-warn-days/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema48.properties["expiry-warn-days"], data: data2 };
                    if (vErrors === null) {
                        vErrors = [err6];
                    }
                    else {
                        vErrors.push(err6);
                    }
                    errors++;
                }
            }
        }
    }
    else {
        const err7 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema48.type, parentSchema: schema48, data };
        if (vErrors === null) {
            vErrors = [err7];
        }
        else {
            vErrors.push(err7);
        }
        errors++;
    }
    validate39.errors = vErrors;
    return errors === 0;
}
const rule11 = validate40;
const schema49 = { "type": "object", "properties": {}, "additionalProperties": false };
function validate40(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        for (const key0 in data) {
            const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema49, data };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
    }
    else {
        const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema49.type, parentSchema: schema49, data };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    validate40.errors = vErrors;
    return errors === 0;
}
const rule12 = validate41;
const schema50 = { "type": "object", "properties": {}, "additionalProperties": false };
function validate41(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        for (const key0 in data) {
            const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema50, data };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
    }
    else {
        const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema50.type, parentSchema: schema50, data };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    validate41.errors = vErrors;
    return errors === 0;
}
const rule13 = validate42;
const schema51 = { "type": "object", "properties": {}, "additionalProperties": false };
function validate42(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        for (const key0 in data) {
            const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema51, data };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
    }
    else {
        const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema51.type, parentSchema: schema51, data };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    validate42.errors = vErrors;
    return errors === 0;
}
const rule14 = validate43;
const schema52 = { "type": "object", "properties": {}, "additionalProperties": false };
function validate43(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        for (const key0 in data) {
            const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema52, data };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
    }
    else {
        const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema52.type, parentSchema: schema52, data };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    validate43.errors = vErrors;
    return errors === 0;
}
const rule15 = validate44;
const schema53 = { "type": "object", "properties": {}, "additionalProperties": false };
function validate44(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        for (const key0 in data) {
            const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema53, data };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
    }
    else {
        const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema53.type, parentSchema: schema53, data };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    validate44.errors = vErrors;
    return errors === 0;
}
/** The config schema's validator and the exact text it was compiled from. */
const COMPILED_CONFIG = {
    source: "{\n  \"$schema\": \"http://json-schema.org/draft-07/schema#\",\n  \"$id\": \"urn:keybound:schema:config:v1\",\n  \"title\": \"keybound config and policy pack\",\n  \"description\": \"keybound.yml, .github/keybound.yml and every policy pack it extends (SPEC section 4). The config never names hosts, URLs, headers or methods: where a secret is sent is compiled into keybound. Every pattern here is linear-time (no nested quantifiers), because ajv patterns backtrack.\",\n  \"type\": \"object\",\n  \"additionalProperties\": false,\n  \"properties\": {\n    \"version\": {\n      \"title\": \"Config format version\",\n      \"description\": \"Always 1.\",\n      \"const\": 1\n    },\n    \"extends\": {\n      \"title\": \"Policy packs\",\n      \"description\": \"Built-in pack names (recommended) or paths relative to this file, applied in order before this file. Without extends a config extends [recommended]; extends: [] means none.\",\n      \"type\": \"array\",\n      \"items\": { \"$ref\": \"#/definitions/nonEmptyString\" }\n    },\n    \"environments\": {\n      \"title\": \"Environment mappings\",\n      \"description\": \"Evidence that maps a use to an environment, added to the built-in conventions. Keys are environment names (production, staging, development or your own).\",\n      \"type\": \"object\",\n      \"additionalProperties\": { \"$ref\": \"#/definitions/environment\" }\n    },\n    \"keys\": {\n      \"title\": \"Key declarations\",\n      \"description\": \"What the owners declare about each key, by the name it is stored under in CI. Every field is optional.\",\n      \"type\": \"object\",\n      \"additionalProperties\": {\n        \"description\": \"A key with nothing under it (as keybound init writes it) is declared and nothing more.\",\n        \"if\": { \"type\": \"null\" },\n        \"then\": true,\n        \"else\": { \"$ref\": \"#/definitions/key\" }\n      }\n    },\n    \"rules\": {\n      \"title\": \"Rule settings\",\n      \"description\": \"Per-rule severity and options, by rule id. Each rule's own options schema validates its options.\",\n      \"type\": \"object\",\n      \"additionalProperties\": { \"$ref\": \"#/definitions/ruleSetting\" }\n    },\n    \"custom-rules\": {\n      \"title\": \"Custom rules\",\n      \"description\": \"Declarative rules written as CEL expressions over the model.\",\n      \"type\": \"array\",\n      \"items\": { \"$ref\": \"#/definitions/customRule\" }\n    },\n    \"exceptions\": {\n      \"title\": \"Exceptions\",\n      \"description\": \"Waivers of a rule for a key or path; each needs a reason and an end date.\",\n      \"type\": \"array\",\n      \"items\": { \"$ref\": \"#/definitions/exception\" }\n    },\n    \"ignore\": {\n      \"title\": \"Ignored paths\",\n      \"description\": \"Path globs never scanned, relative to the scanned root (a glob that matches a folder leaves out everything in it). --exclude adds to them.\",\n      \"$ref\": \"#/definitions/stringList\"\n    },\n    \"helm-values\": {\n      \"title\": \"Helm values files\",\n      \"description\": \"Globs (relative to the scanned root) of Helm values files keybound should read as such, beyond values*.yaml beside a Chart.yaml or beside a chart's folder. Their file names give environments (values-prod.yaml).\",\n      \"$ref\": \"#/definitions/stringList\"\n    }\n  },\n  \"definitions\": {\n    \"nonEmptyString\": {\n      \"type\": \"string\",\n      \"minLength\": 1\n    },\n    \"stringList\": {\n      \"type\": \"array\",\n      \"items\": { \"$ref\": \"#/definitions/nonEmptyString\" }\n    },\n    \"date\": {\n      \"description\": \"A calendar date, YYYY-MM-DD.\",\n      \"type\": \"string\",\n      \"format\": \"date\"\n    },\n    \"severity\": {\n      \"description\": \"error | warning | note | off\",\n      \"type\": \"string\",\n      \"enum\": [\"error\", \"warning\", \"note\", \"off\"]\n    },\n    \"ruleId\": {\n      \"description\": \"Lowercase letters, digits and dashes.\",\n      \"type\": \"string\",\n      \"pattern\": \"^[a-z0-9][a-z0-9-]*$\"\n    },\n    \"provider\": {\n      \"description\": \"A provider keybound has an adapter for, or none: no provider can check the key (a database password), so a gate relies on what the owners declare (principal-kind, owner, rotated).\",\n      \"type\": \"string\",\n      \"enum\": [\n        \"alibaba\",\n        \"anthropic\",\n        \"atlassian\",\n        \"aws\",\n        \"buildkite\",\n        \"circleci\",\n        \"cloudflare\",\n        \"confluent\",\n        \"databricks\",\n        \"datadog\",\n        \"discord\",\n        \"doppler\",\n        \"dropbox\",\n        \"elasticsearch\",\n        \"fastly\",\n        \"gcp\",\n        \"github\",\n        \"gitlab\",\n        \"honeycomb\",\n        \"huggingface\",\n        \"launchdarkly\",\n        \"netlify\",\n        \"notion\",\n        \"npm\",\n        \"okta\",\n        \"openai\",\n        \"openrouter\",\n        \"sendgrid\",\n        \"slack\",\n        \"square\",\n        \"stripe\",\n        \"terraform\",\n        \"twilio\",\n        \"vault\",\n        \"none\"\n      ]\n    },\n    \"environment\": {\n      \"title\": \"Environment mapping\",\n      \"type\": \"object\",\n      \"additionalProperties\": false,\n      \"properties\": {\n        \"github-environments\": {\n          \"description\": \"GitHub job environment names that mean this environment.\",\n          \"$ref\": \"#/definitions/stringList\"\n        },\n        \"paths\": {\n          \"description\": \"Path globs, relative to the scanned root.\",\n          \"$ref\": \"#/definitions/stringList\"\n        },\n        \"namespaces\": {\n          \"description\": \"Kubernetes namespaces that mean this environment.\",\n          \"$ref\": \"#/definitions/stringList\"\n        }\n      }\n    },\n    \"key\": {\n      \"title\": \"Key declaration\",\n      \"type\": \"object\",\n      \"additionalProperties\": false,\n      \"properties\": {\n        \"provider\": { \"$ref\": \"#/definitions/provider\" },\n        \"environment\": {\n          \"description\": \"The environment this key belongs to.\",\n          \"$ref\": \"#/definitions/nonEmptyString\"\n        },\n        \"principal\": {\n          \"description\": \"The expected principal: exact, or a glob with *.\",\n          \"$ref\": \"#/definitions/nonEmptyString\"\n        },\n        \"principal-kind\": {\n          \"description\": \"The expected kind of principal.\",\n          \"type\": \"string\",\n          \"enum\": [\"service\", \"human\"]\n        },\n        \"scopes\": {\n          \"description\": \"The scopes the key may hold; more is a least-privilege finding.\",\n          \"$ref\": \"#/definitions/stringList\"\n        },\n        \"rotated\": {\n          \"description\": \"Last rotation, YYYY-MM-DD; used when no better fact exists.\",\n          \"$ref\": \"#/definitions/date\"\n        },\n        \"owner\": {\n          \"description\": \"Who owns the key.\",\n          \"$ref\": \"#/definitions/nonEmptyString\"\n        },\n        \"aliases\": {\n          \"description\": \"The names the key goes by in manifests, compose files and dotenv files.\",\n          \"$ref\": \"#/definitions/stringList\"\n        },\n        \"max-age-days\": {\n          \"description\": \"This key's rotation limit in days: overrides rules.rotation-age.max-age-days for it, stricter or looser.\",\n          \"type\": \"integer\",\n          \"minimum\": 1\n        },\n        \"warn-age-days\": {\n          \"description\": \"Age in days at which this key is a rotation warning: overrides rules.rotation-age.warn-age-days for it.\",\n          \"type\": \"integer\",\n          \"minimum\": 0\n        }\n      }\n    },\n    \"ruleSetting\": {\n      \"title\": \"Rule setting\",\n      \"description\": \"A severity alone (rotation-age: off), or severity plus the rule's own options (validated by the rule's options schema).\",\n      \"if\": { \"type\": \"string\" },\n      \"then\": { \"$ref\": \"#/definitions/severity\" },\n      \"else\": {\n        \"type\": \"object\",\n        \"properties\": {\n          \"severity\": { \"$ref\": \"#/definitions/severity\" }\n        }\n      }\n    },\n    \"customRule\": {\n      \"title\": \"Custom rule\",\n      \"type\": \"object\",\n      \"additionalProperties\": false,\n      \"required\": [\"id\", \"severity\", \"message\", \"deny\"],\n      \"properties\": {\n        \"id\": { \"$ref\": \"#/definitions/ruleId\" },\n        \"severity\": { \"$ref\": \"#/definitions/severity\" },\n        \"message\": {\n          \"description\": \"Message template; {{key}} and other placeholders are filled in.\",\n          \"$ref\": \"#/definitions/nonEmptyString\"\n        },\n        \"when\": {\n          \"description\": \"CEL expression: the uses the rule looks at.\",\n          \"$ref\": \"#/definitions/nonEmptyString\"\n        },\n        \"deny\": {\n          \"description\": \"CEL expression: true means a finding.\",\n          \"$ref\": \"#/definitions/nonEmptyString\"\n        }\n      }\n    },\n    \"exception\": {\n      \"title\": \"Exception\",\n      \"type\": \"object\",\n      \"additionalProperties\": false,\n      \"required\": [\"rule\", \"until\", \"reason\"],\n      \"properties\": {\n        \"rule\": { \"$ref\": \"#/definitions/ruleId\" },\n        \"key\": {\n          \"description\": \"Key name (or alias) it waives; without it, the rule is waived wherever path matches.\",\n          \"$ref\": \"#/definitions/nonEmptyString\"\n        },\n        \"path\": {\n          \"description\": \"Path glob it is limited to.\",\n          \"$ref\": \"#/definitions/nonEmptyString\"\n        },\n        \"until\": {\n          \"description\": \"The last day it applies, YYYY-MM-DD.\",\n          \"$ref\": \"#/definitions/date\"\n        },\n        \"reason\": {\n          \"description\": \"Why the rule is waived.\",\n          \"type\": \"string\",\n          \"pattern\": \"\\\\S\"\n        },\n        \"owner\": { \"$ref\": \"#/definitions/nonEmptyString\" },\n        \"ticket\": { \"$ref\": \"#/definitions/nonEmptyString\" }\n      }\n    }\n  }\n}\n",
    validate: config,
};
/** Rule id -> its options validator and the exact schema (ruleOptionsSchema, as JSON) it was compiled from. */
const COMPILED_RULES = new Map([
    ["dynamic-secret-access", { schema: "{\"type\":\"object\",\"properties\":{},\"additionalProperties\":false}", validate: rule0 }],
    ["invalid-waiver", { schema: "{\"type\":\"object\",\"properties\":{\"max-waiver-days\":{\"type\":\"integer\",\"minimum\":1,\"maximum\":3650}},\"additionalProperties\":false}", validate: rule1 }],
    ["key-user-association", { schema: "{\"type\":\"object\",\"properties\":{\"unknown\":{\"enum\":[\"fail\",\"warn\"],\"description\":\"What an inconclusive smoke call does: fail a gate (exit 3), or only warn.\"}},\"additionalProperties\":false}", validate: rule2 }],
    ["least-privilege-scopes", { schema: "{\"type\":\"object\",\"properties\":{\"forbidden-scopes\":{\"type\":\"object\",\"description\":\"Provider id -> scopes no key may hold; `*` matches any run of characters.\",\"additionalProperties\":{\"type\":\"array\",\"items\":{\"type\":\"string\",\"minLength\":1},\"uniqueItems\":true}}},\"additionalProperties\":false}", validate: rule3 }],
    ["long-lived-cloud-key", { schema: "{\"type\":\"object\",\"properties\":{},\"additionalProperties\":false}", validate: rule4 }],
    ["no-dev-keys-in-prod", { schema: "{\"type\":\"object\",\"properties\":{},\"additionalProperties\":false}", validate: rule5 }],
    ["parse-error", { schema: "{\"type\":\"object\",\"properties\":{},\"additionalProperties\":false}", validate: rule6 }],
    ["plaintext-secret", { schema: "{\"type\":\"object\",\"properties\":{\"ignore-types\":{\"type\":\"array\",\"items\":{\"type\":\"string\",\"maxLength\":64},\"uniqueItems\":true,\"description\":\"Provider key types that are not secret (publishable keys are meant to be public).\"},\"min-length\":{\"type\":\"integer\",\"minimum\":1,\"maximum\":64,\"description\":\"Credential-named values shorter than this are taken as placeholders.\"}},\"additionalProperties\":false}", validate: rule7 }],
    ["policy-change", { schema: "{\"type\":\"object\",\"properties\":{},\"additionalProperties\":false}", validate: rule8 }],
    ["rbac-least-privilege", { schema: "{\"type\":\"object\",\"properties\":{\"privileged-roles\":{\"type\":\"array\",\"items\":{\"type\":\"string\",\"maxLength\":253},\"uniqueItems\":true,\"description\":\"ClusterRole names that grant everything; binding a service account to one is reported.\"},\"allow-service-accounts\":{\"type\":\"array\",\"items\":{\"type\":\"string\",\"maxLength\":300},\"uniqueItems\":true,\"description\":\"Service accounts allowed such bindings, as NAMESPACE/NAME with * wildcards (kube-system/*).\"}},\"additionalProperties\":false}", validate: rule9 }],
    ["rotation-age", { schema: "{\"type\":\"object\",\"properties\":{\"max-age-days\":{\"type\":\"integer\",\"minimum\":1,\"description\":\"Age in days at which a key is reported at the configured severity; keys.NAME.max-age-days overrides it for one key.\"},\"warn-age-days\":{\"type\":\"integer\",\"minimum\":0,\"description\":\"Age in days at which a key is a warning; keep it at or below max-age-days. keys.NAME.warn-age-days overrides it for one key; a key with only its own max-age-days is warned as many days before it as the rule warns before its own.\"},\"expiry-warn-days\":{\"type\":\"integer\",\"minimum\":0,\"description\":\"Lead time: warn when a key expires within this many days (0: only on the day it expires).\"}},\"additionalProperties\":false}", validate: rule10 }],
    ["secrets-overexposed", { schema: "{\"type\":\"object\",\"properties\":{},\"additionalProperties\":false}", validate: rule11 }],
    ["service-account-bound", { schema: "{\"type\":\"object\",\"properties\":{},\"additionalProperties\":false}", validate: rule12 }],
    ["shared-value", { schema: "{\"type\":\"object\",\"properties\":{},\"additionalProperties\":false}", validate: rule13 }],
    ["unused-secret", { schema: "{\"type\":\"object\",\"properties\":{},\"additionalProperties\":false}", validate: rule14 }],
    ["workflow-permissions", { schema: "{\"type\":\"object\",\"properties\":{},\"additionalProperties\":false}", validate: rule15 }],
]);

// EXTERNAL MODULE: ./src/policy/rule-options-schema.ts
var rule_options_schema = __webpack_require__(6713);
;// CONCATENATED MODULE: ./src/policy/schema.ts
// The validators: the config JSON Schema (policies/config.schema.json, embedded so bundles carry it) and
// each rule's options schema. Both are compiled at build time (ajv standalone code in
// src/generated/validators.ts, issue 15), so no schema is compiled at start-up; a schema that differs
// from the one compiled there (not regenerated yet, or a test's own rule) is compiled by ajv on first use;
// ajv itself is loaded (prepareValidators, before a config is loaded) only when such a schema exists.





/** File name of the config schema in policies/. */
const CONFIG_SCHEMA_FILE = 'config.schema.json';
let configValidator;
const ruleValidators = new WeakMap();
/** ajv's compiler, loaded by prepareValidators only when a schema was not compiled at build time. */
let runtimeCompile;
/** The build-time validator of a rule's options, if its schema has not changed since. */
function precompiledRule(rule) {
    const compiled = COMPILED_RULES.get(rule.meta.id);
    return compiled && compiled.schema === JSON.stringify((0,rule_options_schema/* ruleOptionsSchema */.e)(rule)) ? compiled.validate : undefined;
}
/**
 * Loads ajv when the config schema or one of these rules' options schemas was not compiled at build
 * time (ajv costs ≈ 15 ms of every start otherwise; issue 15). loadConfig calls it first.
 */
async function prepareValidators(rules) {
    if (runtimeCompile)
        return;
    if (COMPILED_CONFIG.source === configSchemaText() && rules.every((rule) => precompiledRule(rule)))
        return;
    runtimeCompile = (await Promise.all(/* import() */[__webpack_require__.e(463), __webpack_require__.e(551)]).then(__webpack_require__.bind(__webpack_require__, 5551))).compileSchema;
}
function runtimeCompiler() {
    if (!runtimeCompile) {
        throw new core_errors/* KeyboundError */.Gv('internal', 'a schema not compiled at build time needs prepareValidators() first');
    }
    return runtimeCompile;
}
function configSchemaText() {
    const text = POLICY_FILES[CONFIG_SCHEMA_FILE];
    if (text === undefined) {
        throw new core_errors/* KeyboundError */.Gv('internal', `${CONFIG_SCHEMA_FILE} is not embedded; run node scripts/generate.mjs`);
    }
    return text;
}
/** The parsed config schema (for `keybound schema` style commands and tests). */
function configSchema() {
    return JSON.parse(configSchemaText());
}
/** Validates one parsed config or policy file; returns ajv's errors (to be rewritten, never shown raw). */
function validateConfigData(data) {
    configValidator ??=
        COMPILED_CONFIG.source === configSchemaText() ? COMPILED_CONFIG.validate : runtimeCompiler()(configSchema());
    const validate = configValidator;
    return validate(data) ? [] : [...(validate.errors ?? [])];
}
/** Validates a rule's merged options against its options schema (see ruleOptionsSchema). */
function validateRuleOptions(rule, options) {
    let validate = ruleValidators.get(rule);
    if (!validate) {
        validate = precompiledRule(rule);
        if (!validate) {
            const compile = runtimeCompiler();
            try {
                validate = compile((0,rule_options_schema/* ruleOptionsSchema */.e)(rule));
            }
            catch (error) {
                const why = error instanceof Error ? error.message.split('\n')[0] : String(error);
                throw new core_errors/* KeyboundError */.Gv('internal', `rule "${rule.meta.id}" has an invalid options schema: ${why}`);
            }
        }
        ruleValidators.set(rule, validate);
    }
    return validate(options) ? [] : [...(validate.errors ?? [])];
}

// EXTERNAL MODULE: ./src/policy/tree.ts
var tree = __webpack_require__(8608);
;// CONCATENATED MODULE: ./src/policy/source.ts
// One config or policy file, parsed and validated against the config schema: YAML problems and schema
// errors become located KeyboundErrors (code `config` for the config, `policy` for packs). The data
// comes back even when invalid, so later checks still run on the parts that are well-formed.






/** Where a problem stands in a source, as a KeyboundError with file, line, column and dotted path. */
function errorAt(source, path, message, at = 'value') {
    const { line, column } = (0,tree/* locate */.x5)(source.file, source.doc, source.lineCounter, path, at);
    return new core_errors/* KeyboundError */.Gv(source.code, message, {
        file: source.file,
        line,
        column,
        path: (0,tree/* formatPath */.jV)(path) || undefined,
    });
}
/** Parses and schema-validates one file; every problem found is pushed onto `errors`. */
function parseSource(text, meta, errors) {
    const parsed = (0,yaml/* parseYaml */.hN)(text, { warningsAsErrors: true });
    const doc = parsed.docs[0];
    const source = { ...meta, doc, lineCounter: parsed.lineCounter, text, data: (0,tree/* plainObject */.ov)() };
    if (parsed.problems.length) {
        for (const problem of parsed.problems)
            errors.push(yamlError(source, problem));
        return { ...source, doc: undefined };
    }
    if (parsed.docs.length > 1) {
        const [line, column] = (0,yaml/* position */.G1)(parsed.lineCounter, parsed.docs[1].range[0]);
        errors.push(new core_errors/* KeyboundError */.Gv(meta.code, 'must hold one YAML document, found more after ---', {
            file: meta.file,
            line,
            column,
        }));
    }
    // An empty or comment-only file is an empty config: it extends recommended and changes nothing.
    if (!doc || doc.contents === null)
        return source;
    const problems = [];
    let data;
    try {
        data = (0,tree/* toData */.OY)(doc, problems);
    }
    catch (error) {
        if (!(error instanceof yaml/* YamlBudgetError */.dd))
            throw error;
        errors.push(new core_errors/* KeyboundError */.Gv(meta.code, error.message, { file: meta.file }));
        return { ...source, doc: undefined };
    }
    for (const problem of problems) {
        const [line, column] = (0,yaml/* position */.G1)(parsed.lineCounter, problem.node.range?.[0] ?? 0);
        errors.push(new core_errors/* KeyboundError */.Gv(meta.code, problem.message, { file: meta.file, line, column }));
    }
    for (const problem of (0,messages/* schemaProblems */.Ic)(validateConfigData(data), data)) {
        errors.push(errorAt(source, problem.path, problem.message, problem.at));
    }
    return { ...source, data: (0,tree/* isPlainObject */.Qd)(data) ? data : (0,tree/* plainObject */.ov)() };
}
function yamlError(source, problem) {
    const place = { file: source.file, line: problem.line, column: problem.column };
    if (problem.firstLine !== undefined && problem.line !== undefined && problem.column !== undefined) {
        const key = keyAt(source.doc, source.lineCounter, problem.line, problem.column);
        if (key) {
            const message = `duplicate key ${JSON.stringify(key.name)} (first at line ${problem.firstLine})`;
            return new core_errors/* KeyboundError */.Gv(source.code, message, { ...place, path: (0,tree/* formatPath */.jV)(key.path) });
        }
    }
    const tag = /^Unresolved tag: (.*)$/.exec(problem.message);
    if (tag) {
        const name = tag[1].replace(/^tag:yaml\.org,2002:/, '!!');
        return new core_errors/* KeyboundError */.Gv(source.code, `unknown tag ${name}: tags are not allowed in config`, place);
    }
    return new core_errors/* KeyboundError */.Gv(source.code, problem.message, place);
}
/** The scalar key that starts at line:column, with its path (for duplicate-key messages). */
function keyAt(doc, lineCounter, line, column) {
    let found;
    const visit = (node, path) => {
        if (found)
            return;
        if ((0,dist/* isMap */.jh)(node)) {
            for (const pair of node.items) {
                const key = pair.key;
                if (!(0,dist/* isScalar */.jn)(key))
                    continue;
                const name = String(key.value);
                if (key.range) {
                    const [l, c] = (0,yaml/* position */.G1)(lineCounter, key.range[0]);
                    if (l === line && c === column) {
                        found = { name, path: [...path, name] };
                        return;
                    }
                }
                visit(pair.value, [...path, name]);
            }
        }
        else if ((0,dist/* isSeq */.oP)(node)) {
            node.items.forEach((item, index) => visit(item, [...path, index]));
        }
    };
    visit(doc?.contents, []);
    return found;
}

;// CONCATENATED MODULE: ./src/policy/ignore.ts
// `ignore:`: path globs never scanned, relative to the scanned root. Every applied file adds its own
// (packs first); a glob that could never match a scanned path is an error where it is written.


/** The `ignore:` globs of all files, in order, without repeats. */
function mergeIgnore(sources, errors) {
    const out = [];
    for (const source of sources) {
        const list = source.data.ignore;
        if (!Array.isArray(list))
            continue;
        list.forEach((glob, index) => {
            if (typeof glob !== 'string' || glob === '')
                return;
            const problem = globProblem(glob);
            if (problem)
                errors.push(errorAt(source, ['ignore', index], `${JSON.stringify(glob)} ${problem}`));
            else if (!out.includes(glob))
                out.push(glob);
        });
    }
    return out;
}

;// CONCATENATED MODULE: ./src/policy/merge-keys.ts
// `environments:` and `keys:` of every applied file, merged field by field (later files win), plus the
// checks that need the merged view: GITHUB_TOKEN is only ever a GitHub key (SECURITY.md case 3), and a
// key's declared environment must be one keybound knows.




const ENVIRONMENT_FIELDS = [
    ['github-environments', 'githubEnvironments'],
    ['paths', 'paths'],
    ['namespaces', 'namespaces'],
];
const KEY_STRING_FIELDS = [
    ['provider', 'provider'],
    ['environment', 'environment'],
    ['principal', 'principal'],
    ['principal-kind', 'principalKind'],
    ['rotated', 'rotated'],
    ['owner', 'owner'],
];
const KEY_LIST_FIELDS = [
    ['scopes', 'scopes'],
    ['aliases', 'aliases'],
];
const KEY_NUMBER_FIELDS = [
    ['max-age-days', 'maxAgeDays'],
    ['warn-age-days', 'warnAgeDays'],
];
/** The environment mappings of all files: a later file's list replaces an earlier one's. */
function mergeEnvironments(sources) {
    const merged = new Map();
    for (const source of sources) {
        const section = source.data.environments;
        if (!(0,tree/* isPlainObject */.Qd)(section))
            continue;
        for (const [name, entry] of Object.entries(section)) {
            if (!(0,tree/* isPlainObject */.Qd)(entry))
                continue;
            const target = merged.get(name) ?? { name, githubEnvironments: [], paths: [], namespaces: [] };
            for (const [field, property] of ENVIRONMENT_FIELDS) {
                const list = stringList(entry[field]);
                if (list)
                    target[property] = list;
            }
            merged.set(name, target);
        }
    }
    return [...merged.values()];
}
/** The key declarations of all files, field by field; each key's location is where it was last declared. */
function mergeKeys(sources, environments, errors) {
    const keys = new Map();
    const places = new Map();
    for (const source of sources) {
        const section = source.data.keys;
        if (!(0,tree/* isPlainObject */.Qd)(section))
            continue;
        for (const [name, value] of Object.entries(section)) {
            // `NAME:` with nothing under it (as keybound init writes it) declares the key and nothing else.
            const entry = value === null ? {} : value;
            if (!(0,tree/* isPlainObject */.Qd)(entry))
                continue;
            const declaration = keys.get(name) ?? { name };
            const fieldPlaces = places.get(name) ?? new Map();
            const place = (field) => void fieldPlaces.set(field, { source, path: ['keys', name, field] });
            for (const [field, property] of KEY_STRING_FIELDS) {
                const value = entry[field];
                if (typeof value !== 'string')
                    continue;
                declaration[property] = value;
                place(field);
            }
            for (const [field, property] of KEY_LIST_FIELDS) {
                const list = stringList(entry[field]);
                if (!list)
                    continue;
                declaration[property] = list;
                place(field);
            }
            for (const [field, property] of KEY_NUMBER_FIELDS) {
                const value = entry[field];
                if (typeof value !== 'number')
                    continue;
                declaration[property] = value;
                place(field);
            }
            declaration.location = (0,tree/* locate */.x5)(source.file, source.doc, source.lineCounter, ['keys', name], 'key');
            keys.set(name, declaration);
            places.set(name, fieldPlaces);
        }
    }
    const known = [
        ...types/* BUILTIN_ENVIRONMENTS */.r8,
        ...environments.map((e) => e.name).filter((n) => !types/* BUILTIN_ENVIRONMENTS */.r8.includes(n)),
    ];
    for (const declaration of keys.values()) {
        const fieldPlaces = places.get(declaration.name) ?? new Map();
        checkGithubToken(declaration, fieldPlaces, errors);
        checkEnvironment(declaration, fieldPlaces, known, errors);
    }
    return keys;
}
// SECURITY: GITHUB_TOKEN is sent only to the GitHub API. Declaring it as another provider's key would
// route the workflow token to that provider's endpoint, so it is refused (GitHub names ignore case).
function checkGithubToken(declaration, places, errors) {
    if (declaration.provider === undefined || declaration.provider === 'github')
        return;
    const names = [declaration.name, ...(declaration.aliases ?? [])];
    const token = names.find((n) => n.toUpperCase() === 'GITHUB_TOKEN');
    if (token === undefined)
        return;
    const placed = places.get('provider');
    if (!placed)
        return;
    const via = token === declaration.name ? 'GITHUB_TOKEN' : `${declaration.name} (alias ${JSON.stringify(token)})`;
    errors.push(errorAt(placed.source, placed.path, `${via} is only ever sent to the GitHub API and cannot be declared as a ${JSON.stringify(declaration.provider)} key; use provider: github or leave provider out`));
}
function checkEnvironment(declaration, places, known, errors) {
    const environment = declaration.environment;
    if (environment === undefined || known.includes(environment))
        return;
    const placed = places.get('environment');
    if (!placed)
        return;
    const close = (0,messages/* closeMatches */.KA)(environment, known);
    const hint = close.length
        ? `; did you mean ${close.map((c) => JSON.stringify(c)).join(' or ')}?`
        : '; define it under environments: to use your own name';
    errors.push(errorAt(placed.source, placed.path, `unknown environment ${JSON.stringify(environment)} (known: ${known.join(', ')})${hint}`));
}
function stringList(value) {
    return Array.isArray(value) && value.every((v) => typeof v === 'string') ? [...value] : undefined;
}

;// CONCATENATED MODULE: ./src/policy/merge-rules.ts
// `rules:`, `custom-rules:` and `exceptions:` of every applied file. Rule options are merged over the
// rule's defaults (later files win, option by option) and validated against the rule's own options
// schema when the policy loads, with each error placed in the file that set the offending option.





const SEVERITY_SETTINGS = [...types/* SEVERITIES */.oC, 'off'];
function isSeverity(value) {
    return typeof value === 'string' && SEVERITY_SETTINGS.includes(value);
}
/** Every registered rule's severity and options, after all files; unknown ids and bad options are errors. */
function mergeRuleSettings(sources, rules, customIds, errors) {
    const registry = new Map(rules.map((rule) => [rule.meta.id, rule]));
    const drafts = new Map();
    for (const source of sources) {
        const section = source.data.rules;
        if (!(0,tree/* isPlainObject */.Qd)(section))
            continue;
        for (const [id, entry] of Object.entries(section)) {
            const path = ['rules', id];
            if (!registry.has(id)) {
                errors.push(errorAt(source, path, unknownRule(id, [...registry.keys()], customIds), 'key'));
                continue;
            }
            // `rotation-age: off` is shorthand for `rotation-age: { severity: off }` (the ESLint habit).
            const setting = typeof entry === 'string' ? { severity: entry } : entry;
            if (!(0,tree/* isPlainObject */.Qd)(setting))
                continue;
            const draft = drafts.get(id) ?? { options: new Map(), last: { source, path } };
            draft.last = { source, path };
            for (const [option, value] of Object.entries(setting)) {
                if (option === 'severity') {
                    if (id === 'invalid-waiver' && value === 'off') {
                        errors.push(errorAt(source, typeof entry === 'string' ? path : [...path, 'severity'], 'invalid-waiver cannot be off: expired exceptions always fail; use warning or note to soften unused-waiver reports'));
                    }
                    else if (isSeverity(value))
                        draft.severity = value;
                }
                else {
                    draft.options.set(option, { value, placed: { source, path: [...path, option] } });
                }
            }
            drafts.set(id, draft);
        }
    }
    const settings = Object.create(null);
    for (const rule of rules) {
        const draft = drafts.get(rule.meta.id);
        const options = (0,tree/* plainObject */.ov)();
        // Copied, so a rule that changes its options cannot change its defaults for the next load.
        for (const [name, value] of Object.entries(rule.meta.defaultOptions))
            options[name] = structuredClone(value);
        if (draft) {
            for (const [name, { value }] of draft.options)
                options[name] = value;
            for (const problem of (0,messages/* schemaProblems */.Ic)(validateRuleOptions(rule, options), options)) {
                // The file that set the offending option, else the last file that configured the rule.
                const source = draft.options.get(String(problem.path[0]))?.placed.source ?? draft.last.source;
                errors.push(errorAt(source, ['rules', rule.meta.id, ...problem.path], problem.message, problem.at));
            }
        }
        settings[rule.meta.id] = { severity: draft?.severity ?? rule.meta.defaultSeverity, options };
    }
    return settings;
}
function unknownRule(id, known, customIds) {
    if (customIds.has(id))
        return `${JSON.stringify(id)} is a custom rule; set its severity in custom-rules, not rules`;
    const close = (0,messages/* closeMatches */.KA)(id, known);
    if (close.length)
        return `unknown rule ${JSON.stringify(id)}; did you mean ${close.map((c) => JSON.stringify(c)).join(' or ')}?`;
    return `unknown rule ${JSON.stringify(id)} (known rules: ${[...known].sort().join(', ')})`;
}
/** Whether any file declares custom rules (CEL is loaded only then; issue 15: start-up). */
function hasCustomRules(sources) {
    return sources.some((source) => {
        const list = source.data['custom-rules'];
        return Array.isArray(list) && list.length > 0;
    });
}
/**
 * Custom rules of all files; a later file's rule with the same id replaces an earlier one. `compile` is
 * cel.ts's compileCustomRule, loaded by the caller when hasCustomRules(sources).
 */
function mergeCustomRules(sources, rules, errors, compile) {
    const builtinIds = new Set(rules.map((rule) => rule.meta.id));
    const merged = new Map();
    for (const source of sources) {
        const list = source.data['custom-rules'];
        if (!Array.isArray(list))
            continue;
        const firstLines = new Map();
        list.forEach((item, index) => {
            if (!(0,tree/* isPlainObject */.Qd)(item) || typeof item.id !== 'string')
                return;
            const path = ['custom-rules', index];
            const location = (0,tree/* locate */.x5)(source.file, source.doc, source.lineCounter, path);
            if (builtinIds.has(item.id)) {
                errors.push(errorAt(source, [...path, 'id'], `${JSON.stringify(item.id)} is the id of a built-in rule; give the custom rule its own id`));
                return;
            }
            const first = firstLines.get(item.id);
            if (first !== undefined) {
                errors.push(errorAt(source, [...path, 'id'], `duplicate custom rule id ${JSON.stringify(item.id)} (first at line ${first})`));
                return;
            }
            firstLines.set(item.id, location.line);
            const spec = {
                id: item.id,
                severity: isSeverity(item.severity) ? item.severity : 'error',
                message: typeof item.message === 'string' ? item.message : '',
                ...(typeof item.when === 'string' ? { when: item.when } : {}),
                deny: typeof item.deny === 'string' ? item.deny : '',
                location,
            };
            // A rule that is off is still compiled: a broken expression should not wait to be switched on.
            if (typeof item.deny === 'string' && compile) {
                const compiled = compile(source, path, spec, errors);
                if (compiled)
                    spec.compiled = compiled;
            }
            merged.set(item.id, spec);
        });
    }
    return [...merged.values()];
}
const EXCEPTION_OPTIONAL = ['key', 'path', 'owner', 'ticket'];
/** Exceptions of all files, in order; each must name a known rule. */
function mergeExceptions(sources, ruleIds, errors) {
    const out = [];
    for (const source of sources) {
        const list = source.data.exceptions;
        if (!Array.isArray(list))
            continue;
        list.forEach((item, index) => {
            if (!(0,tree/* isPlainObject */.Qd)(item) || typeof item.rule !== 'string')
                return;
            const path = ['exceptions', index];
            if (!ruleIds.includes(item.rule)) {
                const close = (0,messages/* closeMatches */.KA)(item.rule, ruleIds);
                const hint = close.length
                    ? `; did you mean ${close.map((c) => JSON.stringify(c)).join(' or ')}?`
                    : ` (known rules: ${[...ruleIds].sort().join(', ')})`;
                errors.push(errorAt(source, [...path, 'rule'], `unknown rule ${JSON.stringify(item.rule)}${hint}`));
            }
            const spec = {
                rule: item.rule,
                until: typeof item.until === 'string' ? item.until : '',
                reason: typeof item.reason === 'string' ? item.reason : '',
                location: (0,tree/* locate */.x5)(source.file, source.doc, source.lineCounter, path),
            };
            for (const field of EXCEPTION_OPTIONAL) {
                const value = item[field];
                if (typeof value === 'string')
                    spec[field] = value;
            }
            out.push(spec);
        });
    }
    return out;
}

;// CONCATENATED MODULE: ./src/policy/resolve.ts
// Resolution of `extends`: which packs apply, in which order. Packs are built-in names (`recommended`
// -> policies/recommended.yml, embedded) or paths relative to the file that names them. Each pack's
// own packs come before it; a pack reached twice applies once, at its first place; cycles are errors.








/** The pack a config without `extends` extends. */
const DEFAULT_PACK = 'recommended';
/** A built-in pack is named by a bare word; anything with a `/` or an extension is a file path. */
const BUILTIN_NAME = /^[a-z0-9][a-z0-9-]*$/;
/** Every file that applies, in order: packs first (depth first, as listed), `top` last. */
function resolveChain(top, context) {
    const order = [];
    const applied = new Set();
    const visit = (source, stack) => {
        for (const entry of extendsEntries(source)) {
            const pack = openPack(entry, source, context);
            if (!pack)
                continue;
            const cycle = stack.findIndex((s) => s.id === pack.id);
            if (cycle >= 0) {
                const names = [...stack.slice(cycle), pack].map((s) => s.file).join(' -> ');
                context.errors.push(errorAt(source, entry.path ?? [], `extends cycle: ${names}`));
                continue;
            }
            if (applied.has(pack.id))
                continue;
            applied.add(pack.id);
            visit(pack, [...stack, pack]);
            order.push(pack);
        }
    };
    applied.add(top.id);
    visit(top, [top]);
    order.push(top);
    return order;
}
/** The built-in pack names available in this build. */
function builtinPackNames(builtins) {
    return Object.keys(builtins)
        .filter((name) => /\.ya?ml$/.test(name))
        .map((name) => name.replace(/\.ya?ml$/, ''))
        .sort();
}
function extendsEntries(source) {
    const value = source.data.extends;
    // Only the config itself implies `recommended`; a pack without `extends` extends nothing.
    if (value === undefined)
        return source.code === 'config' ? [{ name: DEFAULT_PACK }] : [];
    if (!Array.isArray(value))
        return [];
    return value.flatMap((name, index) => (typeof name === 'string' && name ? [{ name, path: ['extends', index] }] : []));
}
function openPack(entry, from, context) {
    const fail = (message, code = from.code) => {
        const error = errorAt(from, entry.path ?? [], message);
        context.errors.push(new core_errors/* KeyboundError */.Gv(code, error.message, error.place));
        return undefined;
    };
    if (from.builtin || BUILTIN_NAME.test(entry.name)) {
        // Inside a built-in pack every entry names another built-in pack.
        const name = from.builtin ? (0,external_node_path_.basename)(entry.name).replace(/\.ya?ml$/, '') : entry.name;
        const fileName = [`${name}.yml`, `${name}.yaml`].find((f) => context.builtins[f] !== undefined);
        if (!fileName) {
            const known = builtinPackNames(context.builtins);
            if (!entry.path)
                return fail(`the built-in policy "${name}" is missing from this build`, 'internal');
            const close = (0,messages/* closeMatches */.KA)(name, known);
            const hint = close.length ? `did you mean ${close.map((c) => JSON.stringify(c)).join(' or ')}? ` : '';
            return fail(`unknown policy pack ${JSON.stringify(name)} (${hint}built-in packs: ${known.join(', ') || 'none'}; a file needs a path such as ./${name}.yml)`);
        }
        const meta = {
            file: `keybound/policies/${fileName}`,
            id: `builtin:${fileName}`,
            builtin: true,
            code: 'policy',
        };
        const prepared = context.builtins === POLICY_FILES ? POLICY_DATA[fileName] : undefined;
        if (prepared !== undefined)
            return { ...meta, lineCounter: new dist/* LineCounter */.HN(), data: packData(prepared) };
        return parseSource(context.builtins[fileName], meta, context.errors);
    }
    if ((0,external_node_path_.isAbsolute)(entry.name) || !from.absPath) {
        return fail(`policy pack ${JSON.stringify(entry.name)} must be a path relative to ${from.file}`);
    }
    const absPath = (0,external_node_path_.resolve)((0,external_node_path_.dirname)(from.absPath), entry.name);
    const file = displayPath(context.root, absPath);
    let text;
    try {
        text = tryRead(absPath, file, context.io);
        if (text !== undefined)
            assertInside(context.io, absPath, context.trustedDirs, file);
    }
    catch (error) {
        if (!(error instanceof core_errors/* KeyboundError */.Gv))
            throw error;
        return fail(`policy pack ${JSON.stringify(entry.name)} ${error.message}`);
    }
    if (text === undefined)
        return fail(`policy pack ${JSON.stringify(entry.name)} was not found (looked for ${file})`);
    return parseSource(text, { file, id: absPath, absPath, builtin: false, code: 'policy' }, context.errors);
}
/**
 * A built-in pack's data as read at build time (scripts/generate.mjs), with prototype-free objects as
 * parseSource makes them. The pack's YAML is then not parsed at every start (issue 15: a process's first
 * YAML parse costs ≈ 12 ms of compiling the parser); built-in packs have no positions to report.
 */
function packData(json) {
    const data = JSON.parse(json, (_key, value) => (0,tree/* isPlainObject */.Qd)(value) ? Object.assign((0,tree/* plainObject */.ov)(), value) : value);
    return (0,tree/* isPlainObject */.Qd)(data) ? data : (0,tree/* plainObject */.ov)();
}

;// CONCATENATED MODULE: ./src/policy/load.ts
// loadConfig: finds the config, parses and validates it and every pack it extends, merges them (packs
// in order, then the config; later wins) into the ResolvedConfig the engine and rules read. Every
// problem in every file is collected and thrown together as one KeyboundErrors (exit 2).












/**
 * Loads and resolves the config. Throws KeyboundErrors (code `config`, or `policy` when the first
 * problem is in a pack) listing every problem, each with file, line, column and dotted path.
 */
async function loadConfig(options) {
    return (await loadPolicySources(options)).config;
}
/** loadConfig, with the files it read in the order they apply (packs first, the config last). */
async function loadPolicySources(options) {
    const root = (0,external_node_path_.resolve)(options.root);
    // With an injected reader the files are not on disk, so symlinks cannot be resolved either.
    const io = options.readFile ? { readFile: options.readFile, realpath: (p) => p } : fsIo;
    const builtins = options.builtins ?? POLICY_FILES;
    const rules = options.rules;
    const errors = [];
    // ajv and CEL are loaded only when needed (issue 15: start-up); hence async.
    await prepareValidators(rules);
    const found = discoverConfig(root, options.configPath, io);
    let top;
    if (found) {
        top = parseSource(found.text, { file: found.file, id: found.absPath, absPath: found.absPath, builtin: false, code: 'config' }, errors);
    }
    else {
        // No config: an empty one, which implies `extends: [recommended]` and nothing else.
        top = {
            file: '(built-in defaults)',
            id: 'builtin:(defaults)',
            builtin: true,
            code: 'config',
            lineCounter: new dist/* LineCounter */.HN(),
            data: (0,tree/* plainObject */.ov)(),
        };
    }
    const trustedDirs = found ? [root, (0,external_node_path_.dirname)(found.absPath)] : [root];
    const chain = resolveChain(top, { root, io, builtins, trustedDirs, errors });
    const sources = found ? chain : chain.filter((source) => source !== top);
    const environments = mergeEnvironments(sources);
    const keys = mergeKeys(sources, environments, errors);
    const compile = hasCustomRules(sources) ? (await Promise.all(/* import() */[__webpack_require__.e(337), __webpack_require__.e(818)]).then(__webpack_require__.bind(__webpack_require__, 9818))).compileCustomRule : undefined;
    const customRules = mergeCustomRules(sources, rules, errors, compile);
    const settings = mergeRuleSettings(sources, rules, new Set(customRules.map((c) => c.id)), errors);
    const ruleIds = [...rules.map((rule) => rule.meta.id), ...customRules.map((c) => c.id)];
    const exceptions = mergeExceptions(sources, ruleIds, errors);
    const ignore = mergeIgnore(sources, errors);
    if (errors.length)
        throw new ConfigErrors(sortErrors(errors, sources), declaredNames(keys));
    const config = {
        file: found?.file,
        extends: sources.filter((source) => source !== top).map(packName),
        environments,
        keys,
        rules: settings,
        customRules,
        exceptions,
        ignore,
        helmValues: helmValues(sources),
    };
    return { config, sources };
}
/**
 * The problems of a config that did not load, and the key names and aliases it declares (as far as it
 * could be read): --secrets-env reads the values of those names, so their errors must not print them.
 */
class ConfigErrors extends core_errors/* KeyboundErrors */.ZD {
    declaredNames;
    constructor(errors, declaredNames) {
        super(errors);
        this.declaredNames = declaredNames;
    }
}
function declaredNames(keys) {
    return [...keys.values()].flatMap((declaration) => [declaration.name, ...(declaration.aliases ?? [])]);
}
/** `helm-values` of the last file that has it (the schema has checked it is a list of strings). */
function helmValues(sources) {
    let globs = [];
    for (const source of sources) {
        const value = source.data['helm-values'];
        if (Array.isArray(value))
            globs = value.filter((glob) => typeof glob === 'string');
    }
    return globs;
}
/** `recommended` for built-in packs, the file as named in messages for the others. */
function packName(source) {
    return source.builtin ? source.id.replace(/^builtin:/, '').replace(/\.ya?ml$/, '') : source.file;
}
/** The config's own problems first, then the packs' in the order they apply; by line within a file. */
function sortErrors(errors, sources) {
    const rank = (error) => {
        const index = sources.findIndex((source) => source.file === error.place.file);
        if (index < 0)
            return -1;
        return sources[index].code === 'config' ? -1 : index;
    };
    return errors
        .map((error, order) => ({ error, order }))
        .sort((a, b) => rank(a.error) - rank(b.error) ||
        (a.error.place.line ?? 0) - (b.error.place.line ?? 0) ||
        (a.error.place.column ?? 0) - (b.error.place.column ?? 0) ||
        a.order - b.order)
        .map(({ error }) => error);
}

;// CONCATENATED MODULE: ./src/policy/secrets-input.ts
// Secret values given to keybound: the JSON object `${{ toJSON(secrets) }}` gives (--secrets-json,
// action input `secrets`), or named environment variables (--secrets-env). SECURITY.md case 11: the
// size is checked before parsing, errors quote nothing of the input (Node's JSON.parse messages quote
// it, so they are never passed on), and names land in a Map, so `__proto__` is only a name.


/** Larger input is refused unread: a real secrets object is a few kilobytes. */
const MAX_SECRETS_JSON_BYTES = 4 * 1024 * 1024;
/**
 * Parses a JSON object of secret name -> string value. `origin` names the input in messages and becomes
 * each value's origin (`secrets-json`, a file name). Throws KeyboundError('secrets') with a message that
 * contains nothing of the input but, for invalid JSON, a byte offset.
 */
function parseSecretsJson(text, origin) {
    const fail = (message) => {
        throw new core_errors/* KeyboundError */.Gv('secrets', message, { file: origin });
    };
    // Cheap bound first (a UTF-16 unit is at most 3 UTF-8 bytes), exact count only when close.
    if (text.length > MAX_SECRETS_JSON_BYTES || Buffer.byteLength(text, 'utf8') > MAX_SECRETS_JSON_BYTES) {
        fail(`secrets JSON is larger than ${MAX_SECRETS_JSON_BYTES / 1024 / 1024} MiB; not read`);
    }
    const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    if (body.trim() === '')
        fail('secrets JSON is empty; expected an object of name -> value, as ${{ toJSON(secrets) }} gives');
    let parsed;
    try {
        parsed = JSON.parse(body);
    }
    catch (error) {
        // SECURITY: the engine's message quotes the input; only the offset it reports is kept.
        const offset = errorOffset(error, body);
        fail(`secrets JSON is not valid JSON${offset === undefined ? '' : ` (at byte ${offset})`}; expected an object of name -> value, as \${{ toJSON(secrets) }} gives`);
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
        const kind = parsed === null ? 'null' : Array.isArray(parsed) ? 'a list' : `a ${typeof parsed}`;
        fail(`secrets JSON must be an object of name -> value, as \${{ toJSON(secrets) }} gives; got ${kind}`);
    }
    const warnings = [];
    for (const name of duplicateNames(body)) {
        warnings.push(`${origin}: secret ${quote(name)} appears more than once; the last value is used`);
    }
    const secrets = new Map();
    // JSON.parse defines `__proto__` as an own property (it never sets the prototype), so own keys are exact.
    for (const name of Object.keys(parsed)) {
        const value = parsed[name];
        if (typeof value !== 'string') {
            warnings.push(`${origin}: secret ${quote(name)} is not a string (${describeType(value)}); skipped`);
            continue;
        }
        secrets.set(name, new secret/* SecretValue */.i(value, origin));
    }
    return { secrets, warnings };
}
/**
 * The values of `names` from environment variables of the same names (--secrets-env). Unset variables
 * are left out; set but empty ones are kept (a fork's run gets empty values, reported as no-value).
 */
function secretsFromEnv(names, env) {
    const secrets = new Map();
    for (const name of names) {
        // Own properties only: `constructor` must not find Object.prototype.constructor.
        if (!Object.prototype.hasOwnProperty.call(env, name))
            continue;
        const value = env[name];
        if (typeof value === 'string')
            secrets.set(name, new secret/* SecretValue */.i(value, 'env'));
    }
    return secrets;
}
/** The byte offset V8 reports for a JSON syntax error, read only from its fixed trailing wording. */
function errorOffset(error, text) {
    if (!(error instanceof SyntaxError))
        return undefined;
    // Anchored at the end: V8 writes `... in JSON at position N` (optionally `(line L column C)`) after
    // any quoted input, so the digits here are V8's, never the input's.
    const match = / in JSON at position (\d+)(?: \(line \d+ column \d+\))?$/.exec(error.message);
    if (!match)
        return undefined;
    const position = Math.min(Number(match[1]), text.length);
    return Buffer.byteLength(text.slice(0, position), 'utf8');
}
/**
 * Names that occur more than once at the top level of a valid JSON object. JSON.parse keeps the last
 * silently; a linear scan over the text finds them (strings are skipped whole, nesting is counted).
 */
function duplicateNames(text) {
    const seen = new Set();
    const duplicates = new Set();
    let depth = 0;
    let expectKey = false;
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (c === '"') {
            let end = i + 1;
            while (end < text.length && text[end] !== '"')
                end += text[end] === '\\' ? 2 : 1;
            if (depth === 1 && expectKey) {
                const name = JSON.parse(text.slice(i, end + 1));
                if (seen.has(name))
                    duplicates.add(name);
                seen.add(name);
                expectKey = false;
            }
            i = end;
        }
        else if (c === '{' || c === '[') {
            depth++;
            expectKey = depth === 1 && c === '{';
        }
        else if (c === '}' || c === ']') {
            depth--;
        }
        else if (c === ',' && depth === 1) {
            expectKey = true;
        }
    }
    return [...duplicates];
}
function describeType(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'a list';
    return `a ${typeof value}`;
}
/** A secret's name for a message: JSON-quoted (no raw newlines), shortened when very long. */
function quote(name) {
    return name.length > 100 ? `${JSON.stringify(name.slice(0, 100))}…` : JSON.stringify(name);
}

;// CONCATENATED MODULE: ./src/policy/policy-diff.ts
// SPEC section 8: what a pull request's policy changes against its base branch's, so that `policy-change`
// can name it. Both configs are resolved (extends applied), so a change made in a pack file counts like
// one made in keybound.yml, and each change is placed where the pull request's files make it.
// Only changes that can let a check pass that would fail are listed: a rule made less severe or off,
// any changed rule option, any changed key declaration or environment mapping, a custom rule removed or
// changed, an exception added or extended. Each is a clause: `changes rules.x.severity from error to off`. Tightening (a rule made more severe, a custom rule or an
// exception removed) is not listed.


/** Every change of `head` against `base` that may weaken a check, placed in `headSources`. */
function diffPolicies(base, head, headSources, rules) {
    const changes = [];
    const add = (path, change, kind = 'setting', at) => {
        changes.push({ change, kind, location: at ?? place(headSources, path, head.file) });
    };
    for (const rule of rules) {
        const id = rule.meta.id;
        // A rule no file configures runs with its own defaults (`extends: []`).
        const defaults = {
            severity: rule.meta.defaultSeverity,
            options: rule.meta.defaultOptions,
        };
        const before = base.rules[id] ?? defaults;
        const after = head.rules[id] ?? defaults;
        if (policy_diff_rank(after.severity) < policy_diff_rank(before.severity))
            add(['rules', id, 'severity'], `changes rules.${id}.severity from ${before.severity} to ${after.severity}`);
        for (const option of union(Object.keys(before.options), Object.keys(after.options))) {
            if (policy_diff_same(before.options[option], after.options[option]))
                continue;
            add(['rules', id, option], `changes rules.${id}.${option} from ${show(before.options[option])} to ${show(after.options[option])}`);
        }
    }
    for (const rule of base.customRules) {
        const now = head.customRules.find((r) => r.id === rule.id);
        if (!now)
            add(['custom-rules'], `removes the custom rule ${rule.id}`);
        else if (policy_diff_rank(now.severity) < policy_diff_rank(rule.severity) ||
            now.when !== rule.when ||
            now.deny !== rule.deny ||
            now.message !== rule.message)
            add(['custom-rules'], `changes the custom rule ${rule.id}`, 'setting', now.location);
    }
    for (const exception of head.exceptions) {
        if (base.exceptions.some((e) => sameWaiver(e, exception) && e.until >= exception.until))
            continue;
        const earlier = base.exceptions.find((e) => sameWaiver(e, exception));
        const target = `${exception.rule}${exception.key ? ` on ${exception.key}` : ''}${exception.path ? ` in ${exception.path}` : ''}`;
        add(['exceptions'], earlier
            ? `extends the exception for ${target} from ${earlier.until} to ${exception.until}`
            : `adds an exception for ${target} until ${exception.until}`, 'exception', exception.location);
    }
    for (const name of union([...base.keys.keys()], [...head.keys.keys()])) {
        const before = declared(base.keys.get(name));
        const after = declared(head.keys.get(name));
        if (!after) {
            add(['keys'], `removes the declaration of keys.${(0,tree/* formatPath */.jV)([name])}`);
            continue;
        }
        for (const field of union(Object.keys(before ?? {}), Object.keys(after))) {
            if (policy_diff_same(before?.[field], after[field]))
                continue;
            add(['keys', name, kebab(field)], `changes ${(0,tree/* formatPath */.jV)(['keys', name, kebab(field)])} from ${show(before?.[field])} to ${show(after[field])}`, 'setting', head.keys.get(name)?.location);
        }
    }
    const mappings = (config) => new Map(config.environments.map((m) => [m.name, m]));
    const [baseMaps, headMaps] = [mappings(base), mappings(head)];
    for (const name of union([...baseMaps.keys()], [...headMaps.keys()])) {
        for (const [field, label] of MAPPING_FIELDS) {
            const before = baseMaps.get(name)?.[field] ?? [];
            const after = headMaps.get(name)?.[field] ?? [];
            if (policy_diff_same([...before].sort(), [...after].sort()))
                continue;
            add(['environments', name, label], `changes ${(0,tree/* formatPath */.jV)(['environments', name, label])} from ${show(before)} to ${show(after)}`);
        }
    }
    return changes;
}
const MAPPING_FIELDS = [
    ['githubEnvironments', 'github-environments'],
    ['paths', 'paths'],
    ['namespaces', 'namespaces'],
];
/** `off` below every severity. */
function policy_diff_rank(severity) {
    return severity === 'off' ? 0 : types/* SEVERITY_RANK */.f3[severity];
}
function sameWaiver(a, b) {
    return a.rule === b.rule && a.key === b.key && a.path === b.path;
}
/** A declaration's fields that say something about the key (not its name or where it is written). */
function declared(declaration) {
    if (!declaration)
        return undefined;
    const { name: _name, location: _location, ...fields } = declaration;
    return fields;
}
/** `principalKind` -> `principal-kind`, as the config spells it. */
function kebab(field) {
    return field.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}
function union(a, b) {
    return [...new Set([...a, ...b])];
}
function policy_diff_same(a, b) {
    return JSON.stringify(a) === JSON.stringify(b);
}
/** A value for a message: JSON, at most 60 characters; `(none)` when absent. */
function show(value) {
    if (value === undefined)
        return '(none)';
    const text = JSON.stringify(value);
    return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
/**
 * Where the pull request's files set `path`: the last file (packs first, the config last) that holds
 * the longest prefix of it; the config's first line when none does.
 */
function place(sources, path, configFile) {
    const files = sources.filter((source) => !source.builtin && source.doc);
    for (let length = path.length; length > 0; length--) {
        for (const source of [...files].reverse()) {
            if ((0,tree/* nodeAt */.oB)(source.doc, path.slice(0, length)).node)
                return (0,tree/* locate */.x5)(source.file, source.doc, source.lineCounter, path.slice(0, length), 'key');
        }
    }
    return { file: configFile ?? 'keybound.yml', line: 1, column: 1 };
}

;// CONCATENATED MODULE: ./src/policy/pull-request.ts
// SPEC section 8, SECURITY.md rule 7: on a pull request the policy that decides is the base branch's, so
// a pull request cannot weaken its own check (remap production, set `unknown: warn`, switch a rule off,
// add a waiver until 9999-12-31). The pull request's own policy is still loaded, both to report what it
// changes (`policy-change`) and so that a broken config in it is an error as it would be after merge.
// The shell (the Action) fetches the base's files; this module only decides with what it is given.



/** The config that decides (the base's, when it could be read and loads) and what the pull request changes. */
async function loadPullRequestPolicy(options, pullRequest) {
    // A config the pull request breaks fails as it would after merge (exit 2): nothing is weakened by it.
    const head = await loadPolicySources(options);
    const unreadable = (why) => ({
        config: head.config,
        changes: [
            {
                change: why,
                kind: 'unreadable',
                location: { file: head.config.file ?? 'keybound.yml', line: 1, column: 1 },
            },
        ],
    });
    if (!pullRequest.readBaseFile)
        return unreadable(pullRequest.problem ?? 'no base commit was given');
    let base;
    try {
        base = await loadConfig({ ...options, readFile: pullRequest.readBaseFile });
    }
    catch (error) {
        if (!(error instanceof core_errors/* KeyboundError */.Gv))
            throw error;
        // NOTE: a base whose policy does not load would otherwise block the very pull request that fixes it.
        return unreadable(`it does not load: ${error.describe().split('\n')[0]}`);
    }
    return { config: base, changes: diffPolicies(base, head.config, head.sources, options.rules) };
}

// EXTERNAL MODULE: ./src/core/dates.ts
var dates = __webpack_require__(194);
;// CONCATENATED MODULE: ./src/policy/waivers.ts
// Applies waivers to findings: config `exceptions` (rule, key or alias, optional path glob, until a
// date) and inline `# keybound-ignore rule-id: reason` comments on the line or the line above. A
// waiver past its date, ending more than max-waiver-days ahead, or without a reason, waives nothing;
// what became of each is returned so the `invalid-waiver` rule can report expired, reasonless and
// unused ones. A finding of several uses (one root cause, SPEC section 5) is waived by a waiver at any
// of its locations.



function applyWaivers(findings, keys, inline, exceptions, now, configFile, maxWaiverDays = Infinity) {
    // An exception may name the key by any of its names, declared aliases included, spelled as joining
    // spells them (case, `-` and `_` ignored).
    const namesOf = new Map(keys.map((k) => [k.name, new Set([...k.names, ...(k.declaration?.aliases ?? [])].map(normalizeName))]));
    const isNamed = (findingKey, wanted) => findingKey !== undefined &&
        (namesOf.get(findingKey) ?? new Set([normalizeName(findingKey)])).has(normalizeName(wanted));
    const inlineStatus = inline.map((s) => ({
        kind: 'inline',
        rule: s.ruleId,
        location: { file: s.file, line: s.line, column: s.column },
        reason: s.reason,
        used: false,
        expired: false,
    }));
    const exceptionStatus = exceptions.map((e) => ({
        kind: 'exception',
        rule: e.rule,
        key: e.key,
        location: e.location ?? { file: configFile ?? 'keybound.yml', line: 1, column: 1 },
        reason: e.reason,
        until: e.until,
        used: false,
        expired: e.until < now,
        // A waiver that ends too far ahead waives nothing (`invalid-waiver` says why): 9999-12-31 is forever.
        ...(e.until >= now && daysAhead(now, e.until) > maxWaiverDays ? { tooLong: true } : {}),
    }));
    const pathMatchers = exceptions.map((e) => (e.path ? picomatch_default()(e.path, { dot: true }) : undefined));
    const active = [];
    const suppressed = [];
    for (const finding of findings) {
        const locations = [finding.location, ...(finding.relatedLocations ?? [])];
        const inlineMatches = (s) => Boolean(s.reason) &&
            s.ruleId === finding.ruleId &&
            locations.some((l) => s.file === l.file && (l.line === s.line || l.line === s.line + 1));
        const inlineIndex = inline.findIndex(inlineMatches);
        if (inlineIndex >= 0) {
            // Every comment on one of its uses waived it: none of them is reported unused.
            inline.forEach((s, i) => {
                if (inlineMatches(s))
                    inlineStatus[i].used = true;
            });
            suppressed.push({
                ...finding,
                suppression: {
                    kind: 'inline',
                    reason: inline[inlineIndex].reason ?? '',
                    location: inlineStatus[inlineIndex].location,
                },
            });
            continue;
        }
        const exceptionIndex = exceptions.findIndex((e, i) => {
            if (exceptionStatus[i].expired || exceptionStatus[i].tooLong || e.rule !== finding.ruleId)
                return false;
            if (e.key && !isNamed(finding.key, e.key))
                return false;
            const matches = pathMatchers[i];
            return matches ? locations.some((l) => matches(l.file)) : true;
        });
        if (exceptionIndex >= 0) {
            exceptionStatus[exceptionIndex].used = true;
            const e = exceptions[exceptionIndex];
            suppressed.push({
                ...finding,
                suppression: { kind: 'exception', reason: e.reason, until: e.until, location: e.location },
            });
            continue;
        }
        active.push(finding);
    }
    return { active, suppressed, waivers: [...exceptionStatus, ...inlineStatus] };
}
/** Days from `now` to `until`; 0 when either is not a date (the schema and the shells check both). */
function daysAhead(now, until) {
    return (0,dates/* parseDate */._U)(now) && (0,dates/* parseDate */._U)(until) ? (0,dates/* daysBetween */.YM)(now, until) : 0;
}

;// CONCATENATED MODULE: ./src/policy/baseline.ts
// Baselines (`keybound baseline`, `check --baseline FILE`): the fingerprints of the findings a team
// accepts for now, so only new ones are reported. A baseline never hides what must not wait: a live key
// of the wrong account in production stays active, and waiver findings (`invalid-waiver`) are never
// baselined, so an expired exception cannot be parked in a baseline either.

const BASELINE_SCHEMA_VERSION = 'keybound/baseline/v1';
/** Where `keybound baseline` writes, in the scanned folder, without --output. */
const DEFAULT_BASELINE_FILE = '.keybound-baseline.json';
/** Larger baseline files are refused before parsing. */
const MAX_BASELINE_BYTES = (/* unused pure expression or super */ null && (8 * 1024 * 1024));
/** Rules whose findings a baseline never suppresses. */
const NEVER_BASELINED = new Set(['invalid-waiver']);
/**
 * Why a finding cannot be baselined, or undefined when it can: a live key answering for the wrong
 * account in production is a deploy-blocking incident, never accepted debt.
 */
function notBaselinable(finding, keys) {
    if (NEVER_BASELINED.has(finding.ruleId))
        return 'waiver findings are fixed in the config, not baselined';
    if (finding.ruleId !== 'key-user-association' || finding.environment !== 'production')
        return undefined;
    const smoke = keys.find((k) => k.name === finding.key)?.smoke;
    if (smoke?.status === 'mismatch' && smoke.reason === 'wrong-account')
        return 'a live key of the wrong account in production cannot be baselined';
    return undefined;
}
/** The baseline of a run's active findings (those that may be baselined), sorted by fingerprint. */
function createBaseline(findings, keys, version, now) {
    const entries = findings
        .filter((finding) => !notBaselinable(finding, keys))
        .map((f) => ({
        fingerprint: f.fingerprint,
        ruleId: f.ruleId,
        ...(f.key !== undefined ? { key: f.key } : {}),
        ...(f.environment !== undefined ? { environment: f.environment } : {}),
        file: f.location.file,
    }))
        .sort((a, b) => (a.fingerprint < b.fingerprint ? -1 : a.fingerprint > b.fingerprint ? 1 : 0));
    return {
        schemaVersion: BASELINE_SCHEMA_VERSION,
        tool: { name: 'keybound', version },
        createdAt: now,
        findings: entries,
    };
}
/** Parses and checks a baseline file; `file` names it in messages. Nothing of its content is quoted. */
function parseBaseline(text, file) {
    const fail = (what) => {
        throw new KeyboundError('config', `${what}; write it with keybound baseline`, { file });
    };
    if (text.length > MAX_BASELINE_BYTES)
        fail(`the baseline is larger than ${MAX_BASELINE_BYTES} bytes`);
    let data;
    try {
        data = JSON.parse(text);
    }
    catch {
        fail('the baseline is not valid JSON');
    }
    const record = data;
    if (typeof record !== 'object' || record === null || Array.isArray(record))
        return fail('the baseline is not a JSON object');
    if (record.schemaVersion !== BASELINE_SCHEMA_VERSION)
        fail(`the baseline's schemaVersion is not ${JSON.stringify(BASELINE_SCHEMA_VERSION)}`);
    if (!Array.isArray(record.findings))
        fail('the baseline has no findings list');
    const findings = record.findings.map((entry, index) => {
        const e = entry;
        if (typeof e !== 'object' ||
            e === null ||
            typeof e.fingerprint !== 'string' ||
            !/^[0-9a-f]{8,64}$/.test(e.fingerprint))
            return fail(`findings[${index}] has no fingerprint of hex digits`);
        return {
            fingerprint: e.fingerprint,
            ruleId: typeof e.ruleId === 'string' ? e.ruleId : '',
            file: typeof e.file === 'string' ? e.file : '',
            ...(typeof e.key === 'string' ? { key: e.key } : {}),
            ...(typeof e.environment === 'string' ? { environment: e.environment } : {}),
        };
    });
    const tool = record.tool;
    return {
        schemaVersion: BASELINE_SCHEMA_VERSION,
        tool: { name: 'keybound', version: typeof tool?.version === 'string' ? tool.version : 'unknown' },
        createdAt: typeof record.createdAt === 'string' ? record.createdAt : '',
        findings,
    };
}
/**
 * Moves the findings whose fingerprint the baseline holds to `suppressed` (kind `baseline`). A finding
 * that may not be baselined stays active with evidence saying why; stale entries are counted in a notice.
 */
function applyBaseline(findings, keys, baseline, baselineFile) {
    const entries = new Map(baseline.findings.map((entry) => [entry.fingerprint, entry]));
    const matched = new Set();
    const active = [];
    const suppressed = [];
    const diagnostics = [];
    for (const finding of findings) {
        if (!entries.has(finding.fingerprint)) {
            active.push(finding);
            continue;
        }
        matched.add(finding.fingerprint);
        const refused = notBaselinable(finding, keys);
        if (refused) {
            const note = { fact: 'baseline', value: 'not-baselinable', source: 'config', detail: refused };
            active.push({ ...finding, evidence: [...finding.evidence, note] });
            diagnostics.push({
                kind: 'notice',
                file: baselineFile,
                message: `${finding.ruleId} on ${finding.key ?? 'a key'} is in the baseline but stays active: ${refused}`,
            });
            continue;
        }
        suppressed.push({
            ...finding,
            suppression: { kind: 'baseline', reason: `in the baseline ${baselineFile} (${baseline.createdAt || 'undated'})` },
        });
    }
    const stale = baseline.findings.length - matched.size;
    if (stale > 0)
        diagnostics.push({
            kind: 'notice',
            file: baselineFile,
            message: `${stale} baseline entr${stale === 1 ? 'y matches' : 'ies match'} no finding any more; run keybound baseline to drop ${stale === 1 ? 'it' : 'them'}`,
        });
    return { active, suppressed, diagnostics };
}

// EXTERNAL MODULE: ./src/policy/cel-cost.ts
var cel_cost = __webpack_require__(926);
;// CONCATENATED MODULE: ./src/rules/types.ts
// What a rule is: a metadata record (id, description, default severity, options schema and defaults,
// message templates) plus one function that reads the model and reports findings (the ESLint shape).
/** Helper so each rule file keeps its option types without casts at the registry. */
function defineRule(rule) {
    return rule;
}

;// CONCATENATED MODULE: ./src/rules/util.ts
// Helpers the rules share: which use of a key a per-key finding points at, what counts as a
// non-production key environment, severity caps, and evidence built from observations.


/** Environments in order of importance; custom names sit between development and unknown. */
const ENVIRONMENT_ORDER = { production: 0, staging: 1, development: 2, unknown: 4 };
const CUSTOM_ENVIRONMENT_RANK = 3;
/** Rank of an environment: 0 for production, then staging, development, custom names, unknown. */
function environmentRank(environment) {
    return Object.hasOwn(ENVIRONMENT_ORDER, environment) ? ENVIRONMENT_ORDER[environment] : CUSTOM_ENVIRONMENT_RANK;
}
/** Orders locations by file, then line, then column. */
function compareLocations(a, b) {
    if (a.file !== b.file)
        return a.file < b.file ? -1 : 1;
    return a.line - b.line || a.column - b.column;
}
/**
 * The use a per-key finding points at: the first (by file, line, column) in the most important
 * environment the key is used in. Undefined for a key with no uses (nothing to annotate).
 */
function primaryUse(key) {
    let best;
    for (const use of key.uses) {
        if (!best)
            best = use;
        else {
            const byEnv = environmentRank(use.environment) - environmentRank(best.environment);
            if (byEnv < 0 || (byEnv === 0 && compareLocations(use.location, best.location) < 0))
                best = use;
        }
    }
    return best;
}
// Values of the keyEnvironment fact that mean "this is the production key". `unknown` decides nothing.
const PRODUCTION_VALUES = new Set(['live', 'production', 'prod', 'prd', 'unknown', '']);
/**
 * True when a `keyEnvironment` value marks a key as not production's: `test`, `development`,
 * `staging` or any custom environment name. `live` and `production` are production.
 */
function isNonProduction(keyEnvironmentValue) {
    if (typeof keyEnvironmentValue !== 'string')
        return false;
    return !PRODUCTION_VALUES.has(keyEnvironmentValue.trim().toLowerCase());
}
/** The configured severity capped at `cap` (a rule's own lower tier never raises a severity). */
function capSeverity(configured, cap) {
    return types/* SEVERITY_RANK */.f3[configured] <= types/* SEVERITY_RANK */.f3[cap] ? configured : cap;
}
/** Every observation of `fact`, strongest source first (stable within a source). */
function observationsOf(key, fact) {
    return key.observations
        .filter((o) => o.fact === fact)
        .map((o, i) => ({ o, i }))
        .sort((a, b) => types/* FACT_SOURCE_RANK */.Af[b.o.source] - types/* FACT_SOURCE_RANK */.Af[a.o.source] || a.i - b.i)
        .map(({ o }) => o);
}
/** An observation as finding evidence (observations never hold secret values). */
function evidenceOf(o) {
    return o.detail === undefined
        ? { fact: o.fact, value: o.value, source: o.source }
        : { fact: o.fact, value: o.value, source: o.source, detail: o.detail };
}
/**
 * True when the provider's answer means the key must be replaced (invalid, malformed, or accepted as
 * the wrong principal, account or mode): key-user-association reports it, and findings that the
 * replacement would fix repeat it (FindingInput `repeatsSmoke`).
 */
function smokeCondemns(key) {
    const status = key.smoke?.status;
    // NOTE: a key whose account cannot pay (`insufficient-quota`) works and stays: replacing it fixes nothing.
    if (status === 'mismatch')
        return key.smoke?.reason !== 'insufficient-quota';
    return status === 'invalid' || status === 'malformed';
}
/** Evidence for a key's smoke result: status, with the reason (and message) as detail. */
function smokeEvidence(key) {
    if (!key.smoke)
        return [];
    const detail = key.smoke.message ? `${key.smoke.reason}: ${key.smoke.message}` : key.smoke.reason;
    return [{ fact: 'smoke', value: key.smoke.status, source: 'smoke', detail }];
}
const SOURCE_WORDS = {
    smoke: 'the provider says so',
    value: 'read from its value',
    platform: 'from secret metadata',
    declared: 'declared in keybound.yml',
    name: 'from its name',
};
/** Why an observation holds, for messages: its detail, else a phrase for its source. */
function explain(o) {
    return o.detail ?? SOURCE_WORDS[o.source];
}
/** The principal the provider returned, as one string (from the smoke `principal` fact or result). */
function smokePrincipal(key) {
    const fact = key.observations.find((o) => o.fact === 'principal' && o.source === 'smoke');
    if (fact && typeof fact.value === 'string')
        return fact.value;
    const p = key.smoke?.principal;
    if (!p)
        return undefined;
    for (const field of ['login', 'arn', 'id', 'name', 'user', 'account']) {
        const value = p[field];
        if (value !== undefined && value !== '')
            return String(value);
    }
    return undefined;
}
/**
 * Where a use's root cause lives (SPEC section 5): its job (`job deploy`) for workflow uses, else its
 * file. Two uses of a key in one job are one deploy handing the same key over twice (an AWS pair's two
 * lines, two steps); in two jobs they are two exposures. `group` tells scopes apart, `anchor` names it
 * in fingerprints (the file is in the fingerprint already).
 */
function rootCauseScope(use) {
    const job = use.sourceKind === 'github-workflow' ? use.context?.job : undefined;
    if (job === undefined)
        return { group: `file\u0000${use.location.file}`, anchor: 'file' };
    // `context.workflow` is the workflow's display name, which two files may share: the file tells jobs apart.
    return { group: `job\u0000${use.location.file}\u0000${job}`, anchor: `job ${job}` };
}
/**
 * The uses a per-key finding is about: the primary use (primaryUse) and the key's other uses in its
 * environment and job or file, in order. A rule reports each with `use`; the engine joins them into
 * one finding at the primary use with the others as related locations. Empty for a key with no uses.
 */
function primaryUses(key) {
    const primary = primaryUse(key);
    if (!primary)
        return [];
    const scope = rootCauseScope(primary).group;
    return key.uses
        .filter((u) => u.environment === primary.environment && rootCauseScope(u).group === scope)
        .sort((a, b) => compareLocations(a.location, b.location));
}
/** A stable fingerprint anchor for a use: its name and where in its file it sits (not the line). */
function useAnchor(use) {
    const c = use.context ?? {};
    return [use.name, c.workflow, c.job, c.step, c.resource, c.via].filter((part) => part).join('/');
}
/** Evidence for a `toJSON(secrets)` or `secrets: inherit` handover, with its job. */
function exposureEvidence(exposure) {
    return {
        fact: 'exposure',
        value: exposure.form,
        source: 'file',
        ...(exposure.job ? { detail: `job ${exposure.job}` } : {}),
    };
}

;// CONCATENATED MODULE: ./src/rules/custom.ts
// Custom rules (config `custom-rules`) as rules: each compiled `when`/`deny` pair becomes a Rule that
// runs once per use, after the built-in rules, so its findings take the same path through severity,
// root causes (uses of a key in one job are one finding), waivers, baselines and fingerprints. The
// model handed to CEL is built here, within MODEL_BOUNDS.




/** One Rule per custom rule that is on and compiled, in config order. */
function customRules(config) {
    return config.customRules
        .flatMap((spec) => (spec.severity !== 'off' && spec.compiled ? [customRule(spec, spec.compiled)] : []))
        .map((rule) => rule);
}
/**
 * A custom rule's metadata: its message as the description, and help (SARIF, `keybound explain`) that
 * says where it is defined and when it reports, from its `when` and `deny`.
 */
function customRuleMeta(spec) {
    const where = spec.location ? `${spec.location.file}:${spec.location.line}` : 'the config';
    const when = spec.when ? ` where \`when\` is true` : '';
    const text = [
        `Custom rule ${spec.id}, defined in ${where} (custom-rules). For every use of every key${when}, it reports a finding when \`deny\` is true.`,
        '',
        `message: ${spec.message}`,
        ...(spec.when ? [`when: ${spec.when}`] : []),
        `deny: ${spec.deny}`,
        '',
        `Change it in ${where}; its severity is set there (error | warning | note | off).`,
    ].join('\n');
    const fence = (expression) => `\`${expression.replace(/`/g, "'")}\``;
    const markdown = [
        `**${spec.id}** (custom rule, ${where}): for every use of every key${when}, a finding when \`deny\` is true.`,
        '',
        `- message: ${spec.message.replace(/[`*_[\]<>|]/g, '\\$&')}`,
        ...(spec.when ? [`- when: ${fence(spec.when)}`] : []),
        `- deny: ${fence(spec.deny)}`,
        '',
        `Change it in ${where}; its severity is set there (error | warning | note | off).`,
    ].join('\n');
    return {
        id: spec.id,
        description: `Custom rule: ${spec.message}`,
        defaultSeverity: spec.severity === 'off' ? 'error' : spec.severity,
        optionsSchema: { type: 'object', properties: {}, additionalProperties: false },
        defaultOptions: {},
        messages: {
            deny: spec.message,
            failed: '{{rule}} could not be evaluated for {{key}} ({{error}}); the use is reported rather than passed unchecked',
        },
        help: { text, markdown },
    };
}
function customRule(spec, compiled) {
    const referenced = types/* FACT_NAMES */.EZ.filter((name) => new RegExp(`\\bkey\\.facts\\.${name}\\b`).test(`${spec.when ?? ''} ${spec.deny}`));
    return defineRule({
        meta: customRuleMeta(spec),
        check(context) {
            const keyModels = new Map();
            for (const key of context.keys) {
                for (const use of key.uses) {
                    if (!keyModels.has(key))
                        keyModels.set(key, keyModel(key));
                    const model = { key: keyModels.get(key), use: useModel(use), now: context.now };
                    const data = messageData(spec.id, key, use, context.now);
                    const at = {
                        location: use.location,
                        key: key.name,
                        environment: use.environment,
                        evidence: referenced.flatMap((name) => {
                            const observation = key.facts[name];
                            return observation ? [evidenceOf(observation)] : [];
                        }),
                        use,
                    };
                    let denied;
                    try {
                        denied = (!compiled.when || compiled.when(model) === true) && compiled.deny(model) === true;
                    }
                    catch (error) {
                        const summary = error.summary ?? error.message?.split('\n')[0];
                        context.report({ ...at, messageId: 'failed', data: { ...data, error: String(summary ?? 'error') } });
                        continue;
                    }
                    if (denied)
                        context.report({ ...at, messageId: 'deny', data });
                }
            }
        },
    });
}
const cap = (text) => text.slice(0, cel_cost/* MODEL_BOUNDS */.SB.str);
const capList = (list) => list.slice(0, cel_cost/* MODEL_BOUNDS */.SB.list).map(cap);
/** `key` as CEL sees it: every field always present; a fact nobody knows has value "" ([] for scopes) and source "none". */
function keyModel(key) {
    const facts = {};
    for (const name of types/* FACT_NAMES */.EZ) {
        const observation = key.facts[name];
        const raw = observation?.value;
        const value = name === 'scopes'
            ? capList(Array.isArray(raw) ? raw : raw === undefined ? [] : [String(raw)])
            : cap(Array.isArray(raw) ? raw.join(',') : raw === undefined ? '' : String(raw));
        facts[name] = { value, source: observation?.source ?? 'none' };
    }
    const provider = key.facts.provider?.value;
    return {
        name: cap(key.name),
        names: capList(key.names),
        provider: typeof provider === 'string' ? cap(provider) : '',
        environments: capList(key.environments),
        owner: cap(key.declaration?.owner ?? ''),
        declared: key.declaration !== undefined,
        facts,
        smoke: {
            status: key.smoke?.status ?? 'none',
            reason: cap(key.smoke?.reason ?? ''),
            principal: cap((key.smoke && smokePrincipal(key)) ?? ''),
        },
    };
}
/** `use` as CEL sees it; context fields a use does not have are "". */
function useModel(use) {
    const c = use.context ?? {};
    return {
        name: cap(use.name),
        file: cap(use.location.file),
        line: BigInt(use.location.line),
        column: BigInt(use.location.column),
        environment: cap(use.environment),
        environmentSource: use.environmentSource,
        kind: use.sourceKind,
        workflow: cap(c.workflow ?? ''),
        job: cap(c.job ?? ''),
        step: cap(c.step ?? ''),
        via: cap(c.via ?? ''),
        resource: cap(c.resource ?? ''),
    };
}
/** Values of the placeholders a custom rule's message may use (MESSAGE_PLACEHOLDERS). */
function messageData(rule, key, use, now) {
    const fact = (name) => {
        const value = key.facts[name]?.value;
        return value === undefined ? 'unknown' : Array.isArray(value) ? value.join(', ') : String(value);
    };
    const c = use.context ?? {};
    return {
        rule,
        key: key.name,
        provider: fact('provider'),
        principal: fact('principal'),
        keyType: fact('keyType'),
        keyEnvironment: fact('keyEnvironment'),
        smoke: key.smoke?.status ?? 'none',
        environment: use.environment,
        file: use.location.file,
        line: use.location.line,
        column: use.location.column,
        use: use.name,
        workflow: c.workflow ?? '',
        job: c.job ?? '',
        step: c.step ?? '',
        resource: c.resource ?? '',
        now,
    };
}

;// CONCATENATED MODULE: ./src/rules/invalid-waiver.ts
// invalid-waiver: waivers that no longer do what their authors meant: an exception past its `until`
// date (it waives nothing now), one that ends more than max-waiver-days ahead (a waiver until
// 9999-12-31 is a rule switched off; it waives nothing), an inline `# keybound-ignore` with no reason
// (it waives nothing), and a waiver that matched no finding (stale; it would silently hide a future one).


/** Reports expired exceptions, inline suppressions without a reason, and unused waivers. */
/* harmony default export */ const invalid_waiver = (defineRule({
    meta: {
        id: 'invalid-waiver',
        description: 'Reports an exception past its until date or ending more than max-waiver-days ahead, an inline suppression without a reason, and a waiver that matches nothing.',
        defaultSeverity: 'error',
        optionsSchema: {
            type: 'object',
            properties: { 'max-waiver-days': { type: 'integer', minimum: 1, maximum: 3650 } },
            additionalProperties: false,
        },
        defaultOptions: { 'max-waiver-days': 365 },
        messages: {
            expired: 'the exception for {{target}} expired on {{until}} and no longer applies; fix the finding or renew it with a new date and reason',
            noReason: 'keybound-ignore {{rule}} has no reason and waives nothing; write # keybound-ignore {{rule}}: why it is safe',
            unused: 'the {{what}} for {{target}} matches no finding; remove it',
            tooLong: 'the exception for {{target}} runs until {{until}}, more than {{days}} days ahead, and does not apply; exceptions may last at most max-waiver-days ({{days}}): set an earlier until',
        },
        readsWaivers: true,
        example: 'the exception for service-account-bound on LEGACY_DEPLOY_TOKEN expired on 2026-06-30 and no longer applies; fix the finding or renew it with a new date and reason',
    },
    check(context) {
        for (const waiver of context.waivers) {
            const data = {
                rule: waiver.rule,
                target: waiver.key ? `${waiver.rule} on ${waiver.key}` : waiver.rule,
                until: waiver.until ?? '',
                what: waiver.kind === 'exception' ? 'exception' : 'inline suppression',
            };
            const at = {
                data,
                location: waiver.location,
                ...(waiver.key ? { key: waiver.key } : {}),
                evidence: [evidence(waiver)],
                anchor: [waiver.kind, waiver.rule, waiver.key ?? '', waiver.until ?? ''].join(':'),
            };
            // Each waiver gets at most one finding: an expired or reasonless one is unused by construction.
            if (waiver.kind === 'exception' && waiver.expired)
                context.report({ ...at, messageId: 'expired', evidence: [...at.evidence, expiredEvidence(waiver)] });
            else if (waiver.kind === 'exception' && waiver.tooLong)
                context.report({ ...at, data: { ...data, days: context.options['max-waiver-days'] }, messageId: 'tooLong' });
            else if (waiver.kind === 'inline' && !waiver.reason?.trim())
                context.report({ ...at, messageId: 'noReason' });
            else if (!waiver.used)
                context.report({ ...at, messageId: 'unused', severity: capSeverity(context.severity, 'warning') });
        }
    },
}));
/** The evidence that marks an expired exception; failsInEveryMode looks for it. */
function expiredEvidence(waiver) {
    return {
        fact: EXPIRED_FACT,
        value: waiver.until ?? '',
        source: 'config',
        detail: 'the exception is past its until date',
    };
}
const EXPIRED_FACT = 'expired-exception';
/**
 * An expired exception fails the run in every mode, whatever --fail-on and this rule's severity say
 * (README "Configuration"): the engine's verdict asks this of every finding.
 */
function failsInEveryMode(finding) {
    return finding.ruleId === 'invalid-waiver' && finding.evidence.some((e) => e.fact === EXPIRED_FACT);
}
function evidence(waiver) {
    return {
        fact: 'waiver',
        value: waiver.kind,
        source: waiver.kind === 'exception' ? 'config' : 'file',
        detail: [waiver.until ? `until ${waiver.until}` : '', waiver.used ? 'used' : 'unused'].filter(Boolean).join(', '),
    };
}

;// CONCATENATED MODULE: ./src/rules/dynamic-secret-access.ts
// dynamic-secret-access: `secrets[expr]` whose index the files do not settle (SPEC section 5). Indexes
// that a literal, a static matrix or a dispatch choice settle are ordinary uses (discovery resolves
// them); what is left reads a secret nobody can name before the run, so no rule and no gate can check
// it. An error in production, a warning elsewhere.



/** Reports each `secrets[expr]` that cannot be resolved, once per place and environment. */
/* harmony default export */ const dynamic_secret_access = (defineRule({
    meta: {
        id: 'dynamic-secret-access',
        description: 'Reports secrets[expr] whose index cannot be resolved statically (a literal, a static matrix, choice options): nobody can tell which key the deploy uses.',
        defaultSeverity: 'error',
        optionsSchema: { type: 'object', properties: {}, additionalProperties: false },
        defaultOptions: {},
        messages: {
            unresolved: 'secrets[{{expression}}] reads a secret whose name is only known at run time ({{environment}}), so it cannot be checked; use secrets.NAME, a static matrix or choice options',
        },
        example: "secrets[format('{0}_API_KEY', inputs.env)] reads a secret whose name is only known at run time (production), so it cannot be checked; use secrets.NAME, a static matrix or choice options",
    },
    check(context) {
        const decide = { mappings: context.config.environments, kustomize: new discovery_environment/* KustomizeIndex */.uq([]) };
        const seen = new Set();
        for (const workflow of context.inventory.workflows) {
            for (const access of workflow.dynamicSecrets ?? []) {
                const raw = {
                    name: `secrets[${access.expression}]`,
                    sourceKind: 'github-workflow',
                    location: access.location,
                    hints: access.hints,
                };
                for (const { environment } of (0,discovery_environment/* decideEnvironments */.xX)(raw, decide)) {
                    if (context.environment && environment !== context.environment)
                        continue;
                    const { file, line, column } = access.location;
                    const id = JSON.stringify([file, line, column, environment]);
                    if (seen.has(id))
                        continue;
                    seen.add(id);
                    const job = access.context.job;
                    context.report({
                        messageId: 'unresolved',
                        data: { expression: access.expression, environment },
                        location: access.location,
                        environment,
                        evidence: [
                            {
                                fact: 'secretIndex',
                                value: access.expression,
                                source: 'file',
                                ...(job !== undefined && { detail: `job ${job}` }),
                            },
                        ],
                        anchor: `${job ?? ''}:${access.expression}`,
                        ...(environment !== 'production' && { severity: capSeverity(context.severity, 'warning') }),
                    });
                }
            }
        }
    },
}));

;// CONCATENATED MODULE: ./src/rules/key-user-association.ts
// key-user-association: what the provider said when asked who a key belongs to (SPEC section 6). This
// is the "Invalid User Associated With This Key" failure caught before users meet it: a revoked or
// expired key, a deactivated user, a principal other than the expected one, a value that is not a
// well-formed key at all, a test-mode key where the production key belongs. It alone reports smoke
// results (SPEC section 5): other rules cite them as evidence and give way to it (root-cause.ts).
// An inconclusive answer is a gate's exit 3 (engine), or a warning here.


// Reason codes with a message of their own; any other invalid reason gets `invalid`.
const INVALID_MESSAGES = {
    revoked: 'revoked',
    expired: 'expired',
    'user-inactive': 'userInactive',
    suspended: 'userInactive',
    deleted: 'userInactive',
    'unknown-key': 'unknownKey',
};
// Mismatch reason codes with a message of their own; any other gets `mismatch`.
const MISMATCH_MESSAGES = {
    'wrong-account': 'wrongAccount',
    'test-mode': 'testMode',
    'insufficient-quota': 'cannotPay',
    'declared-provider-differs': 'providerDiffers',
};
/** Reports keys whose smoke call found them invalid, mismatched, or (with `unknown: warn`) inconclusive. */
/* harmony default export */ const key_user_association = (defineRule({
    meta: {
        id: 'key-user-association',
        description: 'Reports smoke call results: key revoked, expired or unknown to the provider; the associated user or account deactivated; the principal or account differs from the one expected; a test-mode key where the production key is expected; a value that is no well-formed key.',
        defaultSeverity: 'error',
        optionsSchema: {
            type: 'object',
            properties: {
                unknown: {
                    enum: ['fail', 'warn'],
                    description: 'What an inconclusive smoke call does: fail a gate (exit 3), or only warn.',
                },
            },
            additionalProperties: false,
        },
        defaultOptions: { unknown: 'fail' },
        messages: {
            userInactive: 'the user associated with this key is deactivated, suspended or deleted at {{provider}} ({{key}}); issue a new key from an active service account',
            revoked: '{{key}} was revoked at {{provider}}; issue a new key and update the secret',
            expired: '{{key}} has expired at {{provider}}; issue a new key and update the secret',
            unknownKey: '{{key}} is not known to {{provider}}; check that the secret holds the right key',
            invalid: '{{key}} was rejected by {{provider}} ({{reason}}); issue a new key and update the secret',
            wrongAccount: '{{key}} belongs to {{actual}} at {{provider}}, not the expected {{expected}}',
            mismatch: '{{key}} is accepted by {{provider}} but its principal is not the expected one ({{reason}})',
            testMode: '{{key}} is a test-mode key at {{provider}} where the production key is expected; put the live key in the secret',
            cannotPay: 'the account behind {{key}} cannot pay at {{provider}}: the key works, but the provider refuses its calls (no quota or credit left)',
            inconclusive: 'could not confirm {{key}} with {{provider}} ({{reason}}); the smoke call was inconclusive',
            malformed: 'the value of {{key}} is not a well-formed {{provider}} key (a stray newline, space or truncation?); it was not sent',
            providerDiffers: '{{key}} is declared as {{declared}}, but its value is a {{provider}} key; it was sent nowhere: fix the declaration or the secret',
        },
        usesSmoke: true,
        example: 'the user associated with this key is deactivated, suspended or deleted at github (DEPLOY_TOKEN); issue a new key from an active service account',
    },
    check(context) {
        for (const key of context.keys) {
            const smoke = key.smoke;
            if (!smoke)
                continue;
            const chosen = choose(key, context.options.unknown ?? 'fail');
            if (!chosen)
                continue;
            // One finding for the key, at its primary use, with its other uses in that job as related locations.
            for (const use of primaryUses(key))
                context.report({
                    messageId: chosen.messageId,
                    data: {
                        key: key.name,
                        provider: provider(key),
                        reason: smoke.reason,
                        expected: key.declaration?.principal ?? 'declared principal',
                        actual: smokePrincipal(key) ?? 'another account',
                        declared: declaredAs(key),
                    },
                    location: use.location,
                    key: key.name,
                    environment: use.environment,
                    evidence: [
                        ...smokeEvidence(key),
                        ...observationsOf(key, chosen.messageId === 'testMode' ? 'keyEnvironment' : 'principal').map(evidenceOf),
                    ],
                    anchor: smoke.status,
                    use,
                    ...(chosen.warning ? { severity: capSeverity(context.severity, 'warning'), unconfirmed: true } : {}),
                });
        }
    },
}));
function choose(key, unknown) {
    const smoke = key.smoke;
    if (!smoke)
        return undefined;
    // A broken value is as definite as a rejected one: the deploy would fail with it.
    if (smoke.status === 'malformed')
        return { messageId: 'malformed' };
    if (smoke.status === 'invalid')
        return { messageId: Object.hasOwn(INVALID_MESSAGES, smoke.reason) ? INVALID_MESSAGES[smoke.reason] : 'invalid' };
    if (smoke.status === 'mismatch') {
        const messageId = Object.hasOwn(MISMATCH_MESSAGES, smoke.reason) ? MISMATCH_MESSAGES[smoke.reason] : 'mismatch';
        return { messageId };
    }
    // With `fail` the engine turns an inconclusive result into a gate's exit 3; no finding here.
    if (smoke.status === 'unknown' && unknown === 'warn')
        return { messageId: 'inconclusive', warning: true };
    return undefined;
}
/** `a cloudflare key`, or `provider: none` (no provider can check it). */
function declaredAs(key) {
    const declared = key.declaration?.provider;
    if (declared === undefined)
        return 'another provider';
    return declared === 'none' ? 'provider: none' : `a ${declared} key`;
}
function provider(key) {
    const value = key.facts.provider?.value ?? key.declaration?.provider;
    return typeof value === 'string' ? value : 'its provider';
}

// EXTERNAL MODULE: ./src/core/glob.ts
var glob = __webpack_require__(6085);
;// CONCATENATED MODULE: ./src/rules/least-privilege-scopes.ts
// least-privilege-scopes: a key that holds a forbidden scope (per provider), or more scopes than its
// owners declared. Held scopes come only from smoke calls (what the provider says the key has);
// offline the rule can still see a declaration that allows a forbidden scope. Held scopes of a key
// whose smoke result condemns it (wrong account, test mode) go with the key: key-user-association
// reports that, and these give way (SPEC section 5).



/**
 * Defaults: scopes that administer an organization, enterprise or instance, or delete repositories.
 * GitHub's admin:* and delete_repo (classic PAT scopes); GitLab `sudo` (act as any user) and
 * `admin_mode`; Slack's legacy `admin` and the Enterprise Grid `admin.*` scopes; Vault's `root` policy
 * (a root token can do anything, and never expires unless its creator said so). Hugging Face has no
 * scope that is admin-only (its `write` is ordinary publishing), so it has no default.
 */
const DEFAULT_FORBIDDEN = {
    github: [
        'admin:org',
        'delete_repo',
        'admin:enterprise',
        'admin:org_hook',
        'admin:gpg_key',
        'admin:public_key',
        'admin:repo_hook',
        'site_admin',
    ],
    gitlab: ['sudo', 'admin_mode'],
    slack: ['admin', 'admin.*'],
    vault: ['root'],
};
/** Reports held scopes that are forbidden or undeclared, and declarations that allow forbidden scopes. */
/* harmony default export */ const least_privilege_scopes = (defineRule({
    meta: {
        id: 'least-privilege-scopes',
        description: 'Reports a key holding a forbidden scope (defaults per provider, such as GitHub admin:org, delete_repo, admin:enterprise), or scopes beyond those declared for it.',
        defaultSeverity: 'error',
        optionsSchema: {
            type: 'object',
            properties: {
                'forbidden-scopes': {
                    type: 'object',
                    description: 'Provider id -> scopes no key may hold; `*` matches any run of characters.',
                    additionalProperties: { type: 'array', items: { type: 'string', minLength: 1 }, uniqueItems: true },
                },
            },
            additionalProperties: false,
        },
        defaultOptions: { 'forbidden-scopes': DEFAULT_FORBIDDEN },
        messages: {
            forbidden: '{{key}} holds forbidden {{provider}} scope(s) {{scopes}}; issue a key without them',
            excess: '{{key}} holds scope(s) {{scopes}} beyond those declared for it ({{allowed}})',
            declaredForbidden: '{{key}} is declared to allow forbidden {{provider}} scope(s) {{scopes}}',
        },
        usesSmoke: true,
        example: 'DEPLOY_TOKEN holds forbidden github scope(s) admin:org, delete_repo; issue a key without them',
    },
    check(context) {
        const forbiddenBy = context.options['forbidden-scopes'] ?? {};
        for (const key of context.keys) {
            const uses = primaryUses(key);
            if (uses.length === 0)
                continue;
            const provider = providerOf(key);
            const forbidden = provider && Object.hasOwn(forbiddenBy, provider) ? forbiddenBy[provider] : [];
            const isForbidden = (scope) => forbidden.some((pattern) => (0,glob/* matchesGlob */.k)(pattern, scope));
            const heldObs = observationsOf(key, 'scopes').filter((o) => o.source === 'smoke');
            const allowedObs = observationsOf(key, 'scopes').filter((o) => o.source === 'declared');
            const held = scopesOf(heldObs);
            const allowed = allowedObs.length > 0 ? scopesOf(allowedObs) : key.declaration?.scopes;
            const report = (messageId, scopes, evidence, fromSmoke = true) => {
                if (scopes.length === 0)
                    return;
                for (const use of uses)
                    context.report({
                        messageId,
                        data: {
                            key: key.name,
                            provider: provider ?? 'unknown',
                            scopes: scopes.join(', '),
                            allowed: (allowed ?? []).join(', ') || 'none',
                        },
                        location: use.location,
                        key: key.name,
                        environment: use.environment,
                        evidence: fromSmoke ? [...evidence, ...smokeEvidence(key)] : evidence,
                        anchor: messageId,
                        use,
                        repeatsSmoke: fromSmoke && smokeCondemns(key),
                    });
            };
            const providerEvidence = key.facts.provider ? [evidenceOf(key.facts.provider)] : [];
            if (held) {
                report('forbidden', held.filter(isForbidden), [...heldObs.map(evidenceOf), ...providerEvidence]);
                if (allowed) {
                    const extra = held.filter((s) => !isForbidden(s) && !allowed.some((a) => (0,glob/* matchesGlob */.k)(a, s)));
                    report('excess', extra, [...heldObs, ...allowedObs].map(evidenceOf));
                }
            }
            else if (allowed) {
                const evidence = [...allowedObs.map(evidenceOf), ...providerEvidence];
                report('declaredForbidden', allowed.filter(isForbidden), evidence, false);
            }
        }
    },
}));
function providerOf(key) {
    const value = key.facts.provider?.value ?? key.declaration?.provider;
    return typeof value === 'string' ? value : undefined;
}
/** The distinct scopes of some observations, in order; undefined when there are none. */
function scopesOf(observations) {
    if (observations.length === 0)
        return undefined;
    const scopes = observations.flatMap((o) => Array.isArray(o.value) ? o.value : typeof o.value === 'string' ? o.value.split(/[\s,]+/) : []);
    return [...new Set(scopes.map((s) => s.trim()).filter(Boolean))];
}

;// CONCATENATED MODULE: ./src/rules/long-lived-cloud-key.ts
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





const CLOUD_OF = {
    'access-key-id': 'aws',
    'secret-access-key': 'aws',
    'session-token': 'aws',
    'service-account-key': 'gcp',
    'client-secret': 'azure',
};
/** Inputs of the official sign-in actions that take a long-lived credential. */
const long_lived_cloud_key_ACTION_INPUTS = {
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
const AWS_VARIABLES = {
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
const KEY_TYPE_ROLES = {
    'long-term': 'access-key-id',
    'secret-access-key': 'secret-access-key',
    'service-account-key': 'service-account-key',
};
function roleOfType(value) {
    return typeof value === 'string' && Object.hasOwn(KEY_TYPE_ROLES, value) ? KEY_TYPE_ROLES[value] : undefined;
}
/** Normalized name endings (see normalizeName) of AWS credentials, longest first. */
const AWS_NAME_ENDINGS = [
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
const MESSAGES = {
    aws: '{{keys}} is a long-lived AWS access key used by {{where}}; have the job assume an IAM role through GitHub OIDC instead: aws-actions/configure-aws-credentials with role-to-assume, and permissions: id-token: write',
    gcp: '{{keys}} is a long-lived Google service-account key used by {{where}}; use Workload Identity Federation instead: google-github-actions/auth with workload_identity_provider, and permissions: id-token: write',
    azure: '{{keys}} is a long-lived Azure client secret used by {{where}}; use a federated credential instead: azure/login with client-id, tenant-id and subscription-id (no creds), and permissions: id-token: write',
};
/** Reports each long-lived cloud credential a workflow job uses instead of the cloud's OIDC route. */
/* harmony default export */ const long_lived_cloud_key = (defineRule({
    meta: {
        id: 'long-lived-cloud-key',
        description: 'Reports a long-lived cloud credential (AWS access key pair, Google service-account key, Azure client secret) used by a GitHub workflow where the cloud accepts the job’s OIDC token instead; the message names the official action and its input.',
        defaultSeverity: 'warning',
        optionsSchema: { type: 'object', properties: {}, additionalProperties: false },
        defaultOptions: {},
        messages: MESSAGES,
        example: 'AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY is a long-lived AWS access key used by job deploy in .github/workflows/release.yml; have the job assume an IAM role through GitHub OIDC instead: aws-actions/configure-aws-credentials with role-to-assume, and permissions: id-token: write',
    },
    check(context) {
        const jobs = jobIndex(context.inventory.workflows);
        const shared = sharedInputs(context.keys.flatMap((key) => key.uses));
        const found = [];
        for (const key of context.keys) {
            const candidate = classify(key, { jobs, shared });
            if (candidate)
                found.push(candidate);
        }
        for (const group of pairUp(found))
            report(context, group, jobs);
    },
}));
function inputSite(use) {
    const c = use.context ?? {};
    return [use.location.file, c.job ?? '', c.step ?? '', c.via ?? '', c.target ?? ''].join('\u0000');
}
function sharedInputs(uses) {
    const names = new Map();
    for (const use of uses) {
        if (use.sourceKind !== 'github-workflow' || use.context?.target === undefined)
            continue;
        const site = inputSite(use);
        names.set(site, (names.get(site) ?? new Set()).add(use.name));
    }
    return new Set([...names].filter(([, set]) => set.size > 1).map(([site]) => site));
}
function jobIndex(workflows) {
    const index = new Map();
    for (const workflow of workflows) {
        index.set(`${workflow.file}\u0000`, { workflow });
        for (const job of workflow.jobs)
            index.set(`${workflow.file}\u0000${job.id}`, { workflow, job });
    }
    return index;
}
function jobOf(use, jobs) {
    return jobs.get(`${use.location.file}\u0000${use.context?.job ?? ''}`);
}
/** The cloud credential `key` is, from its value, its names and what its workflow uses hand it to. */
function classify(key, scan) {
    const uses = key.uses.filter((use) => use.sourceKind === 'github-workflow');
    // Temporary (ASIA) credentials expire within hours: not long-lived.
    if (uses.length === 0 || key.facts.keyType?.value === 'temporary')
        return undefined;
    const clues = [...keyClues(key), ...uses.flatMap((use) => useClues(key, use, scan))];
    if (clues.length === 0)
        return undefined;
    // A value or an input outranks a name: a Google name on an AWS input is AWS's.
    const strongest = clues.find((c) => c.evidence.source !== 'name') ?? clues[0];
    const cloud = strongest.cloud;
    const ofCloud = clues.filter((c) => c.cloud === cloud);
    const roles = new Set(ofCloud.map((c) => c.role));
    const evidence = distinctEvidence(ofCloud.map((c) => c.evidence));
    return { key, cloud, roles, evidence, uses };
}
/** Clues from the key's value and names. */
function keyClues(key) {
    const clues = [];
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
            if (ending)
                clues.push(clue(ending[1], nameEvidence(name, ending[1])));
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
function isGcpKeyName(parts) {
    if (parts.some((part) => GCP_KEY_FILE_PART.test(part)))
        return true;
    if (!parts.includes('KEY'))
        return false;
    return parts.length === 2 || parts.some((part) => GCP_ACCOUNT_PART.test(part));
}
/** Clues from where one use hands the value: an official action's input or an SDK variable. */
function useClues(key, use, scan) {
    const { action, target: input, via } = use.context ?? {};
    if (input === undefined)
        return [];
    // Own properties only: an action or input named `__proto__` or `toString` in a hostile file is just a name.
    const inputs = action !== undefined && Object.hasOwn(long_lived_cloud_key_ACTION_INPUTS, action) ? long_lived_cloud_key_ACTION_INPUTS[action] : undefined;
    const fromAction = inputs && Object.hasOwn(inputs, input) ? inputs[input] : undefined;
    if (fromAction)
        return [clue(fromAction, inputEvidence(use))];
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
    if (via !== 'env')
        return [];
    const variable = input.toUpperCase();
    if (AZURE_SECRET_VARIABLES.has(variable))
        return [clue('client-secret', inputEvidence(use))];
    // S3-compatible stores (R2, MinIO, Spaces) read the same variables: only a key known to be AWS's counts.
    const awsRole = Object.hasOwn(AWS_VARIABLES, variable) ? AWS_VARIABLES[variable] : undefined;
    if (awsRole && key.facts.provider?.value === 'aws')
        return [clue(awsRole, inputEvidence(use))];
    return [];
}
/**
 * Whether `creds` of azure/login holds a client secret. With the value: it does when its JSON has a
 * clientSecret. Without: azure/login also signs in by OIDC from a creds document without one, which
 * needs `id-token: write`; a job that cannot ask for a token is using the secret.
 */
function credsClientSecret(value, use, jobs) {
    const base = { fact: 'cloudCredential', value: 'client-secret' };
    if (value && !value.isEmpty) {
        return hasClientSecret(value)
            ? { ...base, source: 'value', detail: 'creds JSON of azure/login with a clientSecret' }
            : undefined;
    }
    const ref = jobOf(use, jobs);
    if (ref && canRequestIdToken(ref))
        return undefined;
    return { ...base, source: 'file', detail: 'creds of azure/login, in a job without permissions: id-token: write' };
}
/** SECURITY: only whether the field is there and not empty is read; nothing of the value leaves. */
function hasClientSecret(value) {
    try {
        const parsed = JSON.parse(value.reveal());
        if (typeof parsed !== 'object' || parsed === null)
            return false;
        const secret = parsed.clientSecret;
        return typeof secret === 'string' && secret.trim() !== '';
    }
    catch {
        return false;
    }
}
function canRequestIdToken(ref) {
    const permissions = ref.job?.permissions ?? ref.workflow.permissions;
    if (!permissions)
        return false;
    const value = permissions.value;
    return value === 'write-all' || (typeof value === 'object' && value['id-token'] === 'write');
}
/** Whether the job signs in to `cloud` through GitHub OIDC already. */
function usesOidc(ref, cloud) {
    for (const step of ref?.job?.actions ?? []) {
        const has = (input) => step.inputs.includes(input);
        if (cloud === 'aws' && step.action === 'aws-actions/configure-aws-credentials')
            if (has('role-to-assume') && !has('aws-access-key-id'))
                return true;
        if (cloud === 'gcp' && step.action === 'google-github-actions/auth' && has('workload_identity_provider'))
            return true;
        if (cloud === 'azure' && step.action === 'azure/login' && has('client-id') && !has('creds'))
            return true;
    }
    return false;
}
/**
 * An AWS access key id and a secret access key that are separate keys (names that do not pair by
 * prefix, such as AWS_USR and AWS_PSW) but are handed to the same step or env block are one pair: one
 * finding. A key that is a whole pair already stays on its own.
 */
function pairUp(candidates) {
    const half = (c) => c.cloud === 'aws' && c.roles.has('access-key-id') !== c.roles.has('secret-access-key');
    const aws = candidates.filter(half);
    const groups = candidates.filter((c) => !half(c)).map((c) => [c]);
    const parent = aws.map((_, i) => i);
    const find = (i) => (parent[i] === i ? i : (parent[i] = find(parent[i])));
    const bySite = new Map();
    aws.forEach((candidate, i) => {
        for (const use of candidate.uses) {
            const c = use.context ?? {};
            const site = [use.location.file, c.job ?? '', c.step ?? '', c.via ?? ''].join('\u0000');
            const seen = bySite.get(site);
            if (seen === undefined)
                bySite.set(site, i);
            else if (aws[seen].roles.has('access-key-id') !== candidate.roles.has('access-key-id'))
                parent[find(i)] = find(seen);
        }
    });
    const byRoot = new Map();
    aws.forEach((candidate, i) => addTo(byRoot, find(i), candidate));
    return [...groups, ...byRoot.values()];
}
function report(context, group, jobs) {
    const cloud = group[0].cloud;
    const roles = new Set(group.flatMap((c) => [...c.roles]));
    // Session credentials expire within hours: not long-lived.
    if (cloud === 'aws' && roles.has('session-token'))
        return;
    const open = group.flatMap((c) => c.uses).filter((use) => !usesOidc(jobOf(use, jobs), cloud));
    if (open.length === 0)
        return;
    const weight = (use) => useWeight(use, jobOf(use, jobs));
    open.sort((a, b) => weight(a) - weight(b) || compareLocations(a.location, b.location));
    const primary = open[0];
    const sites = [...new Set(open.map((use) => `${use.location.file}\u0000${use.context?.job ?? ''}`))];
    const where = `${siteText(primary)}${sites.length > 1 ? ` and ${sites.length - 1} other job(s)` : ''}`;
    // Test jobs (environment development) that deploy nothing: the key is still long-lived, but a note.
    const testOnly = open.every((use) => weight(use) === TEST_ONLY);
    // The key the finding is filed under: the access key id of a pair, else the first by name.
    const [main] = [...group].sort((a, b) => Number(b.roles.has('access-key-id')) - Number(a.roles.has('access-key-id')) ||
        (0,compare/* compareText */.n)(a.key.name, b.key.name));
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
function useWeight(use, ref) {
    if (use.environment === 'production')
        return 0;
    if (use.environment === 'staging')
        return 1;
    const evidence = ref?.job?.deployEvidence ?? '';
    if (ref?.job?.deploys && !SIGN_IN_ACTIONS.some((action) => evidence === `uses ${action}`))
        return 2;
    return use.environment === 'development' ? TEST_ONLY : 3;
}
/** The names of a key that workflows reference (a pair's id, then its secret). */
function workflowNames(candidate) {
    const referenced = new Set(candidate.uses.map((use) => use.name));
    return candidate.key.names.filter((name) => referenced.has(name));
}
function siteText(use) {
    const job = use.context?.job;
    return job ? `job ${job} in ${use.location.file}` : use.location.file;
}
function clue(role, evidence) {
    return { cloud: CLOUD_OF[role], role, evidence };
}
function nameEvidence(name, role) {
    return { fact: 'cloudCredential', value: role, source: 'name', detail: `name ${name}` };
}
function inputEvidence(use) {
    const c = use.context ?? {};
    const detail = c.action ? `${c.via}: ${c.target} of ${c.action}` : `${c.via}: ${c.target}`;
    return { fact: 'cloudCredential', value: c.target ?? '', source: 'file', detail };
}
function distinctEvidence(evidence) {
    const seen = new Set();
    return evidence.filter((e) => {
        const id = JSON.stringify([e.fact, e.value, e.source, e.detail]);
        if (seen.has(id))
            return false;
        seen.add(id);
        return true;
    });
}

;// CONCATENATED MODULE: ./src/rules/no-dev-keys-in-prod.ts
// no-dev-keys-in-prod: a production use of a key that any fact marks as a development, test or
// staging key (SPEC section 5). Any one observation is enough: a disagreement between sources is
// exactly what this rule exists to surface (STAGING_STRIPE_KEY holding an sk_live_ value is still a
// staging-named key in production, and one of the two is wrong). A name is the weakest evidence: a
// declared environment overrides it, and a finding that rests on the name alone says how to declare one.
// An environment the provider places the key in (Honeycomb's answer, Square's sandbox host, a Doppler
// `dp.st.dev.` token) is reported here, naming the provider; when the provider's answer itself says
// the key cannot serve production (a test-mode key, another account), key-user-association reports it.




// Smoke reasons that say "this is not the production key" (the other mismatches are key-user-association's).
const NOT_PRODUCTION_REASONS = new Set(['test-mode', 'wrong-account']);
const WORDS = { test: 'test-mode', development: 'development', staging: 'staging' };
// Environments a provider places a key in, by its answer (smoke) or its token's documented form (value).
const PLACED = new Set(['development', 'staging']);
/** Reports each production use of a key that some fact marks as another environment's. */
/* harmony default export */ const no_dev_keys_in_prod = (defineRule({
    meta: {
        id: 'no-dev-keys-in-prod',
        description: 'Reports a production use of a key that any fact marks as development, test or staging (test-mode value, dev-named secret, declared environment, provider account).',
        defaultSeverity: 'error',
        optionsSchema: { type: 'object', properties: {}, additionalProperties: false },
        defaultOptions: {},
        messages: {
            nonProduction: '{{key}} is {{article}} {{keyEnvironment}} key ({{why}}) used in production',
            nameOnly: '{{key}} is used in production and only its name says it is {{article}} {{keyEnvironment}} key ({{why}}); if it is the production key, declare keys.{{key}}.environment: production in keybound.yml',
            smokeMismatch: '{{key}} is used in production but the provider says it is not the production key ({{reason}})',
            providerPlaced: '{{key}} is used in production, but {{provider}} places it in {{keyEnvironment}} ({{why}}); deploy the production key',
        },
        example: 'STAGING_STRIPE_KEY is used in production and only its name says it is a staging key (name part STAGING); if it is the production key, declare keys.STAGING_STRIPE_KEY.environment: production in keybound.yml',
    },
    check(context) {
        for (const key of context.keys) {
            const production = key.uses.filter((use) => use.environment === 'production');
            if (production.length === 0)
                continue;
            // The owners' declaration beats a name (SPEC section 3): `STAGING_X` declared production is not marked.
            const declared = observationsOf(key, 'keyEnvironment').some((o) => o.source === 'declared');
            const deciding = observationsOf(key, 'keyEnvironment').filter((o) => isNonProduction(o.value) && !(declared && o.source === 'name'));
            const smokeSays = key.smoke?.status === 'mismatch' && NOT_PRODUCTION_REASONS.has(key.smoke.reason);
            const cited = key.smoke && key.smoke.status !== 'skipped' ? smokeEvidence(key) : [];
            for (const use of production) {
                // A value committed at this very place (.env.production) is what deploys here: it speaks first.
                const literal = use.literal
                    ? (0,facts/* observeValue */.kZ)(use.literal, use.name).filter((o) => o.fact === 'keyEnvironment' && isNonProduction(o.value))
                    : [];
                const observations = [...literal, ...deciding];
                if (observations.length === 0 && !smokeSays)
                    continue;
                context.report({
                    ...describe(key, observations, smokeSays),
                    location: use.location,
                    key: key.name,
                    environment: use.environment,
                    evidence: [...observations.map(evidenceOf), ...cited],
                    use,
                    // The provider's own "not the production key" is key-user-association's finding.
                    repeatsSmoke: smokeSays,
                });
            }
        }
    },
}));
function describe(key, observations, smokeSays) {
    const strongest = observations[0];
    if (!strongest) {
        return { messageId: 'smokeMismatch', data: { key: key.name, reason: key.smoke?.reason ?? 'mismatch' } };
    }
    const value = String(strongest.value);
    if ((strongest.source === 'smoke' || strongest.source === 'value') && PLACED.has(value)) {
        return {
            messageId: 'providerPlaced',
            data: { key: key.name, provider: providerName(key), keyEnvironment: value, why: explain(strongest) },
        };
    }
    const word = Object.hasOwn(WORDS, value.toLowerCase()) ? WORDS[value.toLowerCase()] : value;
    // Only when no other source says anything about the key's environment, not even `live`.
    const nameOnly = !smokeSays &&
        observations.every((o) => o.source === 'name') &&
        observationsOf(key, 'keyEnvironment').every((o) => o.source === 'name');
    return {
        messageId: nameOnly ? 'nameOnly' : 'nonProduction',
        data: {
            key: key.name,
            article: /^[aeiou]/i.test(word) ? 'an' : 'a',
            keyEnvironment: word,
            why: explain(strongest),
        },
    };
}
/** The provider's display name (`Honeycomb`), from the key's provider fact or declaration. */
function providerName(key) {
    const id = key.facts.provider?.value ?? key.declaration?.provider;
    return (typeof id === 'string' ? (0,catalog/* providerById */.ik)(id)?.name : undefined) ?? 'its provider';
}

;// CONCATENATED MODULE: ./src/rules/parse-error.ts
// parse-error: a file in scope that could not be parsed. The scan goes on without it, so whatever
// keys it uses are unchecked; reporting it keeps a broken manifest from passing silently.

/** Reports each file the extractors could not parse, at the place the parser stopped. */
/* harmony default export */ const parse_error = (defineRule({
    meta: {
        id: 'parse-error',
        description: 'Reports a file in scope that cannot be parsed.',
        defaultSeverity: 'error',
        optionsSchema: { type: 'object', properties: {}, additionalProperties: false },
        defaultOptions: {},
        messages: {
            parseError: '{{file}} cannot be parsed: {{message}}; its keys were not checked',
        },
        example: 'deploy/prod/app.yaml cannot be parsed: Map keys must be unique; its keys were not checked',
    },
    check(context) {
        for (const diagnostic of context.inventory.diagnostics) {
            if (diagnostic.kind !== 'parse-error')
                continue;
            context.report({
                messageId: 'parseError',
                data: { file: diagnostic.file, message: withoutFile(diagnostic.message, diagnostic.file) },
                location: { file: diagnostic.file, line: diagnostic.line ?? 1, column: diagnostic.column ?? 1 },
                evidence: [{ fact: 'parse', value: diagnostic.message, source: 'file' }],
                anchor: diagnostic.message,
            });
        }
    },
}));
/** The parser's message without the `file: ` it starts with (the template names the file once). */
function withoutFile(message, file) {
    const text = message.startsWith(`${file}: `) ? message.slice(file.length + 2) : message;
    return text.replace(/[.\s]+$/, '');
}

;// CONCATENATED MODULE: ./src/rules/literal-place.ts
// Where a committed credential lives, for plaintext-secret's severity (README "Committed credentials"):
// a file deployed to production, a file whose environment is not known, or a development, test or
// local file (a compose stack with no production evidence, a devcontainer, `.env.test`, an example).
// A production environment, however it was decided (SPEC section 2), beats every local word.
/** The severity a committed credential gets in each place (a live provider key is an error anywhere). */
const SEVERITY_BY_PLACE = { production: 'error', elsewhere: 'warning', local: 'note' };
/**
 * Path parts (folders, or parts of a file name split on `-`, `_`, `.`) of files that are not deployed:
 * tests and their data, examples, documentation, devcontainers, CI service stacks, compose overrides.
 */
const LOCAL_PARTS = new Set([
    'test',
    'tests',
    'testing',
    '__tests__',
    'spec',
    'specs',
    'e2e',
    'fixture',
    'fixtures',
    'testdata',
    'mock',
    'mocks',
    'example',
    'examples',
    'sample',
    'samples',
    'demo',
    'demos',
    'docs',
    'doc',
    'tutorial',
    'tutorials',
    'devcontainer',
    'ci',
    'feature',
    'features',
    'override',
    'local',
    'dev',
    'development',
    'sandbox',
]);
/** The first path part, file name first, then folders from the deepest up, that marks a local file. */
function localPart(file) {
    const segments = file.split('/').reverse();
    for (const segment of segments) {
        const parts = segment.toLowerCase().split(/[-_.]+/);
        if (parts.some((part) => LOCAL_PARTS.has(part)))
            return segment;
    }
    return undefined;
}
/** What decided a production environment, in words (SPEC section 2's `environmentSource`). */
const BY_SOURCE = {
    config: 'keybound.yml',
    'github-environment': "its job's environment",
    namespace: 'its namespace',
    path: 'its path',
    none: 'default',
};
const COMPOSE_FILE = /(?:^|\/)(?:docker-)?compose[^/]*\.ya?ml$/i;
/** `a/b/c.yaml` -> `a/b`; a root file -> ''. */
function folderOf(file) {
    const slash = file.lastIndexOf('/');
    return slash < 0 ? '' : file.slice(0, slash);
}
/** The folders that hold a compose file: a dotenv file there is that compose project's own `.env`. */
function composeFolders(files) {
    const folders = new Set();
    for (const file of files)
        if (COMPOSE_FILE.test(file))
            folders.add(folderOf(file));
    return folders;
}
/**
 * Where `use` lives. A dotenv file in a folder of `composeFolders` is read by compose for interpolation
 * and lives where the stack does.
 */
function placeOf(use, composeFolders) {
    if (use.environment === 'production') {
        if (use.sourceKind === 'compose' && use.privateNetwork) {
            return { place: 'local', where: 'a default credential of a container on a private compose network' };
        }
        return { place: 'production', where: `deployed to production, by ${BY_SOURCE[use.environmentSource]}` };
    }
    if (use.environment === 'development')
        return { place: 'local', where: 'a development file' };
    const part = localPart(use.location.file);
    if (part !== undefined)
        return { place: 'local', where: `a test, example or local file, by its path part ${part}` };
    if (use.sourceKind === 'compose') {
        return { place: 'local', where: 'a local development compose file, with no production evidence' };
    }
    if (use.sourceKind === 'dotenv' && composeFolders.has(folderOf(use.location.file))) {
        return { place: 'local', where: 'the .env file of a local compose project, with no production evidence' };
    }
    if (use.environment === 'unknown')
        return { place: 'elsewhere', where: 'environment unknown' };
    return { place: 'elsewhere', where: `deployed to ${use.environment}` };
}

;// CONCATENATED MODULE: ./src/rules/plaintext-secret.ts
// plaintext-secret: a credential committed as a literal in a manifest, compose file, Helm values or
// `.env` file. What counts is keys/literal.ts's judgement (a provider key format with a valid checksum,
// a private key, a URL password, or a credential-named value that is not a stand-in); how severe it is
// depends on where it lives (literal-place.ts): error in production, warning where the environment is
// unknown, note in development, test and local files; a live provider key is an error anywhere.



const DEFAULTS = { 'ignore-types': ['publishable'], 'min-length': 6 };
/** The judgement of a committed value, with the options of this rule; undefined when it is no credential. */
function classifyLiteral(value, names, options, known) {
    const judgement = judgeLiteral(value, {
        names,
        known,
        minLength: options['min-length'],
        ignoreTypes: options['ignore-types'],
    });
    return judgement.credential ? judgement : undefined;
}
/** Reports committed literals that are real credentials: one finding per key and file, at the first. */
/* harmony default export */ const plaintext_secret = (defineRule({
    meta: {
        id: 'plaintext-secret',
        description: 'Reports a credential value committed in a manifest, compose file, Helm values or .env file (a provider key format, a private key, or a credential-named value that is not a placeholder): an error in production or for a live provider key, a warning where the environment is unknown, a note in development, test and local files.',
        defaultSeverity: 'error',
        optionsSchema: {
            type: 'object',
            properties: {
                'ignore-types': {
                    type: 'array',
                    items: { type: 'string', maxLength: 64 },
                    uniqueItems: true,
                    description: 'Provider key types that are not secret (publishable keys are meant to be public).',
                },
                'min-length': {
                    type: 'integer',
                    minimum: 1,
                    maximum: 64,
                    description: 'Credential-named values shorter than this are taken as placeholders.',
                },
            },
            additionalProperties: false,
        },
        defaultOptions: DEFAULTS,
        messages: {
            committed: '{{name}} holds {{what}} committed in plain text in this file ({{where}}); move it to a secret store and reference it',
        },
        example: 'payments-credentials/STRIPE_KEY holds a Stripe live secret key committed in plain text in this file (a live key: anyone who can read this file can use it); move it to a secret store and reference it',
    },
    check(context) {
        const options = { ...DEFAULTS, ...context.options };
        const known = knownNames([...context.inventory.uses.map((u) => u.name), ...context.keys.map((k) => k.name)]);
        const folders = composeFolders(context.inventory.files.map((f) => f.path));
        for (const key of context.keys) {
            for (const use of key.uses)
                reportUse(context, key, use, { options, known, folders });
        }
    },
}));
function reportUse(context, key, use, shared) {
    if (!use.literal)
        return;
    // SECURITY: the value is only inspected here; the finding carries names and facts, never the value.
    const names = use.name === key.name ? [use.name] : [use.name, key.name];
    const verdict = classifyLiteral(use.literal.reveal(), names, shared.options, shared.known);
    if (!verdict)
        return;
    const placement = placeOf(use, shared.folders);
    const where = verdict.live ? 'a live key: anyone who can read this file can use it' : placement.where;
    context.report({
        messageId: 'committed',
        data: { name: use.name, what: verdict.what, where },
        location: use.location,
        key: key.name,
        environment: use.environment,
        severity: verdict.live ? 'error' : SEVERITY_BY_PLACE[placement.place],
        evidence: [
            verdict.evidence,
            {
                fact: 'source',
                value: use.sourceKind,
                source: 'file',
                ...(use.context?.via ? { detail: use.context.via } : {}),
            },
            { fact: 'place', value: placement.place, source: 'file', detail: placement.where },
        ],
        use,
    });
}

;// CONCATENATED MODULE: ./src/rules/policy-change.ts
// policy-change (SPEC section 8): on a pull request the base branch's policy decides, and what the pull
// request changes in it (a rule made less severe or off, an option, a key declaration or environment
// mapping changed, an exception added or extended, an inline suppression added) is reported where the
// pull request makes it, so reviewers see what the pull request would weaken once merged.

const MESSAGE = {
    setting: 'setting',
    exception: 'setting',
    suppression: 'suppression',
    unreadable: 'unreadable',
};
/** Reports each change a pull request makes to the policy its own check would use. */
/* harmony default export */ const policy_change = (defineRule({
    meta: {
        id: 'policy-change',
        description: "Reports what a pull request changes in the policy (rules, options, keys, environments, exceptions, inline suppressions); its own check uses the base branch's policy.",
        defaultSeverity: 'warning',
        optionsSchema: { type: 'object', properties: {}, additionalProperties: false },
        defaultOptions: {},
        messages: {
            setting: "this pull request {{change}}; its own check uses the base branch's policy, without the change",
            suppression: "this pull request {{change}}; it does not apply to the pull request's own check",
            unreadable: "the base branch's policy could not be used ({{change}}); this check used the pull request's own policy, which the pull request may have changed",
        },
        example: 'this pull request changes rules.key-user-association.unknown from "fail" to "warn"; its own check uses the base branch\'s policy, without the change',
    },
    check(context) {
        for (const change of context.policyChanges ?? []) {
            context.report({
                messageId: MESSAGE[change.kind],
                data: { change: change.change },
                location: change.location,
                evidence: [{ fact: 'policy-change', value: change.kind, source: 'config', detail: change.change }],
                anchor: `${change.kind}:${change.change}`,
            });
        }
    },
}));

;// CONCATENATED MODULE: ./src/rules/rbac-least-privilege.ts
// rbac-least-privilege: a Kubernetes service account bound to cluster-admin (or admin), or to a Role or
// ClusterRole with `*` in its verbs or resources. A deploy credential in that service account's token
// can do anything in the cluster (or namespace), so one leaked pod token becomes a cluster takeover.


const rbac_least_privilege_DEFAULTS = { 'privileged-roles': ['cluster-admin', 'admin'], 'allow-service-accounts': [] };
/** Reports each service account subject of a binding to a privileged or wildcard role. */
/* harmony default export */ const rbac_least_privilege = (defineRule({
    meta: {
        id: 'rbac-least-privilege',
        description: 'Reports a Kubernetes service account bound to cluster-admin (or admin), or to a role with wildcard verbs or resources.',
        defaultSeverity: 'warning',
        optionsSchema: {
            type: 'object',
            properties: {
                'privileged-roles': {
                    type: 'array',
                    items: { type: 'string', maxLength: 253 },
                    uniqueItems: true,
                    description: 'ClusterRole names that grant everything; binding a service account to one is reported.',
                },
                'allow-service-accounts': {
                    type: 'array',
                    items: { type: 'string', maxLength: 300 },
                    uniqueItems: true,
                    description: 'Service accounts allowed such bindings, as NAMESPACE/NAME with * wildcards (kube-system/*).',
                },
            },
            additionalProperties: false,
        },
        defaultOptions: rbac_least_privilege_DEFAULTS,
        messages: {
            privileged: 'service account {{subject}} is bound to {{role}} by {{binding}}; grant a role with only the verbs and resources it needs',
            wildcard: 'service account {{subject}} is bound by {{binding}} to {{role}}, which allows * {{what}}; list the {{what}} it needs instead',
        },
        example: 'service account ci/deployer is bound to ClusterRole cluster-admin by ClusterRoleBinding/deployer-admin; grant a role with only the verbs and resources it needs',
    },
    check(context) {
        const options = { ...rbac_least_privilege_DEFAULTS, ...context.options };
        const roles = context.inventory.rbac.roles;
        for (const binding of context.inventory.rbac.bindings) {
            const subjects = serviceAccounts(binding).filter((subject) => !options['allow-service-accounts'].some((pattern) => (0,glob/* matchesGlob */.k)(pattern, subject)));
            if (subjects.length === 0)
                continue;
            const bindingName = `${binding.kind}/${binding.name}`;
            const roleName = `${binding.roleRef.kind} ${binding.roleRef.name}`;
            const privileged = binding.roleRef.kind === 'ClusterRole' && options['privileged-roles'].includes(binding.roleRef.name);
            const wildcard = privileged ? undefined : wildcardOf(findRole(roles, binding));
            if (!privileged && !wildcard)
                continue;
            for (const subject of subjects) {
                rbac_least_privilege_report(context, binding, subject, privileged ? { messageId: 'privileged' } : { messageId: 'wildcard', what: wildcard ?? '' }, bindingName, roleName);
            }
        }
    },
}));
function rbac_least_privilege_report(context, binding, subject, kind, bindingName, roleName) {
    context.report({
        messageId: kind.messageId,
        data: {
            subject,
            role: roleName,
            binding: bindingName,
            ...(kind.messageId === 'wildcard' ? { what: kind.what } : {}),
        },
        location: binding.location,
        evidence: [
            { fact: 'roleRef', value: roleName, source: 'file', detail: bindingName },
            { fact: 'subject', value: subject, source: 'file' },
        ],
        anchor: `${bindingName}:${subject}`,
    });
}
/**
 * Service account subjects as NAMESPACE/NAME. A subject without a namespace is in the binding's;
 * the `system:serviceaccounts[:NS]` groups stand for every service account (in NS).
 */
function serviceAccounts(binding) {
    const out = [];
    for (const subject of binding.subjects) {
        if (subject.kind === 'ServiceAccount' && subject.name) {
            out.push(`${subject.namespace ?? binding.namespace ?? 'default'}/${subject.name}`);
        }
        else if (subject.kind === 'Group' && /^system:serviceaccounts(?::[^:]+)?$/.test(subject.name)) {
            const namespace = subject.name.split(':')[2];
            out.push(`${namespace ?? '*'}/*`);
        }
    }
    return [...new Set(out)];
}
/** The role a binding refers to: a Role in the binding's namespace, or a ClusterRole by name. */
function findRole(roles, binding) {
    const { kind, name } = binding.roleRef;
    return roles.find((role) => role.kind === kind &&
        role.name === name &&
        (kind === 'ClusterRole' || (role.namespace ?? '') === (binding.namespace ?? '')));
}
/** `verbs`, `resources` or `verbs and resources` when some rule of the role has `*` there. */
function wildcardOf(role) {
    if (!role)
        return undefined;
    const verbs = role.rules.some((rule) => rule.verbs.includes('*'));
    const resources = role.rules.some((rule) => rule.resources.includes('*'));
    if (verbs && resources)
        return 'verbs and resources';
    return verbs ? 'verbs' : resources ? 'resources' : undefined;
}

// EXTERNAL MODULE: ./src/keys/confirmation.ts
var confirmation = __webpack_require__(2983);
;// CONCATENATED MODULE: ./src/rules/rotation-age.ts
// rotation-age: a key older than the limits by its best date fact (rotated, else created), a key
// that expires soon or has expired, and a note for a key with no date at all. Short-lived
// credentials (GitHub App installation tokens, AWS session credentials) are skipped. A key whose smoke
// result condemns it is replaced anyway: its age and expiry give way to key-user-association. A key
// declared with its own `max-age-days` / `warn-age-days` (config keys:) is held to those instead.
// NOTE: `warn-age-days` <= `max-age-days` cannot be said in JSON Schema; when warn > max the warning
// tier simply never fires (an old key is an error first).




const SHORT_LIVED = new Set(['app-installation', 'temporary']);
/** Reports keys past their rotation age or near expiry, and keys with no known date. */
/* harmony default export */ const rotation_age = (defineRule({
    meta: {
        id: 'rotation-age',
        description: 'Reports a key older than the limits by its best date fact (a key declared with its own max-age-days or warn-age-days is held to those), a key that expires within expiry-warn-days (14 by default), and (as a note) a key with no date at all.',
        defaultSeverity: 'error',
        optionsSchema: {
            type: 'object',
            properties: {
                'max-age-days': {
                    type: 'integer',
                    minimum: 1,
                    description: 'Age in days at which a key is reported at the configured severity; keys.NAME.max-age-days overrides it for one key.',
                },
                'warn-age-days': {
                    type: 'integer',
                    minimum: 0,
                    description: 'Age in days at which a key is a warning; keep it at or below max-age-days. keys.NAME.warn-age-days overrides it for one key; a key with only its own max-age-days is warned as many days before it as the rule warns before its own.',
                },
                'expiry-warn-days': {
                    type: 'integer',
                    minimum: 0,
                    description: 'Lead time: warn when a key expires within this many days (0: only on the day it expires).',
                },
            },
            additionalProperties: false,
        },
        defaultOptions: { 'max-age-days': 90, 'warn-age-days': 75, 'expiry-warn-days': 14 },
        messages: {
            tooOld: '{{key}} was {{what}} {{age}} days ago ({{date}}); rotate it: the limit is {{max}} days',
            aging: '{{key}} was {{what}} {{age}} days ago ({{date}}); rotate it before it reaches {{max}} days',
            expired: '{{key}} expired on {{date}}; issue a new key',
            expiresSoon: '{{key}} expires in {{days}} day(s), on {{date}}; rotate it before then',
            noDate: 'no rotation date known for {{key}}: declare rotated: in keybound.yml or let keybound read secret metadata',
            badDate: '{{key}} has a {{fact}} date that cannot be read ({{value}}); declare rotated: as YYYY-MM-DD',
        },
        example: 'DEPLOY_TOKEN was last rotated 120 days ago (2026-07-25); rotate it: the limit is 90 days',
    },
    check(context) {
        const expiryWarn = context.options['expiry-warn-days'] ?? 14;
        for (const key of context.keys) {
            const uses = primaryUses(key);
            // The job's own GITHUB_TOKEN lives as long as its job (SPEC section 5), whatever value is given.
            if (uses.length === 0 || (0,confirmation/* isJobToken */.Pl)(key) || SHORT_LIVED.has(String(key.facts.keyType?.value ?? '')))
                continue;
            // One finding for the key, at its primary use, with its other uses in that job as related locations.
            const report = (input) => {
                for (const use of uses)
                    context.report({ ...input, location: use.location, key: key.name, environment: use.environment, use });
            };
            // Age and expiry only: a replaced key still needs a rotation date declared (noDate, badDate).
            const moot = { repeatsSmoke: smokeCondemns(key) };
            const dated = key.facts.rotated ?? key.facts.created;
            const expires = key.facts.expires;
            if (!dated && !expires) {
                // Identifiers (a service-account e-mail, `*_USERNAME`, a bucket name, `tls.crt`) are not rotated.
                if ((0,confirmation/* isIdentifierKey */.he)(key))
                    continue;
                report({
                    messageId: 'noDate',
                    data: { key: key.name },
                    evidence: [],
                    severity: 'note',
                    anchor: 'no-date',
                });
                continue;
            }
            for (const fact of [dated, expires]) {
                if (fact && !(0,dates/* parseDate */._U)(String(fact.value))) {
                    const data = { key: key.name, fact: fact.fact, value: String(fact.value) };
                    report({
                        messageId: 'badDate',
                        data,
                        evidence: [evidenceOf(fact)],
                        severity: 'note',
                        anchor: `bad-${fact.fact}`,
                    });
                }
            }
            const ageDate = dated && (0,dates/* parseDate */._U)(String(dated.value));
            if (dated && ageDate) {
                const { max, warn, evidence: limits } = limitsFor(key, context.options);
                const age = (0,dates/* daysBetween */.YM)(ageDate, context.now);
                const data = {
                    key: key.name,
                    what: dated.fact === 'rotated' ? 'last rotated' : 'created',
                    age,
                    date: (0,dates/* formatDate */.Yq)(ageDate),
                    max,
                };
                const evidence = [withAge(dated, age), ...limits];
                if (age >= max)
                    report({ ...moot, messageId: 'tooOld', data, evidence, anchor: 'age' });
                else if (age >= warn) {
                    report({
                        ...moot,
                        messageId: 'aging',
                        data,
                        evidence,
                        anchor: 'age',
                        severity: capSeverity(context.severity, 'warning'),
                    });
                }
            }
            const expiryDate = expires && (0,dates/* parseDate */._U)(String(expires.value));
            if (expires && expiryDate) {
                const days = (0,dates/* daysBetween */.YM)(context.now, expiryDate);
                const data = { key: key.name, days, date: (0,dates/* formatDate */.Yq)(expiryDate) };
                if (days < 0)
                    report({ ...moot, messageId: 'expired', data, evidence: [evidenceOf(expires)], anchor: 'expiry' });
                else if (days <= expiryWarn) {
                    const severity = capSeverity(context.severity, 'warning');
                    report({
                        ...moot,
                        messageId: 'expiresSoon',
                        data,
                        evidence: [evidenceOf(expires)],
                        anchor: 'expiry',
                        severity,
                    });
                }
            }
        }
    },
}));
/**
 * The limits `key` is held to: its own declared ones over the rule's. A key that declares only
 * `max-age-days` keeps the rule's distance between warning and limit (15 days by default).
 */
function limitsFor(key, options) {
    const ruleMax = options['max-age-days'] ?? 90;
    const ruleWarn = options['warn-age-days'] ?? 75;
    const declared = key.declaration;
    const ownMax = declared?.maxAgeDays;
    const ownWarn = declared?.warnAgeDays;
    const max = ownMax ?? ruleMax;
    const warn = ownWarn ?? (ownMax === undefined ? ruleWarn : Math.max(0, ownMax - Math.max(0, ruleMax - ruleWarn)));
    const evidence = [];
    const at = (field) => `config keys.${declared?.name ?? ''}.${field}`;
    if (ownMax !== undefined)
        evidence.push({ fact: 'max-age-days', value: ownMax, source: 'config', detail: at('max-age-days') });
    if (ownWarn !== undefined)
        evidence.push({ fact: 'warn-age-days', value: ownWarn, source: 'config', detail: at('warn-age-days') });
    return { max, warn, evidence };
}
/** The effective limits of `config` for the summary's charts; none when the rule is off. */
function rotationChartLimits(config) {
    const setting = config.rules['rotation-age'];
    if (!setting || setting.severity === 'off')
        return {};
    const number = (value) => (typeof value === 'number' ? value : undefined);
    const options = {
        'max-age-days': number(setting.options['max-age-days']) ?? 90,
        'warn-age-days': number(setting.options['warn-age-days']) ?? 75,
    };
    const keyLimits = {};
    for (const declaration of config.keys.values()) {
        if (declaration.maxAgeDays === undefined && declaration.warnAgeDays === undefined)
            continue;
        const { max, warn } = limitsFor({ declaration }, options);
        // defineProperty: a key named `__proto__` is just a name.
        for (const name of [declaration.name, ...(declaration.aliases ?? [])])
            Object.defineProperty(keyLimits, name, { value: { maxAgeDays: max, warnAgeDays: warn }, enumerable: true });
    }
    return {
        maxAgeDays: options['max-age-days'],
        warnAgeDays: options['warn-age-days'],
        expiryWarnDays: number(setting.options['expiry-warn-days']) ?? 14,
        keyLimits,
    };
}
/** The date observation as evidence, with the computed age in its detail. */
function withAge(o, age) {
    const detail = o.detail ? `${o.detail}; ${age} days old` : `${age} days old`;
    return { ...evidenceOf(o), detail };
}

;// CONCATENATED MODULE: ./src/rules/secrets-overexposed.ts
// secrets-overexposed: `toJSON(secrets)` or `secrets: inherit`, which hand every secret the workflow
// can see to a step or a called workflow, so one compromised action or reusable workflow gets them all.


/** Reports each `toJSON(secrets)` and `secrets: inherit` in a workflow. */
/* harmony default export */ const secrets_overexposed = (defineRule({
    meta: {
        id: 'secrets-overexposed',
        description: 'Reports toJSON(secrets) or secrets: inherit handing every secret to a step or workflow.',
        defaultSeverity: 'warning',
        optionsSchema: { type: 'object', properties: {}, additionalProperties: false },
        defaultOptions: {},
        messages: {
            toJSON: 'toJSON(secrets) hands every secret to {{where}}; pass only the secrets it needs',
            inherit: 'secrets: inherit hands every secret to the workflow called by {{where}}; pass only the secrets it declares',
        },
        example: 'secrets: inherit hands every secret to the workflow called by job deploy; pass only the secrets it declares',
    },
    check(context) {
        for (const workflow of context.inventory.workflows) {
            for (const exposure of workflow.exposures) {
                const where = exposure.job ? `job ${exposure.job}` : 'this workflow';
                context.report({
                    messageId: exposure.form === 'toJSON(secrets)' ? 'toJSON' : 'inherit',
                    data: { where },
                    location: exposure.location,
                    evidence: [exposureEvidence(exposure)],
                    anchor: `${exposure.form}:${exposure.job ?? ''}`,
                });
            }
        }
    },
}));

;// CONCATENATED MODULE: ./src/rules/service-account-bound.ts
// service-account-bound: a key whose principal is a person, not a service account, bot or app; in
// gate mode also a production key whose principal cannot be established (SPEC sections 3 and 5).
// A user-account token declared `principal-kind: service` is a machine user: trusted in audit mode
// unless the provider names a principal other than the declared one. A finding that rests on a smoke
// result key-user-association reports (the declared principal differs, the key is rejected) gives way
// to it (SPEC section 5); a person read from the value itself (`ghp_`) stands and cites the result. A
// key no provider can check (`provider: none`) is confirmed by its declaration; the job's own
// GITHUB_TOKEN is no key here, nor is a secret that holds an identifier. The gate-mode finding only says "could not confirm": it makes a gate
// indeterminate, not failed.




/** Reports uses of keys bound to a human user, and unconfirmed production keys in gate mode. */
/* harmony default export */ const service_account_bound = (defineRule({
    meta: {
        id: 'service-account-bound',
        description: 'Reports a key whose principal is a human user, or in gate mode a production key whose principal cannot be established.',
        defaultSeverity: 'error',
        optionsSchema: { type: 'object', properties: {}, additionalProperties: false },
        defaultOptions: {},
        messages: {
            human: '{{key}} is bound to a human user ({{why}}); use a service account, bot or app for {{environment}}',
            principalMismatch: '{{key}} is declared as machine user {{expected}} but the provider says it belongs to {{actual}}',
            cannotEstablish: 'cannot establish that {{key}} is bound to a service account ({{why}}); gate mode needs a verified smoke call',
            undeclared: 'cannot establish that {{key}} is bound to a service account: no known provider can check it; if none can, add to keybound.yml: {{declaration}}',
        },
        example: 'DEPLOY_TOKEN is bound to a human user (a user account token); use a service account, bot or app for production',
    },
    check(context) {
        for (const key of context.keys) {
            if ((0,confirmation/* isJobToken */.Pl)(key))
                continue;
            const verdict = judge(key);
            const evidence = [
                ...observationsOf(key, 'principalKind').map(evidenceOf),
                ...observationsOf(key, 'principal').map(evidenceOf),
                ...smokeEvidence(key),
            ];
            for (const use of key.uses) {
                const production = use.environment === 'production';
                const base = {
                    location: use.location,
                    key: key.name,
                    environment: use.environment,
                    evidence,
                    use,
                    severity: production ? context.severity : capSeverity(context.severity, 'warning'),
                };
                if (verdict.kind === 'human') {
                    context.report({
                        ...base,
                        messageId: verdict.messageId,
                        data: { ...verdict.data, environment: use.environment },
                        repeatsSmoke: verdict.fromSmoke,
                    });
                }
                else if (context.mode === 'gate' &&
                    production &&
                    !(verdict.kind === 'service' && verdict.confirmed) &&
                    // An identifier (`AZURE_CLIENT_ID`, `SMTP_HOST`) has no principal to establish.
                    !(0,confirmation/* isIdentifierKey */.he)(key)) {
                    const unconfirmed = { ...base, unconfirmed: true };
                    if (withoutProvider(key)) {
                        const data = { key: key.name, declaration: (0,confirmation/* declarationHint */.GX)(key) };
                        context.report({ ...unconfirmed, messageId: 'undeclared', data });
                    }
                    else {
                        // Whatever key-user-association says about this key's smoke call is why it is unconfirmed.
                        context.report({
                            ...unconfirmed,
                            messageId: 'cannotEstablish',
                            data: { key: key.name, why: unestablished(key) },
                            repeatsSmoke: true,
                        });
                    }
                }
            }
        }
    },
}));
/** Decides the principal kind of a key from its facts, declaration and smoke result. */
function judge(key) {
    const winner = key.facts.principalKind;
    const declared = key.declaration;
    const verified = key.smoke?.status === 'verified';
    if (winner?.value === 'human') {
        // No provider can tell a person from a machine user (GitHub `User`, an IAM user, a Slack user): a
        // user account that the owners declare `principal-kind: service` is a machine user (SPEC section 3).
        const userAccount = winner.source === 'value' || winner.source === 'smoke';
        if (userAccount && declared?.principalKind === 'service') {
            const actual = smokePrincipal(key);
            const matched = declared.principal !== undefined && actual !== undefined && (0,glob/* matchesGlob */.k)(declared.principal, actual);
            if (declared.principal && actual !== undefined && !matched) {
                // The same comparison as the smoke call's `wrong-account` (providers/smoke.ts).
                const data = { key: key.name, expected: declared.principal, actual };
                return { kind: 'human', messageId: 'principalMismatch', data, fromSmoke: true };
            }
            // The provider itself answered "a user account": only a matching declared principal makes it a service.
            if (winner.source === 'value' || matched)
                return { kind: 'service', confirmed: verified || matched };
        }
        const data = { key: key.name, why: explain(winner) };
        return { kind: 'human', messageId: 'human', data, fromSmoke: winner.source === 'smoke' };
    }
    if (winner?.value === 'service') {
        // The provider (smoke) or the key format (value prefix) says so; a declaration alone needs smoke,
        // unless no provider can check the key at all (`provider: none`).
        const declaredOnly = winner.source === 'declared' && (0,confirmation/* confirmedByDeclaration */.Nk)(key);
        return {
            kind: 'service',
            confirmed: verified || winner.source === 'smoke' || winner.source === 'value' || declaredOnly,
        };
    }
    return { kind: 'unknown' };
}
/** No provider can check the key: declared `provider: none`, or none recognised from value, name or config. */
function withoutProvider(key) {
    return (0,confirmation/* declaredWithoutProvider */.qs)(key.declaration) || key.facts.provider === undefined;
}
function unestablished(key) {
    const winner = key.facts.principalKind;
    const smoke = key.smoke ? `smoke ${key.smoke.status}: ${key.smoke.reason}` : 'no smoke call';
    if (!winner || winner.value === 'unknown')
        return `principal kind unknown, ${smoke}`;
    // Only a declared machine user reaches the gate check with a `human` winner.
    if (winner.value === 'human')
        return `${explain(winner)} declared as a machine user, ${smoke}`;
    return `principal kind ${String(winner.value)} ${explain(winner)}, ${smoke}`;
}

;// CONCATENATED MODULE: ./src/rules/shared-value.ts
// shared-value: two keys used in different environments hold the same value, so one credential serves
// both (the staging and the production name of one Stripe key). Values are the ones given for this run
// (--secrets-json, --secrets-env, the Action's `secrets` input, with AWS companions) and literals
// committed in files; only values judged to be credentials are compared (the same judgement
// plaintext-secret makes of a committed literal), so two environments' `us-east-1` say nothing.
//
// SECURITY: values are compared by HMAC-SHA-256 under a key drawn at random for each run of this rule;
// the key and the digests live only inside check() and never reach a finding, a log or a file, so no
// output (or any two outputs) can be matched against a guessed value.
//
// Not reported here: one key used in several environments (one CI secret read by a staging and a
// production job: no-dev-keys-in-prod and the keys table show it); names already joined as one key
// (aliases, companions); the same value under two names in the SAME environment (a duplicate, not a
// leak across the environment boundary); keys whose uses are all in the `unknown` environment.








/** Reports each group of keys (or committed literals) in different environments that hold one value. */
/* harmony default export */ const shared_value = (defineRule({
    meta: {
        id: 'shared-value',
        description: 'Reports keys used in different environments that hold the same value (a staging and a production name for one credential), compared by a keyed hash inside the run and never printed.',
        defaultSeverity: 'error',
        optionsSchema: { type: 'object', properties: {}, additionalProperties: false },
        defaultOptions: {},
        messages: {
            shared: '{{holders}} hold the same value: one credential serves {{environments}}; issue a separate key for each environment',
        },
        example: 'PROD_STRIPE_KEY (production) and STAGING_STRIPE_KEY (staging) hold the same value: one credential serves production and staging; issue a separate key for each environment',
    },
    check(context) {
        // SECURITY: a fresh random key per run, dropped when check() returns; made on the first value only,
        // so a run without values does not load node:crypto (issue 15).
        let runKey;
        const digest = (value) => {
            const crypto = (0,node_crypto/* nodeCrypto */.S)();
            runKey ??= crypto.randomBytes(32);
            return crypto.createHmac('sha256', runKey).update(value.reveal()).digest('hex');
        };
        // A gate (--environment) compares its keys with every other environment's.
        const holders = (context.everyKey ?? context.keys).flatMap((key) => holdersOf(key, digest));
        const gated = context.environment;
        for (const group of groupByDigest(holders)) {
            if (!spansEnvironments(group))
                continue;
            if (gated !== undefined && !group.some((h) => h.environments.includes(gated)))
                continue;
            const sorted = [...group].sort(byImportance(gated));
            const primary = sorted[0];
            const environments = [...new Set(sorted.flatMap((h) => known(h.environments).sort(byRank)))];
            context.report({
                messageId: 'shared',
                data: {
                    holders: joinWords(sorted.map((h) => `${h.label} (${known(h.environments).join(', ') || 'unknown'})`)),
                    environments: joinWords(environments),
                },
                location: primary.location,
                key: primary.key.name,
                environment: gated ?? known(primary.environments).sort(byRank)[0],
                evidence: sorted.map((h) => h.evidence),
                anchor: sorted
                    .map((h) => h.label)
                    .sort()
                    .join('|'),
            });
        }
    },
}));
/** The holders of `key`: its given value (uses that read the CI secret) and each credential literal. */
function holdersOf(key, digest) {
    const holders = [];
    const given = [key.value, ...Object.values(key.companions)].filter((value) => value !== undefined && isGivenCredential(value, key.names));
    const readers = key.uses.filter((use) => !use.literal);
    const reader = primaryUse({ uses: readers });
    if (given.length > 0 && reader) {
        const environments = [...new Set(readers.map((use) => use.environment))].sort(byRank);
        holders.push({
            key,
            label: key.name,
            environments,
            location: reader.location,
            evidence: {
                fact: 'sameValue',
                value: key.name,
                source: 'value',
                detail: `${environments.join(', ')}; value from ${given[0].origin}`,
            },
            digests: given.map(digest),
        });
    }
    // One literal is one holder wherever it is deployed: a kustomize base that two overlays deploy to
    // staging and production is one key used in two environments, not two keys sharing a value.
    const literals = new Map();
    for (const use of key.uses) {
        if (!use.literal || !isCredentialValue(use.literal, [use.name, ...key.names]))
            continue;
        const at = `${use.location.file}:${use.location.line}:${use.location.column}`;
        const seen = literals.get(at);
        if (seen)
            seen.environments = [...new Set([...seen.environments, use.environment])].sort(byRank);
        else
            literals.set(at, literalHolder(key, use, digest(use.literal)));
    }
    return [...holders, ...literals.values()];
}
function literalHolder(key, use, digest) {
    const label = `${use.name} in ${use.location.file}`;
    return {
        key,
        label,
        environments: [use.environment],
        location: use.location,
        evidence: {
            fact: 'sameValue',
            value: use.name,
            source: 'file',
            detail: `${use.environment}; committed at ${use.location.file}:${use.location.line}`,
        },
        digests: [digest],
    };
}
/**
 * Whether a value is a credential worth comparing. The one coupling to how keybound judges credentials:
 * a provider key format, a private key, a URL password, or a credential name with a value that is no
 * placeholder (plaintext-secret's judgement of a committed literal, with its default options).
 */
function isCredentialValue(value, names) {
    return classifyLiteral(value.reveal(), names, { 'ignore-types': ['publishable'], 'min-length': 6 }) !== undefined;
}
/**
 * Whether a value given for the run (a CI secret) is worth comparing. It was stored as a secret, so a
 * name that says nothing (`PAYMENTS_KEY`) does not make it a placeholder: any value that is not an
 * identifier's (`AWS_REGION`, `SENTRY_ORG`), not a stand-in (a URL without a password, a number, a
 * placeholder word) and at least 12 characters of some entropy counts, as do committed literals' kinds.
 */
function isGivenCredential(value, names) {
    if (isCredentialValue(value, names))
        return true;
    // A provider format (a publishable key) was judged above; only format-less values go on.
    if (names.some((name) => (0,catalog/* detectFormat */.Tz)(value.reveal(), name) !== undefined))
        return false;
    if (names.some(credentials/* isIdentifierName */.tE))
        return false;
    return (0,credentials/* standIn */.us)(value.reveal(), { names, minLength: GIVEN_MIN_LENGTH }) === undefined;
}
/** Shorter given values (a region, a port, a short id) are too common to mean one credential. */
const GIVEN_MIN_LENGTH = 12;
/** Holders joined when any of their digests are equal (a pair's id or secret alike). */
function groupByDigest(holders) {
    const parent = holders.map((_, i) => i);
    const find = (i) => (parent[i] === i ? i : (parent[i] = find(parent[i])));
    const first = new Map();
    holders.forEach((holder, i) => {
        for (const d of holder.digests) {
            const seen = first.get(d);
            if (seen === undefined)
                first.set(d, i);
            else
                parent[find(i)] = find(seen);
        }
    });
    const groups = new Map();
    holders.forEach((holder, i) => {
        const root = find(i);
        addTo(groups, root, holder);
    });
    return [...groups.values()].filter((group) => group.length > 1);
}
/** Two different holders used in two different known environments. */
function spansEnvironments(group) {
    for (const a of group) {
        for (const b of group) {
            if (a === b)
                continue;
            if (known(a.environments).some((ea) => known(b.environments).some((eb) => ea !== eb)))
                return true;
        }
    }
    return false;
}
function known(environments) {
    return environments.filter((e) => e !== 'unknown');
}
function byRank(a, b) {
    return environmentRank(a) - environmentRank(b) || (0,compare/* compareText */.n)(a, b);
}
/** The gated environment's holders first, then production's, staging's..., then by label and place. */
function byImportance(gated) {
    const rank = (h) => gated !== undefined && h.environments.includes(gated) ? -1 : Math.min(...h.environments.map(environmentRank));
    return (a, b) => rank(a) - rank(b) || (0,compare/* compareText */.n)(a.label, b.label) || compareLocations(a.location, b.location);
}
/** `A`, `A and B`, `A, B and C`. */
function joinWords(words) {
    return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

;// CONCATENATED MODULE: ./src/rules/unused-secret.ts
// unused-secret: an Actions secret GitHub holds for the repository (or one of its environments) that no
// scanned workflow references: a credential that still works and that nobody would miss. It needs
// secret metadata (--github-repo, the Action's `secrets-token`); without it the rule says nothing.
//
// A workflow that hands over every secret (`toJSON(secrets)`, `secrets: inherit`) counts as using them
// all: keybound cannot tell which ones the receiver reads. The secrets that count as used only because
// of such a handover are named in one note at the handover, where replacing it would tell.
//
// Organization secrets are left to the organization audit, which scans every repository's workflows:
// one repository not using an organization secret says nothing about the secret. The core,
// unusedSecrets(), is pure so that audit can apply it to the merged view.



/** Names shown in a handover note before the rest are counted. */
const MAX_NAMES = 10;
/**
 * Which of `secrets` no workflow uses. `referenced` are the secret names workflows reference (compared
 * as GitHub does, ignoring case); `handsOverAll` is whether some workflow hands over every secret
 * (`toJSON(secrets)`, `secrets: inherit`), which counts as using them all. Pure: the organization audit
 * calls it with every repository's references merged.
 */
function unusedSecrets(secrets, referenced, handsOverAll) {
    const names = new Set([...referenced].map((name) => name.toUpperCase()));
    const unreferenced = secrets.filter((secret) => !names.has(secret.name.toUpperCase()));
    return handsOverAll ? { unused: [], handedOver: unreferenced } : { unused: unreferenced, handedOver: [] };
}
/** Reports repository and environment secrets no scanned workflow references. */
/* harmony default export */ const unused_secret = (defineRule({
    meta: {
        id: 'unused-secret',
        description: 'Reports a repository or environment secret that no scanned workflow references, from GitHub secret metadata (--github-repo, or the Action’s secrets-token); toJSON(secrets) or secrets: inherit counts as using every secret.',
        defaultSeverity: 'note',
        optionsSchema: { type: 'object', properties: {}, additionalProperties: false },
        defaultOptions: {},
        messages: {
            unused: '{{what}} is referenced by no workflow in {{folder}}; delete it (or its value) if nothing else reads it',
            handedOver: '{{count}} secret(s) that no workflow references by name count as used only because {{form}} hands over every secret here: {{names}}; pass secrets by name to find the ones nothing reads',
        },
        example: 'repository secret OLD_DEPLOY_TOKEN is referenced by no workflow in .github/workflows; delete it (or its value) if nothing else reads it',
    },
    check(context) {
        const metadata = context.secretMetadata;
        const workflows = context.inventory.workflows;
        if (!metadata || workflows.length === 0)
            return;
        const referenced = context.inventory.uses.filter((u) => u.sourceKind === 'github-workflow').map((u) => u.name);
        const exposures = workflows.flatMap((w) => w.exposures).sort((a, b) => compareLocations(a.location, b.location));
        const own = metadata.filter((secret) => secret.scope !== 'organization');
        const { unused, handedOver } = unusedSecrets(own, referenced, exposures.length > 0);
        const folder = workflowFolder(workflows.map((w) => w.file));
        const location = { file: folder, line: 1, column: 1 };
        for (const secret of [...unused].sort(bySecret)) {
            context.report({
                messageId: 'unused',
                data: { what: unused_secret_describe(secret), folder },
                location,
                evidence: [metadataEvidence(secret)],
                anchor: `${secret.scope}:${secret.environment ?? ''}:${secret.name}`,
            });
        }
        if (handedOver.length > 0)
            reportHandover(context, exposures[0], handedOver);
    },
}));
function reportHandover(context, exposure, secrets) {
    const sorted = [...secrets].sort(bySecret);
    const shown = sorted.slice(0, MAX_NAMES).map(unused_secret_describe);
    const more = sorted.length - shown.length;
    context.report({
        messageId: 'handedOver',
        data: {
            count: sorted.length,
            form: exposure.form,
            names: more > 0 ? `${shown.join(', ')} and ${more} more` : shown.join(', '),
        },
        location: exposure.location,
        evidence: [exposureEvidence(exposure), ...sorted.map(metadataEvidence)],
        anchor: 'handed-over',
    });
}
/** `repository secret X`, `environment secret X of production`. */
function unused_secret_describe(secret) {
    return secret.scope === 'environment'
        ? `environment secret ${secret.name} of ${secret.environment ?? 'an environment'}`
        : `${secret.scope} secret ${secret.name}`;
}
function metadataEvidence(secret) {
    const where = secret.scope === 'environment' ? `environment ${secret.environment ?? ''}` : secret.scope;
    return {
        fact: 'secret',
        value: secret.name,
        source: 'platform',
        detail: `GitHub ${where} secret, updated_at ${secret.updatedAt}`,
    };
}
function bySecret(a, b) {
    return ((0,compare/* compareText */.n)(a.scope, b.scope) ||
        (0,compare/* compareText */.n)(a.environment ?? '', b.environment ?? '') ||
        (0,compare/* compareText */.n)(a.name, b.name));
}
/** The folder the scanned workflows are in (`.github/workflows`): where a reference would be written. */
function workflowFolder(files) {
    const first = [...files].sort()[0] ?? '.github/workflows/';
    return first.includes('/') ? first.slice(0, first.lastIndexOf('/')) : '.';
}

;// CONCATENATED MODULE: ./src/rules/workflow-permissions.ts
// workflow-permissions: a deploying job whose GITHUB_TOKEN permissions are not narrowed: no
// `permissions:` block at job or workflow level (the repository default applies, read-write on
// older repositories and organizations), or `write-all`.

/** Reports deploying jobs with no `permissions:` block or with `write-all`. */
/* harmony default export */ const workflow_permissions = (defineRule({
    meta: {
        id: 'workflow-permissions',
        description: 'Reports a workflow or job that deploys with no permissions: block or with write-all.',
        defaultSeverity: 'warning',
        optionsSchema: { type: 'object', properties: {}, additionalProperties: false },
        defaultOptions: {},
        messages: {
            missing: 'job {{job}} deploys ({{why}}) with no permissions: block; set the least the GITHUB_TOKEN needs, such as contents: read',
            writeAll: 'job {{job}} deploys ({{why}}) with {{level}} permissions: write-all; grant only the scopes it needs',
        },
        example: 'job deploy deploys (environment production) with no permissions: block; set the least the GITHUB_TOKEN needs, such as contents: read',
    },
    check(context) {
        for (const workflow of context.inventory.workflows) {
            for (const job of workflow.jobs) {
                if (!job.deploys)
                    continue;
                const why = job.deployEvidence ?? 'looks like a deploy';
                const deployEvidence = { fact: 'deploys', value: true, source: 'file', detail: why };
                const effective = job.permissions ?? workflow.permissions;
                const level = job.permissions ? 'job' : 'workflow';
                if (!effective) {
                    context.report({
                        messageId: 'missing',
                        data: { job: job.id, why },
                        location: job.location,
                        evidence: [
                            { fact: 'permissions', value: 'none', source: 'file', detail: 'no job or workflow permissions: block' },
                            deployEvidence,
                        ],
                        anchor: job.id,
                    });
                }
                else if (effective.value === 'write-all') {
                    context.report({
                        messageId: 'writeAll',
                        data: { job: job.id, why, level },
                        location: effective.location,
                        evidence: [
                            { fact: 'permissions', value: 'write-all', source: 'file', detail: `${level} permissions` },
                            deployEvidence,
                        ],
                        anchor: job.id,
                    });
                }
            }
        }
    },
}));

;// CONCATENATED MODULE: ./src/rules/index.ts
// The rule registry: every built-in rule, sorted by id (a meta test keeps it sorted, unique and in
// step with the rule files, their tests and policies/recommended.yml).
















/** Every built-in rule, sorted by id. */
const RULES = [
    dynamic_secret_access,
    invalid_waiver,
    key_user_association,
    least_privilege_scopes,
    long_lived_cloud_key,
    no_dev_keys_in_prod,
    parse_error,
    plaintext_secret,
    policy_change,
    rbac_least_privilege,
    rotation_age,
    secrets_overexposed,
    service_account_bound,
    shared_value,
    unused_secret,
    workflow_permissions,
];
const BY_ID = new Map(RULES.map((rule) => [rule.meta.id, rule]));
/** The built-in rule with this id, or undefined. */
function ruleById(id) {
    return BY_ID.get(id);
}

;// CONCATENATED MODULE: ./src/rules/root-cause.ts
// One finding per root cause (SPEC section 5), applied once to every rule's findings instead of in
// each rule: uses of one key in one job (one file outside workflows) that a rule reports alike become
// one finding at the first use, with the others as related locations; and a finding that only repeats
// a smoke result gives way to key-user-association, which reports smoke results alone.


/** The rule that reports smoke results (SPEC section 5); others cite them as evidence. */
const SMOKE_RULE = 'key-user-association';
/**
 * Joins findings of one root cause and drops findings that repeat a reported smoke result. Findings
 * of one rule about uses of one key in one environment and one job or file, with the same anchor, are
 * one: it keeps the first use's location and message, the highest severity and every distinct piece
 * of evidence. Its fingerprint anchor is the rule's anchor, else the job or file, never the use, so it
 * stays the same when the first use moves or goes. Findings without a `use` pass through unchanged.
 */
function oneFindingPerRootCause(findings) {
    const smokeReported = new Set(findings.filter((f) => f.ruleId === SMOKE_RULE && f.key).map((f) => f.key));
    const groups = new Map();
    const order = [];
    for (const finding of findings) {
        if (finding.repeatsSmoke && finding.key !== undefined && smokeReported.has(finding.key))
            continue;
        if (!finding.use || finding.key === undefined) {
            order.push(finding);
            continue;
        }
        const scope = rootCauseScope(finding.use).group;
        const id = [finding.ruleId, finding.key, finding.environment ?? '', scope, finding.anchor ?? ''].join('\u0000');
        const group = groups.get(id);
        if (group)
            group.push(finding);
        else {
            const fresh = [finding];
            groups.set(id, fresh);
            order.push(fresh);
        }
    }
    return order.map((entry) => (Array.isArray(entry) ? root_cause_join(entry) : strip(entry)));
}
function strip(finding) {
    const { use: _use, repeatsSmoke: _repeats, ...rest } = finding;
    const callers = callerLocations([finding], new Set([position(finding)]));
    if (callers.length === 0)
        return rest;
    return { ...rest, relatedLocations: [...(rest.relatedLocations ?? []), ...callers] };
}
/**
 * The calls that reach a reusable workflow's use (SPEC section 2: the use stays where `secrets.X` is
 * written, with the caller as a related location), once each and not where a location already is.
 */
function callerLocations(findings, seen) {
    const related = [];
    for (const finding of findings) {
        const caller = finding.use?.calledFrom;
        if (!caller)
            continue;
        const at = `${caller.file}:${caller.line}:${caller.column}`;
        if (seen.has(at))
            continue;
        seen.add(at);
        related.push({
            ...caller,
            message: `${finding.use?.name} reaches this use through the call here`,
        });
    }
    return related;
}
function root_cause_join(group) {
    const sorted = [...group].sort((a, b) => compareLocations(a.location, b.location));
    const first = sorted[0];
    const use = first.use;
    const severity = sorted.reduce((s, f) => (types/* SEVERITY_RANK */.f3[f.severity] > types/* SEVERITY_RANK */.f3[s] ? f.severity : s), first.severity);
    const related = [];
    const seen = new Set([position(first)]);
    for (const finding of sorted.slice(1)) {
        if (seen.has(position(finding)))
            continue;
        seen.add(position(finding));
        related.push({ ...finding.location, message: relatedMessage(finding.use, first.key) });
    }
    related.push(...callerLocations(sorted, seen));
    const { use: _use, repeatsSmoke: _repeats, relatedLocations: _related, ...rest } = first;
    return {
        ...rest,
        severity,
        evidence: root_cause_distinctEvidence(sorted.flatMap((f) => f.evidence)),
        ...(related.length > 0 ? { relatedLocations: related } : {}),
        anchor: first.anchor ?? rootCauseScope(use).anchor,
    };
}
function position(finding) {
    const { file, line, column } = finding.location;
    return `${file}:${line}:${column}`;
}
/**
 * What a related location holds: `API_TOKEN is used here too, in step Deploy`, or for another name of
 * the key `PROD_AWS_SECRET_ACCESS_KEY (of key PROD_AWS_ACCESS_KEY_ID) is used here too, in step 4`.
 */
function relatedMessage(use, key) {
    const name = use.name === key ? key : `${use.name} (of key ${key})`;
    const step = use.context?.step;
    // Unnamed steps are called `step 4` already.
    const where = step ? `, in ${/^step \d+$/.test(step) ? step : `step ${step}`}` : '';
    return `${name} is used here too${where}`;
}
function root_cause_distinctEvidence(evidence) {
    const seen = new Set();
    return evidence.filter((e) => {
        const id = JSON.stringify([e.fact, e.value, e.source, e.detail ?? null]);
        if (seen.has(id))
            return false;
        seen.add(id);
        return true;
    });
}

// EXTERNAL MODULE: ./src/providers/outcome.ts
var outcome = __webpack_require__(5102);
// EXTERNAL MODULE: ./src/generated/version.ts
var version = __webpack_require__(4377);
;// CONCATENATED MODULE: ./src/engine.ts
// The whole pipeline, shared by the CLI and the Action: config -> scan -> environments -> keys and
// facts -> rules -> waivers -> report. It reads the scanned tree and nothing else from the machine;
// every setting arrives in CheckOptions, gathered once by a shell.

























async function check(options) {
    let policy;
    try {
        const load = { root: options.root, configPath: options.configPath, rules: RULES };
        policy = options.pullRequest
            ? await loadPullRequestPolicy(load, options.pullRequest)
            : { config: await loadConfig(load), changes: [] };
    }
    catch (error) {
        throw options.secretsFromEnv ? withoutEnvironmentSecrets(error, options, options.secretsFromEnv) : error;
    }
    const { config } = policy;
    const inventory = scanTree(options.root, { include: options.include, ignore: [...(config.ignore ?? []), ...(options.exclude ?? [])] }, { helmValues: config.helmValues });
    // On a pull request, inline suppressions it adds do not apply to its own check; they are reported.
    const added = options.pullRequest ? await options.pullRequest.addedSuppressions(inventory.suppressions) : [];
    const policyChanges = [...policy.changes, ...added.map(suppressionChange)];
    const honoured = inventory.suppressions.filter((s) => !added.some((a) => a.suppression === s));
    // `type: environment` inputs can be any environment the repository knows: these, and those its jobs name.
    const environments = [
        ...config.environments.flatMap((mapping) => mapping.githubEnvironments),
        ...(options.platformSecrets ?? []).flatMap((secret) => secret.environment ?? []),
    ];
    followWorkflowCalls(inventory, { environments });
    const decided = decideUseEnvironments(inventory, config);
    if (options.environment)
        assertKnownEnvironment(options.environment, decided, config);
    const credentialUses = decided.filter(isCredentialUse);
    const uses = credentialUses.filter((use) => !options.environment || use.environment === options.environment);
    const secrets = withEnvironmentSecrets(options, credentialUses, config);
    const keys = buildKeys(uses, inventory.links, config, secrets, options.platformSecrets);
    // Rules that compare environments (shared-value) still see the others when one is gated.
    const everyKey = options.environment
        ? buildKeys(credentialUses, inventory.links, config, secrets, options.platformSecrets)
        : keys;
    const diagnostics = [...inventory.diagnostics];
    if (options.smoke) {
        if (options.tlsVerificationDisabled) {
            throw new core_errors/* KeyboundError */.Gv('smoke-refused', 'NODE_TLS_REJECT_UNAUTHORIZED=0 turns TLS verification off; smoke calls are refused until it is unset');
        }
        // The adapters and the HTTP client are loaded only for smoke calls (issue 15: start-up).
        const { smokeKeys } = await __webpack_require__.e(/* import() */ 95).then(__webpack_require__.bind(__webpack_require__, 95));
        await smokeKeys(keys, {
            endpoints: options.endpoints ?? {},
            now: new Date(`${options.now}T12:00:00Z`),
            http: options.http,
            onProgress: options.onSmokeProgress,
        });
    }
    else if (options.mode === 'gate') {
        markUnchecked(keys);
    }
    const base = {
        keys,
        everyKey,
        inventory,
        config,
        mode: options.mode,
        environment: options.environment,
        now: options.now,
        smoke: options.smoke,
        secretMetadata: options.platformSecrets,
        policyChanges,
    };
    const custom = customRules(config);
    const raw = runRules([...RULES.filter((r) => !r.meta.readsWaivers), ...custom], config, base, []);
    const waived = applyWaivers(fingerprint(sortFindings(raw), keys), keys, honoured, config.exceptions, options.now, config.file, maxWaiverDays(config));
    const waiverFindings = fingerprint(runRules(RULES.filter((r) => r.meta.readsWaivers), config, base, waived.waivers), keys);
    // Baselines apply after waivers (an exception in use is not reported unused) and never to waiver findings.
    const baselined = options.baseline
        ? applyBaseline(waived.active, keys, options.baseline.data, options.baseline.file)
        : { active: waived.active, suppressed: [], diagnostics: [] };
    diagnostics.push(...baselined.diagnostics);
    const findings = sortFindings([...baselined.active, ...waiverFindings]);
    // Every secret given is hidden; of the committed literals, only those judged credentials (never a
    // placeholder such as `postgres` or `none`, which would erase key names and paths from the report).
    const redactor = new redact/* Redactor */.pO(secrets.values());
    for (const value of committedCredentials(inventory.uses, keys))
        redactor.add(value);
    const report = assembleReport(options, keys, findings, [...waived.suppressed, ...baselined.suppressed], diagnostics, config);
    return { report, redactor, rules: [...RULES, ...custom].map((rule) => rule.meta), inventory };
}
/** --secrets-env: the values of every referenced or declared name that the environment holds. */
function withEnvironmentSecrets(options, uses, config) {
    if (!options.secretsFromEnv)
        return options.secrets;
    const names = [
        ...uses.map((u) => u.name),
        ...config.keys.keys(),
        ...[...config.keys.values()].flatMap((d) => d.aliases ?? []),
    ];
    return new Map([...secretsFromEnv(names, options.secretsFromEnv), ...options.secrets]);
}
/**
 * SECURITY.md case 30: --secrets-env values are read once the config has loaded, so a config error
 * that quotes one is redacted here against the values of every name the tree uses or the config declares.
 */
function withoutEnvironmentSecrets(error, options, env) {
    const names = [
        ...scanTree(options.root).uses.map((u) => u.name),
        ...(error instanceof ConfigErrors ? error.declaredNames : []),
    ];
    return (0,redact/* redactError */.ki)(error, new redact/* Redactor */.pO(secretsFromEnv(names, env).values()));
}
/** invalid-waiver's max-waiver-days: how far ahead an exception may end (it applies even with the rule off). */
function maxWaiverDays(config) {
    const days = config.rules['invalid-waiver']?.options['max-waiver-days'];
    return typeof days === 'number' ? days : 365;
}
/** A `policy-change` for an inline suppression the pull request adds. */
function suppressionChange({ suppression, unverified }) {
    const what = `adds an inline suppression of ${suppression.ruleId}`;
    return {
        change: unverified ? `${what} that could not be compared with the base commit (${unverified})` : what,
        kind: 'suppression',
        location: { file: suppression.file, line: suppression.line, column: suppression.column },
    };
}
/**
 * Gives each raw use its environment(s); a shared kustomize base can land in several. A reusable
 * workflow's use reached by many callers is kept once per environment and caller job.
 */
function decideUseEnvironments(inventory, config) {
    const context = { mappings: config.environments, kustomize: new discovery_environment/* KustomizeIndex */.uq(inventory.kustomizations) };
    const seen = new Set();
    return inventory.uses.flatMap((raw) => (0,discovery_environment/* decideEnvironments */.xX)(raw, context).flatMap((decision) => {
        const id = JSON.stringify([raw.name, raw.location, raw.context, raw.calledFrom, decision]);
        if (raw.sourceKind === 'github-workflow' && seen.has(id))
            return [];
        seen.add(id);
        return [{ ...raw, ...decision }];
    }));
}
/**
 * `--environment NAME` must name an environment keybound knows (built-in, configured, or one a use is
 * in): a typo would otherwise gate a deploy on zero keys and pass.
 */
function assertKnownEnvironment(name, uses, config) {
    const known = new Set([...types/* BUILTIN_ENVIRONMENTS */.r8, ...config.environments.map((e) => e.name)]);
    for (const use of uses)
        known.add(use.environment);
    if (known.has(name))
        return;
    const close = (0,messages/* closeMatches */.KA)(name, [...known]);
    const hint = close.length ? `; did you mean ${close.map((c) => JSON.stringify(c)).join(' or ')}?` : '';
    throw new core_errors/* KeyboundError */.Gv('usage', `--environment: no use is in ${JSON.stringify(name)} and no config defines it (known: ${[...known].sort().join(', ')})${hint}`);
}
/** A gate without --smoke: nothing was confirmed, and the gate must say so (exit 3). */
function markUnchecked(keys) {
    for (const key of keys) {
        if ((0,confirmation/* isJobToken */.Pl)(key))
            continue;
        key.smoke =
            !key.value || key.value.isEmpty
                ? outcome/* NO_VALUE */.GY
                : { status: 'skipped', reason: 'offline', message: 'smoke calls were not requested (--smoke)' };
    }
}
function runRules(rules, config, base, waivers) {
    const findings = [];
    for (const rule of rules) {
        const setting = config.rules[rule.meta.id] ?? {
            severity: rule.meta.defaultSeverity,
            options: rule.meta.defaultOptions,
        };
        if (setting.severity === 'off')
            continue;
        const severity = setting.severity;
        const report = (input) => {
            findings.push(toFinding(rule, severity, input));
        };
        rule.check({ ...base, options: setting.options, severity, report, waivers });
    }
    return oneFindingPerRootCause(findings);
}
function toFinding(rule, configured, input) {
    const template = rule.meta.messages[input.messageId] ?? input.messageId;
    // A rule may lower its severity (a warning tier), never raise it above what the config allows.
    const severity = input.severity && types/* SEVERITY_RANK */.f3[input.severity] < types/* SEVERITY_RANK */.f3[configured] ? input.severity : configured;
    return {
        ruleId: rule.meta.id,
        severity,
        key: input.key,
        environment: input.environment,
        message: (0,core_template/* formatMessage */.h)(template, input.data ?? {}),
        location: input.location,
        evidence: input.evidence,
        anchor: input.anchor,
        use: input.use,
        repeatsSmoke: input.repeatsSmoke,
        ...(input.unconfirmed && { unconfirmed: true }),
    };
}
function sortFindings(findings) {
    return [...findings].sort((a, b) => types/* SEVERITY_RANK */.f3[b.severity] - types/* SEVERITY_RANK */.f3[a.severity] ||
        (0,compare/* compareText */.n)(a.location.file, b.location.file) ||
        a.location.line - b.location.line ||
        a.location.column - b.location.column ||
        (0,compare/* compareText */.n)(a.ruleId, b.ruleId) ||
        (0,compare/* compareText */.n)(a.key ?? '', b.key ?? ''));
}
function assembleReport(options, keys, findings, suppressed, diagnostics, config) {
    const count = (severity) => findings.filter((f) => f.severity === severity).length;
    const smoke = Object.fromEntries(types/* SMOKE_STATUSES */.jp.map((s) => [s, keys.filter((k) => k.smoke?.status === s).length]));
    const unconfirmed = options.mode === 'gate' ? keys.filter((k) => needsConfirmation(k, config)).map((k) => k.name) : [];
    const report = {
        schemaVersion: 'keybound/report/v1',
        tool: { name: 'keybound', version: version/* VERSION */.x },
        verdict: 'pass',
        mode: options.mode,
        ...(options.environment ? { environment: options.environment } : {}),
        evaluatedAt: options.now,
        failOn: options.failOn,
        summary: {
            error: count('error'),
            warning: count('warning'),
            note: count('note'),
            keys: keys.length,
            smoke,
            suppressed: suppressed.length,
        },
        keys: keys.map(keyReport),
        findings,
        suppressed,
        diagnostics: diagnostics.filter((d) => d.kind !== 'parse-error'),
        unconfirmed,
    };
    report.verdict = verdictOf(report);
    return report;
}
/**
 * A gated key that no smoke result decided (`unknown`, `skipped`, or none at all: fail closed); config
 * `unknown: warn` turns this off. The job's own GITHUB_TOKEN needs no confirmation, and a key no
 * provider can check is confirmed by its owners' declaration instead.
 */
function needsConfirmation(key, config) {
    if ((0,confirmation/* isJobToken */.Pl)(key))
        return false;
    const status = key.smoke?.status;
    if (status !== undefined && status !== 'unknown' && status !== 'skipped')
        return false;
    if (status === 'skipped' && (0,confirmation/* confirmedByDeclaration */.Nk)(key))
        return false;
    return config.rules['key-user-association']?.options.unknown !== 'warn';
}
function keyReport(key) {
    const facts = {};
    for (const [name, observation] of Object.entries(key.facts)) {
        if (observation)
            facts[name] = {
                value: observation.value,
                source: observation.source,
                ...(observation.detail ? { detail: observation.detail } : {}),
            };
    }
    const provider = key.facts.provider?.value;
    return {
        name: key.name,
        ...(typeof provider === 'string' ? { provider } : {}),
        ...(key.names.length > 1 ? { aliases: key.names.filter((n) => n !== key.name) } : {}),
        environments: key.environments,
        uses: key.uses.map((use) => ({
            file: use.location.file,
            line: use.location.line,
            column: use.location.column,
            ...(use.location.endLine ? { endLine: use.location.endLine, endColumn: use.location.endColumn } : {}),
            environment: use.environment,
            environmentSource: use.environmentSource,
            sourceKind: use.sourceKind,
            name: use.name,
            ...(use.context ? { context: use.context } : {}),
            ...(use.calledFrom ? { calledFrom: use.calledFrom } : {}),
        })),
        facts,
        ...(key.smoke ? { smoke: key.smoke } : {}),
    };
}
/**
 * `fail` when findings that say something is wrong reach `--fail-on`; `indeterminate` when a gate could
 * not confirm a key, or the only findings at that level say so (`unconfirmed`), so that a release job can
 * tell "retry later" (3) from "fix the key" (1).
 */
function verdictOf(report) {
    // An expired exception fails whatever --fail-on says: a waiver must not rot into a silent pass.
    if (report.findings.some(failsInEveryMode))
        return 'fail';
    const threshold = FAIL_ON_RANK[report.failOn];
    const reached = report.findings.filter((f) => types/* SEVERITY_RANK */.f3[f.severity] >= threshold);
    // A finding that only says "could not confirm" makes the verdict indeterminate, never fail (SPEC 5, 7).
    if (reached.some((f) => !f.unconfirmed))
        return 'fail';
    return report.unconfirmed.length > 0 || reached.length > 0 ? 'indeterminate' : 'pass';
}
/** The least severity rank that fails the run, per --fail-on; `never`: none does. */
const FAIL_ON_RANK = { ...types/* SEVERITY_RANK */.f3, never: Infinity };
/** SPEC section 7: 0 pass, 1 findings at or above --fail-on, 3 a gate could not confirm a key. */
function exitCodeOf(report) {
    return report.verdict === 'fail' ? 1 : report.verdict === 'indeterminate' ? 3 : 0;
}

;// CONCATENATED MODULE: ./src/report/neutralize.ts
// SECURITY: helpers that make untrusted text (file paths, key names, provider answers, messages that quote
// them) safe to print. The GitHub runner acts on any log line that starts with `::name` after leading
// whitespace, and on `##[name]` anywhere in a line; ANSI escapes and bidi controls can disguise output.
/** Line breaks of every kind a log reader, terminal or Markdown renderer may honour. */
const LINE_BREAKS = /\r\n|[\n\r\v\f\u0085\u2028\u2029]/g;
/**
 * ANSI/VT escape sequences: CSI (`ESC [ ... final`), OSC (`ESC ] ... BEL|ESC \`), and two-byte escapes.
 * Every quantifier is over a distinct character class, so matching stays linear.
 */
const ANSI_SEQUENCE = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|\u001b[@-_]?|\u009b[0-?]*[ -/]*[@-~]/g;
/** C0 controls except tab/LF/CR, DEL, C1 controls, and the bidi overrides/isolates ("trojan source"). */
const CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/g;
/** Whitespace .NET's `String.TrimStart` removes (char.IsWhiteSpace), which the runner applies first. */
const LEADING_SPACE = /^[\s\u0085]*/;
/**
 * Removes ANSI escape sequences and control characters. Tabs are kept; line breaks are kept only when
 * `keepNewlines` is true (then CR and LF survive, other breaks become LF), else they become spaces.
 */
function neutralize_stripControl(text, keepNewlines = false) {
    const withoutAnsi = text.replace(ANSI_SEQUENCE, '');
    const breaksHandled = keepNewlines
        ? withoutAnsi.replace(/[\v\f\u0085\u2028\u2029]/g, '\n')
        : withoutAnsi.replace(LINE_BREAKS, ' ');
    return breaksHandled.replace(CONTROL, '');
}
/** Flattens text to one line: every line break becomes one space, controls are removed. */
function flattenLine(text) {
    return neutralize_stripControl(text, false).replace(/\t/g, ' ');
}
/**
 * Breaks every runner command marker in one line of text. `##[` (acted on anywhere in a line) becomes
 * `## [`; a `::` at the start of the line, after any whitespace, becomes `: :`. Both read the same.
 */
function defuseCommands(line) {
    const defused = line.replace(/##\[/g, '## [');
    const lead = LEADING_SPACE.exec(defused)?.[0] ?? '';
    const rest = defused.slice(lead.length);
    return rest.startsWith('::') ? `${lead}: :${rest.slice(2)}` : defused;
}
/**
 * Untrusted text for a line of human-readable output, safe even where it starts the printed line:
 * one line, trimmed, no controls, no command markers.
 */
function neutralize(text) {
    return defuseCommands(flattenLine(text).trim());
}
/**
 * Untrusted text that follows some text of ours on the same line (so it can never be a line start):
 * one line, no controls, `##[` broken. A `::` inside it is left as written.
 */
function neutralizeInline(text) {
    return flattenLine(text).replace(/##\[/g, '## [');
}
/**
 * Makes serialized JSON inert in a log without changing the data. `##[` can only occur inside a JSON
 * string, where `[` may be written `\u005b`; U+2028/U+2029 (left raw by JSON.stringify) are escaped
 * too, as some readers split lines there. Every JSON parser reads the result back unchanged.
 */
function defuseJson(json) {
    return json
        .replace(/##\[/g, '##\\u005b')
        .replace(/\u2028/g, '\\u2028')
        .replace(/\u2029/g, '\\u2029');
}

;// CONCATENATED MODULE: ./src/report/json.ts
// The JSON report of SPEC section 9: the Report rebuilt field by field in the documented order, so the
// output is stable whatever order the engine built its objects in, and carries nothing the schema
// (policies/report.schema.json) does not describe.


/** Drops undefined members, keeping the order the literal was written in. */
function json_compact(object) {
    return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined));
}
function json_location(loc) {
    return json_compact({
        file: loc.file,
        line: loc.line,
        column: loc.column,
        endLine: loc.endLine,
        endColumn: loc.endColumn,
    });
}
function json_evidence(item) {
    return json_compact({ fact: item.fact, value: item.value, source: item.source, detail: item.detail });
}
/** A finding in documented order; shared by `findings` and `suppressed`. */
function findingJson(finding) {
    const suppression = finding.suppression;
    return json_compact({
        ruleId: finding.ruleId,
        severity: finding.severity,
        key: finding.key,
        environment: finding.environment,
        message: finding.message,
        location: json_location(finding.location),
        relatedLocations: finding.relatedLocations?.map((related) => json_compact({ ...json_location(related), message: related.message })),
        evidence: finding.evidence.map(json_evidence),
        fingerprint: finding.fingerprint,
        unconfirmed: finding.unconfirmed ? true : undefined,
        suppression: suppression
            ? json_compact({
                kind: suppression.kind,
                reason: suppression.reason,
                until: suppression.until,
                location: suppression.location ? json_location(suppression.location) : undefined,
            })
            : undefined,
    });
}
function json_use(item) {
    const context = item.context;
    return json_compact({
        file: item.file,
        line: item.line,
        column: item.column,
        endLine: item.endLine,
        endColumn: item.endColumn,
        environment: item.environment,
        environmentSource: item.environmentSource,
        sourceKind: item.sourceKind,
        name: item.name,
        context: context
            ? json_compact({
                workflow: context.workflow,
                job: context.job,
                step: context.step,
                via: context.via,
                resource: context.resource,
            })
            : undefined,
        calledFrom: item.calledFrom ? json_location(item.calledFrom) : undefined,
    });
}
function smoke(result) {
    return json_compact({
        status: result.status,
        reason: result.reason,
        message: result.message,
        // NOTE: Object.fromEntries defines own properties, so a provider field named `__proto__` stays data.
        principal: result.principal ? Object.fromEntries(Object.entries(result.principal)) : undefined,
    });
}
function key(item) {
    const facts = {};
    for (const name of types/* FACT_NAMES */.EZ) {
        const fact = item.facts[name];
        if (fact)
            facts[name] = json_compact({ value: fact.value, source: fact.source, detail: fact.detail });
    }
    return json_compact({
        name: item.name,
        provider: item.provider,
        aliases: item.aliases,
        environments: item.environments,
        uses: item.uses.map(json_use),
        facts,
        smoke: item.smoke ? smoke(item.smoke) : undefined,
    });
}
function json_diagnostic(item) {
    return json_compact({
        kind: item.kind,
        file: item.file,
        line: item.line,
        column: item.column,
        message: item.message,
    });
}
/** The report as a plain object in the documented field order (what `formatJson` serializes). */
function reportJson(report) {
    const summary = report.summary;
    return json_compact({
        schemaVersion: report.schemaVersion,
        tool: { name: report.tool.name, version: report.tool.version },
        verdict: report.verdict,
        mode: report.mode,
        environment: report.environment,
        evaluatedAt: report.evaluatedAt,
        failOn: report.failOn,
        summary: {
            error: summary.error,
            warning: summary.warning,
            note: summary.note,
            keys: summary.keys,
            smoke: Object.fromEntries(types/* SMOKE_STATUSES */.jp.map((status) => [status, summary.smoke[status] ?? 0])),
            suppressed: summary.suppressed,
        },
        keys: report.keys.map(key),
        findings: report.findings.map(findingJson),
        suppressed: report.suppressed.map(findingJson),
        unconfirmed: [...report.unconfirmed],
        diagnostics: report.diagnostics.map(json_diagnostic),
    });
}
/**
 * The JSON report (SPEC section 9): two-space indent, trailing newline, documented field order.
 * `##[` inside strings is written `##\u005b` so the output cannot drive the runner when printed to a
 * workflow log; it parses back to exactly the same data.
 */
function formatJson(report) {
    return [...formatJsonChunks(report)].join('');
}
/** A list whose items are turned into JSON one at a time, as they are written. */
class Lazy {
    items;
    map;
    constructor(items, 
    // NOTE: `never` accepts a mapper of any item type; each list pairs its items with its own mapper.
    map) {
        this.items = items;
        this.map = map;
    }
}
/**
 * The text of `formatJson`, byte for byte, in pieces: one per top-level member, per key's use, per
 * finding, per diagnostic (issue 15: a report of 40,000 uses is written without ever being one string,
 * nor one copy of the whole report). `redact` is applied to each piece of the Report before it is turned
 * into JSON, as `redactValues` would to the whole: the long lists item by item, everything else at once.
 */
function* formatJsonChunks(report, redact = (value) => value) {
    const lists = { keys: [], findings: [], suppressed: [], unconfirmed: [], diagnostics: [] };
    const head = reportJson(redact({ ...report, ...lists }));
    const lazy = {
        keys: new Lazy(report.keys, (item) => {
            // NOTE: assigning `uses` keeps its place among the key's members (an existing property).
            const shell = key(redact({ ...item, uses: [] }));
            shell.uses = new Lazy(item.uses, (one) => json_use(redact(one)));
            return shell;
        }),
        findings: new Lazy(report.findings, (item) => findingJson(redact(item))),
        suppressed: new Lazy(report.suppressed, (item) => findingJson(redact(item))),
        unconfirmed: new Lazy(report.unconfirmed, (item) => redact(item)),
        diagnostics: new Lazy(report.diagnostics, (item) => json_diagnostic(redact(item))),
    };
    for (const name of Object.keys(lazy))
        if (name in head)
            head[name] = lazy[name];
    yield* chunks(head, '');
    yield '\n';
}
/** `JSON.stringify(value, null, 2)` at `indent`, defused, with every Lazy list written item by item. */
function* chunks(value, indent) {
    if (value instanceof Lazy) {
        if (value.items.length === 0)
            return yield '[]';
        const inner = `${indent}  `;
        for (const [index, item] of value.items.entries()) {
            yield `${index === 0 ? '[' : ','}\n${inner}`;
            yield* chunks(value.map(item), inner);
        }
        return yield `\n${indent}]`;
    }
    if (!isStreamed(value))
        return yield defuseJson(JSON.stringify(value, null, 2).replace(/\n/g, `\n${indent}`));
    const inner = `${indent}  `;
    let first = true;
    for (const [name, member] of Object.entries(value)) {
        if (member === undefined)
            continue;
        yield `${first ? '{' : ','}\n${inner}${defuseJson(JSON.stringify(name))}: `;
        first = false;
        yield* chunks(member, inner);
    }
    yield first ? '{}' : `\n${indent}}`;
}
/** Whether `value` is an object holding a Lazy list (so it cannot go to JSON.stringify whole). */
function isStreamed(value) {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
        return false;
    return Object.values(value).some((member) => member instanceof Lazy);
}

;// CONCATENATED MODULE: ./src/report/related.ts
// The other locations of a finding's root cause (SPEC section 5), in one short phrase for the formats
// that show one line per finding: `also at 17:38, 88:36`, with the file when it is another one.
/** More related locations than this are counted, not listed, in one-line formats. */
const MAX_LISTED = 5;
/**
 * `also at 17:38, 88:36` (`also at other.yml:3:5` for another file; `and N more` past MAX_LISTED), or
 * undefined when the finding has no related locations.
 */
function alsoAt(finding) {
    const related = finding.relatedLocations ?? [];
    if (related.length === 0)
        return undefined;
    const places = related
        .slice(0, MAX_LISTED)
        .map((l) => `${l.file === finding.location.file ? '' : `${l.file}:`}${l.line}:${l.column}`);
    const more = related.length - MAX_LISTED;
    return `also at ${places.join(', ')}${more > 0 ? ` and ${more} more` : ''}`;
}
/** The message with its related locations appended: `… used in production (also at 25:38)`. */
function related_messageWithRelated(finding) {
    const also = alsoAt(finding);
    return also ? `${finding.message} (${also})` : finding.message;
}

;// CONCATENATED MODULE: ./src/report/sarif.ts
// SARIF 2.1.0 for GitHub code scanning (`github/codeql-action/upload-sarif`): one run, one rule
// descriptor per rule, one result per finding (waived ones carry `suppressions`), within GitHub's limits
// (25,000 results, 20 tags a rule, message.text required, partialFingerprints given).

const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
/** NOTE: the project home; set it here once the repository's public address is final. */
const KEYBOUND_INFORMATION_URI = 'https://github.com/keybound/keybound';
/** GitHub code scanning rejects files with more results than this in a run. */
const MAX_SARIF_RESULTS = 25_000;
const MAX_TAGS = 20;
/** The partialFingerprints key; bump the version if the fingerprint recipe ever changes. */
const FINGERPRINT_KEY = 'keybound/v1';
/**
 * GitHub's `security-severity` (0.0-10.0) per level: it ranks alerts as critical/high/medium/low.
 * One map for this formatter (DESIGN convention 9).
 */
const SECURITY_SEVERITY = { error: '8.0', warning: '5.0', note: '2.0' };
function pascalCase(id) {
    return id
        .split(/[^A-Za-z0-9]+/)
        .filter(Boolean)
        .map((part) => part[0].toUpperCase() + part.slice(1))
        .join('');
}
function ruleHelp(meta) {
    if (meta.help)
        return meta.help;
    const configure = `Configure it in keybound.yml under rules.${meta.id} (severity: error | warning | note | off).`;
    const example = meta.example ? `\n\nExample:\n${meta.example}` : '';
    const markdownExample = meta.example
        ? `\n\nExample:\n\n\`\`\`yaml\n${meta.example.replace(/`{3,}/g, '')}\n\`\`\``
        : '';
    return {
        text: `${meta.description}${example}\n\n${configure}`,
        markdown: `**${meta.id}**: ${meta.description}${markdownExample}\n\n${configure}`,
    };
}
function ruleDescriptor(meta) {
    const tags = ['security', 'keybound', 'secrets'];
    if (meta.usesSmoke)
        tags.push('smoke');
    return {
        id: meta.id,
        name: pascalCase(meta.id),
        shortDescription: { text: meta.description },
        fullDescription: { text: meta.description },
        help: ruleHelp(meta),
        defaultConfiguration: { level: meta.defaultSeverity },
        properties: {
            tags: tags.slice(0, MAX_TAGS),
            precision: 'high',
            'security-severity': SECURITY_SEVERITY[meta.defaultSeverity],
        },
    };
}
/** A rule descriptor for a finding whose rule is not in `rules` (custom rules, engine findings). */
function placeholderMeta(id, severity) {
    return {
        id,
        description: `keybound rule ${id}.`,
        defaultSeverity: severity,
        optionsSchema: {},
        defaultOptions: {},
        messages: {},
    };
}
/**
 * A relative URI reference for a scanned path: `/` separators, no leading `./` or `/`, each segment
 * percent-encoded (a `:` in the first segment would otherwise read as a URI scheme).
 */
function artifactUri(file) {
    const segments = file
        .replace(/\\/g, '/')
        .replace(/^(\.\/)+/, '')
        .replace(/^\/+/, '')
        .split('/');
    return segments.map((segment) => encodeURIComponent(segment)).join('/');
}
function region(loc) {
    const startLine = Math.max(1, Math.trunc(loc.line) || 1);
    const startColumn = Math.max(1, Math.trunc(loc.column) || 1);
    const out = { startLine, startColumn };
    if (loc.endLine !== undefined || loc.endColumn !== undefined) {
        const endLine = Math.max(startLine, Math.trunc(loc.endLine ?? startLine) || startLine);
        out.endLine = endLine;
        if (loc.endColumn !== undefined) {
            const endColumn = Math.max(1, Math.trunc(loc.endColumn) || 1);
            // SARIF: an empty or reversed region on one line is invalid; keep it at least as wide as its start.
            out.endColumn = endLine === startLine ? Math.max(endColumn, startColumn) : endColumn;
        }
    }
    return out;
}
function physicalLocation(loc) {
    return {
        physicalLocation: {
            artifactLocation: { uri: artifactUri(loc.file), uriBaseId: '%SRCROOT%' },
            region: region(loc),
        },
    };
}
function result(finding, ruleIndex, fallbackText) {
    const out = {
        ruleId: finding.ruleId,
        ruleIndex,
        level: finding.severity,
        // GitHub requires a non-empty message.text.
        message: { text: finding.message.trim() === '' ? fallbackText : finding.message },
        locations: [physicalLocation(finding.location)],
        partialFingerprints: { [FINGERPRINT_KEY]: finding.fingerprint },
    };
    // The other uses of the same root cause (SPEC section 5); SARIF requires a unique id on each.
    if (finding.relatedLocations?.length) {
        out.relatedLocations = finding.relatedLocations.map((related, index) => ({
            id: index + 1,
            ...physicalLocation(related),
            message: { text: related.message.trim() === '' ? 'another use of the same key' : related.message },
        }));
    }
    if (finding.suppression) {
        const s = finding.suppression;
        const suppression = {
            kind: s.kind === 'inline' ? 'inSource' : 'external',
            status: 'accepted',
            justification: s.reason,
        };
        if (s.location)
            suppression.location = physicalLocation(s.location);
        // keybound's own kind (inline, exception, baseline): SARIF's `kind` has only inSource and external.
        suppression.properties = { kind: s.kind, ...(s.until ? { until: s.until } : {}) };
        out.suppressions = [suppression];
    }
    const properties = {};
    if (finding.key !== undefined)
        properties.key = finding.key;
    if (finding.environment !== undefined)
        properties.environment = finding.environment;
    properties.evidence = finding.evidence.map((e) => ({ ...e }));
    out.properties = properties;
    return out;
}
function notifications(report, omitted) {
    const out = report.diagnostics.map((d) => {
        const note = {
            level: d.kind === 'parse-error' ? 'error' : d.kind === 'skipped' ? 'warning' : 'note',
            message: { text: d.message.trim() === '' ? d.kind : d.message },
            descriptor: { id: `keybound/${d.kind}` },
        };
        if (d.file !== '') {
            note.locations = [physicalLocation({ file: d.file, line: d.line ?? 1, column: d.column ?? 1 })];
        }
        return note;
    });
    if (omitted > 0) {
        out.push({
            level: 'warning',
            descriptor: { id: 'keybound/results-truncated' },
            message: {
                text: `${omitted} of ${omitted + MAX_SARIF_RESULTS} results were left out: GitHub code scanning accepts at ` +
                    `most ${MAX_SARIF_RESULTS} per run. The JSON report (--format json) has every finding.`,
            },
        });
    }
    return out;
}
/**
 * SARIF 2.1.0 log for `report`. `rules` are the descriptors of every rule that ran; a finding whose rule
 * is missing from them gets a minimal descriptor so each `ruleIndex` points at its rule. Active findings
 * come before suppressed ones, so truncation at {@link MAX_SARIF_RESULTS} drops waived findings first.
 */
function formatSarif(report, rules) {
    const metas = [];
    const indexById = new Map();
    const addRule = (meta) => {
        if (indexById.has(meta.id))
            return;
        indexById.set(meta.id, metas.length);
        metas.push(meta);
    };
    for (const meta of rules)
        addRule(meta);
    const all = [...report.findings, ...report.suppressed];
    for (const finding of all)
        addRule(placeholderMeta(finding.ruleId, finding.severity));
    const kept = all.slice(0, MAX_SARIF_RESULTS);
    const omitted = all.length - kept.length;
    const results = kept.map((finding) => {
        const index = indexById.get(finding.ruleId) ?? 0;
        return result(finding, index, metas[index].description);
    });
    const run = {
        tool: {
            driver: {
                name: 'keybound',
                version: report.tool.version,
                semanticVersion: /^\d+\.\d+\.\d+/.test(report.tool.version) ? report.tool.version : undefined,
                informationUri: KEYBOUND_INFORMATION_URI,
                rules: metas.map(ruleDescriptor),
            },
        },
        invocations: [
            {
                executionSuccessful: true,
                toolExecutionNotifications: notifications(report, omitted),
            },
        ],
        columnKind: 'utf16CodeUnits',
        results,
        properties: {
            verdict: report.verdict,
            mode: report.mode,
            environment: report.environment,
            evaluatedAt: report.evaluatedAt,
            unconfirmed: report.unconfirmed,
        },
    };
    const log = { $schema: SARIF_SCHEMA_URI, version: '2.1.0', runs: [run] };
    return `${defuseJson(JSON.stringify(log, null, 2))}\n`;
}

;// CONCATENATED MODULE: ./src/report/diagnostics.ts
// Diagnostics as the human-readable outputs show them: each on its own line, except skipped templates
// (Helm and Jinja files that cannot be read until rendered), which real repositories hold by the
// hundred and which say nothing to act on one by one: one line counts them, and the JSON report lists
// each.
/** What discovery's `skippedTemplate` says of a file (manifest-yaml.ts). */
const TEMPLATE_MESSAGE = /: a template \(/;
function isSkippedTemplate(diagnostic) {
    return diagnostic.kind === 'skipped' && TEMPLATE_MESSAGE.test(diagnostic.message);
}
function shownDiagnostics(diagnostics) {
    const count = diagnostics.filter(isSkippedTemplate).length;
    const listed = diagnostics.filter((d) => !isSkippedTemplate(d));
    if (count === 0)
        return { listed };
    const files = count === 1 ? '1 template' : `${count} templates`;
    return {
        listed,
        templates: `${files} skipped (Go/Helm {{ }} or Jinja {% %} tags): scan the rendered files; --format json lists each`,
    };
}

;// CONCATENATED MODULE: ./src/report/key-cells.ts
// A key's row as plain text, shared by the text report's keys table and the Markdown keys table: its
// provider, principal and kind, age and smoke result. Untrusted text is left for each formatter to
// neutralize for its own medium.

/** Whole UTC days from `date` to `evaluatedAt` (as rules count them), or undefined when either is not a date. */
function daysBetween(date, evaluatedAt) {
    return (0,dates/* parseDate */._U)(date) && (0,dates/* parseDate */._U)(evaluatedAt) ? (0,dates/* daysBetween */.YM)(date, evaluatedAt) : undefined;
}
function plural(count, word) {
    return `${count} ${word}${count === 1 ? '' : 's'}`;
}
function providerText(key) {
    return key.provider ?? (typeof key.facts.provider?.value === 'string' ? key.facts.provider.value : '');
}
/** `30 days (rotated), expires in 12 days`; '' when no date is known. */
function ageText(key, evaluatedAt) {
    const parts = [];
    for (const fact of ['rotated', 'created']) {
        const value = key.facts[fact]?.value;
        if (typeof value !== 'string')
            continue;
        const days = daysBetween(value, evaluatedAt);
        if (days === undefined)
            continue;
        parts.push(`${plural(days, 'day')} (${fact})`);
        break;
    }
    const expires = key.facts.expires?.value;
    if (typeof expires === 'string') {
        const days = daysBetween(evaluatedAt, expires);
        if (days !== undefined)
            parts.push(days < 0 ? `expired ${plural(-days, 'day')} ago` : `expires in ${plural(days, 'day')}`);
    }
    return parts.join(', ');
}
/** The principal and its kind: `deploy-bot (service)`, `(human)`, or ''. */
function principalText(key) {
    const who = key.facts.principal?.value;
    const kind = key.facts.principalKind?.value;
    const name = who === undefined ? '' : String(who);
    const kindText = kind === undefined ? '' : String(kind);
    if (name && kindText)
        return `${name} (${kindText})`;
    return name || (kindText ? `(${kindText})` : '');
}
/** `verified`, `skipped: no-value`; '' when no smoke call was made or planned. */
function smokeText(key) {
    if (!key.smoke)
        return '';
    return key.smoke.reason ? `${key.smoke.status}: ${key.smoke.reason}` : key.smoke.status;
}

;// CONCATENATED MODULE: ./src/report/markdown.ts
// Markdown for the job summary and PR comments: verdict, counts, a keys table and a findings table.
// SECURITY: every piece of report text is escaped cell by cell, so a hostile file name, key name or
// provider answer cannot end a row, open a fence or code span, inject HTML, make a link or mention.






/** Kept here too: the summary and tests import it from the Markdown formatter. */

/** The job summary upload limit is 1 MiB per step; stay under it by default. */
const DEFAULT_MARKDOWN_MAX_LENGTH = 1_000_000;
const VERDICT_BADGE = { pass: '✅ pass', fail: '❌ fail', indeterminate: '⚠️ indeterminate' };
const SEVERITY_LABEL = { error: '🔴 error', warning: '🟠 warning', note: '🔵 note' };
/**
 * One table cell's worth of untrusted text: one line, HTML and Markdown metacharacters neutralized.
 * `|` and Markdown punctuation get a backslash; `<`, `>`, `&` and backticks become entities (no code
 * span can open, no tag can start); `@` gets a zero-width joiner so it cannot mention anyone.
 */
function escapeCell(text) {
    return flattenLine(text)
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/`/g, '&#96;')
        .replace(/[\\|*_[\]~]/g, '\\$&')
        .replace(/@/g, '@\u2060')
        .trim();
}
/** Untrusted text shown in code font: `<code>` keeps working whatever the text holds. */
function markdown_code(text) {
    const escaped = escapeCell(text);
    return escaped === '' ? '' : `<code>${escaped}</code>`;
}
function age(key, evaluatedAt) {
    for (const fact of ['rotated', 'created']) {
        const value = key.facts[fact]?.value;
        if (typeof value !== 'string')
            continue;
        const days = daysBetween(value, evaluatedAt);
        if (days !== undefined)
            return escapeCell(`${plural(days, 'day')} (${fact})`);
    }
    return '—';
}
/** `2026-12-01 (in 9 days)`, `2026-11-20 (expired 2 days ago)`; the date is rebuilt, never echoed. */
function expiry(key, evaluatedAt) {
    const value = key.facts.expires?.value;
    const date = typeof value === 'string' ? (0,dates/* normalizeDate */.OG)(value) : undefined;
    const days = date === undefined ? undefined : daysBetween(evaluatedAt, date);
    if (date === undefined || days === undefined)
        return '—';
    const when = days < 0 ? `expired ${plural(-days, 'day')} ago` : days === 0 ? 'today' : `in ${plural(days, 'day')}`;
    return escapeCell(`${date} (${when})`);
}
function principal(key) {
    const who = key.facts.principal?.value;
    const kind = key.facts.principalKind?.value;
    const name = who === undefined ? '' : markdown_code(String(who));
    const kindText = kind === undefined ? '' : escapeCell(String(kind));
    if (name && kindText)
        return `${name} (${kindText})`;
    return name || kindText || '—';
}
function markdown_smoke(key) {
    if (!key.smoke)
        return '—';
    return escapeCell(key.smoke.reason ? `${key.smoke.status} (${key.smoke.reason})` : key.smoke.status);
}
function row(cells) {
    return `| ${cells.map((cell) => (cell === '' ? ' ' : cell)).join(' | ')} |`;
}
function keyRow(key, evaluatedAt) {
    const provider = key.provider ?? (typeof key.facts.provider?.value === 'string' ? key.facts.provider.value : '');
    return row([
        markdown_code(key.name),
        provider ? escapeCell(provider) : '—',
        key.environments.length > 0 ? escapeCell(key.environments.join(', ')) : '—',
        principal(key),
        age(key, evaluatedAt),
        expiry(key, evaluatedAt),
        markdown_smoke(key),
    ]);
}
function locationText(finding) {
    const loc = finding.location;
    const here = markdown_code(loc.file === '' ? '' : `${loc.file}:${loc.line}:${loc.column}`) || '—';
    const also = alsoAt(finding);
    return also ? `${here} (${escapeCell(also)})` : here;
}
function findingRow(finding) {
    return row([
        SEVERITY_LABEL[finding.severity],
        markdown_code(finding.ruleId),
        finding.key ? markdown_code(finding.key) : '—',
        locationText(finding),
        escapeCell(finding.message),
    ]);
}
function suppressedRow(finding) {
    const s = finding.suppression;
    const how = s ? `${s.kind}${s.until ? ` until ${s.until}` : ''}: ${s.reason}` : '';
    return row([markdown_code(finding.ruleId), finding.key ? markdown_code(finding.key) : '—', locationText(finding), escapeCell(how)]);
}
/** Appends rows while the budget allows, then one line counting what was left out. */
function table(out, header, rows, budget) {
    out.push(row(header), row(header.map(() => '---')));
    let shown = 0;
    for (const line of rows) {
        if (budget.left - line.length - 1 < 0)
            break;
        budget.left -= line.length + 1;
        out.push(line);
        shown++;
    }
    if (shown < rows.length) {
        out.push('', `_${rows.length - shown} more rows not shown here: see the SARIF or JSON report._`);
    }
}
/**
 * The report as GitHub-flavoured Markdown for a job summary or PR comment. Every finding is listed
 * unless the text would pass `maxLength` (default {@link DEFAULT_MARKDOWN_MAX_LENGTH}); rows left out
 * are counted. Pure: ages are computed against `report.evaluatedAt`.
 */
function formatMarkdown(report, options = {}) {
    const s = report.summary;
    const out = [];
    const scope = report.environment ? ` · environment ${markdown_code(report.environment)}` : '';
    out.push(`## keybound: ${VERDICT_BADGE[report.verdict]}`, '');
    out.push(`**Verdict: ${report.verdict}** · mode \`${report.mode}\`${scope} · fail-on \`${report.failOn}\` · ` +
        `evaluated ${escapeCell(report.evaluatedAt)} · keybound ${escapeCell(report.tool.version)}`, '');
    out.push(row(['Errors', 'Warnings', 'Notes', 'Suppressed', 'Keys']), row(['---:', '---:', '---:', '---:', '---:']));
    out.push(row([s.error, s.warning, s.note, s.suppressed, s.keys].map(String)), '');
    const smokeCounts = types/* SMOKE_STATUSES */.jp.filter((status) => s.smoke[status] > 0);
    if (smokeCounts.length > 0) {
        out.push(`Smoke calls: ${smokeCounts.map((status) => `${s.smoke[status]} ${status}`).join(', ')}`, '');
    }
    if (report.unconfirmed.length > 0) {
        out.push(`**Could not confirm:** ${report.unconfirmed.map(markdown_code).join(', ')}`, '');
    }
    for (const notice of options.notices ?? [])
        out.push('> [!WARNING]', `> ${escapeCell(notice)}`, '');
    // The chart is reserved up front, so the keys table cannot crowd it out.
    const reserved = out.join('\n').length + (options.afterKeys?.length ?? 0) + 2_000;
    const budget = { left: (options.maxLength ?? DEFAULT_MARKDOWN_MAX_LENGTH) - reserved };
    out.push(`### Keys (${report.keys.length})`, '');
    if (report.keys.length === 0)
        out.push('No keys found.');
    else {
        const rows = report.keys.map((key) => keyRow(key, report.evaluatedAt));
        table(out, ['Key', 'Provider', 'Environment', 'Principal', 'Age', 'Expires', 'Smoke'], rows, budget);
    }
    if (options.afterKeys) {
        out.push('', options.afterKeys.trimEnd());
    }
    out.push('', `### Findings (${report.findings.length})`, '');
    if (report.findings.length === 0)
        out.push('No findings.');
    else
        table(out, ['Severity', 'Rule', 'Key', 'Location', 'Message'], report.findings.map(findingRow), budget);
    if (report.suppressed.length > 0) {
        out.push('', `<details><summary>Suppressed findings (${report.suppressed.length})</summary>`, '');
        table(out, ['Rule', 'Key', 'Location', 'Suppression'], report.suppressed.map(suppressedRow), budget);
        out.push('', '</details>');
    }
    const { listed, templates } = shownDiagnostics(report.diagnostics);
    if (templates)
        out.push('', `### Diagnostics (${report.diagnostics.length})`, '', escapeCell(templates));
    if (listed.length > 0) {
        if (!templates)
            out.push('', `### Diagnostics (${report.diagnostics.length})`);
        out.push('');
        const rows = listed.map((d) => row([
            escapeCell(d.kind),
            markdown_code(d.line ? `${d.file}:${d.line}:${d.column ?? 1}` : d.file) || '—',
            escapeCell(d.message),
        ]));
        table(out, ['Kind', 'File', 'Message'], rows, budget);
    }
    return `${out.join('\n')}\n`;
}

;// CONCATENATED MODULE: ./src/report/summary.ts
// The Action's job summary: the Markdown report (verdict, keys, findings) plus Mermaid charts of key
// ages against the rotation limits (each key's own where it declares one) and of the days left before
// keys expire against the lead time, kept under GitHub's 1 MiB summary limit. Pure: the shell passes in
// the effective rotation-age options and any notices about the run.



/** GitHub rejects a step summary larger than 1 MiB. */
const SUMMARY_LIMIT_BYTES = 1024 * 1024;
/** Room kept for the shell's redaction (a replaced form may be longer than what it replaces). */
const REDACTION_MARGIN_BYTES = 32 * 1024;
/** More bars than this make an unreadable chart; the oldest keys are charted. */
const MAX_CHART_BARS = 30;
/** Each key's age by its best date fact (rotated, else created), oldest first; undated keys left out. */
function keyAges(report) {
    const ages = [];
    for (const key of report.keys) {
        const age = ageOf(key, report.evaluatedAt);
        if (age)
            ages.push(age);
    }
    return ages.sort((a, b) => b.days - a.days || (0,compare/* compareText */.n)(a.name, b.name));
}
function ageOf(key, evaluatedAt) {
    for (const from of ['rotated', 'created']) {
        const value = key.facts[from]?.value;
        if (typeof value !== 'string')
            continue;
        const days = daysBetween(value, evaluatedAt);
        if (days === undefined)
            continue;
        const expires = expiryOf(key);
        return { name: key.name, days: Math.max(0, days), from, ...(expires ? { expires } : {}) };
    }
    return undefined;
}
/** The key's expiry date as YYYY-MM-DD (rebuilt from the parsed date, so safe to print), if known. */
function expiryOf(key) {
    const value = key.facts.expires?.value;
    return typeof value === 'string' ? (0,dates/* normalizeDate */.OG)(value) : undefined;
}
/** The limits a key is held to: its own declared ones, else the rule's. */
function limitsOf(key, options) {
    const own = [key.name, ...(key.aliases ?? [])]
        .map((name) => (options.keyLimits && Object.hasOwn(options.keyLimits, name) ? options.keyLimits[name] : undefined))
        .find((limits) => limits !== undefined);
    if (own && options.maxAgeDays !== undefined)
        return { max: own.maxAgeDays, warn: own.warnAgeDays };
    return { max: options.maxAgeDays, warn: options.warnAgeDays };
}
/**
 * A label Mermaid reads as plain text inside `"..."`. SECURITY: key names come from scanned files;
 * anything but letters, digits and `_ . / -` becomes `_`, so no quote, bracket, `%%` directive, HTML
 * or backtick fence can get through, and long names are shortened.
 */
function chartLabel(name) {
    const safe = name.replace(/[^A-Za-z0-9_./-]/g, '_');
    return safe.length > 40 ? `${safe.slice(0, 39)}…` : safe || '_';
}
/**
 * A Mermaid `xychart-beta` bar chart of key ages in days, with the rotation limit (and warning age) as
 * lines, each key's own where it declares one; a key that expires carries its date in its label. ''
 * when no key has a date. At most {@link MAX_CHART_BARS} bars, oldest first; the rest are counted.
 */
function formatKeyAgeChart(report, options = {}) {
    const all = keyAges(report);
    if (all.length === 0)
        return '';
    const ages = all.slice(0, MAX_CHART_BARS);
    const byName = new Map(report.keys.map((key) => [key.name, key]));
    const limits = (age) => limitsOf(byName.get(age.name) ?? { name: age.name }, options);
    const { maxAgeDays } = options;
    const own = all.filter((a) => limits(a).max !== maxAgeDays).length;
    const top = Math.max(...ages.map((a) => Math.max(a.days, limits(a).max ?? 0)), 1);
    const limitText = maxAgeDays === undefined
        ? 'no rotation limit set'
        : `rotation limit ${maxAgeDays} days${own > 0 ? `; ${own} key(s) with their own` : ''}`;
    const label = (a) => `"${chartLabel(a.name)}${a.expires ? ` exp ${a.expires}` : ''}"`;
    const lines = [
        `### Key age (${limitText})`,
        '',
        '```mermaid',
        'xychart-beta',
        `  title "Days since rotation (bars) against the limit (line)"`,
        `  x-axis [${ages.map(label).join(', ')}]`,
        `  y-axis "days" 0 --> ${Math.ceil((top * 11) / 10)}`,
        `  bar [${ages.map((a) => a.days).join(', ')}]`,
    ];
    if (maxAgeDays !== undefined) {
        lines.push(`  line [${ages.map((a) => limits(a).max).join(', ')}]`);
        const warned = ages.map((a) => limits(a));
        if (warned.some((l) => l.warn !== undefined && l.max !== undefined && l.warn < l.max))
            lines.push(`  line [${warned.map((l) => Math.min(l.warn ?? l.max ?? 0, l.max ?? 0)).join(', ')}]`);
    }
    lines.push('```', '');
    const over = maxAgeDays === undefined ? 0 : all.filter((a) => a.days >= (limits(a).max ?? Infinity)).length;
    const notes = [`${all.length} of ${report.keys.length} keys have a known date`];
    if (maxAgeDays !== undefined)
        notes.push(`${over} at or past ${own > 0 ? 'their' : 'the'} limit`);
    if (all.length > ages.length)
        notes.push(`the ${ages.length} oldest are charted`);
    lines.push(`_${notes.join('; ')}. Keys without a rotated or created date are not charted._`, '');
    return lines.join('\n');
}
/**
 * A Mermaid bar chart of the days left before each key expires (0 for an expired key), soonest first,
 * with the lead time (`expiry-warn-days`) as a line; '' when no key has an expiry date.
 */
function formatKeyExpiryChart(report, options = {}) {
    const all = report.keys
        .flatMap((key) => {
        const expires = expiryOf(key);
        const days = expires === undefined ? undefined : daysBetween(report.evaluatedAt, expires);
        return expires === undefined || days === undefined ? [] : [{ name: key.name, expires, days }];
    })
        .sort((a, b) => a.days - b.days || (0,compare/* compareText */.n)(a.name, b.name));
    if (all.length === 0)
        return '';
    const shown = all.slice(0, MAX_CHART_BARS);
    const lead = options.expiryWarnDays;
    const top = Math.max(...shown.map((e) => e.days), lead ?? 0, 1);
    const lines = [
        `### Key expiry (${lead === undefined ? 'no lead time set' : `lead time ${lead} days`})`,
        '',
        '```mermaid',
        'xychart-beta',
        `  title "Days until expiry (bars) against the lead time (line)"`,
        `  x-axis [${shown.map((e) => `"${chartLabel(e.name)} ${e.expires}"`).join(', ')}]`,
        `  y-axis "days" 0 --> ${Math.ceil((top * 11) / 10)}`,
        `  bar [${shown.map((e) => Math.max(0, e.days)).join(', ')}]`,
    ];
    if (lead !== undefined)
        lines.push(`  line [${shown.map(() => lead).join(', ')}]`);
    lines.push('```', '');
    const expired = all.filter((e) => e.days < 0).length;
    const notes = [`${all.length} of ${report.keys.length} keys have an expiry date`, `${expired} expired`];
    if (lead !== undefined)
        notes.push(`${all.filter((e) => e.days >= 0 && e.days <= lead).length} within the lead time`);
    if (all.length > shown.length)
        notes.push(`the ${shown.length} soonest are charted`);
    lines.push(`_${notes.join('; ')}._`, '');
    return lines.join('\n');
}
/**
 * The job summary for `report`: verdict, notices, the keys table, the key-age chart, the findings table.
 * Table rows are left out (and counted) when the text would pass `maxBytes` in UTF-8.
 */
function formatSummary(report, options = {}) {
    const maxBytes = options.maxBytes ?? SUMMARY_LIMIT_BYTES - REDACTION_MARGIN_BYTES;
    const chart = [formatKeyAgeChart(report, options), formatKeyExpiryChart(report, options)]
        .filter((part) => part !== '')
        .join('\n');
    const render = (maxLength) => formatMarkdown(report, { maxLength, notices: options.notices, afterKeys: chart || undefined });
    // formatMarkdown budgets UTF-16 units; shrink until the UTF-8 bytes fit too (a few rounds at most).
    let maxLength = maxBytes;
    let text = render(maxLength);
    for (let round = 0; round < 8 && Buffer.byteLength(text, 'utf8') > maxBytes; round++) {
        const bytes = Buffer.byteLength(text, 'utf8');
        maxLength = Math.floor((maxLength * maxBytes) / bytes) - 1024;
        text = render(maxLength);
    }
    return text;
}

;// CONCATENATED MODULE: ./src/report/github.ts
// GitHub Actions annotations as workflow-command lines (`::error file=..,line=..::message`), most
// severe first. SECURITY: data and properties are escaped exactly as the runner unescapes them
// (actions/runner ActionCommand.cs), so no untrusted text can end the line or start a command.



/** The runner keeps this many annotations of each type (error, warning, notice) per step. */
const ANNOTATIONS_PER_TYPE = 10;
/** One workflow command per severity (this formatter's severity map). */
const COMMAND = {
    error: 'error',
    warning: 'warning',
    note: 'notice',
};
/** Escapes command data: the runner turns `%0D`, `%0A`, then `%25` back into CR, LF and `%`. */
function escapeData(text) {
    return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
/** Escapes a property value: as data, plus `:` (would end the properties) and `,` (would end the value). */
function escapeProperty(text) {
    return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
/**
 * A property value the runner reads back intact, or undefined to leave the property out. It splits
 * `key=value` with RemoveEmptyEntries, so an empty value is dropped and leading `=` are lost. (It also
 * trims the whole property list: the last property, `title`, is trimmed before it gets here.)
 */
function propertyValue(text) {
    const value = stripControl(text, true);
    if (value === '' || value.startsWith('='))
        return undefined;
    return escapeProperty(value);
}
function command(name, properties, data) {
    const props = properties
        .map(([key, raw]) => {
        const value = raw === undefined ? undefined : propertyValue(String(raw));
        return value === undefined ? undefined : `${key}=${value}`;
    })
        .filter((prop) => prop !== undefined);
    // SECURITY: CR and LF survive stripControl here on purpose: escapeData encodes them, so the message
    // round-trips exactly while the line cannot break.
    const body = escapeData(stripControl(data, true));
    return props.length > 0 ? `::${name} ${props.join(',')}::${body}` : `::${name}::${body}`;
}
function positive(n) {
    return n !== undefined && Number.isInteger(n) && n >= 1 ? n : undefined;
}
function annotation(finding) {
    const loc = finding.location;
    const title = `keybound ${finding.ruleId}${finding.key ? ` (${finding.key})` : ''}`;
    return command(COMMAND[finding.severity], [
        ['file', loc.file],
        ['line', positive(loc.line)],
        ['col', positive(loc.column)],
        ['endLine', positive(loc.endLine)],
        ['endColumn', positive(loc.endColumn)],
        ['title', title.trim()],
    ], messageWithRelated(finding));
}
function github_plural(count, word) {
    return `${count} ${word}${count === 1 ? '' : 's'}`;
}
/**
 * Annotation lines for the active findings, most severe first. The runner shows only
 * {@link ANNOTATIONS_PER_TYPE} of each type a step, so at most that many errors and warnings are
 * written, and one fewer notice; when anything is left out, one closing `::notice::` (within the
 * notice limit) counts it and points to the job summary, SARIF and JSON. Ends with a newline when non-empty.
 */
function formatGithub(report) {
    const sorted = [...report.findings].sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity]);
    const limit = {
        error: ANNOTATIONS_PER_TYPE,
        warning: ANNOTATIONS_PER_TYPE,
        // One notice slot is kept for the closing notice.
        note: ANNOTATIONS_PER_TYPE - 1,
    };
    const shown = { error: 0, warning: 0, note: 0 };
    const hidden = { error: 0, warning: 0, note: 0 };
    const lines = [];
    for (const finding of sorted) {
        if (shown[finding.severity] < limit[finding.severity]) {
            shown[finding.severity]++;
            lines.push(annotation(finding));
        }
        else {
            hidden[finding.severity]++;
        }
    }
    const hiddenTotal = hidden.error + hidden.warning + hidden.note;
    if (hiddenTotal > 0) {
        const parts = ['error', 'warning', 'note']
            .filter((severity) => hidden[severity] > 0)
            .map((severity) => github_plural(hidden[severity], severity));
        lines.push(command('notice', [['title', 'keybound: more findings']], `${github_plural(hiddenTotal, 'more finding')} not shown as annotations (${parts.join(', ')}): ` +
            `GitHub shows ${ANNOTATIONS_PER_TYPE} of each type per step. See the job summary, the SARIF ` +
            `upload (code scanning) or the JSON report for all ${report.findings.length}.`));
    }
    return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}

;// CONCATENATED MODULE: ./src/action/annotations.ts
// Which findings become annotations, within what the runner shows. The runner keeps 10 annotations of
// each type (error, warning, notice) per step and drops the rest silently, and the step's own messages
// (setFailed's error, warnings about the run) draw from the same 10; so the plan leaves those slots free,
// keeps one notice for the closing count, and never spends a slot the runner would throw away.
// Pure: main.ts prints the plan through @actions/core.



const ANNOTATION_TYPE = { error: 'error', warning: 'warning', note: 'notice' };
function annotations_plural(count, word) {
    return `${count} ${word}${count === 1 ? '' : 's'}`;
}
/**
 * The annotations to print. `reserved` counts annotations of each type the step prints besides the
 * findings (run warnings, the setFailed error); `limit` is the runner's cap per type.
 */
function planAnnotations(findings, reserved = {}, limit = ANNOTATIONS_PER_TYPE) {
    // Stable sort: within a severity the report's own order (file, line, column) is kept.
    const sorted = [...findings].sort((a, b) => types/* SEVERITY_RANK */.f3[b.severity] - types/* SEVERITY_RANK */.f3[a.severity]);
    const room = (type, extra = 0) => Math.max(0, limit - (reserved[type] ?? 0) - extra);
    const total = { error: 0, warning: 0, note: 0 };
    for (const f of findings)
        total[f.severity]++;
    const fits = (extraNotice) => total.error <= room('error') && total.warning <= room('warning') && total.note <= room('notice', extraNotice);
    // One notice slot goes to the closing notice whenever anything is left out.
    const closing = fits(0) ? 0 : 1;
    const capacity = {
        error: room('error'),
        warning: room('warning'),
        note: room('notice', closing),
    };
    const shown = [];
    const hidden = { error: 0, warning: 0, note: 0 };
    for (const finding of sorted) {
        if (capacity[finding.severity] > 0) {
            capacity[finding.severity]--;
            shown.push(finding);
        }
        else
            hidden[finding.severity]++;
    }
    const hiddenTotal = hidden.error + hidden.warning + hidden.note;
    if (hiddenTotal === 0)
        return { shown, hidden };
    const parts = ['error', 'warning', 'note'].filter((s) => hidden[s] > 0).map((s) => annotations_plural(hidden[s], s));
    const closingNotice = `${annotations_plural(hiddenTotal, 'more finding')} not shown as annotations (${parts.join(', ')}): GitHub shows ` +
        `${limit} annotations of each type per step. All ${findings.length} are in the job summary, the SARIF ` +
        `file and the JSON report.`;
    return { shown, hidden, closingNotice };
}
/**
 * `report` with every path made relative to the workspace instead of the scanned folder, for the
 * outputs GitHub resolves against the repository root (annotations, SARIF, summary links). `prefix` is
 * the scanned folder relative to the workspace with `/` separators ('' or '.' for the root).
 */
function rebaseReport(report, prefix) {
    const base = prefix
        .replace(/\\/g, '/')
        .replace(/^(\.\/)+/, '')
        .replace(/\/+$/, '');
    if (base === '' || base === '.')
        return report;
    const move = (file) => (file === '' ? file : external_node_path_.posix.join(base, file));
    const rebase = (finding) => ({
        ...finding,
        location: { ...finding.location, file: move(finding.location.file) },
        ...(finding.relatedLocations
            ? { relatedLocations: finding.relatedLocations.map((related) => ({ ...related, file: move(related.file) })) }
            : {}),
        ...(finding.suppression?.location
            ? {
                suppression: {
                    ...finding.suppression,
                    location: { ...finding.suppression.location, file: move(finding.suppression.location.file) },
                },
            }
            : {}),
    });
    return {
        ...report,
        findings: report.findings.map(rebase),
        suppressed: report.suppressed.map(rebase),
        keys: report.keys.map((key) => ({ ...key, uses: key.uses.map((use) => ({ ...use, file: move(use.file) })) })),
        diagnostics: report.diagnostics.map((d) => ({ ...d, file: move(d.file) })),
    };
}

// EXTERNAL MODULE: ./src/providers/base-url.ts
var base_url = __webpack_require__(8197);
;// CONCATENATED MODULE: ./src/providers/endpoints.ts
// `--endpoint PROVIDER=URL` (CLI) and the `endpoints` input (Action): base-URL overrides for self-hosted
// services and tests. The user chooses them on the command line or in the workflow, never in a file of
// the scanned repository; https anywhere, plain http only for loopback (SPEC section 6).



/** Parses `PROVIDER=URL` entries; `flag` names where they came from, for messages. */
function parseEndpointOverrides(entries, flag) {
    const endpoints = Object.create(null);
    for (const entry of entries) {
        const eq = entry.indexOf('=');
        const provider = entry.slice(0, eq).trim();
        const raw = entry.slice(eq + 1).trim();
        if (eq <= 0 || raw === '')
            throw new core_errors/* KeyboundError */.Gv('usage', `${flag}: "${entry}" is not of the form PROVIDER=URL`);
        if (!(0,catalog/* providerById */.ik)(provider))
            throw new core_errors/* KeyboundError */.Gv('usage', `${flag}: unknown provider "${provider}"; see keybound providers`);
        try {
            endpoints[provider] = (0,base_url/* validateBaseUrl */.f)(raw).toString().replace(/\/$/, '');
        }
        catch (error) {
            const reason = error instanceof TypeError ? 'not a URL' : error.message;
            throw new core_errors/* KeyboundError */.Gv('usage', `${flag} ${provider}: ${reason}`);
        }
    }
    return endpoints;
}
/** GitHub Enterprise Server: GITHUB_API_URL names the API, unless an override already does. */
function withEnterpriseGitHub(endpoints, apiUrl) {
    const api = apiUrl?.trim().replace(/\/$/, '');
    if (!api || endpoints.github || api === 'https://api.github.com')
        return endpoints;
    return { ...endpoints, github: api };
}

;// CONCATENATED MODULE: ./src/action/inputs.ts
// Reads every Action input once into a typed settings object (the actions/checkout habit), with messages
// that quote the bad value and say what was expected, and one debug line per input. SECURITY: secret
// values are registered with the runner's masker here, before anything else can print, and no debug
// line ever shows a secret (only how many values and their names).





function readInputs(env = process.env) {
    // First, before any other input is even echoed: mask every secret value and each of its lines.
    const secretsTokenText = core/* getInput */.V4('secrets-token');
    if (secretsTokenText !== '')
        core/* setSecret */.Pq(secretsTokenText);
    const githubTokenText = core/* getInput */.V4('github-token');
    mask(githubTokenText);
    const secretsText = core/* getInput */.V4('secrets');
    const secrets = new Map();
    const secretsWarnings = [];
    if (secretsText.trim() !== '') {
        // The raw text too: a parse error must not leave any part of it printable.
        mask(secretsText);
        const parsed = parseSecretsJson(secretsText, 'input secrets');
        for (const [name, value] of parsed.secrets) {
            mask(value.reveal());
            secrets.set(name, value);
        }
        secretsWarnings.push(...parsed.warnings);
    }
    core/* debug */.Yz(`input secrets: ${secrets.size} value(s)${secrets.size > 0 ? ` for ${[...secrets.keys()].join(', ')}` : ''}`);
    core/* debug */.Yz(`input github-token: ${githubTokenText === '' ? 'not set' : 'set (masked)'}`);
    core/* debug */.Yz(`input secrets-token: ${secretsTokenText === '' ? 'not set' : 'set (masked)'}`);
    const settings = {
        path: inputs_text('path') || '.',
        configPath: inputs_text('config') || undefined,
        mode: oneOf('mode', 'audit', ['audit', 'gate']),
        environment: inputs_text('environment') || undefined,
        smoke: bool('smoke', false),
        allowUntrustedSmoke: bool('allow-untrusted-smoke', false),
        secrets,
        secretsWarnings,
        endpoints: withEnterpriseGitHub(parseEndpointOverrides(core/* getMultilineInput */.q3('endpoints'), 'input endpoints'), env.GITHUB_API_URL),
        failOn: oneOf('fail-on', 'error', ['error', 'warning', 'note', 'never']),
        ...(githubTokenText !== '' ? { githubToken: new secret/* SecretValue */.i(githubTokenText, 'input github-token') } : {}),
        sarifFile: inputs_text('sarif-file') || undefined,
        jsonFile: inputs_text('json-file') || undefined,
        annotations: bool('annotations', true),
        summary: bool('summary', true),
        ...(secretsTokenText !== '' ? { secretsToken: new secret/* SecretValue */.i(secretsTokenText, 'input secrets-token') } : {}),
    };
    core/* debug */.Yz(`input endpoints: ${JSON.stringify(settings.endpoints)}`);
    return settings;
}
/** Values already registered this run: each is sent to the runner once. */
const masked = new Set();
/** Registers a value and every line of it: the runner masks line by line (actions/runner#161). */
function mask(value) {
    const pieces = [value, ...value.split(/\r\n|\r|\n/).map((line) => line.trim())];
    for (const piece of pieces) {
        if (piece.length < 4 && piece !== value)
            continue;
        if (piece === '' || masked.has(piece))
            continue;
        masked.add(piece);
        core/* setSecret */.Pq(piece);
    }
}
/** A plain text input, trimmed, with its debug line. NOTE: only for inputs that never hold secrets. */
function inputs_text(input) {
    const value = core/* getInput */.V4(input);
    core/* debug */.Yz(`input ${input}: ${JSON.stringify(value)}`);
    return value;
}
function oneOf(input, fallback, allowed) {
    const value = inputs_text(input) || fallback;
    if (allowed.includes(value))
        return value;
    throw new core_errors/* KeyboundError */.Gv('usage', `input ${input}: "${value}" is not one of ${allowed.join(', ')}`);
}
function bool(input, fallback) {
    const value = inputs_text(input).toLowerCase();
    if (value === '')
        return fallback;
    if (['true', 'yes', '1'].includes(value))
        return true;
    if (['false', 'no', '0'].includes(value))
        return false;
    throw new core_errors/* KeyboundError */.Gv('usage', `input ${input}: "${value}" is not true or false`);
}

;// CONCATENATED MODULE: ./src/policy/base-branch.ts
// The base commit's side of a pull request check (SPEC section 8), given a reader of its files (the
// Action's is GitHub's contents API): the policy files as the base has them (the config, found as
// discoverConfig finds it, and every file it extends), served to loadConfig by path; and which inline
// suppressions in the scanned files the base does not have.






/** Policy files read from the base commit, at most: a chain of `extends` longer than this is cut. */
const MAX_POLICY_FILES = 32;
/** Files whose suppressions are compared with the base; the suppressions of others count as added. */
const MAX_COMPARED_FILES = 100;
/** A pack named by a bare word is built in (the same in every commit); anything else is a file. */
const base_branch_BUILTIN_NAME = /^[a-z0-9][a-z0-9-]*$/;
/** The repository path of an absolute path, or undefined when it lies outside the repository. */
function repoPath(layout, absPath) {
    const rel = (0,external_node_path_.relative)((0,external_node_path_.resolve)(layout.repoRoot), absPath);
    if (rel === '' || rel === '..' || rel.startsWith(`..${external_node_path_.sep}`) || (0,external_node_path_.isAbsolute)(rel))
        return undefined;
    return rel.split(external_node_path_.sep).join('/');
}
/**
 * Reads the base commit's policy files and returns a `readFile` for loadConfig: a file of the base
 * by its local path, ENOENT for one the base does not have, and files outside the repository (a
 * `config` input elsewhere on the runner) from disk, since no pull request can change them.
 * @throws whatever `read` throws (the base's policy then cannot be used).
 */
async function readBasePolicy(read, layout) {
    const files = new Map();
    const fetch = async (absPath) => {
        const path = repoPath(layout, absPath);
        if (path === undefined || files.has(absPath))
            return files.get(absPath);
        const text = await read(path);
        if (text !== undefined)
            files.set(absPath, text);
        return text;
    };
    let config;
    const candidates = layout.configPath
        ? [layout.configPath]
        : CONFIG_CANDIDATES.map((candidate) => (0,external_node_path_.resolve)(layout.root, candidate));
    for (const absPath of candidates) {
        const text = await fetch(absPath);
        if (text !== undefined) {
            config = { absPath, text };
            break;
        }
    }
    // The packs it extends, breadth first, each relative to the file that names it.
    const queue = config ? [config] : [];
    for (let i = 0; i < queue.length && files.size < MAX_POLICY_FILES; i++) {
        for (const entry of base_branch_extendsEntries(queue[i].text)) {
            if (base_branch_BUILTIN_NAME.test(entry) || (0,external_node_path_.isAbsolute)(entry))
                continue;
            const absPath = (0,external_node_path_.resolve)((0,external_node_path_.dirname)(queue[i].absPath), entry);
            if (files.has(absPath))
                continue;
            const text = await fetch(absPath);
            if (text !== undefined)
                queue.push({ absPath, text });
        }
    }
    return (absPath) => {
        const text = files.get(absPath);
        if (text !== undefined)
            return text;
        if (repoPath(layout, absPath) === undefined)
            return readRegularFile(absPath);
        throw Object.assign(new Error(`not in the base commit: ${absPath}`), { code: 'ENOENT' });
    };
}
/** The `extends` entries of a policy file's text (nothing when it does not parse). */
function base_branch_extendsEntries(text) {
    const contents = (0,yaml/* parseYaml */.hN)(text).docs[0]?.contents;
    const list = (0,yaml/* getPair */.xf)(contents, 'extends')?.value;
    return (list?.items ?? []).flatMap((item) => (0,yaml/* scalarString */.Cg)(item) ?? []);
}
/**
 * The inline suppressions in `found` that the base commit does not have: per file, the same rule with
 * the same reason counts once for each time the base file has it; the rest are added. A file the base
 * does not have adds all of its suppressions; one that cannot be read (or past MAX_COMPARED_FILES)
 * counts as added too, with the reason, so nothing the pull request wrote applies to its own check.
 */
async function addedSuppressions(found, read, layout) {
    const byFile = new Map();
    for (const suppression of found)
        addTo(byFile, suppression.file, suppression);
    const added = [];
    let compared = 0;
    for (const [file, suppressions] of byFile) {
        const path = repoPath(layout, (0,external_node_path_.resolve)(layout.root, file));
        let text;
        try {
            if (path === undefined)
                throw new Error('the file lies outside the repository');
            if (++compared > MAX_COMPARED_FILES)
                throw new Error(`more than ${MAX_COMPARED_FILES} files hold suppressions`);
            text = await read(path);
        }
        catch (error) {
            const why = error instanceof Error ? error.message : 'unreadable';
            added.push(...suppressions.map((suppression) => ({ suppression, unverified: why })));
            continue;
        }
        const counts = new Map();
        for (const s of text === undefined ? [] : findSuppressions(file, text)) {
            const key = `${s.ruleId}\n${s.reason ?? ''}`;
            counts.set(key, (counts.get(key) ?? 0) + 1);
        }
        for (const suppression of suppressions) {
            const key = `${suppression.ruleId}\n${suppression.reason ?? ''}`;
            const left = counts.get(key) ?? 0;
            if (left > 0)
                counts.set(key, left - 1);
            else
                added.push({ suppression });
        }
    }
    return added;
}

;// CONCATENATED MODULE: ./src/action/pull-request.ts
// SPEC section 8 in the Action: on an event whose payload names a pull request's base commit, the base
// commit's policy decides, read through GitHub's contents API with `github-token`; what the pull request
// changes is reported by `policy-change`. When the base cannot be read (no token, no permission, an
// outage) the pull request's own policy decides and a `policy-change` finding says so.




const SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
/** The base commit a pull request event names (`pull_request.base.sha`), if any. */
function pullRequestBase(payload) {
    const pr = payload?.pull_request;
    const base = typeof pr === 'object' && pr !== null ? pr.base?.sha : undefined;
    return typeof base === 'string' && SHA.test(base.toLowerCase()) ? base.toLowerCase() : undefined;
}
/** The folder of the checkout that holds `root`: the nearest with a `.git`, up to the workspace. */
function checkoutRoot(root, workspace) {
    for (let at = (0,external_node_path_.resolve)(root);; at = (0,external_node_path_.dirname)(at)) {
        if ((0,external_node_fs_.existsSync)((0,external_node_path_.resolve)(at, '.git')))
            return at;
        const rel = (0,external_node_path_.relative)((0,external_node_path_.resolve)(workspace), at);
        if (rel === '' || rel.startsWith('..') || (0,external_node_path_.isAbsolute)(rel) || (0,external_node_path_.dirname)(at) === at)
            return (0,external_node_path_.resolve)(workspace);
    }
}
/**
 * The base commit's policy for check(), or undefined when the event is not a pull request's.
 * `base` in the result names it for the summary.
 */
async function pullRequestPolicy(settings, env, payload, root, workspace) {
    const ref = pullRequestBase(payload);
    if (!ref)
        return undefined;
    const base = `the base commit ${ref.slice(0, 12)}`;
    const unavailable = (problem) => ({ base, problem, addedSuppressions: async () => [] });
    if (!settings.githubToken)
        return unavailable('the github-token input is empty');
    const repository = env.GITHUB_REPOSITORY ?? '';
    if (!repository)
        return unavailable('GITHUB_REPOSITORY is not set');
    const layout = {
        repoRoot: checkoutRoot(root, workspace),
        root,
        ...(settings.configPath ? { configPath: (0,external_node_path_.resolve)(workspace, settings.configPath) } : {}),
    };
    // Octokit is loaded only on a pull request event with a token (issue 15: start-up).
    const { GitHubContents: Contents } = await Promise.all(/* import() */[__webpack_require__.e(167), __webpack_require__.e(198)]).then(__webpack_require__.bind(__webpack_require__, 4198));
    let contents;
    try {
        contents = new Contents({
            repository,
            ref,
            token: settings.githubToken,
            apiUrl: env.GITHUB_API_URL,
            log: (line) => core/* debug */.Yz(line),
            retries: 1,
            timeoutMs: 30_000,
        });
    }
    catch (error) {
        return unavailable(error instanceof Error ? error.message : 'the GitHub API could not be used');
    }
    const read = (path) => contents.read(path);
    try {
        const readBaseFile = await readBasePolicy(read, layout);
        core/* debug */.Yz(`policy: the base commit ${ref} decides this pull request's check`);
        return { base, readBaseFile, addedSuppressions: (found) => addedSuppressions(found, read, layout) };
    }
    catch (error) {
        return unavailable(`${error instanceof Error ? error.message : 'unreadable'}, reading ${base}`);
    }
}

;// CONCATENATED MODULE: ./src/action/secret-metadata.ts
// The Action's side of `secrets-token`: reads the Actions secret metadata of the repository the
// workflow runs in (GITHUB_REPOSITORY, on GITHUB_API_URL for GitHub Enterprise Server), so rotation
// dates come from GitHub. What cannot be read is a warning on the step, never a failure.

/** The secrets' metadata, or undefined when no `secrets-token` was given or nothing could be asked. */
async function readSecretMetadata(settings) {
    if (!settings.secretsToken)
        return undefined;
    const repository = process.env.GITHUB_REPOSITORY ?? '';
    if (repository === '') {
        core/* warning */.$e('secrets-token: GITHUB_REPOSITORY is not set, so secret metadata was not read');
        return undefined;
    }
    // Octokit is loaded only when a secrets-token asks for it (issue 15: start-up).
    const { fetchSecretMetadata } = await Promise.all(/* import() */[__webpack_require__.e(167), __webpack_require__.e(539)]).then(__webpack_require__.bind(__webpack_require__, 539));
    const { secrets, warnings } = await fetchSecretMetadata({
        repository,
        token: settings.secretsToken,
        apiUrl: process.env.GITHUB_API_URL,
        log: (line) => core/* debug */.Yz(line),
    });
    for (const warning of warnings)
        core/* warning */.$e(`secrets-token: ${warning}`);
    core/* debug */.Yz(`secrets-token: ${secrets.length} secret(s) described by GitHub`);
    return secrets;
}

;// CONCATENATED MODULE: ./src/action/untrusted.ts
// SECURITY.md rule 2: smoke calls (which send secrets) run only on the events of an allow-list, whose
// checked-out files cannot come from an untrusted author while secrets are present. On every other event
// (pull_request_target, workflow_run, issue_comment, check_run, repository_dispatch, ...) they are allowed
// only when the checked-out commit is provably a trusted one, or an input explicitly allows them.
// `decideSmoke` is pure (tested from a table); `readCheckedOutCommit` reads .git without running git.


/**
 * Events whose workspace holds only trusted files (SPEC section 8): pushes, releases, manual and
 * scheduled runs, deployments, merge queues, and `pull_request`, where forks get no secrets.
 */
const TRUSTED_EVENTS = new Set([
    'push',
    'release',
    'workflow_dispatch',
    'schedule',
    'deployment',
    'merge_group',
    'pull_request',
]);
/**
 * Events whose GITHUB_SHA is the last commit of the default branch (or, for pull_request_target, of the
 * pull request's base branch), as GitHub documents it. On other events outside the allow-list GITHUB_SHA
 * may be a pull request's merge commit (pull_request_review) or any commit being deployed
 * (deployment_status), so it proves nothing there.
 */
const DEFAULT_BRANCH_SHA_EVENTS = new Set([
    'branch_protection_rule',
    'check_run',
    'check_suite',
    'delete',
    'discussion',
    'discussion_comment',
    'fork',
    'gollum',
    'issue_comment',
    'issues',
    'label',
    'milestone',
    'page_build',
    'public',
    'pull_request_target',
    'repository_dispatch',
    'status',
    'watch',
    'workflow_run',
]);
const untrusted_SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
function sha(value) {
    return typeof value === 'string' && untrusted_SHA.test(value.toLowerCase()) ? value.toLowerCase() : undefined;
}
function field(value, ...path) {
    let at = value;
    for (const name of path) {
        if (typeof at !== 'object' || at === null || !Object.prototype.hasOwnProperty.call(at, name))
            return undefined;
        at = at[name];
    }
    return at;
}
/**
 * The trusted commits of an event: the pull request's base commit (`pull_request.base.sha`) and, where
 * GitHub sets it to the default or base branch tip, GITHUB_SHA. Never `pull_request.head.sha` or
 * `workflow_run.head_sha`: those are the untrusted author's commits.
 */
function trustedCommits(event, payload, workflowSha) {
    const commits = new Set();
    if (event === 'pull_request_target') {
        const base = sha(field(payload, 'pull_request', 'base', 'sha'));
        if (base)
            commits.add(base);
    }
    const own = DEFAULT_BRANCH_SHA_EVENTS.has(event) ? sha(workflowSha) : undefined;
    if (own)
        commits.add(own);
    return [...commits];
}
const untrusted_short = (commit) => commit.slice(0, 12);
/** Whether smoke calls may run, and the sentence that explains a refusal or an explicit allowance. */
function decideSmoke(input) {
    if (!input.requested)
        return { smoke: false, refused: false, message: '' };
    if (TRUSTED_EVENTS.has(input.event))
        return { smoke: true, refused: false, message: '' };
    const event = input.event || 'an event GitHub did not name (GITHUB_EVENT_NAME is empty)';
    const why = `on ${event} the run holds secrets while the scanned files may come from an untrusted author ` +
        `(a pull request head or a fork's artifact)`;
    if (input.allowUntrusted) {
        return {
            smoke: true,
            refused: false,
            message: `smoke calls allowed by allow-untrusted-smoke: true although ${why}`,
        };
    }
    const trusted = trustedCommits(input.event, input.payload, input.workflowSha);
    const head = sha(input.head);
    if (head && trusted.includes(head)) {
        return {
            smoke: true,
            refused: false,
            message: `smoke calls allowed on ${event}: the checked-out commit ${untrusted_short(head)} is the trusted base commit`,
        };
    }
    let proof;
    if (!head)
        proof = `the checked-out commit could not be read (${input.headProblem ?? 'no .git found'})`;
    else if (trusted.length === 0)
        proof = `the event gives no trusted base commit to compare ${untrusted_short(head)} with`;
    else
        proof = `the checked-out commit ${untrusted_short(head)} is not the base commit (${trusted.map(untrusted_short).join(' or ')})`;
    return {
        smoke: false,
        refused: true,
        message: `smoke calls refused: ${why}, and ${proof}. They run without proof only on ${[...TRUSTED_EVENTS].join(', ')}. ` +
            `Check out the base commit, or set allow-untrusted-smoke: true if this job never scans untrusted files`,
    };
}
/** Bounded reads: .git files are small; anything large is not a ref. */
const MAX_GIT_FILE = 64 * 1024 * 1024;
// Stryker disable BlockStatement: an empty catch returns undefined as well (an equivalent mutant).
function readSmall(path) {
    try {
        const stat = (0,external_node_fs_.statSync)(path);
        if (!stat.isFile() || stat.size > MAX_GIT_FILE)
            return undefined;
        return (0,external_node_fs_.readFileSync)(path, 'utf8');
    }
    catch {
        return undefined;
    }
}
// Stryker restore BlockStatement
/** The .git directory of the repository holding `dir`, looking up no further than `stop`. */
function findGitDir(dir, stop) {
    let at = (0,external_node_path_.resolve)(dir);
    const boundary = (0,external_node_path_.resolve)(stop);
    for (;;) {
        const dotGit = (0,external_node_path_.join)(at, '.git');
        if ((0,external_node_fs_.existsSync)(dotGit)) {
            let gitDir = dotGit;
            if ((0,external_node_fs_.statSync)(dotGit).isFile()) {
                // A worktree or submodule: `.git` is a file `gitdir: PATH`.
                // Stryker disable next-line StringLiteral: no other stand-in text matches either (equivalent).
                const pointer = /^gitdir: (.+)/m.exec(readSmall(dotGit) ?? '');
                if (!pointer)
                    return undefined;
                gitDir = (0,external_node_path_.resolve)(at, pointer[1].trim());
            }
            const common = readSmall((0,external_node_path_.join)(gitDir, 'commondir'))?.trim();
            return { gitDir, commonDir: common ? (0,external_node_path_.resolve)(gitDir, common) : gitDir };
        }
        // Up to the workspace and no further; a folder outside it (`..`) is not looked in at all.
        const rel = (0,external_node_path_.relative)(boundary, at);
        if (rel === '' || rel.startsWith('..') || (0,external_node_path_.isAbsolute)(rel))
            return undefined;
        at = (0,external_node_path_.dirname)(at);
    }
}
/** A ref name that may be joined to a git dir: under refs/, no `..`, no backslash or control chars. */
function safeRef(ref) {
    return /^refs\/[^\0-\x20\\:*?[~^]+$/.test(ref) && !ref.split('/').some((p) => p === '..' || p === '.' || p === '');
}
function resolveRef(ref, dirs, depth = 0) {
    if (depth > 5 || !safeRef(ref))
        return undefined;
    for (const base of [dirs.gitDir, dirs.commonDir]) {
        const loose = readSmall((0,external_node_path_.join)(base, ...ref.split('/')))?.trim();
        if (loose === undefined)
            continue;
        if (loose.startsWith('ref: '))
            return resolveRef(loose.slice(5).trim(), dirs, depth + 1);
        return sha(loose);
    }
    const packed = readSmall((0,external_node_path_.join)(dirs.commonDir, 'packed-refs'));
    if (packed === undefined)
        return undefined;
    for (const line of packed.split(/\r?\n/)) {
        if (line.startsWith('#') || line.startsWith('^'))
            continue;
        const space = line.indexOf(' ');
        if (space > 0 && line.slice(space + 1) === ref)
            return sha(line.slice(0, space));
    }
    return undefined;
}
/**
 * The commit checked out in the repository that holds `dir` (the scanned folder), read from `.git/HEAD`,
 * the ref it names, and `packed-refs`, without running git. NOTE: this proves the commit, not that no
 * earlier step wrote other files into the working tree.
 */
function readCheckedOutCommit(dir, workspace) {
    const dirs = findGitDir(dir, workspace);
    if (!dirs)
        return { problem: 'the scanned folder is not inside a git checkout in the workspace' };
    const head = readSmall((0,external_node_path_.join)(dirs.gitDir, 'HEAD'))?.trim();
    if (head === undefined)
        return { problem: '.git/HEAD could not be read' };
    if (head.startsWith('ref: ')) {
        const ref = head.slice(5).trim();
        const resolved = resolveRef(ref, dirs);
        return resolved ? { sha: resolved } : { problem: `.git/HEAD names ${ref}, which could not be resolved` };
    }
    const detached = sha(head);
    return detached ? { sha: detached } : { problem: '.git/HEAD holds neither a commit nor a ref' };
}

;// CONCATENATED MODULE: ./src/action/main.ts
// The Action shell: inputs -> engine -> annotations, job summary, SARIF and JSON files, outputs, and a
// failed step on keybound's exit codes 1, 2 and 3 (the process exits with that code). The only code
// that imports @actions/*; the decisions it prints are made by pure functions beside it.






















/** Event payloads are a few hundred kilobytes at most; a larger file is not read. */
const MAX_EVENT_BYTES = 16 * 1024 * 1024;
async function run(env = process.env) {
    // Everything printed goes through this; it learns every secret as soon as the inputs are read.
    let redactor = new redact/* Redactor */.pO();
    const clean = (text) => redactor.redact(text);
    let summaryEnabled = true;
    try {
        const settings = readInputs(env);
        summaryEnabled = settings.summary;
        redactor = runRedactor(settings, new redact/* Redactor */.pO(settings.secrets.values()));
        let runWarnings = 0;
        const warn = (text) => {
            runWarnings++;
            core/* warning */.$e(clean(neutralize_stripControl(text, true)));
        };
        // Each already names its origin (`input secrets: ...`).
        for (const warning of settings.secretsWarnings)
            warn(warning);
        const workspace = (0,external_node_path_.resolve)(env.GITHUB_WORKSPACE || process.cwd());
        const root = (0,external_node_path_.resolve)(workspace, settings.path);
        if (!(0,external_node_fs_.existsSync)(root) || !(0,external_node_fs_.statSync)(root).isDirectory()) {
            throw new core_errors/* KeyboundError */.Gv('usage', `input path: "${settings.path}" is not a folder in the workspace`);
        }
        const payload = readEventPayload(env.GITHUB_EVENT_PATH);
        const decision = smokeDecision(settings, root, workspace, env, payload);
        if (decision.message)
            warn(decision.message);
        const pullRequest = await pullRequestPolicy(settings, env, payload, root, workspace);
        const platformSecrets = await readSecretMetadata(settings);
        const result = await check({
            root,
            configPath: settings.configPath ? (0,external_node_path_.resolve)(workspace, settings.configPath) : undefined,
            mode: settings.mode,
            environment: settings.environment,
            smoke: decision.smoke,
            secrets: settings.secrets,
            now: new Date().toISOString().slice(0, 10),
            failOn: settings.failOn,
            endpoints: settings.endpoints,
            tlsVerificationDisabled: env.NODE_TLS_REJECT_UNAUTHORIZED === '0',
            http: { log: (line) => core/* debug */.Yz(clean(line)) },
            platformSecrets,
            ...(pullRequest ? { pullRequest } : {}),
        });
        redactor = runRedactor(settings, result.redactor);
        // Every string is redacted before any formatter serializes it (SECURITY.md rule 10); the line
        // outputs below (annotations, summary, messages) still pass `clean` as defence in depth.
        const report = redactValues(result.report, redactor);
        // Annotations, SARIF and the summary name files from the repository root, as GitHub resolves them.
        const shown = rebaseReport(report, scannedPrefix(workspace, root));
        const code = exitCodeOf(report);
        if (settings.annotations) {
            annotate(shown.findings, clean, { error: code === 0 ? 0 : 1, warning: runWarnings });
        }
        if (settings.summary) {
            await writeSummary(clean(formatSummary(shown, {
                ...(await rotationLimits(root, settings, workspace, pullRequest?.readBaseFile)),
                notices: [...refusal(decision), ...policyNotice(pullRequest, report)],
            })), env);
        }
        if (settings.sarifFile) {
            const rules = result.rules;
            writeReport(settings.sarifFile, formatSarif(shown, rules), 'sarif-file', workspace, env);
            core/* setOutput */.uH('sarif-file', settings.sarifFile);
        }
        if (settings.jsonFile) {
            // The JSON report keeps SPEC section 9's paths: relative to the scanned folder.
            writeReport(settings.jsonFile, formatJson(report), 'json-file', workspace, env);
            core/* setOutput */.uH('json-file', settings.jsonFile);
        }
        setOutputs(report);
        if (code !== 0) {
            core/* setFailed */.C1(clean(failureMessage(report, decision)));
            process.exitCode = code;
        }
    }
    catch (error) {
        // Anything thrown, not only Error instances, reaches the user as one redacted message (exit 2).
        const bug = error instanceof core_errors/* KeyboundError */.Gv ? '' : ' (this is a bug in keybound; please report it)';
        const message = clean(`keybound: ${(0,core_errors/* describeError */.Uc)(error)}${bug}`);
        core/* setOutput */.uH('verdict', 'fail');
        if (summaryEnabled) {
            try {
                await writeSummary(`## keybound: ❌ could not run\n\n${clean(flattenLine(message))}\n`, env);
            }
            catch {
                // The failed step below says the same; a summary that cannot be written changes nothing.
            }
        }
        core/* setFailed */.C1(message);
        process.exitCode = 2;
    }
}
/** `redactor` plus the tokens of this run, which the engine does not know about. */
function runRedactor(settings, redactor) {
    if (settings.secretsToken)
        redactor.add(settings.secretsToken);
    if (settings.githubToken)
        redactor.add(settings.githubToken);
    return redactor;
}
/** SECURITY.md rule 2, with what the runner gave: the event, its payload, GITHUB_SHA and the .git of the scan. */
function smokeDecision(settings, root, workspace, env, payload) {
    const event = env.GITHUB_EVENT_NAME ?? '';
    const needsProof = settings.smoke && !TRUSTED_EVENTS.has(event) && !settings.allowUntrustedSmoke;
    const head = needsProof ? readCheckedOutCommit(root, workspace) : {};
    const decision = decideSmoke({
        requested: settings.smoke,
        event,
        payload,
        workflowSha: env.GITHUB_SHA,
        head: head.sha,
        headProblem: head.problem,
        allowUntrusted: settings.allowUntrustedSmoke,
    });
    core/* debug */.Yz(`smoke: requested ${settings.smoke}, event ${JSON.stringify(event)}, calls ${decision.smoke}`);
    return decision;
}
/** The event payload, or undefined when it is missing, too large or not JSON (nothing is then trusted). */
function readEventPayload(path) {
    if (!path)
        return undefined;
    try {
        if ((0,external_node_fs_.statSync)(path).size > MAX_EVENT_BYTES)
            return undefined;
        return JSON.parse((0,external_node_fs_.readFileSync)(path, 'utf8'));
    }
    catch {
        return undefined;
    }
}
function refusal(decision) {
    return decision.message ? [decision.message] : [];
}
/** On a pull request: whose policy decided, and how many changes the pull request makes to it. */
function policyNotice(pullRequest, report) {
    if (!pullRequest?.readBaseFile)
        return [];
    const changes = report.findings.filter((f) => f.ruleId === 'policy-change').length;
    const made = changes === 0
        ? 'it changes nothing in it'
        : `it changes ${changes} thing${changes === 1 ? '' : 's'} in it (policy-change findings below)`;
    return [`The policy of ${pullRequest.base} decided this pull request's check; ${made}.`];
}
/** The scanned folder relative to the workspace, `/`-separated; '' when it is outside (no rebasing). */
function scannedPrefix(workspace, root) {
    const rel = (0,external_node_path_.relative)(workspace, root);
    if (rel.startsWith('..') || (0,external_node_path_.isAbsolute)(rel))
        return '';
    return rel.split(external_node_path_.sep).join('/');
}
/**
 * The effective rotation-age limits (each key's own where config declares them) and expiry lead time,
 * for the summary's charts; none when the rule is off or unreadable.
 */
async function rotationLimits(root, settings, workspace, readFile) {
    try {
        const config = await loadConfig({
            root,
            configPath: settings.configPath ? (0,external_node_path_.resolve)(workspace, settings.configPath) : undefined,
            rules: RULES,
            // On a pull request, the limits of the policy that decided: the base commit's.
            ...(readFile ? { readFile } : {}),
        });
        return rotationChartLimits(config);
    }
    catch {
        return {};
    }
}
function annotate(findings, clean, reserved) {
    const plan = planAnnotations(findings, reserved);
    for (const finding of plan.shown) {
        const loc = finding.location;
        // SECURITY: @actions/core escapes `%`, CR, LF (and `:` `,` in properties); controls are stripped here.
        const property = (text) => clean(flattenLine(text)).trim();
        const properties = {
            title: property(`keybound ${finding.ruleId}${finding.key ? ` (${finding.key})` : ''}`),
            ...(loc.file ? { file: property(loc.file) } : {}),
            ...(loc.line >= 1 ? { startLine: loc.line } : {}),
            ...(loc.column >= 1 ? { startColumn: loc.column } : {}),
            ...(loc.endLine ? { endLine: loc.endLine } : {}),
            ...(loc.endLine === loc.line && loc.endColumn ? { endColumn: loc.endColumn } : {}),
        };
        const message = clean(neutralize_stripControl(related_messageWithRelated(finding), true));
        const type = ANNOTATION_TYPE[finding.severity];
        if (type === 'error')
            core/* error */.z3(message, properties);
        else if (type === 'warning')
            core/* warning */.$e(message, properties);
        else
            core/* notice */.lm(message, properties);
    }
    if (plan.closingNotice)
        core/* notice */.lm(plan.closingNotice, { title: 'keybound: more findings' });
}
async function writeSummary(text, env) {
    if (!env.GITHUB_STEP_SUMMARY) {
        core/* debug */.Yz('summary: GITHUB_STEP_SUMMARY is not set; no job summary written');
        return;
    }
    const fits = Buffer.byteLength(text, 'utf8') <= SUMMARY_LIMIT_BYTES;
    const body = fits
        ? text
        : `${text.slice(0, SUMMARY_LIMIT_BYTES / 4)}\n\n_Summary truncated: see the SARIF or JSON report._\n`;
    await core/* summary */.z.addRaw(body).write();
}
/** SECURITY.md rule 9: only below the workspace or RUNNER_TEMP, never through a symlink. */
function writeReport(file, text, input, workspace, env) {
    const roots = [
        { path: workspace, name: 'the workspace' },
        ...(env.RUNNER_TEMP ? [{ path: env.RUNNER_TEMP, name: 'RUNNER_TEMP' }] : []),
    ];
    writeFileSafely((0,external_node_path_.resolve)(workspace, file), text, { roots, label: `input ${input}`, display: file });
}
function setOutputs(report) {
    core/* setOutput */.uH('verdict', report.verdict);
    core/* setOutput */.uH('errors', report.summary.error);
    core/* setOutput */.uH('warnings', report.summary.warning);
    core/* setOutput */.uH('notes', report.summary.note);
}
function countText(report, severities) {
    const word = { error: 'error', warning: 'warning', note: 'note' };
    return severities
        .filter((s) => report.summary[s] > 0)
        .map((s) => `${report.summary[s]} ${word[s]}${report.summary[s] === 1 ? '' : 's'}`)
        .join(', ');
}
/** Why the step fails, in one paragraph (exit 1: findings; exit 3: a gate could not confirm keys). */
function failureMessage(report, decision) {
    if (report.verdict === 'fail') {
        const failOn = report.failOn;
        const at = types/* SEVERITIES */.oC.filter((s) => failOn !== 'never' && types/* SEVERITY_RANK */.f3[s] >= types/* SEVERITY_RANK */.f3[failOn]);
        return (`keybound: verdict fail: ${countText(report, at)} at or above fail-on ${report.failOn}. ` +
            `See the annotations and the job summary.`);
    }
    const keys = report.unconfirmed.map((name) => {
        const smoke = report.keys.find((k) => k.name === name)?.smoke;
        return smoke ? `${name} (${smoke.status}: ${smoke.reason})` : name;
    });
    const why = decision?.refused ? ` ${decision.message}.` : '';
    return (`keybound: verdict indeterminate: the gate could not confirm ${keys.length} key(s): ${keys.join(', ')}. ` +
        `A gate fails closed until every key it deploys is confirmed by a smoke call.${why}`);
}


/***/ }),

/***/ 7216:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ requireBuiltin)
/* harmony export */ });
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8995);
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_module__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _v8_flags_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5097);
// Node's own modules that keybound loads on first use, not at every start (issue 15): node:crypto
// (hashing), node:http and node:https (smoke calls).


const nodeRequire = (0,node_module__WEBPACK_IMPORTED_MODULE_0__.createRequire)(import.meta.url);
/** Modules already required: node:http(s) is asked for at every smoke request. */
const loaded = new Map();
/**
 * A Node module, required synchronously. With require, not import(): the built CLI runs as a compiled
 * script, where import() is experimental. Under V8's own flags: Node's cached code for the module is
 * checked against them (v8-flags.ts), and refused, the module would be compiled from source.
 */
function requireBuiltin(name) {
    if (!loaded.has(name))
        loaded.set(name, (0,_v8_flags_js__WEBPACK_IMPORTED_MODULE_1__/* .withInitialV8Flags */ .__)(() => nodeRequire(name)));
    return loaded.get(name);
}


/***/ }),

/***/ 3164:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ compareText)
/* harmony export */ });
// The one order for text in reports: by UTF-16 code unit, as Array.prototype.sort orders strings.
// Not localeCompare: its order follows the machine's locale (in Danish `aa` sorts after `z`), so the
// same scan would order findings differently on two runners, and its first call costs a process about
// 10 ms to load ICU's collation data (issue 15).
/** Orders `a` and `b` by UTF-16 code unit: negative, zero or positive, for Array.prototype.sort. */
function compareText(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}


/***/ }),

/***/ 2633:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pc: () => (/* binding */ normalizeName),
/* harmony export */   Y5: () => (/* binding */ isExampleKey),
/* harmony export */   hN: () => (/* binding */ isCredentialName),
/* harmony export */   mp: () => (/* binding */ lastSegment),
/* harmony export */   oG: () => (/* binding */ decodeSafe),
/* harmony export */   sV: () => (/* binding */ isPrivateKeyBlock),
/* harmony export */   tE: () => (/* binding */ isIdentifierName),
/* harmony export */   us: () => (/* binding */ standIn),
/* harmony export */   y7: () => (/* binding */ urlPasswordPart)
/* harmony export */ });
/* unused harmony exports nameWords, entropyBits, isPlaceholder */
// What a committed value and the name it sits under say, before any provider format is consulted:
// whether a name holds a credential, names an identifier or talks about one; and whether a value is
// a stand-in (a placeholder, a reference to where the real value lives) or not a credential at all (a
// number, a CIDR, an e-mail address...). keys/literal.ts combines these with provider formats into the
// one judgement plaintext-secret, relevance and the redactor share, so precision lives here.
/** Credential-holding names (the last segment of `secret/KEY`, `a.b.c` or a variable name). */
const CREDENTIAL_NAME = /token|secret|password|passwd|pwd|passphrase|api[-_]?key|access[-_]?key|private[-_]?key|signing[-_]?key|encryption[-_]?key|master[-_]?key|credentials?|auth|dsn|dockerconfigjson|dockercfg/i;
/**
 * Names that talk about a credential without holding one: where it is, whether it is on, what kind,
 * when it changed, which claim or role it grants, how it is hashed (`TOKEN_URL`, `passwordMtime`,
 * `GF_AUTH_ANONYMOUS_ORG_ROLE`, `OIDC_USERNAME_CLAIM`, `PASSWORD_HASH`, `MAILU_PASSWORD_SCHEME`).
 */
const ABOUT_A_CREDENTIAL = /(?:file|path|dir|url|uri|endpoint|host|hostname|port|enabled|disabled|enable|type|mode|method|provider|header|expiry|expires|expiration|ttl|timeout|length|size|name|ref|id|policy|issuer|audience|scopes?|realm|domain|strategy|version|algorithm|format|prefix|field|key[-_]?name|claim|role|scheme|source|guard|ratelimit|rate[-_]?limit|mtime|time|date|hash|hashed|digest|required)$|(?:password|passwd|token|credentials?)[-_]?key$|existing[-_]?secret|public|publishable|author|(?:^|[-_])(?:sha\d*|md5|bcrypt)[-_]/i;
/** The segment a name's meaning rests on: `KEY` of `secret/KEY`, `apiKey` of `stripe.apiKey`. */
function lastSegment(name) {
    const parts = name.split(/[/.]/).filter((part) => part !== '');
    return parts.at(-1) ?? name;
}
/** Whether a use name says it holds a credential (`DB_PASSWORD`, `stripe.apiKey`, `creds/token`). */
function isCredentialName(name) {
    const segment = lastSegment(name);
    // NOTE: `tls.key` ends in a bare `key`, which says nothing; PEM blocks are recognised by value instead.
    return CREDENTIAL_NAME.test(segment) && !ABOUT_A_CREDENTIAL.test(segment);
}
/** `passwordSecretName` -> password, secret, name; `DB_PASSWORD` -> db, password (lower case). */
function nameWords(name) {
    return (name.match(/[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+/g) ?? []).map((word) => word.toLowerCase());
}
/** A name compared as keys are joined: case, `-`, `_`, `.` and blanks ignored. */
function normalizeName(name) {
    return name.toLowerCase().replace(/[-_.\s]+/g, '');
}
/** Last words that make a name an identifier: who, where, which, what kind (never a secret). */
const IDENTIFIER_WORDS = new Set([
    'id',
    'ids',
    'clientid',
    'appid',
    'accountid',
    'tenantid',
    'projectid',
    'userid',
    'keyid',
    'user',
    'users',
    'username',
    'login',
    'email',
    'mail',
    'account',
    'name',
    'url',
    'uri',
    'host',
    'hostname',
    'port',
    'path',
    'dir',
    'region',
    'zone',
    'location',
    'project',
    'bucket',
    'team',
    'org',
    'organization',
    'owner',
    'tenant',
    'subscription',
    'channel',
    'role',
    'arn',
    'provider',
    'audience',
    'issuer',
    'type',
    'version',
    'domain',
    'endpoint',
    'namespace',
    'cluster',
    'registry',
    'repo',
    'repository',
    'image',
    'crt',
    'ca',
    'pubkey',
    'keygrip',
    'fingerprint',
    'insecure',
    'mtime',
    'number',
    'slug',
    'group',
    'queue',
    'topic',
    'db',
    'database',
    'container',
    'from',
    'sender',
    'pub',
    'debug',
]);
/** First words of switches: `enableLfs`, `forceHttpBasicAuth`, `useAzureWorkloadIdentity`, `DISABLE_AUTH`. */
const SETTING_FIRST_WORDS = new Set(['enable', 'disable', 'use', 'force', 'allow', 'skip']);
/** Last words that say whose a value is, not what it is (`GHA_VPN_ID_PRODUCTION` is an id). */
const ENVIRONMENT_WORDS = new Set([
    'dev',
    'development',
    'test',
    'testing',
    'qa',
    'sandbox',
    'local',
    'staging',
    'stage',
    'stg',
    'preprod',
    'prod',
    'production',
    'prd',
    'live',
]);
/** Prefixes of variables a web framework builds into the pages it serves (`NEXT_PUBLIC_POSTHOG_KEY`). */
const BROWSER_PREFIXES = [['next', 'public'], ['nuxt', 'public'], ['expo', 'public'], ['public']];
/** URLs under these words carry their credential (`DATABASE_URL`, `PG_URI`, `SLACK_WEBHOOK_URL`). */
const SECRET_URL_WORDS = new Set([
    'database',
    'db',
    'pg',
    'postgres',
    'postgresql',
    'mysql',
    'mongo',
    'mongodb',
    'redis',
    'amqp',
    'rabbitmq',
    'elasticsearch',
    'clickhouse',
    'webhook',
    'hook',
    'connection',
    'conn',
    'dsn',
    'broker',
]);
/** Last words of names that talk about a credential: where it is, when it changed, how long it lives. */
const ABOUT_WORDS = new Set([
    'file',
    'path',
    'dir',
    'ttl',
    'timeout',
    'expiry',
    'expires',
    'expiration',
    'length',
    'size',
    'mtime',
    'time',
    'date',
    'hash',
    'hashed',
    'digest',
    'claim',
    'scheme',
    'enabled',
    'disabled',
    'mode',
    'method',
    'policy',
    'scope',
    'scopes',
    'realm',
    'strategy',
    'algorithm',
    'format',
    'prefix',
    'field',
    'header',
    'ref',
    'source',
    'guard',
    'required',
    'ratelimit',
    'limit',
]);
/**
 * Whether a name holds an identifier rather than a credential: a service-account e-mail
 * (`GCP_SERVICE_ACCOUNT`), a workload identity provider, `*_USERNAME`, `*_USER`, a bucket name, an account
 * id, a certificate file, CA certificate or public key (`tls.crt`, `*_CA_CERT`, `key.pub`; not `*_CERT`, often a PKCS#12 bundle with
 * its private key), a switch (`enableLfs`, `DISABLE_AUTH`), a value
 * served to browsers (`NEXT_PUBLIC_POSTHOG_KEY`), or a name that only talks about a credential
 * (`TOKEN_TTL`, `passwordMtime`); an environment word at the end is not what the value is
 * (`GHA_VPN_ID_PRODUCTION`). Names that say nothing either way (`SLACK_WEBHOOK`, `tls.key`) and URLs that
 * carry a credential (`DATABASE_URL`, `SLACK_WEBHOOK_URL`) are not identifiers.
 */
function isIdentifierName(name) {
    const segment = lastSegment(name);
    const words = nameWords(segment).filter((word) => !/^\d+$/.test(word));
    while (words.length > 1 && ENVIRONMENT_WORDS.has(words.at(-1)))
        words.pop();
    const last = words.at(-1);
    if (last === undefined)
        return false;
    if ((last === 'url' || last === 'uri') && words.some((word) => SECRET_URL_WORDS.has(word)))
        return false;
    if (IDENTIFIER_WORDS.has(last) || ABOUT_WORDS.has(last))
        return true;
    // A CA certificate is public by definition (`CLOUDFLARE_USER_CA_CERT`, `KUBE_CA_CERTIFICATE`); any
    // other `*_CERT` may be a PKCS#12 bundle holding its private key.
    if ((last === 'cert' || last === 'certificate') && words.at(-2) === 'ca')
        return true;
    // A switch names what it turns on (`DISABLE_AUTH`, `ENABLE_EMAIL_PASSWORD`), never holds it.
    if (words.length > 1 && SETTING_FIRST_WORDS.has(words[0]))
        return true;
    // Served to every browser, so public by design; a credential name there is a leak, not an identifier.
    const browser = BROWSER_PREFIXES.find((prefix) => prefix.every((word, i) => words[i] === word));
    if (browser && words.length > browser.length)
        return !CREDENTIAL_NAME.test(words.slice(browser.length).join('_'));
    return false;
}
/** Whole values that only ever stand in for a credential (compared lower-cased). */
const PLACEHOLDER_WORDS = new Set([
    'changeme',
    'changeit',
    'change-me',
    'change_me',
    'secret',
    'password',
    'passwd',
    'token',
    'apikey',
    'api-key',
    'api_key',
    'test',
    'testing',
    'none',
    'null',
    'nil',
    'undefined',
    'todo',
    'tbd',
    'fixme',
    'redacted',
    'default',
    'empty',
    'n/a',
    'na',
    'unset',
    'unknown',
    'required',
    'optional',
    'admin',
    'root',
    'user',
    'username',
    'value',
    'string',
    'example',
    'sample',
    'dummy',
    'fake',
    'mock',
    'foo',
    'bar',
    'foobar',
    'baz',
    'qwerty',
    'letmein',
    'notasecret',
    'not-a-secret',
    'insecure',
    'local',
    'dev',
]);
/** Switches: a credential slot that holds one of these is configured, not given a credential. */
const BOOLEAN_WORDS = new Set(['true', 'false', 'yes', 'no', 'on', 'off', 'enabled', 'disabled']);
/** Words that, anywhere in a value, mark it as a stand-in. */
const PLACEHOLDER_PART = /example|sample|dummy|placeholder|changeme|change[-_ ]me|changeit|replace[-_ ]?(me|this|with)|redacted|not[-_ ]?set|set[-_ ]?me|fill[-_ ]?(me|in)|to[-_ ]?be[-_ ]?(set|filled|replaced)|notasecret|not[-_ ]a[-_ ]secret|fake|<[^>]*>|\bxxx|x{4,}|\*{3,}|•{3,}|\.{3,}|^(your|my|the|insert|enter|put|add|set)[-_ ]|^your|[-_ ](here|goes[-_ ]here)\b/i;
/** References to where a real value lives: interpolation, templates, secret managers, commands. */
const REFERENCE = /^\$[A-Za-z_][A-Za-z0-9_]*$|\$\{[^}]*\}|\$\([^)]*\)|\{\{.*\}\}|\$\{\{|#\{[^}]*\}|%\([^)]*\)s|^%[A-Za-z_][\w.]*%[\w./-]*$|^@@?[A-Za-z_][A-Za-z0-9_]*@@?$|^__[A-Z0-9_]+__$/;
const MANAGER_REFERENCE = /^(?:vault|op|ref\+[a-z0-9]+|awssm|awsssm|gcpsm|sm|azkv|akv|sops|doppler|bw|env|file|k8s|secretref|keyvault|aws-sm|aws-ssm|gcp-sm|secret):|^arn:aws[a-z-]*:(?:secretsmanager|ssm|kms):|^projects\/[^/]+\/secrets\//i;
/** A URL, with its userinfo when it has one. */
const URL = /^[a-z][a-z0-9+.-]*:\/\/(?:([^\s/@:]*)(?::([^\s/@]*))?@)?[^\s]*$/i;
/** Paths: absolute, relative with `./` or `~/`, Windows drives, or slashed paths ending in a file name. */
const FILE_PATH = /^(?:\/[^\s]*|\.{1,2}\/[^\s]*|~\/[^\s]*|[A-Za-z]:\\[^\s]*)$|^[\w.-]+(?:\/[\w.-]+)+\.[A-Za-z][A-Za-z0-9]{0,5}$/;
/** Values of another kind than a credential, each with the reason given for it. */
const NON_CREDENTIAL = [
    [/^[-+]?\d{1,10}(?:\.\d+)?$/, 'a number'],
    [/^\d{1,3}(?:\.\d{1,3}){3}(?:\/\d{1,2})?$/, 'an IP address or CIDR range'],
    [/^[0-9a-f]{0,4}(?::[0-9a-f]{0,4}){2,7}(?:\/\d{1,3})?$/i, 'an IPv6 address or CIDR range'],
    [/^[\w.+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$/, 'an e-mail address'],
    [/^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/, 'a date'],
    // bcrypt, sha-crypt, argon2, scrypt, LDAP-style hashes: what config is meant to hold instead of a password.
    [
        /^\$(?:2[abxy]?|5|6|argon2(?:id|i|d)|scrypt|pbkdf2[-\w]*)\$\S{20,}$|^\{(?:SSHA|SHA|SSHA256|SSHA512|CRYPT)\}\S+$/,
        'a password hash',
    ],
];
/** Helm keys (camelCase) that name the Secret holding a credential rather than the credential. */
const SECRET_NAME_ENTRY = /(?:[Pp]assword|[Tt]oken|[Kk]ey|[Cc]redentials?|[Aa]uth|[Tt]ls|[Cc]ert)Secret(?:Name|Ref)?$/;
/** A Kubernetes object name (RFC 1123 subdomain) with a `-` or `.`, as Secret names are written. */
const KUBERNETES_NAME = /^[a-z0-9](?:[-a-z0-9.]*[a-z0-9])?$/;
/** Longest word of one piece still taken for a dictionary word (`postgres`, `nextcloud`, `migration`). */
const MAX_DICTIONARY_WORD = 12;
/** Words that, as a word of a value made of words, make it a stand-in: it names a credential or asks for one. */
const STAND_IN_WORDS = new Set([
    'password',
    'passwords',
    'passwd',
    'passphrase',
    'pass',
    'pw',
    'pwd',
    'secret',
    'secrets',
    'token',
    'tokens',
    'key',
    'keys',
    'cred',
    'creds',
    'credential',
    'credentials',
    'auth',
    'admin',
    'root',
    'user',
    'login',
    'default',
    'change',
    'changeme',
    'example',
    'sample',
    'test',
    'demo',
    'dummy',
    'fake',
    'mock',
    'some',
    'super',
    'strong',
    'secure',
    'very',
    'please',
    'choose',
    'your',
    'my',
    'own',
    'here',
    'value',
    'string',
    'local',
    'dev',
    'bad',
    'weak',
]);
/** Inside a value of one piece (`somesupersecretpassword`, `wordpressroot`), these words give it away. */
const STAND_IN_INSIDE = /password|passwd|secret|token|admin|root|user|change|default|example|sample|dummy|super|some|strong|secure/i;
/** Why a value of letters (and a few digits) is made of words rather than random, or undefined. */
function wordsReason(text) {
    // A dictionary word, perhaps with a counter: postgres, Nextcloud, ROOTPW, minio123, password1.
    const single = /^([A-Za-z]+)\d{0,4}$/.exec(text);
    if (single && isOnePiece(single[1]) && single[1].length <= MAX_DICTIONARY_WORD && wordLike(single[1])) {
        return 'a dictionary word';
    }
    if (!/^[A-Za-z0-9]+(?:[-_. ][A-Za-z0-9]+)*$/.test(text) || (text.match(/\d/g)?.length ?? 0) > 4)
        return undefined;
    const words = text
        .replace(/\d+/g, '')
        .split(/[-_. ]+/)
        .flatMap((part) => part.match(/[A-Z]+(?![a-z])|[A-Z]?[a-z]+/g) ?? []);
    if (words.length === 0 || !words.every(wordLike))
        return undefined;
    const lower = words.map((word) => word.toLowerCase());
    const named = lower.some((word) => STAND_IN_WORDS.has(word) || /(?:key|pw|pwd|pass)$/.test(word)) ||
        (lower.length === 1 && STAND_IN_INSIDE.test(lower[0]));
    if (named)
        return 'words that name a credential or ask for one';
    // `broker_keystore_creds`, `laradock_confluence`: how names are written, not secrets.
    if (/^[a-z][a-z0-9]*(?:_[a-z0-9]+)+$/.test(text))
        return 'a lower-case name';
    return undefined;
}
/** One case shape: lower, UPPER or Capitalized (camelCase is several words). */
function isOnePiece(word) {
    return /^(?:[a-z]+|[A-Z]+|[A-Z][a-z]+)$/.test(word);
}
/** A word, not random letters: `a`/`i`, a short acronym (`db`, `gzctf`), or longer with a vowel. */
function wordLike(word) {
    if (word.length === 1)
        return /^[aAiI]$/.test(word);
    return word.length <= 5 || /[aeiouy]/i.test(word);
}
/** Shannon entropy of the characters of `text`, in bits for the whole text. */
function entropyBits(text) {
    const counts = new Map();
    for (const char of text)
        counts.set(char, (counts.get(char) ?? 0) + 1);
    const length = [...text].length;
    let bits = 0;
    for (const count of counts.values())
        bits -= count * Math.log2(count / length);
    return bits;
}
/** Below this many bits of character entropy a value is a pattern (`abcabcabc`), not a secret. */
const MIN_ENTROPY_BITS = 20;
/**
 * Why `value` is not a credential (a placeholder, a reference, or a value of another kind), or
 * undefined when it may be one. Provider formats and private keys are judged before this is asked.
 */
function standIn(value, options = {}) {
    const placeholder = (reason) => ({ category: 'placeholder', reason });
    const reference = (reason) => ({ category: 'reference', reason });
    const other = (reason) => ({ category: 'non-credential', reason });
    const text = value.trim();
    if (text === '')
        return placeholder('empty');
    const lower = text.toLowerCase();
    if (BOOLEAN_WORDS.has(lower))
        return other('a boolean');
    for (const [pattern, reason] of NON_CREDENTIAL)
        if (pattern.test(text))
            return other(reason);
    const url = URL.exec(text);
    if (url) {
        if (!url[2])
            return other('a URL without a password');
        if (standIn(decodeSafe(url[2]), { minLength: 3 }))
            return placeholder('a URL whose password is a placeholder');
        return undefined;
    }
    if (PLACEHOLDER_WORDS.has(lower))
        return placeholder('a placeholder word');
    if (REFERENCE.test(text))
        return reference('a reference (interpolation or template)');
    if (MANAGER_REFERENCE.test(text))
        return reference('a secret-manager reference');
    if (FILE_PATH.test(text))
        return reference('a file path');
    const normalized = normalizeName(text);
    if (normalized.length >= 3) {
        const own = options.names ?? [];
        if (own.some((name) => normalizeName(name) === normalized || normalizeName(lastSegment(name)) === normalized)) {
            return reference("the entry's own name");
        }
        if (options.known?.has(normalized))
            return reference('the name of another key');
    }
    // Helm `passwordSecret: grafana-admin`, `tlsSecretName: web-tls`: the name of a Kubernetes Secret.
    if (KUBERNETES_NAME.test(text) && (options.names ?? []).some((name) => SECRET_NAME_ENTRY.test(lastSegment(name)))) {
        return reference('the name of a Kubernetes Secret');
    }
    // GOOGLE_API_KEY_VAL, LICENSE_HERE: an environment variable's name, replaced at deploy time.
    if (/^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/.test(text))
        return reference('a variable name');
    if (PLACEHOLDER_PART.test(text))
        return placeholder('a placeholder');
    if (text.length < (options.minLength ?? 6))
        return placeholder('too short');
    if (/^(.)\1*$/s.test(text))
        return placeholder('one repeated character');
    // Prose (a comment left as a value): three or more plain words.
    if (/^[A-Za-z,.'’!?-]+(?: [A-Za-z,.'’!?-]+){2,}$/.test(text))
        return placeholder('prose');
    const words = wordsReason(text);
    if (words)
        return placeholder(words);
    if (entropyBits(text) < MIN_ENTROPY_BITS)
        return placeholder('too little entropy for its length');
    return undefined;
}
/** Whether `value` is a placeholder, reference or example rather than a credential. */
function isPlaceholder(value, minLength = 6) {
    return standIn(value, { minLength }) !== undefined;
}
/**
 * For values that match a provider's format: the documented example keys and obvious filler
 * (`AKIAIOSFODNN7EXAMPLE`, `sk_live_xxxxxxxx…`, eight of one character in a row).
 */
function isExampleKey(value) {
    // NOTE: JSON key files (GCP) name projects and e-mail domains; `example` there says nothing.
    if (value.trimStart().startsWith('{'))
        return false;
    return /example|x{6,}|(.)\1{7,}/i.test(value);
}
/** A PEM private key block. */
function isPrivateKeyBlock(value) {
    return /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY-----/.test(value) && !/\.\.\.|<[^>]*>/.test(value);
}
/** `text` URL-decoded, or as it is when it is not valid percent-encoding. */
function decodeSafe(text) {
    try {
        return decodeURIComponent(text);
    }
    catch {
        return text;
    }
}
const URL_PASSWORD = /^[a-z][a-z0-9+.-]*:\/\/[^\s/@:]*:([^\s/@]+)@\S*$/i;
/** The password of a URL with credentials (`postgres://app:s3cret@db/app`), as written (still encoded). */
function urlPasswordPart(value) {
    return URL_PASSWORD.exec(value.trim())?.[1];
}


/***/ }),

/***/ 194:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OG: () => (/* binding */ normalizeDate),
/* harmony export */   YM: () => (/* binding */ daysBetween),
/* harmony export */   Yq: () => (/* binding */ formatDate),
/* harmony export */   _U: () => (/* binding */ parseDate)
/* harmony export */ });
// Calendar dates for ages, expiries and exception end dates. Everything is UTC: a date written
// `2026-09-01` is that UTC day, and an age is counted in whole UTC calendar days, so results do not
// depend on the time zone of the runner.
const DAY_MS = 86_400_000;
const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
// ISO 8601 date-time as GitHub, GitLab and most APIs write it: 2026-09-01T12:00:00Z, ...+02:00, .123Z.
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?$/i;
/**
 * Parses `YYYY-MM-DD` (as that UTC day, midnight) or an ISO 8601 date-time (a missing offset means
 * UTC). Returns undefined for anything else, including impossible dates such as `2026-02-30`.
 */
function parseDate(text) {
    if (text instanceof Date)
        return Number.isNaN(text.getTime()) ? undefined : text;
    if (typeof text !== 'string')
        return undefined;
    const trimmed = text.trim();
    const dateOnly = DATE_ONLY.exec(trimmed);
    if (dateOnly)
        return validDay(dateOnly[1], dateOnly[2], dateOnly[3]);
    const dateTime = DATE_TIME.exec(trimmed);
    if (!dateTime)
        return undefined;
    if (!validDay(dateTime[1], dateTime[2], dateTime[3]))
        return undefined;
    const [, y, mo, d, h, mi, sec = '00', fraction = '', zone = 'Z'] = dateTime;
    if (Number(h) > 23 || Number(mi) > 59 || Number(sec) > 59)
        return undefined;
    const offset = zone.toUpperCase().replace(/^([+-]\d{2})(\d{2})$/, '$1:$2');
    // Rebuilt in the one form every engine parses the same way (milliseconds at most).
    const parsed = new Date(`${y}-${mo}-${d}T${h}:${mi}:${sec}${fraction.slice(0, 4)}${offset}`);
    return Number.isNaN(parsed.getTime()) ? undefined : parsed;
}
function validDay(year, month, day) {
    const [y, m, d] = [Number(year), Number(month), Number(day)];
    const date = new Date(Date.UTC(y, m - 1, d));
    // Date.UTC rolls 2026-02-30 over to March; a round trip catches it.
    if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d)
        return undefined;
    return date;
}
/**
 * Whole UTC calendar days from `from` to `to`: negative when `to` is earlier. Times of day are
 * ignored, so `2026-01-01T23:59Z` to `2026-01-02T00:01Z` is one day.
 * @throws RangeError when a string argument is not a date `parseDate` accepts.
 */
function daysBetween(from, to) {
    return Math.round((utcDay(to) - utcDay(from)) / DAY_MS);
}
function utcDay(value) {
    const date = parseDate(value);
    if (!date)
        throw new RangeError(`not a date: ${JSON.stringify(String(value))}`);
    return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
}
/** The UTC day of a date as `YYYY-MM-DD`. */
function formatDate(date) {
    return date.toISOString().slice(0, 10);
}
/** The `YYYY-MM-DD` form of a date string, or undefined when it is not a date. */
function normalizeDate(text) {
    const date = parseDate(text);
    return date ? formatDate(date) : undefined;
}


/***/ }),

/***/ 4296:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gv: () => (/* binding */ KeyboundError),
/* harmony export */   Uc: () => (/* binding */ describeError),
/* harmony export */   ZD: () => (/* binding */ KeyboundErrors)
/* harmony export */ });
// One error class for everything the user must fix (bad flag, config, policy, secrets file): a stable
// code, where it is, and a sentence saying what was found and what was expected. The shells turn it into
// a message and exit 2; nothing else reaches the user as a stack trace.
class KeyboundError extends Error {
    code;
    place;
    constructor(code, message, place = {}) {
        super(message);
        this.name = 'KeyboundError';
        this.code = code;
        this.place = place;
    }
    /** `file:line:column: path: message`, with whatever parts are known. */
    describe() {
        const { file, line, column, path } = this.place;
        const where = file ? [file, line, line ? column : undefined].filter((p) => p !== undefined).join(':') : '';
        return [where, path, this.message].filter(Boolean).join(': ');
    }
}
/** Several errors found at once (a config with three mistakes reports all three). */
class KeyboundErrors extends KeyboundError {
    errors;
    constructor(errors) {
        super(errors[0]?.code ?? 'internal', errors.map((e) => e.describe()).join('\n'));
        this.errors = errors;
    }
    describe() {
        return this.message;
    }
}
/**
 * A message for anything thrown. SECURITY: never includes a stack or the input of a failed parse;
 * unknown errors are named by their type only, so data inside them cannot leak.
 */
function describeError(error) {
    if (error instanceof KeyboundError)
        return error.describe();
    if (error instanceof Error)
        return `internal error (${error.name}): ${error.message.split('\n')[0]}`;
    return `internal error: ${typeof error} thrown`;
}


/***/ }),

/***/ 6085:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ matchesGlob)
/* harmony export */ });
// Principal patterns from config: exact, or `*` wildcards. Matched with the classic two-pointer
// algorithm, O(pattern × text) at worst and never exponential, so a hostile pattern such as
// `^(a|a)*$` (which is only literal text here) cannot stall a scan.
/** True when `text` matches `pattern`, where `*` matches any run of characters (including none). */
function matchesGlob(pattern, text) {
    let p = 0;
    let t = 0;
    let starP = -1;
    let starT = 0;
    while (t < text.length) {
        if (p < pattern.length && pattern[p] === '*') {
            starP = p++;
            starT = t;
        }
        else if (p < pattern.length && pattern[p] === text[t]) {
            p++;
            t++;
        }
        else if (starP >= 0) {
            p = starP + 1;
            t = ++starT;
        }
        else {
            return false;
        }
    }
    while (p < pattern.length && pattern[p] === '*')
        p++;
    return p === pattern.length;
}


/***/ }),

/***/ 8033:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ nodeCrypto)
/* harmony export */ });
/* harmony import */ var _builtin_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7216);
// node:crypto, loaded on first use: it is 16 of Node's modules (issue 15), and a check that hashes
// nothing (an empty folder, no findings, no smoke) never needs it.

/** The node:crypto module, required synchronously the first time it is asked for. */
function nodeCrypto() {
    return (0,_builtin_js__WEBPACK_IMPORTED_MODULE_0__/* .requireBuiltin */ .X)('node:crypto');
}


/***/ }),

/***/ 6207:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ZV: () => (/* binding */ own),
/* harmony export */   pZ: () => (/* binding */ ownStrings)
/* harmony export */ });
/* unused harmony export pooled */
// Strings taken from a file's text are, in V8, often *sliced strings*: a `slice()`, `split()` piece or
// regex capture of 13 characters or more is a view into the whole text, and keeps all of it alive. A job
// id kept in the inventory would hold its 3 MB file for the rest of the scan (issue 15: 4,132 whole file
// texts stayed live after one corpus copy). `own` returns the same characters as a string of their own.
/** Below this length V8 copies substrings anyway (SlicedString::kMinLength). */
const MIN_SLICED = 13;
const SURROGATE = /[\uD800-\uDFFF]/;
/** The same string, flat: it holds no reference to the text it may have been cut from. */
function own(s) {
    if (s.length < MIN_SLICED)
        return s;
    // NOTE: an encode/decode round trip is the copy V8 cannot turn back into a view (string tricks such as
    // `(' ' + s).slice(1)` stay sliced). UTF-8 keeps one-byte strings one-byte; a lone surrogate (possible
    // from a YAML "\ud800" escape) would not survive UTF-8, so strings with surrogates go through UTF-16.
    const encoding = SURROGATE.test(s) ? 'utf16le' : 'utf8';
    return Buffer.from(s, encoding).toString(encoding);
}
/** `s` owned, and the same copy every time the same characters come again. */
function pooled(s, pool) {
    let kept = pool.get(s);
    if (kept === undefined) {
        kept = own(s);
        pool.set(kept, kept);
    }
    return kept;
}
/**
 * Replaces, in place, every string in `value`'s plain objects and arrays by its pooled copy: names,
 * environments and ids repeat across files, so the pool also keeps one copy of each (a quarter of what
 * a scan keeps). Frozen objects (shared constants; SecretValue owns its value itself) and other class
 * instances are left alone.
 */
function ownStrings(value, pool = new Map(), seen = new Set()) {
    if (typeof value !== 'object' || value === null || seen.has(value) || Object.isFrozen(value))
        return;
    seen.add(value);
    if (Array.isArray(value)) {
        for (let i = 0; i < value.length; i++) {
            const item = value[i];
            if (typeof item === 'string')
                value[i] = pooled(item, pool);
            else
                ownStrings(item, pool, seen);
        }
        return;
    }
    const proto = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null)
        return;
    const record = value;
    for (const key of Object.keys(record)) {
        const item = record[key];
        if (typeof item === 'string')
            record[key] = pooled(item, pool);
        else
            ownStrings(item, pool, seen);
    }
}


/***/ }),

/***/ 8096:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  pO: () => (/* binding */ Redactor),
  ki: () => (/* binding */ redactError)
});

// UNUSED EXPORTS: FRAGMENT_LENGTH, fragmentSources, secretForms

// EXTERNAL MODULE: ./src/core/credentials.ts
var credentials = __webpack_require__(2633);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
;// CONCATENATED MODULE: ./src/core/key-prefixes.ts
// The documented prefixes of provider keys (PROVIDERS.md), for the redactor: a key's body without its
// prefix is a secret of its own (a provider may echo only the part after `ghp_`), while the prefix alone
// is public text. A test keeps this list in step with every provider format's pattern.
/** Longest first, so `sk-ant-api03-` wins over `sk-`. */
const KEY_PREFIXES = [
    'sk-ant-admin01-',
    'sk-ant-api03-',
    'sk-svcacct-',
    'github_pat_',
    'xoxe.xoxp-',
    'sk-admin-',
    'sk-proj-',
    'api_org_',
    'sk_live_',
    'sk_test_',
    'rk_live_',
    'rk_test_',
    'pk_live_',
    'pk_test_',
    'glrtr-',
    'glpat-',
    'glcbt-',
    'glptt-',
    'gloas-',
    'gldt-',
    'glrt-',
    'glft-',
    'xoxb-',
    'xoxp-',
    'xoxe-',
    'xapp-',
    'xoxa-',
    'xoxr-',
    'cfat_',
    'cfut_',
    'AKIA',
    'ASIA',
    'ghp_',
    'gho_',
    'ghu_',
    'ghs_',
    'ghr_',
    'npm_',
    'cfk_',
    'hf_',
    'sk-',
    'SG.',
    'AC',
    'SK',
    'dp.st.dev',
    'dp.st.stg',
    'dp.st.prd',
    'dp.audit.',
    'dp.scim.',
    'sk-or-v1-',
    'CCIPAT_',
    'CCIPRJ_',
    'dp.st.',
    'dp.ct.',
    'dp.pt.',
    'dp.sa.',
    'bkua_',
    'hvs.',
    'hvb.',
    'nfp_',
    'EAAA',
    'LTAI',
    'STS.',
    'hc',
    's.',
    'secret_',
    'sdk-',
    'api-',
    'ntn_',
    'sl.',
    'ATCTT3xFfG',
    'ATATT',
    'dapi',
    '00',
].sort((a, b) => b.length - a.length);
/** The documented prefix `value` starts with, or '' when it has none. */
function keyPrefix(value) {
    return KEY_PREFIXES.find((prefix) => value.startsWith(prefix)) ?? '';
}

// EXTERNAL MODULE: ./src/core/secret.ts
var secret = __webpack_require__(2559);
;// CONCATENATED MODULE: ./src/core/redact.ts
// SECURITY: the one redactor every human-facing string passes through before it leaves keybound.
// It removes each known secret, each line of a multi-line one, the encodings a log or API might carry
// them in (base64 standard and URL-safe at every byte alignment, base64 twice, URL-encoded, JSON-escaped
// once and twice, hex), the value without its documented prefix (`ghp_`, `sk-ant-api03-`, ...), and
// every run of FRAGMENT_LENGTH or more consecutive characters of a value (a provider that echoes the
// first 30 characters of a token). Registration and redaction are linear: forms and 12-character
// fragments go into hash tables of rolling hashes, and one pass over the text marks every match.




/** Forms shorter than this are not searched for: they would erase ordinary text. */
const MIN_FORM_LENGTH = 4;
/**
 * Any run of this many consecutive characters of a secret value is redacted (README "Security model").
 * Shorter runs are left: 11 characters of a random token are no longer a usable key, and a shorter
 * threshold would start to erase ordinary words that happen to occur in a value.
 */
const FRAGMENT_LENGTH = 12;
/** JSON documents larger than this are not parsed to find their credential members. */
const MAX_DOCUMENT_LENGTH = 1024 * 1024;
function base64Forms(text) {
    const bytes = Buffer.from(text, 'utf8');
    // Standalone encoding, with and without padding.
    const forms = [bytes.toString('base64')];
    // A secret inside longer data is encoded at one of three byte alignments. For each, keep only the
    // characters that depend on the secret's bytes alone: skip those that mix in the bytes before it
    // (0, 2 or 3 characters) and stop before the last character that mixes in the bytes after it.
    const skip = [0, 2, 3];
    for (let offset = 0; offset < 3; offset++) {
        const encoded = Buffer.concat([Buffer.alloc(offset), bytes]).toString('base64');
        forms.push(encoded.slice(skip[offset], Math.floor(((offset + bytes.length) * 8) / 6)));
    }
    const withUrlSafe = forms.flatMap((form) => [form, form.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')]);
    return withUrlSafe.filter((form) => form.length >= MIN_FORM_LENGTH);
}
function jsonEscaped(text) {
    return JSON.stringify(text).slice(1, -1);
}
/** Every form of `text` that must never appear in output. */
function secretForms(text) {
    const forms = new Set();
    const add = (form) => {
        if (form.length >= MIN_FORM_LENGTH)
            forms.add(form);
    };
    const pieces = [text, ...text.split(/\r\n|\r|\n/).map((line) => line.trim())];
    for (const piece of pieces) {
        if (piece.length < MIN_FORM_LENGTH)
            continue;
        add(piece);
        add(jsonEscaped(piece));
        add(JSON.stringify(JSON.stringify(piece)).slice(1, -1));
        add(encodeURIComponent(piece));
        add(encodeURI(piece));
        const hex = Buffer.from(piece, 'utf8').toString('hex');
        add(hex);
        add(hex.toUpperCase());
        for (const b64 of base64Forms(piece)) {
            add(b64);
            add(Buffer.from(b64, 'utf8').toString('base64'));
            add(Buffer.from(b64, 'utf8').toString('base64').replace(/=+$/, ''));
        }
    }
    return [...forms];
}
/**
 * The parts of a value whose fragments are secret. A JSON document (a Google service-account key) is
 * mostly identifiers the report must show (`client_email` is the key's principal): only its credential
 * members (`private_key`, `client_secret`, `refresh_token`...) count, raw and JSON-escaped as the
 * document carries them. Any other value counts whole.
 */
function fragmentSources(text) {
    const trimmed = text.trim();
    if (!trimmed.startsWith('{') || trimmed.length > MAX_DOCUMENT_LENGTH)
        return [text];
    let document;
    // Stryker disable BlockStatement: an empty catch finds nothing in an unparsed document and returns [text] too.
    try {
        document = JSON.parse(trimmed);
    }
    catch {
        return [text];
    }
    // Stryker restore BlockStatement
    const found = [];
    const visit = (value, depth) => {
        if (typeof value !== 'object' || value === null || depth > 8)
            return;
        for (const [name, member] of Object.entries(value)) {
            if (typeof member === 'string' && (0,credentials/* isCredentialName */.hN)(name))
                found.push(member, jsonEscaped(member));
            else
                visit(member, depth + 1);
        }
    };
    visit(document, 0);
    return found.length > 0 ? found : [text];
}
// Polynomial rolling hash over UTF-16 code units in 32-bit arithmetic (Math.imul wraps modulo 2^32),
// as signed 32-bit integers. Collisions only cost a verification: every candidate
// match is compared character by character before anything is redacted.
const BASE = 0x01000193;
function power(width) {
    let result = 1;
    for (let i = 1; i < width; i++)
        result = Math.imul(result, BASE);
    return result;
}
function hashOf(text, start, width) {
    let h = 0;
    for (let i = start; i < start + width; i++)
        h = (Math.imul(h, BASE) + text.charCodeAt(i)) | 0;
    return h;
}
/** The hash of the window one character on: `out` leaves at the front, `into` joins at the end. */
function roll(h, power, out, into) {
    return (Math.imul((h - Math.imul(out, power)) | 0, BASE) + into) | 0;
}
function newTable(width, capacity = 16) {
    return { width, power: power(width), heads: new Int32Array(capacity).fill(-1), size: 0 };
}
/** A growable column of 32-bit integers. */
class Column {
    data = new Int32Array(64);
    ensure(length) {
        // Stryker disable next-line all: growing more often changes only the number of copies.
        if (length <= this.data.length)
            return;
        // Stryker disable next-line all: growing by more or less than double changes only the number of copies.
        const data = new Int32Array(Math.max(length, this.data.length * 2));
        data.set(this.data);
        this.data = data;
    }
}
class Redactor {
    // Entry i: "the text window whose hash is hash[i] may be sources[source[i]].slice(at[i], at[i] +
    // length[i]), starting back[i] characters before the window". Full forms are anchored at one
    // 12-character window (shorter forms by the whole form, in a table of their own width); fragments
    // are every 12-character window of a value. Columns of integers keep a million entries compact.
    sources = [];
    entries = 0;
    source = new Column();
    at = new Column();
    length = new Column();
    back = new Column();
    hash = new Column();
    next = new Column();
    /** The FRAGMENT_LENGTH table first, then one per shorter form length, in the order they appear. */
    tables = new Map([[FRAGMENT_LENGTH, newTable(FRAGMENT_LENGTH)]]);
    forms = new Set();
    values = new Set();
    constructor(secrets = []) {
        for (const secret of secrets)
            this.add(secret);
    }
    /** Registers a secret value; its forms and fragments are removed from everything redacted afterwards. */
    add(secret) {
        const text = typeof secret === 'string' ? secret : secret.reveal();
        if (text.length < MIN_FORM_LENGTH || this.values.has(text))
            return;
        this.values.add(text);
        const prefix = keyPrefix(text);
        const body = text.slice(prefix.length);
        for (const form of secretForms(text))
            this.addForm(form);
        // The body alone, in every encoding: a provider may echo (or encode) only what follows `ghp_`.
        // Stryker disable next-line ConditionalExpression,LogicalOperator: without a prefix the body is the value (deduplicated).
        if (prefix && body.length >= MIN_FORM_LENGTH)
            for (const form of secretForms(body))
                this.addForm(form);
        for (const source of fragmentSources(text)) {
            // Windows that lie wholly inside the public prefix (`sk-ant-api03`) are not secret.
            this.addFragments(source, source === text ? prefix.length : 0);
        }
    }
    /** How many distinct forms are registered (fragments not counted). */
    get size() {
        return this.forms.size;
    }
    redact(text) {
        // Stryker disable next-line all: shortcuts only; a scan of an empty table or a short text finds nothing either.
        if (this.forms.size === 0 || text.length < MIN_FORM_LENGTH)
            return text;
        const hits = [];
        // Stryker disable next-line all: a shortcut only (an empty table holds nothing to find).
        for (const table of this.tables.values())
            if (table.size > 0)
                this.scan(text, table, hits);
        if (hits.length === 0)
            return text;
        return replaceRuns(text, hits);
    }
    addForm(form) {
        if (this.forms.has(form))
            return;
        this.forms.add(form);
        const source = this.sources.push(form) - 1;
        if (form.length < FRAGMENT_LENGTH) {
            let table = this.tables.get(form.length);
            if (!table)
                this.tables.set(form.length, (table = newTable(form.length)));
            this.insert(table, hashOf(form, 0, form.length), source, 0, form.length, 0);
            return;
        }
        // Stryker disable all: which window anchors a form changes only how many candidates a text position
        // costs, never what is found (every candidate is verified); the growth tests and the bench cover it.
        // Anchor the form at a 12-character window that few entries share: its end (random in a token),
        // else its start or its middle. Keys with a shared prefix (`sk-ant-api03-`) or PEM footer then do
        // not pile up on one hash, so a text position costs O(1) however many keys there are.
        const table = this.tables.get(FRAGMENT_LENGTH);
        const last = form.length - FRAGMENT_LENGTH;
        let best = last;
        let bestHash = hashOf(form, last, FRAGMENT_LENGTH);
        let bestCount = this.sharing(table, bestHash);
        for (let candidate = 0; candidate < 2 && bestCount > 0; candidate++) {
            const offset = candidate === 0 ? 0 : last >> 1;
            const h = hashOf(form, offset, FRAGMENT_LENGTH);
            const count = this.sharing(table, h);
            if (count < bestCount)
                [best, bestHash, bestCount] = [offset, h, count];
        }
        // Stryker restore all
        this.insert(table, bestHash, source, 0, form.length, best);
    }
    /** How many entries of `table` have hash `h` (counted up to 8). */
    // Stryker disable all: performance only (see addForm).
    sharing(table, h) {
        let count = 0;
        const [hash, next] = [this.hash.data, this.next.data];
        for (let e = table.heads[h & (table.heads.length - 1)]; e !== -1 && count < 8; e = next[e])
            if (hash[e] === h)
                count++;
        return count;
    }
    // Stryker restore all
    /** Every FRAGMENT_LENGTH window of `value` that reaches past its first `from` characters. */
    addFragments(value, from) {
        if (value.length < FRAGMENT_LENGTH)
            return;
        const table = this.tables.get(FRAGMENT_LENGTH);
        const source = this.sources.push(value) - 1;
        const start = Math.max(0, from - FRAGMENT_LENGTH + 1);
        let h = hashOf(value, start, FRAGMENT_LENGTH);
        for (let offset = start;; offset++) {
            // Stryker disable next-line ConditionalExpression,BooleanLiteral: a duplicate fragment only costs memory.
            if (!this.hasFragment(table, h, value, offset))
                this.insert(table, h, source, offset, FRAGMENT_LENGTH, 0);
            if (offset + FRAGMENT_LENGTH >= value.length)
                break;
            h = roll(h, table.power, value.charCodeAt(offset), value.charCodeAt(offset + FRAGMENT_LENGTH));
        }
    }
    /** Whether the same 12 characters are already registered as a fragment (keys sharing a PEM header). */
    // Stryker disable all: memory only: a fragment registered twice redacts the same text.
    hasFragment(table, h, value, offset) {
        const [hash, next, back, length] = [this.hash.data, this.next.data, this.back.data, this.length.data];
        for (let e = table.heads[h & (table.heads.length - 1)]; e !== -1; e = next[e]) {
            if (hash[e] !== h || back[e] !== 0 || length[e] !== FRAGMENT_LENGTH)
                continue;
            if (sameRun(this.sources[this.source.data[e]], this.at.data[e], value, offset, FRAGMENT_LENGTH))
                return true;
        }
        return false;
    }
    // Stryker restore all
    insert(table, h, source, at, length, back) {
        if ((table.size + 1) * 2 > table.heads.length)
            this.grow(table);
        const entry = this.entries++;
        if (entry >= this.hash.data.length)
            for (const column of [this.source, this.at, this.length, this.back, this.hash, this.next])
                column.ensure(this.entries);
        this.source.data[entry] = source;
        this.at.data[entry] = at;
        this.length.data[entry] = length;
        this.back.data[entry] = back;
        this.hash.data[entry] = h;
        const bucket = h & (table.heads.length - 1);
        this.next.data[entry] = table.heads[bucket];
        table.heads[bucket] = entry;
        table.size++;
    }
    /** Doubles a table's buckets and re-chains its entries (amortized O(1) per entry). */
    grow(table) {
        const [hash, next] = [this.hash.data, this.next.data];
        const old = table.heads;
        const heads = new Int32Array(old.length * 2).fill(-1);
        for (const head of old) {
            for (let e = head; e !== -1;) {
                const following = next[e];
                const bucket = hash[e] & (heads.length - 1);
                next[e] = heads[bucket];
                heads[bucket] = e;
                e = following;
            }
        }
        table.heads = heads;
    }
    /** Rolls a window of the table's width over `text`; pushes [start, end) of every verified match. */
    scan(text, table, hits) {
        const width = table.width;
        // Stryker disable next-line all: a shortcut only: a window longer than the text matches nothing.
        if (text.length < width)
            return;
        const { heads, power } = table;
        const mask = heads.length - 1;
        const [hash, next, back, length, at, source] = [
            this.hash.data,
            this.next.data,
            this.back.data,
            this.length.data,
            this.at.data,
            this.source.data,
        ];
        // The last run marked: a match inside it need not be verified again (long runs of one character).
        // Stryker disable all: the hash pre-check, the bounds check and the run skip save verifications;
        // sameRun decides every match by itself (a hash collision is a test case of its own).
        let runStart = -1;
        let runEnd = -1;
        let h = hashOf(text, 0, width);
        for (let p = 0;; p++) {
            for (let e = heads[h & mask]; e !== -1; e = next[e]) {
                if (hash[e] !== h)
                    continue;
                const start = p - back[e];
                const end = start + length[e];
                if (start < 0 || end > text.length || (start >= runStart && end <= runEnd))
                    continue;
                // Stryker restore all
                if (!sameRun(this.sources[source[e]], at[e], text, start, length[e]))
                    continue;
                // Stryker disable all: bookkeeping of the run skip above (performance only).
                if (start >= runStart && start <= runEnd)
                    runEnd = Math.max(runEnd, end);
                else
                    [runStart, runEnd] = [start, end];
                // Stryker restore all
                hits.push(start, end);
            }
            // Stryker disable next-line EqualityOperator,ArithmeticOperator: one window more or less at the end holds no match.
            if (p + width >= text.length)
                break;
            h = roll(h, power, text.charCodeAt(p), text.charCodeAt(p + width));
        }
    }
}
/** Whether `a` from `aStart` and `b` from `bStart` hold the same `length` characters. */
function sameRun(a, aStart, b, bStart, length) {
    // Stryker disable next-line all: a shortcut for whole forms; the loop below compares them the same way.
    if (aStart === 0 && length === a.length)
        return b.startsWith(a, bStart);
    for (let i = 0; i < length; i++)
        if (a.charCodeAt(aStart + i) !== b.charCodeAt(bStart + i))
            return false;
    return true;
}
/** `text` with each maximal run covered by the [start, end) pairs in `hits` replaced by one REDACTED. */
function replaceRuns(text, hits) {
    const order = Array.from({ length: hits.length / 2 }, (_, i) => i).sort((a, b) => hits[2 * a] - hits[2 * b]);
    let out = '';
    let copied = 0;
    let [runStart, runEnd] = [hits[2 * order[0]], hits[2 * order[0] + 1]];
    // Stryker disable next-line MethodExpression: the first pair again merges into its own run.
    for (const i of order.slice(1)) {
        const [start, end] = [hits[2 * i], hits[2 * i + 1]];
        if (start <= runEnd) {
            // Overlapping or touching: one run.
            runEnd = Math.max(runEnd, end);
            continue;
        }
        out += text.slice(copied, runStart) + secret/* REDACTED */.X;
        copied = runEnd;
        [runStart, runEnd] = [start, end];
    }
    return out + text.slice(copied, runStart) + secret/* REDACTED */.X + text.slice(runEnd);
}
/**
 * `error` with every message (and dotted path) passed through `redactor`; anything that is not a
 * KeyboundError comes back as it is (the shells describe those by type only).
 */
function redactError(error, redactor) {
    const one = (e) => new errors/* KeyboundError */.Gv(e.code, redactor.redact(e.message), {
        ...e.place,
        ...(e.place.path !== undefined ? { path: redactor.redact(e.place.path) } : {}),
    });
    if (error instanceof errors/* KeyboundErrors */.ZD)
        return new errors/* KeyboundErrors */.ZD(error.errors.map(one));
    if (error instanceof errors/* KeyboundError */.Gv)
        return one(error);
    return error;
}


/***/ }),

/***/ 2559:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ REDACTED),
/* harmony export */   i: () => (/* binding */ SecretValue)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _own_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6207);
// SECURITY: a secret value lives only inside a SecretValue, which cannot serialise it. JSON, string
// conversion and util.inspect all give the redacted form, so a mistake elsewhere cannot print it.


const REDACTED = '[redacted]';
const values = new WeakMap();
class SecretValue {
    /** Where the value came from, for messages: `secrets-json`, `env`, `deploy/.env.production:3`. */
    origin;
    constructor(value, origin) {
        // A literal is cut from its file's text: kept as a view, it would keep the whole text alive.
        values.set(this, (0,_own_js__WEBPACK_IMPORTED_MODULE_1__/* .own */ .ZV)(value));
        this.origin = origin;
        Object.freeze(this);
    }
    /** The raw value. Call only where it is sent to its own provider or inspected offline. */
    reveal() {
        return values.get(this) ?? '';
    }
    get length() {
        return this.reveal().length;
    }
    get isEmpty() {
        return this.reveal().length === 0;
    }
    toString() {
        return REDACTED;
    }
    toJSON() {
        return REDACTED;
    }
    [node_util__WEBPACK_IMPORTED_MODULE_0__.inspect.custom]() {
        return REDACTED;
    }
    [Symbol.toPrimitive]() {
        return REDACTED;
    }
}


/***/ }),

/***/ 9153:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ placeholders),
/* harmony export */   h: () => (/* binding */ formatMessage)
/* harmony export */ });
// Message templates for rule findings (the ESLint `messages` model): `{{name}}` placeholders filled
// from the data a rule reports. Unknown placeholders stay as written so a typo shows in tests.
const PLACEHOLDER = /\{\{\s*([A-Za-z_][\w-]*)\s*\}\}/g;
/**
 * Replaces each `{{name}}` (spaces inside the braces allowed) with `String(data[name])`. A placeholder
 * with no value in `data` is left unchanged. Replacement text is never re-scanned.
 */
function formatMessage(template, data = {}) {
    return template.replace(PLACEHOLDER, (whole, name) => Object.prototype.hasOwnProperty.call(data, name) && data[name] !== undefined ? String(data[name]) : whole);
}
/** The placeholder names a template uses, in order of first appearance. */
function placeholders(template) {
    const names = [];
    for (const match of template.matchAll(PLACEHOLDER))
        if (!names.includes(match[1]))
            names.push(match[1]);
    return names;
}


/***/ }),

/***/ 3054:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Af: () => (/* binding */ FACT_SOURCE_RANK),
/* harmony export */   EZ: () => (/* binding */ FACT_NAMES),
/* harmony export */   UO: () => (/* binding */ emptyInventory),
/* harmony export */   f3: () => (/* binding */ SEVERITY_RANK),
/* harmony export */   jp: () => (/* binding */ SMOKE_STATUSES),
/* harmony export */   oC: () => (/* binding */ SEVERITIES),
/* harmony export */   r8: () => (/* binding */ BUILTIN_ENVIRONMENTS)
/* harmony export */ });
// The data model that flows one way through keybound:
//   files -> uses (discovery) -> keys with facts -> findings (rules) -> report (formatters).
// Pure types and constants only; nothing here does I/O.
const SEVERITIES = ['error', 'warning', 'note'];
/** Higher is more severe. */
const SEVERITY_RANK = { error: 3, warning: 2, note: 1 };
const BUILTIN_ENVIRONMENTS = ['production', 'staging', 'development', 'unknown'];
function emptyInventory() {
    return {
        files: [],
        uses: [],
        links: [],
        workflows: [],
        rbac: { roles: [], bindings: [], serviceAccounts: [] },
        kustomizations: [],
        diagnostics: [],
        suppressions: [],
    };
}
const FACT_SOURCE_RANK = {
    smoke: 5,
    value: 4,
    platform: 3,
    declared: 2,
    name: 1,
};
const FACT_NAMES = [
    'provider',
    'keyType',
    'keyEnvironment',
    'principal',
    'principalKind',
    'account',
    'scopes',
    'created',
    'rotated',
    'expires',
];
const SMOKE_STATUSES = ['verified', 'mismatch', 'invalid', 'unknown', 'skipped', 'malformed'];


/***/ }),

/***/ 3805:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CR: () => (/* binding */ AliasBudget),
  jl: () => (/* binding */ MAX_YAML_BYTES),
  dd: () => (/* binding */ YamlBudgetError),
  xf: () => (/* binding */ getPair),
  _r: () => (/* binding */ nodeLocation),
  hN: () => (/* binding */ parseYaml),
  G1: () => (/* binding */ position),
  Cg: () => (/* binding */ scalarString),
  ib: () => (/* binding */ spanLocation)
});

// UNUSED EXPORTS: MAX_ALIAS_DEREFERENCES, MAX_FLOW_DEPTH, eachNode

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/core/fast-yaml.ts
// A fast reader for the common block subset of YAML (issue 15): the maps, lists, one-line scalars and
// block scalars that workflows and manifests are made of. It builds the very objects `yaml` would
// (its own Document, YAMLMap, YAMLSeq, Pair and Scalar classes, with the same ranges, types, sources
// and values) or gives up, and then parseYaml() uses `yaml` itself. It gives up on anything it does
// not reproduce exactly: errors of any kind, tabs, anchors, aliases, tags, flow collections, complex
// keys, directives, multi-line plain or quoted scalars, merge keys, carriage returns, a byte order mark.
// Comments are skipped and not attached to nodes (commentBefore, comment, spaceBefore stay unset):
// nothing in keybound reads them (a test checks that). __tests__/core/fast-yaml.test.ts and
// scripts/fast-yaml-diff.mjs compare it with `yaml` node by node.
//
// Why it is faster: `yaml` lexes into tokens, builds a CST, then composes nodes; this walks the text
// once, line by line, finding line ends with indexOf, and builds the nodes directly.

/** Thrown (and caught in fastParseYaml) when the input is outside the subset. */
class GiveUp {
    reason;
    constructor(reason) {
        this.reason = reason;
    }
}
/** Nesting deeper than this is left to `yaml` (the reader recurses once per level). */
const MAX_DEPTH = 64;
/** `yaml` refuses an implicit key whose `:` is more than 1024 characters after its start. */
const MAX_KEY_LENGTH = 1000;
const SPACE = 32;
const NEWLINE = 10;
const HASH = 35;
const COLON = 58;
const DASH = 45;
/**
 * The documents of text[start, end), as `yaml`'s parseAllDocuments would give them (ranges are offsets
 * into the whole text), or a reason why the fast reader gave up.
 */
function fastParseYaml(text, start, end, options) {
    try {
        return { docs: new Reader(text, start, end, options).stream() };
    }
    catch (error) {
        if (error instanceof GiveUp)
            return { reason: error.reason };
        // A slip of this reader must not change what keybound reports: `yaml` reads the file instead
        // (scripts/fast-yaml-diff.mjs counts these under their own reason).
        return { reason: `reader error (${error instanceof Error ? error.name : typeof error})` };
    }
}
class Reader {
    text;
    end;
    options;
    /** Start of the line being read. */
    pos;
    tags = [];
    docSchema;
    depth = 0;
    constructor(text, start, end, options) {
        this.text = text;
        this.pos = start;
        this.end = end;
        this.options = options;
    }
    stream() {
        const { text, end } = this;
        // NOTE: searched in the piece only (a view, not a copy): indexOf from `pos` would run on to the end
        // of the whole text for every piece, quadratic in a manifest cut into many pieces.
        if (text.slice(this.pos, end).includes('\r'))
            throw new GiveUp('carriage return');
        if (text.charCodeAt(this.pos) === 0xfeff)
            throw new GiveUp('byte order mark');
        const docs = [];
        // Shared by the documents of the stream, as the composer's own Directives are.
        const directives = new dist/* Document */.yo().directives;
        let previous;
        for (;;) {
            const line = this.nextContentLine(this.pos);
            if (line >= end)
                break;
            const c = text.charCodeAt(line);
            if (c === 37 /* % */)
                throw new GiveUp('directive');
            if (this.isMarker(line, '.'))
                throw new GiveUp('document end marker');
            const doc = new dist/* Document */.yo(undefined, { _directives: directives, ...this.options });
            this.docSchema = doc.schema;
            this.tags = doc.schema.tags;
            if (previous)
                this.closeDocument(previous, line);
            let docStart = line;
            let contentLine = line;
            if (this.isMarker(line, '-')) {
                doc.directives.docStart = true;
                const after = this.skipSpaces(line + 3);
                const c2 = text.charCodeAt(after);
                if (after < this.lineEnd(line) && c2 !== HASH)
                    throw new GiveUp('content after ---');
                if (c2 === HASH && after === line + 3)
                    throw new GiveUp('odd ---');
                contentLine = this.nextContentLine(this.lineEnd(line) + 1);
                if (contentLine >= end || this.isMarker(contentLine, '-') || this.isMarker(contentLine, '.')) {
                    // An empty document: a null where its `---` line ends, unless comments follow (they stretch it).
                    if (this.isMarker(contentLine, '.'))
                        throw new GiveUp('document end marker');
                    const at = this.lineEnd(line);
                    if (text.charCodeAt(this.skipSpaces(line + 3)) === HASH)
                        throw new GiveUp('empty document with comments');
                    for (let l = at + 1; l < contentLine; l = this.lineEnd(l) + 1)
                        if (text.charCodeAt(this.skipSpaces(l)) === HASH)
                            throw new GiveUp('empty document with comments');
                    doc.contents = this.emptyScalar(at);
                    doc.range = [line, at, at];
                    this.emptyAt = at;
                    docs.push(doc);
                    previous = doc;
                    this.pos = contentLine;
                    continue;
                }
            }
            else if (docs.length > 0) {
                throw new GiveUp('document without ---');
            }
            docStart = line;
            const indent = this.indentOf(contentLine);
            if (indent !== 0)
                throw new GiveUp('indented document');
            this.pos = contentLine;
            const contents = this.blockNode(contentLine, 0, -1, true);
            doc.contents = contents;
            const contentEnd = contents.range[2];
            doc.range = [docStart, contentEnd, contentEnd];
            docs.push(doc);
            previous = doc;
            // After the root node only comments, blank lines and a next document may follow.
            const next = this.nextContentLine(this.pos);
            if (next < end && !this.isMarker(next, '-'))
                throw new GiveUp('content after the root node');
            // Comments after a root scalar or flow collection stretch the document by rules of their own.
            if ((0,dist/* isScalar */.jn)(contents) || contents.flow) {
                for (let l = this.pos; l < next; l = this.lineEnd(l) + 1)
                    if (text.charCodeAt(this.skipSpaces(l)) === HASH)
                        throw new GiveUp('comment after a one-line root');
            }
        }
        if (previous)
            this.closeDocument(previous, end);
        return docs;
    }
    /** The content line whose preceding comments a collection's range already reaches to. */
    commentTakenAt = -1;
    gapFirst = -1;
    /** The `,` or closing bracket after the last flow scalar read. */
    flowNext = -1;
    /** Whether the flow collection being read is a map. */
    flowInMap = false;
    gapMax = -1;
    /** Where the last empty value stands: a document ending with one does not reach past it. */
    emptyAt = -1;
    /** A document's range ends where the comments and blank lines after its contents end. */
    closeDocument(doc, next) {
        if (doc.range[1] !== this.emptyAt)
            doc.range[2] = Math.max(doc.range[2], next);
    }
    /** `---` or `...` at line start followed by a space, a newline or the end. */
    isMarker(line, ch) {
        const { text } = this;
        if (!text.startsWith(ch === '-' ? '---' : '...', line))
            return false;
        const c = text.charCodeAt(line + 3);
        return line + 3 >= this.end || c === SPACE || c === NEWLINE || c === 9;
    }
    lineEnd(from) {
        const i = this.text.indexOf('\n', from);
        return i < 0 || i >= this.end ? this.end : i;
    }
    skipSpaces(i) {
        while (i < this.end && this.text.charCodeAt(i) === SPACE)
            i++;
        return i;
    }
    indentOf(line) {
        return this.skipSpaces(line) - line;
    }
    /** The start of the first line at or after `line` that is neither blank nor only a comment. */
    nextContentLine(line) {
        const { text, end } = this;
        while (line < end) {
            const first = this.skipSpaces(line);
            const c = text.charCodeAt(first);
            if (first >= end)
                return end;
            if (c === 9)
                throw new GiveUp('tab');
            if (c === NEWLINE) {
                line = first + 1;
                continue;
            }
            if (c === HASH) {
                line = this.lineEnd(first) + 1;
                continue;
            }
            return line;
        }
        return end;
    }
    /**
     * The node that starts at `at`, the first content of a line, indented `col` (more than the
     * `parent` collection's indent). Leaves this.pos at the start of the line after the node.
     */
    blockNode(at, col, parent, root) {
        if (++this.depth > MAX_DEPTH)
            throw new GiveUp('deep nesting');
        try {
            const { text } = this;
            const c = text.charCodeAt(at);
            if (c === DASH && this.isIndicator(at + 1))
                return this.seq(at, col);
            // A flow collection on its own is a value; as an implicit key it is left to `yaml`.
            if (c !== 91 && c !== 123 && this.findKey(at) >= 0)
                return this.map(at, col);
            if (root && (c === 124 || c === 62))
                throw new GiveUp('root block scalar');
            return this.scalarValue(at, parent);
        }
        finally {
            this.depth--;
        }
    }
    /** A space, a newline or the end after an indicator. */
    isIndicator(i) {
        const c = this.text.charCodeAt(i);
        return i >= this.end || c === SPACE || c === NEWLINE;
    }
    /**
     * If the content at `at` is an implicit key followed by `:`, the offset of that `:`; else -1.
     * Quoted keys must be closed on the line; plain keys end at the first `: ` (or `:` at line end)
     * before any ` #`.
     */
    findKey(at) {
        const { text } = this;
        const eol = this.lineEnd(at);
        const c = text.charCodeAt(at);
        if (c === 34 || c === 39) {
            const close = this.quoteEnd(at, eol);
            if (close < 0)
                return -1;
            const after = close + 1;
            if (text.charCodeAt(after) === COLON) {
                if (!this.isIndicator(after + 1))
                    throw new GiveUp('quoted key without space after :');
                return after;
            }
            const s = this.skipSpaces(after);
            if (s > after && text.charCodeAt(s) === COLON)
                throw new GiveUp('space before :');
            return -1;
        }
        for (let i = at; i < eol; i++) {
            const ch = text.charCodeAt(i);
            if (ch === HASH && text.charCodeAt(i - 1) === SPACE)
                return -1;
            if (ch === COLON && this.isIndicator(i + 1)) {
                if (i - at > MAX_KEY_LENGTH)
                    throw new GiveUp('long key');
                return i;
            }
        }
        return -1;
    }
    /** The offset of the closing quote of the quoted scalar at `at`, on its line, or -1. */
    quoteEnd(at, eol) {
        const { text } = this;
        const q = text[at];
        for (let i = at + 1; i < eol; i++) {
            const c = text[i];
            if (q === '"' && c === '\\')
                i++;
            else if (c === q) {
                if (q === "'" && text[i + 1] === "'")
                    i++;
                else
                    return i;
            }
        }
        return -1;
    }
    map(at, col) {
        const { text } = this;
        const map = new dist/* YAMLMap */.CA(this.schema());
        let item = at;
        let offset = at;
        let commentEnd;
        for (;;) {
            const colon = this.findKey(item);
            if (colon < 0)
                throw new GiveUp('not a key');
            const key = this.keyScalar(item, colon);
            const value = this.mapValue(colon + 1, col);
            map.items.push(new dist/* Pair */.Rm(key, value));
            offset = value.range[2];
            const next = this.nextContentLine(this.pos);
            this.gap(col, value, next);
            if (next >= this.end || this.isMarker(next, '-') || this.isMarker(next, '.')) {
                commentEnd = this.trailingComments(col, next);
                break;
            }
            const indent = this.indentOf(next);
            if (indent < col) {
                commentEnd = this.trailingComments(col, next);
                break;
            }
            if (indent > col)
                throw new GiveUp('bad indentation in map');
            item = next + indent;
            if (text.charCodeAt(item) === DASH && this.isIndicator(item + 1)) {
                // A list at the map's own indentation is its previous key's value only right after the key.
                throw new GiveUp('list item among keys');
            }
            this.pos = next;
        }
        map.range = [at, offset, commentEnd ?? offset];
        return map;
    }
    /** The value after `key:` (at `from`, just past the colon) of a map indented `col`. */
    mapValue(from, col) {
        const { text } = this;
        const s = this.skipSpaces(from);
        const c = text.charCodeAt(s);
        if (s < this.end && c !== NEWLINE && c !== HASH) {
            if (c === 9)
                throw new GiveUp('tab');
            if (c === DASH && this.isIndicator(s + 1))
                throw new GiveUp('list on a key line');
            if (c !== 91 && c !== 123 && this.findKey(s) >= 0)
                throw new GiveUp('map on a key line');
            return this.scalarValue(s, col);
        }
        if (c === HASH && s === from)
            throw new GiveUp('odd comment');
        // Nothing on the line: the value is on the lines below, or empty.
        const next = this.nextContentLine(this.lineEnd(s) + 1);
        if (next < this.end && !this.isMarker(next, '-') && !this.isMarker(next, '.')) {
            const indent = this.indentOf(next);
            const first = next + indent;
            const dash = text.charCodeAt(first) === DASH && this.isIndicator(first + 1);
            if (indent > col || (indent === col && dash)) {
                this.pos = next;
                return this.blockNode(first, indent, col, false);
            }
        }
        return this.emptyValue(s, c === HASH);
    }
    seq(at, col) {
        const { text } = this;
        const seq = new dist/* YAMLSeq */.Rw(this.schema());
        let dash = at;
        let offset = at;
        let commentEnd;
        for (;;) {
            const value = this.seqItem(dash, col);
            seq.items.push(value);
            offset = value.range[2];
            const next = this.nextContentLine(this.pos);
            this.gap(col, value, next);
            if (next >= this.end || this.isMarker(next, '-') || this.isMarker(next, '.')) {
                commentEnd = this.trailingComments(col, next);
                break;
            }
            const indent = this.indentOf(next);
            if (indent < col) {
                commentEnd = this.trailingComments(col, next);
                break;
            }
            if (indent > col)
                throw new GiveUp('bad indentation in list');
            dash = next + indent;
            if (!(text.charCodeAt(dash) === DASH && this.isIndicator(dash + 1))) {
                // The list was a map value at the map's own indentation, which goes on.
                commentEnd = this.trailingComments(col, next);
                break;
            }
            this.pos = next;
        }
        seq.range = [at, offset, commentEnd ?? offset];
        return seq;
    }
    /**
     * Where the range of a collection indented `col` ends, when comment lines follow its `last` value
     * before the `next` content line (less indented, a document marker or the end). As `yaml`'s parser
     * does it: the innermost open collection collects them, and each collection that closes passes them
     * to its parent unless it is indented (col > 0) and one of them is indented at least as much; the
     * one that keeps them reaches to the next content. Passed on from the root, they go to the document.
     * A first comment more indented than a collection whose last value is a one-line scalar belongs to
     * that scalar: left to `yaml`.
     */
    trailingComments(col, next) {
        if (this.commentTakenAt === next || this.gapFirst < 0)
            return undefined;
        if (col === 0 || this.gapMax < col)
            return undefined;
        this.commentTakenAt = next;
        return next >= this.end ? this.end : next + this.indentOf(next);
    }
    /**
     * Reads the comment lines between the end of a collection item (`last`, in a collection indented
     * `col`) and the `next` content line into gapFirst and gapMax (their first and deepest indentation,
     * -1 if none). A first comment more indented than the collection after a one-line scalar belongs to
     * that scalar (and stretches its range): left to `yaml`.
     */
    gap(col, last, next) {
        let first = -1;
        let max = -1;
        for (let line = this.pos; line < next;) {
            const s = this.skipSpaces(line);
            if (this.text.charCodeAt(s) === HASH) {
                if (first < 0)
                    first = s - line;
                max = Math.max(max, s - line);
            }
            line = this.lineEnd(s) + 1;
        }
        const oneLine = ((0,dist/* isScalar */.jn)(last) && last.type !== dist/* Scalar */.X5.BLOCK_LITERAL && last.type !== dist/* Scalar */.X5.BLOCK_FOLDED) ||
            last.flow === true;
        if (first > col && oneLine)
            throw new GiveUp('comment after a scalar');
        this.gapFirst = first;
        this.gapMax = max;
    }
    /** The item after the `-` at `dash` of a list indented `col`. */
    seqItem(dash, col) {
        const { text } = this;
        const s = this.skipSpaces(dash + 1);
        const c = text.charCodeAt(s);
        if (s < this.end && c !== NEWLINE && c !== HASH) {
            if (c === 9)
                throw new GiveUp('tab');
            // A compact collection: its indentation is its column.
            const itemCol = col + (s - dash);
            if (++this.depth > MAX_DEPTH)
                throw new GiveUp('deep nesting');
            try {
                if (c === DASH && this.isIndicator(s + 1))
                    return this.seq(s, itemCol);
                if (c !== 91 && c !== 123 && this.findKey(s) >= 0)
                    return this.map(s, itemCol);
            }
            finally {
                this.depth--;
            }
            return this.scalarValue(s, col);
        }
        if (c === HASH && s === dash + 1)
            throw new GiveUp('odd comment');
        const next = this.nextContentLine(this.lineEnd(s) + 1);
        if (next < this.end && !this.isMarker(next, '-') && !this.isMarker(next, '.')) {
            const indent = this.indentOf(next);
            if (indent > col) {
                this.pos = next;
                return this.blockNode(next + indent, indent, col, false);
            }
        }
        return this.emptyValue(s, c === HASH);
    }
    /** The schema of the document being read, which `yaml` gives every collection. */
    schema() {
        return this.docSchema;
    }
    /**
     * An empty value at `at` (a newline or a comment). `yaml` stretches its range over the comment lines
     * after it, by rules that depend on what follows; those cases are left to it.
     */
    emptyValue(at, comment) {
        if (comment)
            throw new GiveUp('empty value with comment');
        const { text } = this;
        const after = this.lineEnd(at) + 1;
        for (let line = after; line < this.end;) {
            const first = this.skipSpaces(line);
            const c = text.charCodeAt(first);
            if (c === HASH)
                throw new GiveUp('comment after empty value');
            if (c !== NEWLINE)
                break;
            line = first + 1;
        }
        this.pos = after;
        this.emptyAt = at;
        return this.emptyScalar(at);
    }
    emptyScalar(at) {
        const scalar = new dist/* Scalar */.X5(null);
        scalar.range = [at, at, at];
        scalar.source = '';
        scalar.type = dist/* Scalar */.X5.PLAIN;
        return scalar;
    }
    /** The key at `at` whose `:` is at `colon`. */
    keyScalar(at, colon) {
        const { text } = this;
        const c = text.charCodeAt(at);
        let scalar;
        if (c === 34 || c === 39) {
            scalar = this.quoted(at, colon - 1);
        }
        else {
            let e = colon;
            while (e > at && text.charCodeAt(e - 1) === SPACE)
                e--;
            if (e !== colon)
                throw new GiveUp('space before :');
            const source = text.slice(at, e);
            this.checkPlain(source);
            if (source === '<<')
                throw new GiveUp('merge key');
            scalar = this.plain(source);
        }
        scalar.range = [at, colon, colon];
        return scalar;
    }
    /**
     * A scalar that starts at `at` and takes the rest of the line: quoted, plain or a block scalar
     * header. `parent` is the indentation of the collection that holds it. Leaves this.pos at the
     * start of the line after it.
     */
    scalarValue(at, parent) {
        const { text } = this;
        const c = text.charCodeAt(at);
        if (c === 124 || c === 62)
            return this.blockScalar(at, parent);
        if (c === 91 || c === 123)
            return this.flowCollection(at, parent);
        const eol = this.lineEnd(at);
        let scalar;
        let valueEnd;
        if (c === 34 || c === 39) {
            const close = this.quoteEnd(at, eol);
            if (close < 0)
                throw new GiveUp('multi-line quoted scalar');
            scalar = this.quoted(at, close);
            valueEnd = close + 1;
            const rest = this.skipSpaces(valueEnd);
            if (rest < eol && !(text.charCodeAt(rest) === HASH && rest > valueEnd))
                throw new GiveUp('text after a quoted scalar');
        }
        else {
            let e = at;
            while (e < eol && !(text.charCodeAt(e) === HASH && text.charCodeAt(e - 1) === SPACE))
                e++;
            while (e > at && text.charCodeAt(e - 1) === SPACE)
                e--;
            const source = text.slice(at, e);
            this.checkPlain(source);
            if (source.includes(': ') || source.endsWith(':'))
                throw new GiveUp('colon in a plain scalar');
            if (e === eol && parent >= 0) {
                const more = this.plainContinuation(eol, parent);
                if (more) {
                    scalar = this.plain(source + more.folded);
                    scalar.range = [at, more.valueEnd, more.after];
                    this.pos = more.after;
                    return scalar;
                }
            }
            scalar = this.plain(source);
            valueEnd = e;
        }
        const after = eol < this.end ? eol + 1 : eol;
        scalar.range = [at, valueEnd, after];
        this.pos = after;
        return scalar;
    }
    /**
     * The lines that continue a plain scalar whose first line ends at `eol` (more indented than the
     * `parent` collection, not comments), folded as YAML folds them: a line break becomes a space, and
     * n blank lines n line breaks. Undefined when the next content line does not continue it.
     */
    plainContinuation(eol, parent) {
        const { text, end } = this;
        let folded = '';
        let valueEnd = -1;
        let after = -1;
        let blanks = 0;
        for (let line = eol + 1; line < end;) {
            const first = this.skipSpaces(line);
            const lineEnd = this.lineEnd(line);
            if (first >= lineEnd) {
                blanks++;
                line = lineEnd + 1;
                continue;
            }
            const c = text.charCodeAt(first);
            if (c === HASH || first - line <= parent)
                break;
            if (c === 9 || text.startsWith('---', line) || text.startsWith('...', line))
                throw new GiveUp('odd continuation');
            let e = lineEnd;
            while (e > first && text.charCodeAt(e - 1) === SPACE)
                e--;
            const part = text.slice(first, e);
            if ('-?:#'.includes(part[0]) ||
                part.includes(': ') ||
                part.endsWith(':') ||
                part.includes(' #') ||
                part.includes('\t'))
                throw new GiveUp('odd continuation');
            folded += (blanks === 0 ? ' ' : '\n'.repeat(blanks)) + part;
            blanks = 0;
            valueEnd = e;
            after = lineEnd < end ? lineEnd + 1 : lineEnd;
            line = after;
        }
        return valueEnd < 0 ? undefined : { folded, valueEnd, after };
    }
    /**
     * A flow collection of one-line scalars (`[a, "b"]`, `{k: v}`, `[]`), which may go on over lines
     * more indented than the `parent` collection (without comments): its items reach to the `,` or
     * closing bracket after them, the collection to the end of the line it closes on.
     */
    flowCollection(at, parent) {
        const { text } = this;
        const isMap = text.charCodeAt(at) === 123;
        const close = isMap ? '}' : ']';
        const coll = isMap ? new dist/* YAMLMap */.CA(this.schema()) : new dist/* YAMLSeq */.Rw(this.schema());
        coll.flow = true;
        this.flowInMap = isMap;
        let i = this.flowSpace(at + 1, parent);
        while (text[i] !== close) {
            if (isMap) {
                const key = this.flowScalar(i, true, parent);
                if (text[key.range[1]] !== ':')
                    throw new GiveUp('flow map key');
                key.range = [i, key.range[1], key.range[1]];
                const v = this.skipSpaces(key.range[1] + 1);
                if (v === key.range[1] + 1)
                    throw new GiveUp('flow map value');
                const value = this.flowScalar(v, false, parent);
                coll.items.push(new dist/* Pair */.Rm(key, value));
                i = this.flowNext;
            }
            else {
                const item = this.flowScalar(i, false, parent);
                coll.items.push(item);
                i = this.flowNext;
            }
            if (text[i] === ',')
                i = this.flowSpace(i + 1, parent);
            else if (text[i] !== close)
                throw new GiveUp('flow collection');
        }
        const valueEnd = i + 1;
        const eol = this.lineEnd(valueEnd);
        const rest = this.skipSpaces(valueEnd);
        if (rest < eol && !(text.charCodeAt(rest) === HASH && rest > valueEnd))
            throw new GiveUp('text after a flow collection');
        const after = eol < this.end ? eol + 1 : eol;
        coll.range = [at, valueEnd, after];
        this.pos = after;
        return coll;
    }
    /**
     * Skips the spaces and line breaks inside a flow collection; the lines it goes on to must be more
     * indented than the `parent` collection and hold no comment or tab.
     */
    flowSpace(i, parent) {
        const { text } = this;
        for (;;) {
            i = this.skipSpaces(i);
            const c = text.charCodeAt(i);
            if (c === HASH || c === 9)
                throw new GiveUp('comment or tab in a flow collection');
            if (c !== NEWLINE)
                return i;
            if (parent < 0)
                throw new GiveUp('multi-line root flow collection');
            const line = i + 1;
            i = this.skipSpaces(line);
            if (i >= this.end)
                throw new GiveUp('unclosed flow collection');
            if (i - line <= parent && text.charCodeAt(i) !== NEWLINE)
                throw new GiveUp('flow collection indentation');
        }
    }
    /**
     * A one-line plain or quoted scalar inside a flow collection at `at`. Its range[1] is where it ends
     * and range[2] the `,` or closing bracket after it (for a key, range[1] is the `:`).
     */
    flowScalar(at, isKey, parent) {
        const { text } = this;
        const eol = this.lineEnd(at);
        const c = text.charCodeAt(at);
        let scalar;
        let valueEnd;
        if (c === 34 || c === 39) {
            const close = this.quoteEnd(at, eol);
            if (close < 0)
                throw new GiveUp('multi-line quoted scalar');
            scalar = this.quoted(at, close);
            valueEnd = close + 1;
        }
        else {
            let e = at;
            while (e < eol && !',[]{}:#'.includes(text[e]))
                e++;
            const stop = text[e];
            if (stop === '#' || stop === '[' || stop === '{' || (stop === ':' && !isKey))
                throw new GiveUp('flow scalar');
            valueEnd = e;
            while (valueEnd > at && text.charCodeAt(valueEnd - 1) === SPACE)
                valueEnd--;
            const source = text.slice(at, valueEnd);
            this.checkPlain(source);
            if (isKey && source === '<<')
                throw new GiveUp('merge key');
            scalar = this.plain(source);
        }
        if (isKey) {
            if (text[valueEnd] !== ':')
                throw new GiveUp('flow map key');
            scalar.range = [at, valueEnd, valueEnd];
            return scalar;
        }
        const next = this.flowSpace(valueEnd, parent);
        if (text[next] !== ',' && text[next] !== ']' && text[next] !== '}')
            throw new GiveUp('flow scalar end');
        // A map value that ends its line reaches past that line break only (a list item, to the `,`).
        const lineBreak = this.skipSpaces(valueEnd);
        const inMap = this.flowInMap;
        scalar.range = [at, valueEnd, inMap && text.charCodeAt(lineBreak) === NEWLINE ? lineBreak + 1 : next];
        this.flowNext = next;
        return scalar;
    }
    /** Plain scalars that start with an indicator or hold a tab are left to `yaml`. */
    checkPlain(source) {
        if (source.length === 0)
            throw new GiveUp('empty plain scalar');
        const c = source[0];
        if ('[]{},#&*!|>\'"%@`'.includes(c))
            throw new GiveUp(`plain scalar starting with ${c}`);
        if ((c === '?' || c === ':' || c === '-') && (source.length === 1 || source[1] === ' '))
            throw new GiveUp('indicator');
        if (source.includes('\t'))
            throw new GiveUp('tab');
    }
    /** A plain scalar resolved as the core schema does (null, booleans, numbers, else a string). */
    plain(source) {
        let scalar;
        const c = source.charCodeAt(0);
        // Only these first characters can start a null, boolean or number of the core schema.
        if ('~nNtTfF.+-0123456789'.includes(source[0]) || c === undefined) {
            const tag = this.tags.find((t) => t.default === true && t.test?.test(source));
            if (tag) {
                const res = tag.resolve(source, () => {
                    throw new GiveUp('tag resolve error');
                }, {});
                scalar = (0,dist/* isScalar */.jn)(res) ? res : new dist/* Scalar */.X5(res);
                if (tag.format)
                    scalar.format = tag.format;
            }
        }
        scalar ??= new dist/* Scalar */.X5(source);
        scalar.source = source;
        scalar.type = dist/* Scalar */.X5.PLAIN;
        return scalar;
    }
    /** The quoted scalar text[open, close] (close is the closing quote). */
    quoted(open, close) {
        const { text } = this;
        const raw = text.slice(open + 1, close);
        let value;
        if (text[open] === "'") {
            value = raw.replaceAll("''", "'");
        }
        else {
            value = raw.includes('\\') ? fast_yaml_unescape(raw) : raw;
        }
        if (raw.includes('\t'))
            throw new GiveUp('tab');
        const scalar = new dist/* Scalar */.X5(value);
        scalar.source = value;
        scalar.type = text[open] === "'" ? dist/* Scalar */.X5.QUOTE_SINGLE : dist/* Scalar */.X5.QUOTE_DOUBLE;
        return scalar;
    }
    /** A block scalar (`|` or `>`) whose header is at `at`, in a collection indented `parent`. */
    blockScalar(at, parent) {
        const { text, end } = this;
        const folded = text.charCodeAt(at) === 62;
        let i = at + 1;
        let chomp = '';
        const h = text[i];
        if (h === '-' || h === '+') {
            chomp = h;
            i++;
        }
        if (text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57)
            throw new GiveUp('indentation indicator');
        const headerEnd = this.lineEnd(at);
        const rest = this.skipSpaces(i);
        if (rest < headerEnd && !(text.charCodeAt(rest) === HASH && rest > i))
            throw new GiveUp('odd block header');
        // Content lines: blank ones (spaces only) and those indented at least `indent`, which the first
        // non-blank line sets.
        let indent = -1;
        const lines = [];
        let line = headerEnd + 1;
        let lastContentEnd = -1;
        let maxLeadingBlank = 0;
        while (line < end) {
            const eol = this.lineEnd(line);
            const first = this.skipSpaces(line);
            const spaces = first - line;
            if (first >= eol) {
                // A blank line.
                if (indent < 0)
                    maxLeadingBlank = Math.max(maxLeadingBlank, spaces);
                else if (spaces > indent)
                    throw new GiveUp('blank line with trailing spaces');
                lines.push('');
                line = eol + 1;
                continue;
            }
            if (indent < 0) {
                if (spaces <= parent)
                    break;
                indent = spaces;
                if (maxLeadingBlank > indent)
                    throw new GiveUp('leading blank line too long');
            }
            if (spaces < indent) {
                if (text.charCodeAt(first) === 9)
                    throw new GiveUp('tab in block scalar indentation');
                break;
            }
            if ((text.startsWith('---', line) || text.startsWith('...', line)) && indent === 0)
                throw new GiveUp('marker in block scalar');
            const content = text.slice(line + indent, eol);
            lines.push(content);
            lastContentEnd = eol;
            line = eol + 1;
        }
        if (indent < 0)
            throw new GiveUp('empty block scalar');
        // Trailing blank lines belong to the scalar only for keep chomping.
        let count = lines.length;
        while (count > 0 && lines[count - 1] === '')
            count--;
        let value;
        if (folded) {
            value = '';
            // Between two lines of text a line break folds into a space (n blank lines give n line breaks);
            // next to a more-indented line (one starting with white space) every line break is kept.
            let blanks = 0;
            let previous;
            for (let k = 0; k < count; k++) {
                const l = lines[k];
                if (l === '') {
                    blanks++;
                    continue;
                }
                if (previous === undefined)
                    value += '\n'.repeat(blanks);
                else if (isSpaced(previous) || isSpaced(l))
                    value += '\n'.repeat(blanks + 1);
                else
                    value += blanks === 0 ? ' ' : '\n'.repeat(blanks);
                value += l;
                previous = l;
                blanks = 0;
            }
        }
        else {
            value = lines.slice(0, count).join('\n');
        }
        if (chomp === '')
            value += '\n';
        else if (chomp === '+')
            throw new GiveUp('keep chomping');
        // Its range ends after its last line of text (the text may end there without a line break).
        const valueEnd = lastContentEnd < end ? lastContentEnd + 1 : end;
        const scalar = new dist/* Scalar */.X5(value);
        scalar.range = [at, valueEnd, valueEnd];
        scalar.source = value;
        scalar.type = folded ? dist/* Scalar */.X5.BLOCK_FOLDED : dist/* Scalar */.X5.BLOCK_LITERAL;
        this.pos = valueEnd;
        return scalar;
    }
}
/** A folded block scalar line that starts with white space keeps its line breaks. */
function isSpaced(line) {
    const c = line.charCodeAt(0);
    return c === SPACE || c === 9;
}
const ESCAPES = {
    '0': '\0',
    a: '\x07',
    b: '\b',
    e: '\x1b',
    f: '\f',
    n: '\n',
    r: '\r',
    t: '\t',
    v: '\v',
    N: '\u0085',
    _: '\u00a0',
    L: '\u2028',
    P: '\u2029',
    ' ': ' ',
    '"': '"',
    '/': '/',
    '\\': '\\',
    '\t': '\t',
};
/** The value of a one-line double-quoted scalar's escapes; gives up on anything unusual. */
function fast_yaml_unescape(raw) {
    let out = '';
    for (let i = 0; i < raw.length; i++) {
        const c = raw[i];
        if (c !== '\\') {
            out += c;
            continue;
        }
        const e = raw[++i];
        if (e === undefined)
            throw new GiveUp('escape at line end');
        const simple = ESCAPES[e];
        if (simple !== undefined) {
            out += simple;
            continue;
        }
        const size = e === 'x' ? 2 : e === 'u' ? 4 : e === 'U' ? 8 : 0;
        const hex = raw.slice(i + 1, i + 1 + size);
        if (size === 0 || !/^[0-9a-fA-F]+$/.test(hex) || hex.length !== size)
            throw new GiveUp('unknown escape');
        const code = parseInt(hex, 16);
        if (code > 0x10ffff)
            throw new GiveUp('escape out of range');
        out += String.fromCodePoint(code);
        i += size;
    }
    return out;
}

;// CONCATENATED MODULE: ./src/core/yaml.ts
// Safe YAML for every file keybound reads. SECURITY.md rule 6: the core schema pinned (a `%YAML 1.1`
// directive cannot turn `on:` into `true`), merge keys off unless the format defines them, duplicate
// keys rejected, aliases expanded only within a budget (billion laughs), and any throw from the parser
// (a ReferenceError on excessive aliases, a RangeError on deep nesting) turned into a located message.
// Also the helpers that turn YAML nodes into exact 1-based locations. Text in the common block subset
// is read by fast-yaml.ts, which builds the same nodes `yaml` would (issue 15); the rest by `yaml`.


/** Files larger than this are reported, not parsed. Real manifests top out near 4 MB. */
const MAX_YAML_BYTES = 6 * 1024 * 1024;
/** Alias dereferences allowed while walking one document. */
const MAX_ALIAS_DEREFERENCES = 10_000;
/** Flow collections nested deeper than this are refused before parsing (the parser recurses). */
const MAX_FLOW_DEPTH = 500;
/** Problems reported per file; a broken file can produce thousands. */
const MAX_PROBLEMS = 10;
function parseYaml(text, options = {}) {
    const lineCounter = new dist/* LineCounter */.HN();
    // A UTF-16 unit is at most 3 bytes of UTF-8: only a long text needs counting (a scan of the text).
    if (text.length > MAX_YAML_BYTES / 3 && Buffer.byteLength(text, 'utf8') > MAX_YAML_BYTES) {
        return {
            docs: [],
            lineCounter,
            problems: [{ message: `file is larger than ${MAX_YAML_BYTES / 1024 / 1024} MiB; not parsed` }],
        };
    }
    const depth = flowDepth(text);
    if (depth > MAX_FLOW_DEPTH) {
        return {
            docs: [],
            lineCounter,
            problems: [{ message: `brackets are nested more than ${MAX_FLOW_DEPTH} deep; not parsed` }],
        };
    }
    // NOTE: the parser's own line counter misses the line breaks inside the tokens it gives up on, so
    // after a broken document every later line was off; line starts are counted from the text instead.
    lineCounter.addNewLine(0);
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1))
        lineCounter.addNewLine(i + 1);
    const parseOptions = {
        schema: 'core',
        version: '1.2',
        merge: options.merge ?? false,
        // NOTE: yaml's own check compares each key with every earlier key of its map, which is quadratic
        // (20,000 secrets in one `env:` map took over a minute); duplicateKeys() does it with a hash map.
        uniqueKeys: false,
        prettyErrors: false,
        keepSourceTokens: false,
    };
    let docs;
    try {
        const pieces = options.wantDocument ? wantedPieces(text, options.wantDocument) : undefined;
        // parseAllDocuments returns an EmptyStream (an array with extra fields) for an empty file.
        docs = pieces
            ? pieces.flatMap(([start, end]) => parsePiece(text, start, end, parseOptions))
            : parseWhole(text, parseOptions);
    }
    catch (error) {
        return { docs: [], lineCounter, problems: [{ message: parserThrew(error) }] };
    }
    const problems = [];
    for (const doc of docs) {
        const issues = options.warningsAsErrors ? [...doc.errors, ...doc.warnings] : doc.errors;
        const found = [];
        for (const issue of issues) {
            const [line, column] = issue.linePos?.[0]
                ? [issue.linePos[0].line, issue.linePos[0].col]
                : position(lineCounter, issue.pos[0]);
            found.push({ message: firstLine(issue.message), line, column, offset: issue.pos[0] });
        }
        for (const { key, first } of duplicateKeys(doc)) {
            const [line, column] = position(lineCounter, key);
            found.push({
                message: 'Map keys must be unique',
                line,
                column,
                firstLine: position(lineCounter, first)[0],
                offset: key,
            });
        }
        found.sort((a, b) => a.offset - b.offset);
        problems.push(...found.map(({ offset: _offset, ...problem }) => problem));
    }
    return { docs, lineCounter, problems: problems.slice(0, MAX_PROBLEMS) };
}
/**
 * Keys that repeat an earlier key of the same map (scalars by value, as yaml compares them), with the
 * offsets of the repeat and of the first: one hash map per YAML map, so linear in the document.
 */
function duplicateKeys(doc) {
    const found = [];
    eachNode(doc, (map) => {
        if (!(0,dist/* isMap */.jh)(map))
            return;
        const seen = new Map();
        for (const pair of map.items) {
            const key = pair.key;
            if (!(0,dist/* isScalar */.jn)(key) || !key.range)
                continue;
            const value = key.value;
            if (typeof value === 'number' && Number.isNaN(value))
                continue;
            const first = seen.get(value);
            if (first === undefined)
                seen.set(value, key.range[0]);
            else
                found.push({ key: key.range[0], first });
        }
    });
    return found;
}
/**
 * Calls `callback` on every node of a document (scalars, maps, sequences, aliases; not the pairs) in
 * document order, keys before their values: what yaml's `visit` does, without the frozen path it builds
 * for every node, which made it a tenth of a workflow scan (issue 15). Iterative: no depth limit.
 */
function eachNode(doc, callback) {
    const stack = [doc.contents];
    while (stack.length > 0) {
        const item = stack.pop();
        if ((0,dist/* isPair */.tO)(item)) {
            stack.push(item.value, item.key);
        }
        else if ((0,dist/* isNode */.Ll)(item)) {
            callback(item);
            if ((0,dist/* isCollection */.P3)(item))
                for (let i = item.items.length - 1; i >= 0; i--)
                    stack.push(item.items[i]);
        }
    }
}
/** A line `---` (a document start) or `...` (a document end), which no scalar may hold. */
const DOCUMENT_MARKER = /^(?:---|\.\.\.)(?=[ \t\r\n]|$)/gm;
/**
 * The spans [start, end) of `text` to parse when `want` skips some documents: runs of wanted documents,
 * cut at document markers. Undefined when every document is wanted or the stream has directives.
 */
function wantedPieces(text, want) {
    if (/^%/m.test(text))
        return undefined;
    const cuts = [0];
    for (const match of text.matchAll(DOCUMENT_MARKER))
        if (match.index > 0)
            cuts.push(match.index);
    cuts.push(text.length);
    const pieces = [];
    let skipped = false;
    for (let i = 0; i + 1 < cuts.length; i++) {
        const [start, end] = [cuts[i], cuts[i + 1]];
        if (!want(text.slice(start, end)))
            skipped = true;
        else if (pieces.length > 0 && pieces[pieces.length - 1][1] === start)
            pieces[pieces.length - 1][1] = end;
        else
            pieces.push([start, end]);
    }
    return skipped ? pieces : undefined;
}
/** The whole text's documents: read fast when it is in the fast reader's subset, else by `yaml`. */
function parseWhole(text, options) {
    const fast = fastParseYaml(text, 0, text.length, options);
    return 'docs' in fast ? fast.docs : Array.from((0,dist/* parseAllDocuments */.hR)(text, options));
}
/** Parses text[start, end) as its own stream, with node ranges and error offsets into the whole text. */
function parsePiece(text, start, end, options) {
    const fast = fastParseYaml(text, start, end, options);
    if ('docs' in fast)
        return fast.docs;
    const parser = new dist/* Parser */.iX();
    // NOTE: the parser numbers tokens from `offset`, so every range the composer builds is whole-text.
    parser.offset = start;
    const composer = new dist/* Composer */.Dk(options);
    return Array.from(composer.compose(parser.parse(text.slice(start, end))));
}
/** The deepest nesting of `[` and `{`, roughly (quotes are not tracked): cheap and linear. */
function flowDepth(text) {
    let depth = 0;
    let max = 0;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 91 || c === 123)
            max = Math.max(max, ++depth);
        else if ((c === 93 || c === 125) && depth > 0)
            depth--;
    }
    return max;
}
function parserThrew(error) {
    if (error instanceof RangeError)
        return 'nesting is too deep to parse';
    if (error instanceof ReferenceError)
        return 'too many aliases (a YAML bomb?)';
    return `could not be parsed (${error instanceof Error ? error.name : typeof error})`;
}
/** Messages whose tail is a tag name (config errors show it); every other tail is a piece of the source. */
const NAMES_A_TAG = /^(?:Unresolved tag|Could not resolve tag|Not a valid tag): /;
/**
 * The parser's message without its position or any source it quotes (`Not a YAML token: …`,
 * `Unexpected scalar token in YAML stream: "…"`): the broken line may hold a secret value.
 */
function firstLine(message) {
    const line = message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
    const colon = line.indexOf(': ');
    return colon < 0 || NAMES_A_TAG.test(line) ? line : line.slice(0, colon);
}
/** 1-based [line, column] of a source offset. */
function position(lineCounter, offset) {
    const { line, col } = lineCounter.linePos(offset);
    return [line, col];
}
/** The location of a node (its start, and its end where known). */
function nodeLocation(file, lineCounter, node) {
    const range = rangeOf(node);
    if (!range)
        return { file, line: 1, column: 1 };
    return spanLocation(file, lineCounter, range[0], range[1]);
}
/** The location of the source span [start, end). */
function spanLocation(file, lineCounter, start, end) {
    const [line, column] = position(lineCounter, start);
    const [endLine, endColumn] = position(lineCounter, end);
    return { file, line, column, endLine, endColumn };
}
function rangeOf(node) {
    if (!node)
        return undefined;
    if ((0,dist/* isPair */.tO)(node)) {
        const keyRange = rangeOf(node.key);
        const valueRange = rangeOf(node.value);
        if (keyRange)
            return [keyRange[0], valueRange?.[1] ?? keyRange[1]];
        return valueRange;
    }
    const range = node.range;
    return range ? [range[0], range[1]] : undefined;
}
/**
 * Follows the aliases of one document to the nodes they name, charging each step to a budget, so a
 * billion-laughs document ends with an error instead of exhausting memory. Anchors are indexed once:
 * yaml's own `Alias.resolve` walks the whole document on every call, which makes a file full of
 * aliases quadratic (measured: minutes for 3,000 aliases in a 2.8 MB file).
 */
class AliasBudget {
    remaining;
    targets = new Map();
    /** Aliases with no anchor before them (the parser accepts them; GitHub does not). */
    unresolved = [];
    /** The last alias followed: where a spent budget is reported. */
    lastAlias;
    constructor(doc, limit = MAX_ALIAS_DEREFERENCES) {
        this.remaining = limit;
        // As YAML defines it: the last node with that anchor before the alias, in document order.
        const anchored = new Map();
        eachNode(doc, (node) => {
            if ((0,dist/* isAlias */.Vj)(node)) {
                this.targets.set(node, anchored.get(node.source));
                if (!anchored.has(node.source))
                    this.unresolved.push(node);
            }
            else if (node.anchor)
                anchored.set(node.anchor, node);
        });
    }
    /** The node an alias (or chain of aliases) names; any other value is returned as it is. */
    resolve(node) {
        let current = node;
        for (let hops = 0; (0,dist/* isAlias */.Vj)(current); hops++) {
            if (--this.remaining < 0 || hops > 100)
                throw new YamlBudgetError();
            this.lastAlias = current;
            current = this.targets.get(current);
        }
        return current;
    }
}
class YamlBudgetError extends Error {
    constructor() {
        super('too many aliases (a YAML bomb?)');
        this.name = 'YamlBudgetError';
    }
}
/** The value of `key` in a map (not following aliases), or undefined. */
function getPair(map, key) {
    if (!(0,dist/* isMap */.jh)(map))
        return undefined;
    return map.items.find((pair) => (0,dist/* isScalar */.jn)(pair.key) && String(pair.key.value) === key);
}
/** A scalar's value as a string (numbers and booleans stringified), or undefined for other nodes. */
function scalarString(node) {
    if (!(0,dist/* isScalar */.jn)(node))
        return undefined;
    const value = node.value;
    if (value === null || value === undefined)
        return undefined;
    return typeof value === 'string' ? value : String(value);
}


/***/ }),

/***/ 7055:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QG: () => (/* binding */ conventionInName),
/* harmony export */   uq: () => (/* binding */ KustomizeIndex),
/* harmony export */   xX: () => (/* binding */ decideEnvironments)
/* harmony export */ });
/* unused harmony exports conventionFor, conventionInPath */
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_0__);
// SPEC section 2: which environment a use belongs to. The first rule that decides wins: config
// mappings, the GitHub job's environment, the Kubernetes namespace (from the manifest or the
// kustomizations that include it), path and file-name conventions, else `unknown`.

const CONVENTIONS = {
    prod: 'production',
    production: 'production',
    prd: 'production',
    live: 'production',
    staging: 'staging',
    stage: 'staging',
    stg: 'staging',
    preprod: 'staging',
    dev: 'development',
    development: 'development',
    test: 'development',
    qa: 'development',
    sandbox: 'development',
    local: 'development',
};
/** The conventional environment a word names (`prod` -> production), or undefined. */
function conventionFor(word) {
    const key = word.toLowerCase();
    // NOTE: own keys only: a folder named `constructor` must not yield Object.prototype's function.
    return Object.hasOwn(CONVENTIONS, key) ? CONVENTIONS[key] : undefined;
}
/** When one name holds several words, the most important wins: `smoke-test-production` is production. */
const PRECEDENCE = ['production', 'staging', 'development'];
/**
 * The environment named by a part of `text`: parts are split on `-`, `_`, `.`, spaces and camelCase
 * humps (`deployProd`, `Cast Production`); a production word beats a staging word beats a development one.
 */
function conventionInName(text) {
    let best;
    for (const part of text.split(/[-_.\s]+|(?<=[a-z0-9])(?=[A-Z])/)) {
        const env = conventionFor(part);
        if (env && (best === undefined || PRECEDENCE.indexOf(env) < PRECEDENCE.indexOf(best)))
            best = env;
    }
    return best;
}
/** Path convention: the file name's parts first (most specific), then folders from the deepest up. */
function conventionInPath(path) {
    const segments = path.split('/');
    for (let i = segments.length - 1; i >= 0; i--) {
        const env = conventionInName(segments[i]);
        if (env)
            return env;
    }
    return undefined;
}
/** Kustomizations nest overlays a few deep; a tangle of them must not take forever. */
const MAX_KUSTOMIZE_STEPS = 10_000;
/** Kustomizations that include each file, directly or through other kustomizations. */
class KustomizeIndex {
    byDir = new Map();
    includers = new Map();
    constructor(kustomizations) {
        for (const k of kustomizations)
            this.byDir.set(k.dir, k);
        for (const k of kustomizations) {
            for (const resource of k.resources) {
                // A resource is a file, or a folder whose kustomization it pulls in.
                const target = this.byDir.get(resource)?.file ?? resource;
                const list = this.includers.get(target) ?? [];
                list.push(k);
                this.includers.set(target, list);
            }
        }
    }
    /**
     * For a manifest, the outermost kustomizations that deploy it, each with the namespace it ends up
     * in (the outermost namespace along the chain wins: kustomize applies the overlay's last).
     */
    deployersOf(file) {
        const roots = new Map();
        // NOTE: `chain` holds the kustomizations on the current path, so a cycle (an error to kustomize)
        // ends at the last kustomization before it repeats; the step budget bounds any other tangle.
        let steps = 0;
        const climb = (target, namespace, chain) => {
            for (const parent of this.includers.get(target) ?? []) {
                if (chain.has(parent.file) || ++steps > MAX_KUSTOMIZE_STEPS)
                    continue;
                const outer = parent.namespace ?? namespace;
                const next = new Set(chain).add(parent.file);
                const above = (this.includers.get(parent.file) ?? []).filter((k) => !next.has(k.file));
                if (above.length > 0)
                    climb(parent.file, outer, next);
                else if (!roots.has(parent.file))
                    roots.set(parent.file, { root: parent, namespace: outer });
            }
        };
        climb(file, undefined, new Set([file]));
        return [...roots.values()];
    }
}
/**
 * The environments of a use: usually one; several when a shared kustomize base is deployed by
 * overlays for different environments. Each overlay that deploys it is decided on its own.
 */
function decideEnvironments(use, context) {
    const deployers = context.kustomize.deployersOf(use.location.file);
    if (deployers.length === 0)
        return [decideOne(use, context.mappings, use.hints.namespace)];
    // kustomize sets the overlay's namespace on every resource, over the one the manifest names.
    return distinct(deployers.map((d) => decideOne(use, context.mappings, d.namespace ?? use.hints.namespace, d.root)));
}
/** SPEC section 2's rules in order, for one place the use is deployed to. */
function decideOne(use, mappings, namespace, overlay) {
    const file = use.location.file;
    const github = use.hints.githubEnvironment;
    const paths = overlay ? [file, overlay.file] : [file];
    const fromConfig = byConfig(mappings, github, namespace, paths);
    if (fromConfig)
        return { environment: fromConfig, environmentSource: 'config' };
    if (github) {
        // An explicit deploy environment keeps its own name when no convention maps it (`preview`).
        return { environment: conventionInName(github) ?? github.toLowerCase(), environmentSource: 'github-environment' };
    }
    const byNamespace = namespace ? conventionInName(namespace) : undefined;
    if (byNamespace)
        return { environment: byNamespace, environmentSource: 'namespace' };
    // An overlay without a namespace still says where it deploys by its folder (`overlays/prod/`).
    const byOverlay = overlay ? conventionInPath(overlay.dir) : undefined;
    if (byOverlay)
        return { environment: byOverlay, environmentSource: 'path' };
    return byPath([file, ...(use.hints.callers ?? [])]);
}
/** The file's own path first, then (for a reusable workflow) its callers' from the innermost out. */
function byPath(files) {
    for (const file of files) {
        const env = conventionInPath(file);
        if (env)
            return { environment: env, environmentSource: 'path' };
    }
    return { environment: 'unknown', environmentSource: 'none' };
}
function byConfig(mappings, githubEnvironment, namespace, paths) {
    // GitHub environment names are case-insensitive (`Production` is the `production` environment).
    const github = githubEnvironment?.toLowerCase();
    for (const mapping of mappings) {
        if (github && mapping.githubEnvironments.some((g) => g.toLowerCase() === github))
            return mapping.name;
        if (namespace && mapping.namespaces.includes(namespace))
            return mapping.name;
        if (mapping.paths.length === 0)
            continue;
        const matches = picomatch__WEBPACK_IMPORTED_MODULE_0___default()(mapping.paths, { dot: true });
        if (paths.some((path) => matches(path)))
            return mapping.name;
    }
    return undefined;
}
function distinct(decisions) {
    const seen = new Map();
    for (const d of decisions)
        if (!seen.has(d.environment))
            seen.set(d.environment, d);
    return [...seen.values()];
}


/***/ }),

/***/ 4377:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ VERSION)
/* harmony export */ });
// Generated by scripts/generate.mjs from package.json: do not edit.
const VERSION = "0.1.0";


/***/ }),

/***/ 2983:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GX: () => (/* binding */ declarationHint),
/* harmony export */   Nk: () => (/* binding */ confirmedByDeclaration),
/* harmony export */   Pl: () => (/* binding */ isJobToken),
/* harmony export */   he: () => (/* binding */ isIdentifierKey),
/* harmony export */   qs: () => (/* binding */ declaredWithoutProvider)
/* harmony export */ });
/* harmony import */ var _core_credentials_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2633);
// Which keys a gate must confirm, and which it never treats as keys (SPEC sections 5 and 7): the job's
// own GITHUB_TOKEN is minted and revoked by GitHub for each job, a secret that only holds an identifier
// has no principal, and a key no provider can check is confirmed by what its owners declare
// (`provider: none` with `principal-kind`).

/** `secrets.GITHUB_TOKEN` (or `github.token`): never smoke-called, never a key for rotation or principal rules. */
function isJobToken(key) {
    return key.name.toUpperCase() === 'GITHUB_TOKEN';
}
/**
 * A CI secret that holds an identifier, not a credential (`AZURE_CLIENT_ID`, `SMTP_HOST`, `DB_USER`): it
 * has no principal to establish and is not rotated. Every name says so, and neither its value (a key
 * format) nor a declaration says otherwise.
 */
function isIdentifierKey(key) {
    if (key.declaration?.principalKind !== undefined || key.declaration?.provider !== undefined)
        return false;
    if (key.observations.some((observation) => observation.source === 'value'))
        return false;
    return key.names.length > 0 && key.names.every(_core_credentials_js__WEBPACK_IMPORTED_MODULE_0__/* .isIdentifierName */ .tE);
}
/** `provider: none`: the owners say no provider can check this key. */
function declaredWithoutProvider(declaration) {
    return declaration?.provider === 'none';
}
/** A key no provider can check whose owners declared its principal kind: the gate accepts that. */
function confirmedByDeclaration(key) {
    return declaredWithoutProvider(key.declaration) && key.declaration?.principalKind !== undefined;
}
/**
 * The keybound.yml lines that would let a gate accept a key no provider can check, as one line of YAML
 * (flow style, so every output format keeps it whole); declared values are kept, the rest are to fill in.
 */
function declarationHint(key) {
    const d = key.declaration;
    const name = /^[A-Za-z0-9_./-]+$/.test(key.name) ? key.name : JSON.stringify(key.name);
    const fields = [
        'provider: none',
        `principal-kind: ${d?.principalKind ?? 'service'}`,
        `owner: ${d?.owner ?? 'YOUR-TEAM'}`,
        `rotated: ${d?.rotated ?? 'YYYY-MM-DD'}`,
    ];
    return `keys: { ${name}: { ${fields.join(', ')} } }`;
}


/***/ }),

/***/ 5491:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OA: () => (/* binding */ selectFacts),
/* harmony export */   ik: () => (/* binding */ observeName),
/* harmony export */   jl: () => (/* binding */ observeDeclaration),
/* harmony export */   kZ: () => (/* binding */ observeValue)
/* harmony export */ });
/* unused harmony export markerParts */
/* harmony import */ var _core_types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3054);
/* harmony import */ var _providers_catalog_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9290);
// Observations about a key from each offline source (its names, its config declaration, its value) and
// the choice of one winning observation per fact by the precedence of SPEC section 3.
// SECURITY: an observation never carries any part of a secret value beyond its documented public prefix.


/** Name parts that mark an environment (SPEC section 2's conventions, applied to secret names). */
const ENVIRONMENT_PARTS = {
    DEV: 'development',
    DEVELOPMENT: 'development',
    TEST: 'development',
    TESTING: 'development',
    QA: 'development',
    SANDBOX: 'development',
    LOCAL: 'development',
    STAGING: 'staging',
    STAGE: 'staging',
    STG: 'staging',
    PREPROD: 'staging',
    PROD: 'production',
    PRODUCTION: 'production',
    PRD: 'production',
    LIVE: 'production',
};
/**
 * The parts of a name that can mark its environment: the first and the last whole part of each
 * `/`-separated segment (`STAGING_X`, `X_DEV`, `app-staging/KEY`). A part in the middle describes
 * what the key is for, not whose it is: `NOTIFY_E2E_TEST_PASSWORD` is production's end-to-end login
 * (SPEC section 3). LATEST, CONTEST and DEVTO are one part each and mark nothing.
 */
function markerParts(name) {
    return name.split('/').flatMap((segment) => {
        const parts = segment
            .split(/[-_.]+/)
            .filter((part) => part.length > 0)
            .map((part) => part.toUpperCase());
        return parts.length > 1 ? [parts[0], parts[parts.length - 1]] : parts;
    });
}
/**
 * What a secret's name says: the provider (by each provider's name patterns), the environment (by a
 * marker that is the whole first or last part, see markerParts), and for `GITHUB_TOKEN` that it is a
 * per-job app token.
 */
function observeName(name) {
    const observations = [];
    const detail = `name ${name}`;
    for (const provider of (0,_providers_catalog_js__WEBPACK_IMPORTED_MODULE_1__/* .providersForName */ .fk)(name)) {
        observations.push({ fact: 'provider', value: provider.id, source: 'name', detail });
    }
    if (name.toUpperCase() === 'GITHUB_TOKEN') {
        // GITHUB_TOKEN is minted per job as a GitHub App installation token (PROVIDERS.md section 1).
        const why = 'name GITHUB_TOKEN (an app installation token minted per job)';
        observations.push({ fact: 'keyType', value: 'app-installation', source: 'name', detail: why });
        observations.push({ fact: 'principalKind', value: 'service', source: 'name', detail: why });
    }
    const seen = new Set();
    for (const part of markerParts(name)) {
        if (!Object.hasOwn(ENVIRONMENT_PARTS, part))
            continue;
        const environment = ENVIRONMENT_PARTS[part];
        if (seen.has(environment))
            continue;
        seen.add(environment);
        observations.push({ fact: 'keyEnvironment', value: environment, source: 'name', detail: `name part ${part}` });
    }
    return observations;
}
/** What the key's owners declared in config `keys:` (SPEC section 4), as `declared` observations. */
function observeDeclaration(decl) {
    const observations = [];
    const at = (field) => `config keys.${decl.name}.${field}`;
    if (decl.provider !== undefined) {
        observations.push({ fact: 'provider', value: decl.provider, source: 'declared', detail: at('provider') });
    }
    if (decl.environment !== undefined) {
        observations.push({
            fact: 'keyEnvironment',
            value: decl.environment,
            source: 'declared',
            detail: at('environment'),
        });
    }
    if (decl.principal !== undefined) {
        observations.push({ fact: 'principal', value: decl.principal, source: 'declared', detail: at('principal') });
    }
    if (decl.principalKind !== undefined) {
        observations.push({
            fact: 'principalKind',
            value: decl.principalKind,
            source: 'declared',
            detail: at('principal-kind'),
        });
    }
    if (decl.scopes !== undefined) {
        observations.push({ fact: 'scopes', value: [...decl.scopes], source: 'declared', detail: at('scopes') });
    }
    if (decl.rotated !== undefined) {
        observations.push({ fact: 'rotated', value: decl.rotated, source: 'declared', detail: at('rotated') });
    }
    return observations;
}
/**
 * What a secret value says offline: provider, key type, live/test mode and principal kind, read from its
 * documented prefix (or, for bare formats, its shape beside a provider's name). Malformed values, with
 * whitespace, CR/LF or NUL inside or empty, give nothing.
 */
function observeValue(value, name) {
    const raw = value.reveal();
    const match = (0,_providers_catalog_js__WEBPACK_IMPORTED_MODULE_1__/* .detectFormat */ .Tz)(raw, name);
    if (match === undefined)
        return [];
    const { provider, format } = match;
    // SECURITY: details are built from the format's own pattern and the key's name, never from `raw`.
    const prefix = (0,_providers_catalog_js__WEBPACK_IMPORTED_MODULE_1__/* .formatPrefix */ .s)(format);
    let detail;
    if (prefix !== '')
        detail = `prefix ${prefix}`;
    else if ((0,_providers_catalog_js__WEBPACK_IMPORTED_MODULE_1__/* .isJsonDocument */ .sy)(raw))
        detail = `JSON credential document (${format.type})`;
    else
        detail = `${provider.name} ${format.type} format beside name ${name ?? ''}`.trimEnd();
    const observations = [
        { fact: 'provider', value: provider.id, source: 'value', detail },
        { fact: 'keyType', value: format.type, source: 'value', detail },
    ];
    if (format.mode !== undefined) {
        observations.push({ fact: 'keyEnvironment', value: format.mode, source: 'value', detail });
    }
    if (format.principalKind !== undefined) {
        const why = format.principalDetail ?? detail;
        observations.push({ fact: 'principalKind', value: format.principalKind, source: 'value', detail: why });
    }
    return observations;
}
/**
 * The winning observation per fact: the highest-ranked source (smoke > value > platform > declared >
 * name, FACT_SOURCE_RANK); between equal sources, the first observed.
 */
function selectFacts(observations) {
    const facts = {};
    for (const observation of observations) {
        const current = facts[observation.fact];
        if (current === undefined || _core_types_js__WEBPACK_IMPORTED_MODULE_0__/* .FACT_SOURCE_RANK */ .Af[observation.source] > _core_types_js__WEBPACK_IMPORTED_MODULE_0__/* .FACT_SOURCE_RANK */ .Af[current.source]) {
            facts[observation.fact] = observation;
        }
    }
    return facts;
}


/***/ }),

/***/ 926:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SB: () => (/* binding */ MODEL_BOUNDS),
/* harmony export */   a3: () => (/* binding */ estimateCost),
/* harmony export */   zG: () => (/* binding */ MAX_COST)
/* harmony export */ });
// The cost limit of custom rules: a static worst-case estimate of one evaluation, computed when the
// config loads (as Kubernetes does for CEL in admission policies). Each AST node costs 1; string and
// list work costs by size; a comprehension (all, exists, exists_one, map, filter) costs its body once
// per element of the largest list its range can be. The model's lists and strings are capped (see
// MODEL_BOUNDS), so the estimate bounds the real work. An expression over the limit does not load.
/** Caps the CEL model is built under: no list in it is longer, no string longer. */
const MODEL_BOUNDS = { str: 1024, list: 100 };
/** Largest estimated cost of one evaluation of one expression. */
const MAX_COST = 100_000;
const NONE = { str: 0, list: 0 };
const MACROS = new Set(['all', 'exists', 'exists_one', 'map', 'filter']);
/** Work per unit of size: comparing or copying 64 characters or elements costs 1. */
const sizeCost = (b) => Math.ceil((b.str + b.list) / 64);
const max = (...all) => ({
    str: Math.max(0, ...all.map((b) => b.str)),
    list: Math.max(0, ...all.map((b) => b.list)),
});
/** The worst-case cost of evaluating `ast`, with the model's variables within MODEL_BOUNDS. */
function estimateCost(ast) {
    return estimate(ast, new Map()).cost;
}
/** A node of `bounds` that costs 1 plus `extra` plus its parts. */
function sum(parts, bounds, extra = 0) {
    return { str: bounds.str, list: bounds.list, cost: 1 + extra + parts.reduce((total, part) => total + part.cost, 0) };
}
function estimate(node, scope) {
    switch (node.op) {
        case 'value': {
            const v = node.args;
            const size = typeof v === 'string' ? v.length : v instanceof Uint8Array ? v.length : 0;
            return { str: size, list: 0, cost: 1 };
        }
        case 'id':
            return { ...(scope.get(node.args) ?? MODEL_BOUNDS), cost: 1 };
        case '.':
        case '.?': {
            const object = estimate(node.args[0], scope);
            return sum([object], object);
        }
        case '[]':
        case '[?]': {
            const [object, index] = node.args.map((n) => estimate(n, scope));
            return sum([object, index], object, sizeCost(index));
        }
        case 'list': {
            const items = node.args.map((n) => estimate(n, scope));
            const bounds = max(...items);
            return sum(items, { str: bounds.str, list: Math.max(items.length, bounds.list) });
        }
        case 'map': {
            const items = node.args.flatMap(([k, v]) => [estimate(k, scope), estimate(v, scope)]);
            const bounds = max(...items);
            return sum(items, { str: bounds.str, list: Math.max(node.args.length, bounds.list) });
        }
        case '?:': {
            const [test, yes, no] = node.args.map((n) => estimate(n, scope));
            return { ...max(yes, no), cost: 1 + test.cost + Math.max(yes.cost, no.cost) };
        }
        case '&&':
        case '||': {
            const parts = node.args.map((n) => estimate(n, scope));
            return sum(parts, NONE);
        }
        case '!_':
        case '-_': {
            const operand = estimate(node.args, scope);
            return sum([operand], operand);
        }
        case 'call':
            return call(node.args[0], undefined, node.args[1], scope);
        case 'rcall':
            return call(node.args[0], node.args[1], node.args[2], scope);
        default: {
            // Binary operators: `+` concatenates strings and lists; the others compare or do arithmetic.
            const [left, right] = node.args.map((n) => estimate(n, scope));
            if (node.op === '+') {
                const bounds = { str: left.str + right.str, list: left.list + right.list };
                return sum([left, right], bounds, sizeCost(bounds));
            }
            return sum([left, right], NONE, sizeCost(max(left, right)));
        }
    }
}
function call(name, receiver, args, scope) {
    if (name === 'has')
        return { ...NONE, cost: 1 + args.reduce((c, a) => c + estimate(a, scope).cost, 0) };
    if (receiver && name === 'bind' && receiver.op === 'id' && receiver.args === 'cel' && args[0]?.op === 'id') {
        const init = estimate(args[1], scope);
        const body = estimate(args[2], new Map([...scope, [args[0].args, init]]));
        return { ...max(body), cost: 1 + init.cost + body.cost };
    }
    if (receiver && MACROS.has(name) && args[0]?.op === 'id') {
        const range = estimate(receiver, scope);
        // An element is no larger than the range itself.
        const inner = new Map([...scope, [args[0].args, { str: range.str, list: range.list }]]);
        const steps = args.slice(1).map((a) => estimate(a, inner));
        const perElement = 1 + steps.reduce((c, s) => c + s.cost, 0);
        const cost = 1 + range.cost + Math.max(range.list, 1) * perElement;
        const last = steps[steps.length - 1] ?? { ...NONE, cost: 0 };
        if (name === 'map')
            return { str: Math.max(range.str, last.str), list: Math.max(range.list, last.list), cost };
        if (name === 'filter')
            return { str: range.str, list: range.list, cost };
        return { ...NONE, cost };
    }
    const self = receiver ? estimate(receiver, scope) : undefined;
    const params = args.map((a) => estimate(a, scope));
    const all = self ? [self, ...params] : params;
    let bounds = max(...all);
    if (name === 'split' && self)
        bounds = { str: self.str, list: self.str + 1 };
    else if (name === 'join' && self)
        bounds = { str: self.list * (self.str + (params[0]?.str ?? 0)), list: 0 };
    else if (name === 'replace' && self)
        bounds = { str: self.str * Math.max(1, params[1]?.str ?? 1), list: 0 };
    return sum(all, bounds, sizeCost(bounds) + sizeCost(max(...all)));
}


/***/ }),

/***/ 4190:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ FORMATS)
/* harmony export */ });
/* unused harmony export isCalendarDate */
// The JSON Schema formats keybound defines, shared by the validators compiled at build time
// (src/generated/validators.ts) and the ajv instance that compiles any other schema at run time.
/** True for a real calendar date written YYYY-MM-DD (2026-02-30 is not one). */
function isCalendarDate(text) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(text))
        return false;
    const [year, month, day] = text.split('-').map(Number);
    if (month < 1 || month > 12 || day < 1)
        return false;
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
    return day <= days;
}
/** ajv's `formats` option: every format a keybound schema may name. */
const FORMATS = { date: { type: 'string', validate: isCalendarDate } };


/***/ }),

/***/ 8056:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ic: () => (/* binding */ schemaProblems),
/* harmony export */   KA: () => (/* binding */ closeMatches)
/* harmony export */ });
/* unused harmony exports pathOf, didYouMean */
/* harmony import */ var _tree_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8608);
/* harmony import */ var _core_compare_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3164);
// Rewrites ajv's errors into sentences that say what was found and what was expected (the Spectral
// model): `must be an integer, got "ninety"`, `unknown property "url" (allowed: provider, ...)`.
// Raw ajv output never reaches the user; values are described through describeValue only.


// Property names that would let a file choose where a secret goes. SECURITY.md case 1.
const ENDPOINT_WORDS = new Set([
    'url',
    'host',
    'hostname',
    'headers',
    'header',
    'method',
    'endpoint',
    'base-url',
    'baseurl',
    'port',
    'proxy',
]);
const TYPE_NAMES = {
    string: 'a string',
    integer: 'an integer',
    number: 'a number',
    boolean: 'true or false',
    object: 'a map',
    array: 'a list',
    null: 'null',
};
const SEVERITY_WORDS = new Set(['error', 'warning', 'note', 'off']);
const PATTERN_NAMES = {
    '\\S': 'must not be blank',
    '^[a-z0-9][a-z0-9-]*$': 'must be lowercase letters, digits and dashes',
};
/** Splits an ajv instancePath into segments, typing list indexes as numbers by walking `root`. */
function pathOf(instancePath, root) {
    if (!instancePath)
        return [];
    const out = [];
    let current = root;
    for (const raw of instancePath.slice(1).split('/')) {
        const name = raw.replace(/~1/g, '/').replace(/~0/g, '~');
        if (Array.isArray(current) && /^\d+$/.test(name)) {
            out.push(Number(name));
            current = current[Number(name)];
        }
        else {
            out.push(name);
            current = (0,_tree_js__WEBPACK_IMPORTED_MODULE_0__/* .isPlainObject */ .Qd)(current) ? current[name] : undefined;
        }
    }
    return out;
}
/** Every ajv error of one validation as problems, wrapper keywords dropped and duplicates merged. */
function schemaProblems(errors, root, prefix = []) {
    const seen = new Set();
    const out = [];
    for (const error of errors) {
        const problem = rewrite(error, pathOf(error.instancePath, root));
        if (!problem)
            continue;
        problem.path = [...prefix, ...problem.path];
        const id = `${JSON.stringify(problem.path)}\u0000${problem.message}`;
        if (seen.has(id))
            continue;
        seen.add(id);
        out.push(problem);
    }
    return out;
}
function rewrite(error, path) {
    const params = error.params;
    const got = `got ${(0,_tree_js__WEBPACK_IMPORTED_MODULE_0__/* .describeValue */ .bp)(error.data)}`;
    // Errors about a property's name (propertyNames) point at that key.
    const propertyName = error.propertyName;
    if (propertyName !== undefined) {
        return {
            path: [...path, propertyName],
            at: 'key',
            message: `property name ${(0,_tree_js__WEBPACK_IMPORTED_MODULE_0__/* .quoteName */ .AB)(propertyName)} ${error.message ?? 'is not allowed'}`,
        };
    }
    switch (error.keyword) {
        case 'if':
        case 'propertyNames':
            return undefined;
        case 'additionalProperties':
            return unknownProperty(String(params.additionalProperty), error.parentSchema, path);
        case 'required':
            return { path, at: 'value', message: `missing required property ${(0,_tree_js__WEBPACK_IMPORTED_MODULE_0__/* .quoteName */ .AB)(String(params.missingProperty))}` };
        case 'type': {
            const types = String(params.type)
                .split(',')
                .map((t) => TYPE_NAMES[t] ?? t);
            // `rotation-age: off` is the ESLint habit; say how to write it here.
            const hint = params.type === 'object' && typeof error.data === 'string' && SEVERITY_WORDS.has(error.data)
                ? `; write { severity: ${error.data} }`
                : '';
            return { path, at: 'value', message: `must be ${types.join(' or ')}, ${got}${hint}` };
        }
        case 'enum': {
            const allowed = params.allowedValues.map(String);
            const hint = typeof error.data === 'string' ? didYouMean(error.data, allowed) : '';
            const choices = allowed.length > 1 ? `${allowed.slice(0, -1).join(', ')} or ${allowed[allowed.length - 1]}` : allowed.join('');
            return { path, at: 'value', message: `must be ${choices}, ${got}${hint}` };
        }
        case 'const':
            return { path, at: 'value', message: `must be ${JSON.stringify(params.allowedValue)}, ${got}` };
        case 'format':
            return {
                path,
                at: 'value',
                message: params.format === 'date'
                    ? `must be a date (YYYY-MM-DD), ${got}`
                    : `must be a valid ${String(params.format)}, ${got}`,
            };
        case 'pattern':
            return {
                path,
                at: 'value',
                message: `${PATTERN_NAMES[String(params.pattern)] ?? `must match /${String(params.pattern)}/`}, ${got}`,
            };
        case 'minLength':
            return {
                path,
                at: 'value',
                message: params.limit === 1 ? 'must not be empty' : `must be at least ${String(params.limit)} characters long, ${got}`,
            };
        default: {
            const scalar = error.data === null || typeof error.data !== 'object';
            return { path, at: 'value', message: `${error.message ?? `fails ${error.keyword}`}${scalar ? `, ${got}` : ''}` };
        }
    }
}
function unknownProperty(name, parentSchema, path) {
    const properties = (0,_tree_js__WEBPACK_IMPORTED_MODULE_0__/* .isPlainObject */ .Qd)(parentSchema) && (0,_tree_js__WEBPACK_IMPORTED_MODULE_0__/* .isPlainObject */ .Qd)(parentSchema.properties) ? Object.keys(parentSchema.properties) : [];
    let message = `unknown property ${(0,_tree_js__WEBPACK_IMPORTED_MODULE_0__/* .quoteName */ .AB)(name)}`;
    message += properties.length ? ` (allowed: ${properties.join(', ')})` : ' (no properties are allowed here)';
    if (ENDPOINT_WORDS.has(name.toLowerCase())) {
        message +=
            '; keybound never takes hosts, URLs, headers or methods from a file: where a key is sent is compiled into its provider adapter';
    }
    else if (name === '<<') {
        message += '; YAML merge keys are not expanded in config, write the properties out';
    }
    else {
        message += didYouMean(name, properties);
    }
    return { path: [...path, name], at: 'key', message };
}
/** `; did you mean "provider"?` for close matches, or ''. */
function didYouMean(input, candidates) {
    const close = closeMatches(input, candidates);
    return close.length ? `; did you mean ${close.map((c) => JSON.stringify(c)).join(' or ')}?` : '';
}
/** Candidates within a small edit distance of `input` (or containing it), closest first, at most 3. */
function closeMatches(input, candidates) {
    const needle = input.toLowerCase();
    const limit = Math.max(2, Math.floor(needle.length / 3));
    return candidates
        .map((candidate) => {
        const hay = candidate.toLowerCase();
        const distance = needle.length >= 3 && (hay.includes(needle) || needle.includes(hay)) ? 0.5 : editDistance(needle, hay, limit);
        return { candidate, distance };
    })
        .filter((c) => c.distance <= limit && c.candidate !== input)
        .sort((a, b) => a.distance - b.distance || (0,_core_compare_js__WEBPACK_IMPORTED_MODULE_1__/* .compareText */ .n)(a.candidate, b.candidate))
        .slice(0, 3)
        .map((c) => c.candidate);
}
/** Levenshtein distance, giving up (returning limit + 1) once it cannot be within `limit`. */
function editDistance(a, b, limit) {
    if (Math.abs(a.length - b.length) > limit || a.length > 200 || b.length > 200)
        return limit + 1;
    let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        for (let j = 1; j <= b.length; j++) {
            current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        }
        previous = current;
    }
    return previous[b.length];
}


/***/ }),

/***/ 6713:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ ruleOptionsSchema)
/* harmony export */ });
// The exact schema a rule's options are checked against, apart from ajv (schema-compile.ts) so that
// checking whether a rule's schema was compiled at build time does not load ajv (issue 15: start-up).
/**
 * The schema a rule's merged options are validated against: its `meta.optionsSchema`, closed when it
 * lists `properties` and says nothing about others (the config schema lets anything through under
 * `rules.<id>`, so a typo in an option name must be caught here), typed as an object, without `$id`.
 */
function ruleOptionsSchema(rule) {
    const schema = { ...rule.meta.optionsSchema };
    if (schema.properties !== undefined && schema.additionalProperties === undefined) {
        schema.additionalProperties = false;
    }
    if (schema.type === undefined)
        schema.type = 'object';
    // NOTE: ajv refuses a second schema with the same $id; the rule's id already names it.
    delete schema.$id;
    return schema;
}


/***/ }),

/***/ 8608:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AB: () => (/* binding */ quoteName),
/* harmony export */   OY: () => (/* binding */ toData),
/* harmony export */   Qd: () => (/* binding */ isPlainObject),
/* harmony export */   bp: () => (/* binding */ describeValue),
/* harmony export */   jV: () => (/* binding */ formatPath),
/* harmony export */   oB: () => (/* binding */ nodeAt),
/* harmony export */   ov: () => (/* binding */ plainObject),
/* harmony export */   x5: () => (/* binding */ locate)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _core_yaml_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3805);
// Between a parsed YAML document and the plain data ajv validates: conversion into prototype-free
// objects (SECURITY: a `__proto__` key is only a name here), the YAML node at a data path (for exact
// line/column in messages), and the dotted paths and value descriptions that messages quote.


function plainObject() {
    return Object.create(null);
}
function isPlainObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/**
 * Converts a document into data: maps become prototype-free objects, aliases are followed within a
 * budget (throws YamlBudgetError past it), and keys that are not scalars are reported, not stringified.
 */
function toData(doc, problems) {
    const aliases = new _core_yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .AliasBudget */ .CR(doc);
    const convert = (input) => {
        const node = aliases.resolve(input);
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node)) {
            const out = plainObject();
            for (const pair of node.items) {
                const key = aliases.resolve(pair.key);
                if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(key)) {
                    // An alias with no anchor resolves to nothing: report it where the key stands.
                    problems.push({
                        node: (key ?? pair.key ?? node),
                        message: 'keys must be plain strings, not maps or lists',
                    });
                    continue;
                }
                out[String(key.value)] = convert(pair.value);
            }
            return out;
        }
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node))
            return node.items.map(convert);
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(node))
            return node.value ?? null;
        return null;
    };
    return convert(doc.contents);
}
/** Follows `path` through maps and lists (and aliases) to the YAML node that holds it. */
function nodeAt(doc, path) {
    if (!doc)
        return {};
    const aliases = new _core_yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .AliasBudget */ .CR(doc);
    let current = aliases.resolve(doc.contents);
    let pair;
    for (const segment of path) {
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(current)) {
            pair = current.items.find((item) => {
                const key = aliases.resolve(item.key);
                return (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(key) && String(key.value) === String(segment);
            });
            if (!pair)
                return {};
            current = aliases.resolve(pair.value);
        }
        else if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(current) && typeof segment === 'number') {
            pair = undefined;
            current = aliases.resolve(current.items[segment]);
        }
        else {
            return {};
        }
    }
    return { node: current ?? undefined, pair };
}
/** The location of the value at `path` (or of its key, with `at: 'key'`), falling back to the nearest parent. */
function locate(file, doc, lineCounter, path, at = 'value') {
    for (let length = path.length; length >= 0; length--) {
        const { node, pair } = nodeAt(doc, path.slice(0, length));
        const key = pair?.key;
        // An empty value (`keys:` with nothing after it) has no text of its own: point at its key.
        const emptyValue = !node?.range || node.range[0] === node.range[1];
        const target = (at === 'key' && length === path.length) || emptyValue ? (key ?? node) : node;
        if (target?.range)
            return start((0,_core_yaml_js__WEBPACK_IMPORTED_MODULE_1__/* .nodeLocation */ ._r)(file, lineCounter, target));
    }
    return { file, line: 1, column: 1 };
}
function start(location) {
    return { file: location.file, line: location.line, column: location.column };
}
const PLAIN_SEGMENT = /^[A-Za-z0-9_\-/:*@$<]+$/;
/** `rules.rotation-age.max-age-days`, `exceptions[0].reason`, `keys["a.b"]`: how messages name a place. */
function formatPath(path) {
    let out = '';
    for (const segment of path) {
        if (typeof segment === 'number')
            out += `[${segment}]`;
        else if (PLAIN_SEGMENT.test(segment))
            out += out ? `.${segment}` : segment;
        else
            out += `[${JSON.stringify(segment)}]`;
    }
    return out;
}
/** Strings longer than this are described by length, not quoted: config values are not secrets, but a
 *  key pasted into the wrong field would be, and JSON quoting keeps newlines out of the log. */
const MAX_QUOTED = 40;
/** How a message names a value it found: `"ninety"`, `90`, `null`, `an array`. */
function describeValue(value) {
    if (typeof value === 'string') {
        return value.length > MAX_QUOTED ? `a string of ${value.length} characters` : JSON.stringify(value);
    }
    if (value === null || value === undefined)
        return 'null';
    if (Array.isArray(value))
        return 'a list';
    if (typeof value === 'object')
        return 'a map';
    return String(value);
}
/** Quotes a name (key, rule id, property) for a message, neutralizing newlines and long values. */
function quoteName(name) {
    return name.length > 80 ? `${JSON.stringify(name.slice(0, 80))}…` : JSON.stringify(name);
}


/***/ }),

/***/ 8197:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ validateBaseUrl)
/* harmony export */ });
/* unused harmony export isLoopback */
// Which base URLs a secret may be sent to at all (SECURITY.md rule 4): https anywhere, plain http only
// for loopback. Its own module because --endpoint and the GitHub API URL are checked on every run, and
// the HTTP client (http.ts) is loaded only for calls (issue 15: start-up).
/** True for addresses that never leave the machine: the only place plain http is allowed. */
function isLoopback(hostname) {
    return (hostname === 'localhost' || hostname === '[::1]' || hostname === '::1' || /^127\.\d+\.\d+\.\d+$/.test(hostname));
}
/** Checks a base URL: https anywhere, http only for loopback, no credentials, no query. */
function validateBaseUrl(raw) {
    const url = new URL(raw);
    if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopback(url.hostname))) {
        throw new Error(`plain http is accepted only for loopback addresses: ${url.origin}`);
    }
    if (url.username || url.password || url.search || url.hash)
        throw new Error(`base URL must be scheme, host and path only: ${url.origin}`);
    return url;
}


/***/ }),

/***/ 9290:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Sx: () => (/* binding */ COMPANIONS),
  as: () => (/* binding */ MAX_TOKEN_LENGTH),
  Tz: () => (/* binding */ detectFormat),
  s: () => (/* binding */ formatPrefix),
  sy: () => (/* binding */ isJsonDocument),
  ik: () => (/* binding */ providerById),
  fk: () => (/* binding */ providersForName)
});

// UNUSED EXPORTS: CATALOG, MAX_DOCUMENT_LENGTH, documentFormat, formatGate

;// CONCATENATED MODULE: ./src/generated/providers.ts
/** Every provider's data (ProviderSpec without adapter code and format examples), sorted by id. */
const PROVIDER_DATA = [
    { "id": "alibaba", "name": "Alibaba Cloud", "formats": [{ "type": "access-key-id", "pattern": /^LTAI[A-Za-z0-9]{17,21}$/ }, { "type": "sts-access-key-id", "pattern": /^STS\.[A-Za-z0-9]{16,48}$/ }, { "type": "access-key-secret", "pattern": /^[A-Za-z0-9]{30}$/, "needsNameHint": true }], "namePatterns": [{ "kind": "part", "phrases": ["ALIBABA_CLOUD_ACCESS_KEY", "ALIBABACLOUD_ACCESS_KEY", "ALIBABA_ACCESS_KEY", "ALIBABA_SECRET_KEY", "ALICLOUD_ACCESS_KEY", "ALICLOUD_SECRET_KEY", "ALIYUN_ACCESS_KEY", "ALIYUN_SECRET_KEY"] }], "companions": [{ "primary": "accesskeyid", "companions": { "accesskeysecret": "secretAccessKey", "securitytoken": "sessionToken" } }, { "primary": "accesskey", "prefixContains": "alicloud", "companions": { "secretkey": "secretAccessKey", "securitytoken": "sessionToken" } }], "guide": { "principal": "the caller ARN (`acs:ram::<account id>:user/<name>`, `acs:ram::<account id>:assumed-role/<role>/<session>`); its UserId or PrincipalId also matches", "verified": "STS GetCallerIdentity names the ARN, account and IdentityType (Account is the root account)", "invalid": "InvalidAccessKeyId.NotFound (deleted or never valid), InvalidAccessKeyId.Inactive (disabled)", "unknown": "SignatureDoesNotMatch (a wrong secret, or a request refused for its time or encoding), a clock or throttling code, or no answer" }, "endpoints": [{ "method": "POST", "baseUrl": "https://sts.aliyuncs.com", "path": "/", "note": "STS GetCallerIdentity (form body, RPC signature 1.0 HMAC-SHA1): read-only, needs no permission" }], "smoke": true },
    { "id": "anthropic", "name": "Anthropic", "formats": [{ "type": "standard", "pattern": /^sk-ant-api03-[A-Za-z0-9_-]{93}AA$/ }, { "type": "admin", "pattern": /^sk-ant-admin01-[A-Za-z0-9_-]{93}AA$/ }], "namePatterns": [{ "kind": "part", "phrases": ["ANTHROPIC", "CLAUDE"] }], "guide": { "principal": "admin keys: the organization name or id; standard keys name none (declare no `principal:`)", "verified": "the key lists models (standard) or names its organization (admin)", "invalid": "401 authentication_error; 400 \"organization has been disabled\" (user-inactive); 404 not_found_error", "unknown": "403 permission_error, another 400, or no answer" }, "endpoints": [{ "method": "GET", "baseUrl": "https://api.anthropic.com", "path": "/v1/models" }, { "method": "GET", "baseUrl": "https://api.anthropic.com", "path": "/v1/organizations/me" }], "smoke": true },
    { "id": "atlassian", "name": "Atlassian", "formats": [{ "type": "api-token", "pattern": /^ATATT[A-Za-z0-9+/=_-]{16,900}=[A-Za-z0-9]{8}$/ }, { "type": "admin-api-key", "pattern": /^ATCTT3xFfG[A-Za-z0-9+/=_-]{16,900}=[A-Za-z0-9]{8}$/ }], "namePatterns": [{ "kind": "key", "phrases": ["ATLASSIAN"], "endings": ["TOKEN", "API_KEY"] }], "companions": [{ "primary": "apitoken", "companions": {}, "lookups": { "email": "email", "useremail": "email", "username": "email", "user": "email" }, "prefixContains": "jira" }, { "primary": "token", "companions": {}, "lookups": { "email": "email", "useremail": "email", "username": "email", "user": "email" }, "prefixContains": "jira" }, { "primary": "apitoken", "companions": {}, "lookups": { "email": "email", "useremail": "email", "username": "email", "user": "email" }, "prefixContains": "confluence" }, { "primary": "token", "companions": {}, "lookups": { "email": "email", "useremail": "email", "username": "email", "user": "email" }, "prefixContains": "confluence" }, { "primary": "apitoken", "companions": {}, "lookups": { "email": "email", "useremail": "email", "username": "email", "user": "email" }, "prefixContains": "atlassian" }, { "primary": "token", "companions": {}, "lookups": { "email": "email", "useremail": "email", "username": "email", "user": "email" }, "prefixContains": "atlassian" }], "tenant": { "what": "the Atlassian site", "example": "https://{site}.atlassian.net" }, "guide": { "principal": "the account id (`accountId`), or the account e-mail", "verified": "GET /rest/api/3/myself, with the e-mail beside the token (JIRA_EMAIL, JIRA_USER_EMAIL, ATLASSIAN_EMAIL…), names an active account; accountType `app` or appType `service` is a service account", "invalid": "401: revoked, expired, a deactivated account or the wrong e-mail (Atlassian does not say which), or a scoped token asked on the site instead of the gateway; `active: false` (user-inactive)", "unknown": "401 \"scope does not match\" (a scoped token without read:me), another 403, or no answer; `skipped` without the e-mail beside the token, or without --endpoint atlassian=https://{site}.atlassian.net (scoped tokens: https://api.atlassian.com/ex/jira/{cloudId})" }, "endpoints": [{ "method": "GET", "path": "/rest/api/3/myself" }], "smoke": true },
    { "id": "aws", "name": "Amazon Web Services", "formats": [{ "type": "long-term", "pattern": /^AKIA[A-Z0-9]{16}$/ }, { "type": "temporary", "pattern": /^ASIA[A-Z0-9]{16}$/ }, { "type": "secret-access-key", "pattern": /^[A-Za-z0-9/+]{40}$/, "needsNameHint": true }], "namePatterns": [{ "kind": "part", "phrases": ["AWS"] }], "companions": [{ "primary": "accesskeyid", "companions": { "secretaccesskey": "secretAccessKey", "sessiontoken": "sessionToken" } }], "guide": { "principal": "the caller ARN (`arn:aws:iam::123456789012:user/deployer`, `arn:aws:sts::…:assumed-role/…`)", "verified": "STS GetCallerIdentity names the ARN and account", "invalid": "SignatureDoesNotMatch (wrong secret), ExpiredToken (expired); InvalidClientTokenId when --endpoint names the partition", "unknown": "InvalidClientTokenId from the default commercial STS: a GovCloud or China key gets the same answer (check those with --endpoint aws=https://sts.us-gov-west-1.amazonaws.com or https://sts.cn-north-1.amazonaws.com.cn); throttling; no answer" }, "endpoints": [{ "method": "POST", "baseUrl": "https://sts.amazonaws.com", "path": "/", "note": "STS GetCallerIdentity (form body Action=GetCallerIdentity&Version=2011-06-15, SigV4, region us-east-1): read-only, needs no permission and is not blocked by an explicit deny" }], "smoke": true },
    { "id": "buildkite", "name": "Buildkite", "formats": [{ "type": "api-access-token", "pattern": /^bkua_[a-z0-9]{40}$/, "principalKind": "human", "principalDetail": "a Buildkite user API access token (bkua_)" }, { "type": "legacy-api-access-token", "pattern": /^[0-9a-f]{40}$/, "needsNameHint": true, "principalKind": "human", "principalDetail": "a Buildkite API access token" }], "namePatterns": [{ "kind": "part", "phrases": ["BUILDKITE_TOKEN", "BUILDKITE_API_TOKEN", "BUILDKITE_ACCESS_TOKEN", "BUILDKITE_API_ACCESS_TOKEN"] }], "guide": { "principal": "the e-mail of the user the token belongs to (`user.email`)", "verified": "the token answers with its scopes, creation date and user", "invalid": "401: revoked (by hand, or by the organization after a period of inactivity) or never valid", "unknown": "another answer, or no answer" }, "endpoints": [{ "method": "GET", "baseUrl": "https://api.buildkite.com", "path": "/v2/access-token" }], "smoke": true },
    { "id": "circleci", "name": "CircleCI", "formats": [{ "type": "personal-token", "pattern": /^CCIPAT_[A-Za-z0-9]{22}_[0-9a-f]{40}$/, "principalKind": "human", "principalDetail": "a personal API token (CCIPAT_)" }, { "type": "project-token", "pattern": /^CCIPRJ_[A-Za-z0-9]{22}_[0-9a-f]{40}$/, "principalKind": "service", "principalDetail": "a project API token (CCIPRJ_)" }, { "type": "legacy-token", "pattern": /^[0-9a-f]{40}$/, "needsNameHint": true }], "namePatterns": [{ "kind": "part", "phrases": ["CIRCLECI", "CIRCLE_CI", "CIRCLE_TOKEN", "CIRCLE_API_TOKEN", "CIRCLE_API_USER_TOKEN"] }], "guide": { "principal": "the VCS login of `GET /api/v2/me` (its user id `id` also matches)", "verified": "/me names the user: a personal token, so a person (human)", "invalid": "401 for a `CCIPAT_` personal token (revoked, expired or never valid)", "unknown": "401 for a legacy 40-hex token: revoked, or a valid project token, which /me refuses alike; `CCIPRJ_` project tokens are not sent (skipped)" }, "endpoints": [{ "method": "GET", "baseUrl": "https://circleci.com", "path": "/api/v2/me" }], "smoke": true },
    { "id": "cloudflare", "name": "Cloudflare", "formats": [{ "type": "account-token", "pattern": /^cfat_[A-Za-z0-9]{40}[a-f0-9]{8}$/, "principalKind": "service", "principalDetail": "an account-owned API token, not tied to a user (cfat_)" }, { "type": "user-token", "pattern": /^cfut_[A-Za-z0-9]{40}[a-f0-9]{8}$/, "principalKind": "human", "principalDetail": "a user account token (cfut_)" }, { "type": "global-api-key", "pattern": /^cfk_[A-Za-z0-9]{40}[a-f0-9]{8}$/, "principalKind": "human", "principalDetail": "a user account's Global API Key (cfk_)" }, { "type": "legacy-token", "pattern": /^[A-Za-z0-9_-]{40}$/, "needsNameHint": true }, { "type": "legacy-global-api-key", "pattern": /^[0-9a-f]{37}$/, "needsNameHint": true, "principalKind": "human", "principalDetail": "a user account's Global API Key (37 hex characters)" }], "namePatterns": [{ "kind": "part", "phrases": ["CLOUDFLARE", "CF_API_TOKEN", "CF_API_KEY", "CF_TOKEN", "CF_ACCOUNT_TOKEN", "CF_USER_TOKEN"] }], "companions": [{ "primary": "apitoken", "companions": {}, "lookups": { "accountid": "accountId" }, "prefixContains": "cloudflare" }, { "primary": "token", "companions": {}, "lookups": { "accountid": "accountId" }, "prefixContains": "cloudflare" }, { "primary": "apitoken", "companions": {}, "lookups": { "accountid": "accountId" }, "prefixContains": "cf" }, { "primary": "token", "companions": {}, "lookups": { "accountid": "accountId" }, "prefixContains": "cf" }], "guide": { "principal": "the API token id (verify names no user)", "verified": "verify says active (user path, or the account path with CLOUDFLARE_ACCOUNT_ID); an account-owned token without its account id is verified by GET /accounts code 1001, with no id", "invalid": "status disabled or expired; 401/403 code 1000 for a `cfut_` user token, or under the known account id", "unknown": "a legacy or `cfat_` token refused on the user path when no account id is known (revoked, or account-owned); 6003/6111 (not a token)" }, "endpoints": [{ "method": "GET", "baseUrl": "https://api.cloudflare.com", "path": "/client/v4/user/tokens/verify" }, { "method": "GET", "baseUrl": "https://api.cloudflare.com", "path": "/client/v4/accounts/{account_id}/tokens/verify" }, { "method": "GET", "baseUrl": "https://api.cloudflare.com", "path": "/client/v4/accounts" }], "smoke": true },
    { "id": "confluent", "name": "Confluent Cloud", "formats": [{ "type": "api-secret", "pattern": /^[A-Za-z0-9+/]{64}$/, "needsNameHint": true }, { "type": "api-key-id", "pattern": /^[A-Z0-9]{16}$/, "needsNameHint": true }], "namePatterns": [{ "kind": "key", "phrases": ["CONFLUENT", "CCLOUD"], "endings": ["API_KEY", "API_SECRET"] }], "companions": [{ "primary": "secret", "companions": { "key": "keyId" }, "prefixContains": "confluent" }, { "primary": "secret", "companions": { "key": "keyId" }, "prefixContains": "ccloud" }], "guide": { "principal": "the owner id of the key: `u-…` for a user, `sa-…` for a service account", "verified": "the IAM API returns the key (a Cloud API key): its owner and owner kind, resource, environment and dates", "invalid": "never from a refusal: a wrong or deleted key and a resource-scoped key get the same 401", "unknown": "401 (a wrong secret or deleted key, or a Kafka cluster, Schema Registry or ksqlDB key, which the IAM API never accepts), 403, or no answer; `skipped` without the key id beside the secret" }, "endpoints": [{ "method": "GET", "baseUrl": "https://api.confluent.cloud", "path": "/iam/v2/api-keys/{keyId}" }], "smoke": true },
    { "id": "databricks", "name": "Databricks", "formats": [{ "type": "personal-access-token", "pattern": /^dapi[0-9a-f]{32}(?:|-[0-9])$/ }], "namePatterns": [{ "kind": "key", "phrases": ["DATABRICKS"], "endings": ["TOKEN", "PAT"] }], "tenant": { "what": "the Databricks workspace URL", "example": "https://{workspace}.cloud.databricks.com" }, "guide": { "principal": "the `userName` of SCIM Me: the e-mail of a user, the application id of a service principal", "verified": "SCIM Me names an active user or service principal, with its entitlements and groups as scopes; dates when the caller holds one token", "invalid": "401/403 \"Invalid access token\" (invalid, expired or revoked, or a token of another workspace than --endpoint names); `active: false` (user-inactive)", "unknown": "another 403 (an IP access list), TEMPORARILY_UNAVAILABLE, or no answer; `skipped` without --endpoint databricks=https://{workspace}.cloud.databricks.com" }, "endpoints": [{ "method": "GET", "path": "/api/2.0/preview/scim/v2/Me" }, { "method": "GET", "path": "/api/2.0/token/list" }], "smoke": true },
    { "id": "datadog", "name": "Datadog", "formats": [{ "type": "api-key", "pattern": /^[0-9a-f]{32}$/, "needsNameHint": true }, { "type": "app-key", "pattern": /^[0-9a-f]{40}$/, "needsNameHint": true }], "namePatterns": [{ "kind": "part", "phrases": ["DATADOG", "DD_API_KEY", "DD_APP_KEY", "DD_APPLICATION_KEY", "DD_CLIENT_API_KEY", "DD_KEY"] }], "companions": [{ "primary": "ddapikey", "companions": {}, "lookups": { "ddsite": "site" } }, { "primary": "ddappkey", "companions": {}, "lookups": { "ddapikey": "apiKey", "ddsite": "site" } }, { "primary": "ddapplicationkey", "companions": {}, "lookups": { "ddapikey": "apiKey", "ddsite": "site" } }, { "primary": "datadogapikey", "companions": {}, "lookups": { "datadogsite": "site" } }, { "primary": "datadogappkey", "companions": {}, "lookups": { "datadogapikey": "apiKey", "datadogsite": "site" } }, { "primary": "datadogapplicationkey", "companions": {}, "lookups": { "datadogapikey": "apiKey", "datadogsite": "site" } }], "sites": ["https://api.us3.datadoghq.com", "https://api.us5.datadoghq.com", "https://api.datadoghq.eu", "https://api.ap1.datadoghq.com", "https://api.ap2.datadoghq.com", "https://api.ddog-gov.com", "https://api.us2.ddog-gov.com", "https://api.uk1.datadoghq.com"], "guide": { "principal": "none for API keys (they belong to the organization); application keys: the owning user (handle), best effort", "verified": "the site accepts the key (and the application key with its API key)", "invalid": "401/403 from the key's own site, named by DD_SITE / DATADOG_SITE beside the key or by --endpoint", "unknown": "401/403 from US1 when the site is not named: a key of another site gets the same answer" }, "endpoints": [{ "method": "GET", "baseUrl": "https://api.datadoghq.com", "path": "/api/v1/validate" }, { "method": "GET", "baseUrl": "https://api.datadoghq.com", "path": "/api/v2/validate_keys" }, { "method": "GET", "baseUrl": "https://api.datadoghq.com", "path": "/api/v2/current_user" }], "smoke": true },
    { "id": "discord", "name": "Discord", "formats": [{ "type": "bot-token", "pattern": /^(?:[MNO][DTjz][AEIMQUYcgk][w-z0-5][MNO][DTjz][AEIMQUYcgk][w-z0-5][MNO][DTjz][AEIMQUYcgk][w-z0-5][MNO][DTjz][AEIMQUYcgk][w-z0-5][MNO][DTjz][AEIMQUYcgk][w-z0-5][MNO][DTjz][AEIMQUYcgk]|[MNO][DTjz][AEIMQUYcgk][w-z0-5][MNO][DTjz][AEIMQUYcgk][w-z0-5][MNO][DTjz][AEIMQUYcgk][w-z0-5][MNO][DTjz][AEIMQUYcgk][w-z0-5][MNO][DTjz][AEIMQUYcgk][w-z0-5][MNO][DTjz][AEIMQUYcgk][w-z0-5]|[MNO][DTjz][AEIMQUYcgk][w-z0-5][MNO][DTjz][AEIMQUYcgk][w-z0-5][MNO][DTjz][AEIMQUYcgk][w-z0-5][MNO][DTjz][AEIMQUYcgk][w-z0-5][MNO][DTjz][AEIMQUYcgk][w-z0-5][MNO][DTjz][AEIMQUYcgk][w-z0-5][MNO][AQgw]|[MNO][DTjz][AEIMQUYcgk][w-z0-5][MNO][DTjz][AEIMQUYcgk][w-z0-5][MNO][DTjz][AEIMQUYcgk][w-z0-5][MNO][DTjz][AEIMQUYcgk][w-z0-5][MNO][DTjz][AEIMQUYcgk][w-z0-5][MNO][DTjz][AEIMQUYcgk][w-z0-5][MNO][DTjz][AEIMQUYcgk])\.[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{27,38}$/, "needsNameHint": true }], "namePatterns": [{ "kind": "credential", "phrases": ["DISCORD", "DISCORD_BOT"], "endings": ["TOKEN", "KEY", "SECRET", "API_KEY", "API_TOKEN", "ACCESS_TOKEN", "AUTH_TOKEN", "BOT_TOKEN"] }], "guide": { "principal": "the bot user id of `GET /users/@me` (its username works too)", "verified": "users/@me names the bot (`bot: true`: a service principal)", "invalid": "401: the token was reset (Discord resets a token it finds published), revoked or never valid, or it is not a bot token", "unknown": "any other answer; one request per token, since Discord bans IPs that send many invalid ones" }, "endpoints": [{ "method": "GET", "baseUrl": "https://discord.com", "path": "/api/v10/users/@me" }], "smoke": true },
    { "id": "doppler", "name": "Doppler", "formats": [{ "type": "service-token", "pattern": /^dp\.st\.dev(?:\.|_[a-z0-9_-]{1,32}\.)[A-Za-z0-9]{40,44}$/, "mode": "development", "principalKind": "service", "principalDetail": "a Doppler service token of a dev config (dp.st.dev)" }, { "type": "service-token", "pattern": /^dp\.st\.stg(?:\.|_[a-z0-9_-]{1,32}\.)[A-Za-z0-9]{40,44}$/, "mode": "staging", "principalKind": "service", "principalDetail": "a Doppler service token of a stg config (dp.st.stg)" }, { "type": "service-token", "pattern": /^dp\.st\.prd(?:\.|_[a-z0-9_-]{1,32}\.)[A-Za-z0-9]{40,44}$/, "mode": "production", "principalKind": "service", "principalDetail": "a Doppler service token of a prd config (dp.st.prd)" }, { "type": "service-token", "pattern": /^dp\.st\.(?!(?:dev|stg|prd)[._])(?:[a-z0-9_-]{2,35}\.|)[A-Za-z0-9]{40,44}$/, "principalKind": "service", "principalDetail": "a Doppler service token (dp.st.), bound to one config" }, { "type": "cli-token", "pattern": /^dp\.ct\.[A-Za-z0-9]{40,44}$/, "principalKind": "human", "principalDetail": "a Doppler CLI token, a user login (dp.ct.)" }, { "type": "personal-token", "pattern": /^dp\.pt\.[A-Za-z0-9]{40,44}$/, "principalKind": "human", "principalDetail": "a Doppler personal token (dp.pt.)" }, { "type": "service-account-token", "pattern": /^dp\.sa\.[A-Za-z0-9]{40,44}$/, "principalKind": "service", "principalDetail": "a Doppler service account token (dp.sa.)" }, { "type": "scim-token", "pattern": /^dp\.scim\.[A-Za-z0-9]{40,44}$/, "principalKind": "service", "principalDetail": "a Doppler SCIM token of the workplace (dp.scim.)" }, { "type": "audit-token", "pattern": /^dp\.audit\.[A-Za-z0-9]{40,44}$/, "principalKind": "service", "principalDetail": "a Doppler audit token of the workplace (dp.audit.)" }], "namePatterns": [{ "kind": "part", "phrases": ["DOPPLER_TOKEN", "DOPPLER_SERVICE_TOKEN", "DOPPLER_API_TOKEN", "DOPPLER_ACCESS_TOKEN"] }], "guide": { "principal": "the token `name` of /v3/me (its `slug` too)", "verified": "/v3/me names the token and its workplace; a `dp.st.dev.` or `dp.st.stg.` service token in production is reported offline by no-dev-keys-in-prod", "invalid": "401: the token is revoked, expired or never valid", "unknown": "any other answer (Doppler documents no other error body), or no answer" }, "endpoints": [{ "method": "GET", "baseUrl": "https://api.doppler.com", "path": "/v3/me" }], "smoke": true },
    { "id": "dropbox", "name": "Dropbox", "formats": [{ "type": "short-lived", "pattern": /^sl\.(?:u\.[A-Za-z0-9_-]{130,1000}|[A-Za-z0-9_-]{130,1000})$/ }], "namePatterns": [{ "kind": "credential", "phrases": ["DROPBOX"], "endings": ["TOKEN", "KEY", "SECRET", "API_KEY", "API_TOKEN", "ACCESS_TOKEN", "AUTH_TOKEN", "BOT_TOKEN"] }], "guide": { "principal": "the account id `dbid:…` of get_current_account (its e-mail works too)", "verified": "get_current_account names the account (a token without account_info.read is accepted, unnamed)", "invalid": "expired_access_token (short-lived `sl.` tokens last about four hours), invalid_access_token (revoked), user_suspended or `disabled: true` (user-inactive)", "unknown": "a team (Business) token, which names no single account; another error, or no answer" }, "endpoints": [{ "method": "POST", "baseUrl": "https://api.dropboxapi.com", "path": "/2/users/get_current_account", "note": "users/get_current_account is read-only (an RPC call without arguments, hence POST)" }], "smoke": true },
    { "id": "elasticsearch", "name": "Elasticsearch", "formats": [{ "type": "api-key", "pattern": /^[A-Za-z0-9+/]{40,400}={0,2}$/, "needsNameHint": true }, { "type": "api-key-pair", "pattern": /^[A-Za-z0-9_-]{16,64}:[A-Za-z0-9_-]{16,128}$/, "needsNameHint": true }], "namePatterns": [{ "kind": "key", "phrases": ["ELASTICSEARCH", "ES"], "endings": ["API_KEY", "APIKEY"] }, { "kind": "part", "phrases": ["ELASTIC_API_KEY", "ELASTIC_APIKEY"] }], "tenant": { "what": "the Elasticsearch cluster URL", "example": "https://{cluster}:9200" }, "guide": { "principal": "the `username` _authenticate names: for an API key, the user who owns it", "verified": "GET /_security/_authenticate names the owner, the key and its realm, and the owner is enabled", "invalid": "401 security_exception (an unknown, expired or invalidated key, or a key of another cluster than --endpoint names); `enabled: false` (user-inactive)", "unknown": "401 \"missing authentication credentials\" (no credential reached the cluster), an anonymous answer, or no answer; `skipped` for base64 that holds no `id:api_key`, or without --endpoint elasticsearch=https://{cluster}:9200" }, "endpoints": [{ "method": "GET", "path": "/_security/_authenticate" }], "smoke": true },
    { "id": "fastly", "name": "Fastly", "formats": [{ "type": "api-token", "pattern": /^[A-Za-z0-9_-]{32}$/, "needsNameHint": true }], "namePatterns": [{ "kind": "part", "phrases": ["FASTLY_API_TOKEN", "FASTLY_API_KEY", "FASTLY_TOKEN", "FASTLY_KEY", "FASTLY_AUTH_TOKEN"] }], "guide": { "principal": "the `user_id` of `GET /tokens/self` (its `customer_id` is the account)", "verified": "/tokens/self describes the token: user, scope, services and dates", "invalid": "\"Provided credentials are missing or invalid\" (revoked); another 401 (Fastly documents it for an expired token)", "unknown": "another 403: an invalid token, or a valid one whose scope (purge_select, purge_all) may not read itself (UNCONFIRMED); no answer" }, "endpoints": [{ "method": "GET", "baseUrl": "https://api.fastly.com", "path": "/tokens/self" }], "smoke": true },
    { "id": "gcp", "name": "Google Cloud", "formats": [{ "type": "service-account-key", "pattern": /^\s*\{(?=[\s\S]*"type"\s*:\s*"service_account")[\s\S]*\}\s*$/, "documentType": "service_account", "principalKind": "service", "principalDetail": "a service-account key (JSON \"type\": \"service_account\")" }, { "type": "user-credentials", "pattern": /^\s*\{(?=[\s\S]*"type"\s*:\s*"authorized_user")[\s\S]*\}\s*$/, "documentType": "authorized_user", "principalKind": "human", "principalDetail": "a user's refresh-token credentials (JSON \"type\": \"authorized_user\")" }], "namePatterns": [{ "kind": "part", "phrases": ["GCP", "GCLOUD", "GCE", "GKE", "GOOGLE_CLOUD", "GOOGLE_APPLICATION_CREDENTIALS"] }, { "kind": "part", "phrases": ["GOOGLE_CREDENTIALS", "GOOGLE_SERVICE_ACCOUNT"] }], "guide": { "principal": "the service-account e-mail (`deployer@project.iam.gserviceaccount.com`)", "verified": "Google mints a token for the key; token info confirms the e-mail", "invalid": "invalid_grant \"Invalid JWT Signature\" (deleted or rotated key); \"account not found\", \"Robot is disabled\", deleted_client (user-inactive)", "unknown": "a refused assertion time (clock), another refusal, or no answer" }, "endpoints": [{ "method": "POST", "baseUrl": "https://oauth2.googleapis.com", "path": "/token", "note": "OAuth2 JWT-bearer grant (refresh_token grant for authorized_user): mints a short-lived access token and changes nothing, but shows in audit logs; the only way to test these credentials" }, { "method": "POST", "baseUrl": "https://oauth2.googleapis.com", "path": "/tokeninfo", "note": "OAuth2 token info: reads the minted token's own metadata (email, scope, expiry) and changes nothing; POST with the token in an Authorization header, as Google's auth library does, so it is never in a URL" }], "smoke": true },
    { "id": "github", "name": "GitHub", "formats": [{ "type": "classic-pat", "pattern": /^ghp_[A-Za-z0-9_]{36,255}$/, "principalKind": "human", "principalDetail": "a user account token (ghp_)" }, { "type": "fine-grained-pat", "pattern": /^github_pat_[A-Za-z0-9_]{36,255}$/, "principalKind": "human", "principalDetail": "a user account token (github_pat_)" }, { "type": "oauth", "pattern": /^gho_[A-Za-z0-9_]{36,255}$/, "principalKind": "human", "principalDetail": "a user account token (gho_)" }, { "type": "user-to-server", "pattern": /^ghu_[A-Za-z0-9_]{36,255}$/, "principalKind": "human", "principalDetail": "a user account token, acting through a GitHub App (ghu_)" }, { "type": "app-installation", "pattern": /^ghs_[A-Za-z0-9_]{36,255}$/, "principalKind": "service", "principalDetail": "a GitHub App installation token (ghs_)" }, { "type": "refresh-token", "pattern": /^ghr_[A-Za-z0-9_]{36,255}$/, "neverSend": true }], "namePatterns": [{ "kind": "part", "phrases": ["GITHUB", "GIT_HUB", "GHE", "GH_TOKEN", "GH_PAT"] }], "guide": { "principal": "the login of `GET /user` for user tokens; for `ghs_` and `GITHUB_TOKEN`, the owner of the installation's repositories", "verified": "GitHub names the user (with scopes and expiry) or the installation", "invalid": "401 (revoked, expired or never valid); 403 \"account was suspended\" (user-inactive)", "unknown": "a rate limit (403/429 with rate-limit headers), another 403 or 404, or no answer" }, "endpoints": [{ "method": "GET", "baseUrl": "https://api.github.com", "path": "/user" }, { "method": "GET", "baseUrl": "https://api.github.com", "path": "/installation/repositories" }], "smoke": true },
    { "id": "gitlab", "name": "GitLab", "formats": [{ "type": "access-token", "pattern": /^glpat-[A-Za-z0-9_=.-]{20,300}$/ }, { "type": "deploy-token", "pattern": /^gldt-[A-Za-z0-9_=.-]{20,300}$/, "principalKind": "service", "principalDetail": "a deploy token, not tied to a user (gldt-)" }, { "type": "ci-job-token", "pattern": /^glcbt-[A-Za-z0-9_=.-]{20,300}$/, "principalKind": "service", "principalDetail": "a CI job token, minted per job (glcbt-)" }, { "type": "runner-token", "pattern": /^glrtr?-[A-Za-z0-9_=.-]{20,300}$/, "neverSend": true }, { "type": "pipeline-trigger-token", "pattern": /^glptt-[A-Za-z0-9_=.-]{20,300}$/, "neverSend": true }, { "type": "feed-token", "pattern": /^glft-[A-Za-z0-9_=.-]{20,300}$/, "neverSend": true }, { "type": "oauth-app-secret", "pattern": /^gloas-[A-Za-z0-9_=.-]{20,300}$/, "neverSend": true }], "namePatterns": [{ "kind": "part", "phrases": ["GITLAB", "GL_TOKEN", "GL_PAT", "CI_JOB_TOKEN"] }], "guide": { "principal": "the username of `GET /api/v4/user` (project and group tokens: their bot user)", "verified": "GitLab names the user, with the token's scopes and dates", "invalid": "401 invalid_token (revoked or expired), another 401 (unknown key), 403 blocked/deactivated/banned or an inactive user state (user-inactive)", "unknown": "403 insufficient_scope (the token may not say who it is), or no answer" }, "endpoints": [{ "method": "GET", "baseUrl": "https://gitlab.com", "path": "/api/v4/personal_access_tokens/self" }, { "method": "GET", "baseUrl": "https://gitlab.com", "path": "/api/v4/user" }], "smoke": true },
    { "id": "honeycomb", "name": "Honeycomb", "formats": [{ "type": "ingest-key", "pattern": /^hc[a-z]i[kc]_[a-z0-9]{58}$/ }, { "type": "management-key", "pattern": /^hc[a-z]mk_[A-Za-z0-9]{26}:[A-Za-z0-9]{32}$/, "neverSend": true }, { "type": "api-key", "pattern": /^[A-Za-z0-9]{22}$|^[0-9a-f]{32}$/, "needsNameHint": true }], "namePatterns": [{ "kind": "part", "phrases": ["HONEYCOMB_API_KEY", "HONEYCOMB_KEY", "HONEYCOMB_WRITEKEY", "HONEYCOMB_TOKEN"] }, { "kind": "part", "phrases": ["HONEYCOMB_INGEST_KEY", "HONEYCOMB_CONFIG_KEY", "HONEYCOMB_MANAGEMENT_KEY"] }], "guide": { "principal": "`TEAM_SLUG/ENVIRONMENT_SLUG` from /1/auth (`acme/production`; the team slug alone for a classic key; `acme/*` for any environment)", "verified": "/1/auth names the team and the environment (US, else EU region); an environment named like development or staging, used in production, is reported by no-dev-keys-in-prod", "invalid": "401 from both regions (or from the one --endpoint names): deleted, disabled or never valid", "unknown": "another answer, or no answer (management keys are not sent: no identity call is confirmed for them)" }, "endpoints": [{ "method": "GET", "baseUrl": "https://api.honeycomb.io", "path": "/1/auth" }, { "method": "GET", "baseUrl": "https://api.eu1.honeycomb.io", "path": "/1/auth" }], "smoke": true },
    { "id": "huggingface", "name": "Hugging Face", "formats": [{ "type": "user-access-token", "pattern": /^hf_[A-Za-z0-9]{34}$/, "principalKind": "human", "principalDetail": "a user access token (hf_)" }, { "type": "org-token", "pattern": /^api_org_[A-Za-z0-9]{34}$/, "principalKind": "service", "principalDetail": "a legacy organization token (api_org_)" }], "namePatterns": [{ "kind": "part", "phrases": ["HUGGINGFACE", "HUGGING_FACE", "HUGGINGFACEHUB", "HF_TOKEN", "HF_API", "HF_HUB", "HF_ACCESS"] }], "guide": { "principal": "the user or organization `name` of whoami-v2", "verified": "whoami-v2 names the user, organization or app, with the token role and dates", "invalid": "401: the token is unknown or revoked", "unknown": "any other answer (no answer for a disabled account is documented)" }, "endpoints": [{ "method": "GET", "baseUrl": "https://huggingface.co", "path": "/api/whoami-v2" }], "smoke": true },
    { "id": "launchdarkly", "name": "LaunchDarkly", "formats": [{ "type": "sdk-key", "pattern": /^sdk-[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}$/, "principalKind": "service", "principalDetail": "a server-side SDK key (sdk-): it belongs to one environment, not to a person" }, { "type": "access-token", "pattern": /^api-[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}$/, "needsNameHint": true }], "namePatterns": [{ "kind": "credential", "phrases": ["LAUNCHDARKLY", "LAUNCH_DARKLY", "LAUNCHDARKLY_SDK", "LD", "LD_SDK"], "endings": ["TOKEN", "KEY", "SECRET", "API_KEY", "API_TOKEN", "ACCESS_TOKEN", "AUTH_TOKEN", "BOT_TOKEN"] }], "guide": { "principal": "SDK keys: `project/environment` by name (`Web/Production`); personal access tokens: the member id; service tokens: the token name", "verified": "caller-identity names the SDK key's project and environment (its environment becomes keyEnvironment), or the token, its member or service kind and scopes", "invalid": "401 unauthorized: revoked, reset or never valid, or a key of the federal instance (--endpoint launchdarkly=https://app.launchdarkly.us)", "unknown": "another answer, or no answer (mobile keys, `mob-`, are public: keybound does not take them for secrets)" }, "endpoints": [{ "method": "GET", "baseUrl": "https://app.launchdarkly.com", "path": "/api/v2/caller-identity" }, { "method": "GET", "baseUrl": "https://app.launchdarkly.com", "path": "/api/v2/tokens/{tokenId}" }], "smoke": true },
    { "id": "netlify", "name": "Netlify", "formats": [{ "type": "personal-token", "pattern": /^nfp_[A-Za-z0-9_]{36}$/, "principalKind": "human", "principalDetail": "a personal access token (nfp_)" }, { "type": "legacy-token", "pattern": /^[A-Za-z0-9_-]{40,64}$/, "needsNameHint": true }], "namePatterns": [{ "kind": "part", "phrases": ["NETLIFY_AUTH_TOKEN", "NETLIFY_TOKEN", "NETLIFY_API_TOKEN", "NETLIFY_ACCESS_TOKEN", "NETLIFY_PAT", "NETLIFY_API_KEY", "NETLIFY_KEY"] }], "guide": { "principal": "the e-mail of `GET /api/v1/user` (its user `id` also matches)", "verified": "/user names the user the token acts as (always a person)", "invalid": "401, with a JSON body or none: revoked, expired or never valid", "unknown": "no answer, or one Netlify does not document" }, "endpoints": [{ "method": "GET", "baseUrl": "https://api.netlify.com", "path": "/api/v1/user" }], "smoke": true },
    { "id": "notion", "name": "Notion", "formats": [{ "type": "integration-token", "pattern": /^ntn_[0-9]{11}[A-Za-z0-9]{35}$/ }, { "type": "internal-integration-secret", "pattern": /^secret_[A-Za-z0-9]{43}$/, "needsNameHint": true }], "namePatterns": [{ "kind": "credential", "phrases": ["NOTION", "NOTION_INTEGRATION"], "endings": ["TOKEN", "KEY", "SECRET", "API_KEY", "API_TOKEN", "ACCESS_TOKEN", "AUTH_TOKEN", "BOT_TOKEN"] }], "guide": { "principal": "the integration's bot user id of `GET /v1/users/me` (its name works too)", "verified": "users/me names the bot; `bot.owner.type` workspace is a service principal, `user` an integration a person authorised (human)", "invalid": "401 unauthorized: the token is revoked or never valid", "unknown": "403 restricted_resource (a working token without the capability), another answer, or no answer" }, "endpoints": [{ "method": "GET", "baseUrl": "https://api.notion.com", "path": "/v1/users/me" }], "smoke": true },
    { "id": "npm", "name": "npm", "formats": [{ "type": "access-token", "pattern": /^npm_[A-Za-z0-9]{36}$/ }, { "type": "legacy", "pattern": /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/, "needsNameHint": true }], "namePatterns": [{ "kind": "part", "phrases": ["NPM", "NODE_AUTH_TOKEN", "NPMJS"] }], "guide": { "principal": "the npm username (`npm whoami`)", "verified": "whoami names the user", "invalid": "401: the token does not exist or was revoked", "unknown": "403: a valid token used from outside its CIDR allowlist" }, "endpoints": [{ "method": "GET", "baseUrl": "https://registry.npmjs.org", "path": "/-/whoami" }], "smoke": true },
    { "id": "okta", "name": "Okta", "formats": [{ "type": "api-token", "pattern": /^00[A-Za-z0-9_-]{40}$/, "needsNameHint": true, "principalKind": "human", "principalDetail": "an Okta API token acts as the admin who created it" }], "namePatterns": [{ "kind": "key", "phrases": ["OKTA"], "endings": ["TOKEN", "API_KEY"] }], "tenant": { "what": "the Okta org domain", "example": "https://{org}.okta.com" }, "guide": { "principal": "the login (`profile.login`, usually an e-mail) of the admin who created the token, or the user id `00u…`", "verified": "GET /api/v1/users/me names the admin the token acts as, and that user is active (RECOVERY, LOCKED_OUT and PASSWORD_EXPIRED are verified with a note)", "invalid": "401 E0000011 (revoked, unused for 30 days, its creator deactivated, or a token of another org than --endpoint names); the creator SUSPENDED, DEPROVISIONED, STAGED or PROVISIONED (user-inactive)", "unknown": "403 (a token limited to network zones the runner is outside of), another error, or no answer; `skipped` (no-endpoint) without --endpoint okta=https://{org}.okta.com" }, "endpoints": [{ "method": "GET", "path": "/api/v1/users/me" }], "smoke": true },
    { "id": "openai", "name": "OpenAI", "formats": [{ "type": "project", "pattern": /^sk-proj-[A-Za-z0-9_-]{20,400}$/ }, { "type": "service-account", "pattern": /^sk-svcacct-[A-Za-z0-9_-]{20,400}$/, "principalKind": "service", "principalDetail": "a service-account key (sk-svcacct-)" }, { "type": "admin", "pattern": /^sk-admin-[A-Za-z0-9_-]{20,400}$/ }, { "type": "legacy", "pattern": /^sk-[A-Za-z0-9]{20,64}T3BlbkFJ[A-Za-z0-9]{20,64}$/, "principalKind": "human", "principalDetail": "a legacy user API key (sk-)" }], "namePatterns": [{ "kind": "part", "phrases": ["OPENAI", "OPEN_AI"] }], "guide": { "principal": "the organization slug OpenAI sends in `openai-organization` (`user-…` for a personal org, else the org name), or the project id `proj_…`; an `org-…` id only when the undocumented GET /v1/me names it", "verified": "the key lists models; the organization and project come from the response headers", "invalid": "401 invalid_api_key (revoked), 401 account_deactivated (user-inactive)", "unknown": "another 401/403 (a region OpenAI refuses), or no answer; 429 insufficient_quota is a mismatch (insufficient-quota): the key works, its account cannot pay" }, "endpoints": [{ "method": "GET", "baseUrl": "https://api.openai.com", "path": "/v1/models" }, { "method": "GET", "baseUrl": "https://api.openai.com", "path": "/v1/me", "note": "undocumented; best effort" }], "smoke": true },
    { "id": "openrouter", "name": "OpenRouter", "formats": [{ "type": "api-key", "pattern": /^sk-or-v1-[0-9a-f]{64}$/ }], "namePatterns": [{ "kind": "part", "phrases": ["OPENROUTER_API_KEY", "OPENROUTER_KEY", "OPENROUTER_TOKEN", "OPEN_ROUTER_API_KEY"] }], "guide": { "principal": "the `creator_user_id` of `GET /api/v1/key` (`user_…`: for an organization key, the member who made it)", "verified": "/key describes the key: its creator, kind (inference, provisioning, management), expiry and credit limit", "invalid": "401 \"User not found.\" (deleted, expired or never valid)", "unknown": "another 401 (no key reached OpenRouter), or no answer; 402 is a mismatch (insufficient-quota): no credit" }, "endpoints": [{ "method": "GET", "baseUrl": "https://openrouter.ai", "path": "/api/v1/key" }], "smoke": true },
    { "id": "sendgrid", "name": "SendGrid", "formats": [{ "type": "api-key", "pattern": /^SG\.[A-Za-z0-9_-]{20,24}\.[A-Za-z0-9_-]{39,50}$/ }], "namePatterns": [{ "kind": "part", "phrases": ["SENDGRID", "SEND_GRID"] }], "guide": { "principal": "the account username (`GET /v3/user/username`; needs a `user.*` read scope)", "verified": "the key lists its scopes, and names its account when it may", "invalid": "401: the key is invalid, expired or revoked (SendGrid does not say which)", "unknown": "no answer, or one SendGrid does not document" }, "endpoints": [{ "method": "GET", "baseUrl": "https://api.sendgrid.com", "path": "/v3/scopes" }, { "method": "GET", "baseUrl": "https://api.sendgrid.com", "path": "/v3/user/username" }], "smoke": true },
    { "id": "slack", "name": "Slack", "formats": [{ "type": "bot", "pattern": /^xoxb-[0-9]{8,16}-[A-Za-z0-9-]{16,255}$/, "principalKind": "service", "principalDetail": "a bot token (xoxb-)" }, { "type": "user", "pattern": /^xoxp-[0-9]{8,16}-[A-Za-z0-9-]{16,255}$/, "principalKind": "human", "principalDetail": "a user account token (xoxp-)" }, { "type": "app", "pattern": /^xapp-[0-9]-[A-Za-z0-9-]{16,255}$/, "principalKind": "service", "principalDetail": "an app-level token (xapp-)" }, { "type": "configuration", "pattern": /^xoxe\.xoxp-[0-9]-[A-Za-z0-9-]{16,255}$/, "principalKind": "human", "principalDetail": "a user configuration token (xoxe.xoxp-)" }, { "type": "refresh-token", "pattern": /^xoxe-[0-9]-[A-Za-z0-9-]{16,255}$/, "neverSend": true }, { "type": "workspace-app", "pattern": /^xoxa-[0-9]-[A-Za-z0-9-]{16,255}$/ }, { "type": "workspace-refresh-token", "pattern": /^xoxr-[A-Za-z0-9-]{16,255}$/, "neverSend": true }], "namePatterns": [{ "kind": "part", "phrases": ["SLACK"] }], "guide": { "principal": "`TEAM_ID/USER_ID` from auth.test (`T0123/U0456`; `T0123/*` for any user of a workspace); the bot user for bot tokens", "verified": "auth.test answers ok with the team and user", "invalid": "invalid_auth (revoked, never valid, or an IP allowlist that excludes the runner), token_revoked (also a deactivated user), account_inactive (user-inactive), token_expired", "unknown": "not_authed, ratelimited, another error code, or no answer" }, "endpoints": [{ "method": "POST", "baseUrl": "https://slack.com", "path": "/api/auth.test", "note": "auth.test is read-only and needs no scope: it tells the caller who it is (HTTP 200, read `ok`)" }], "smoke": true },
    { "id": "square", "name": "Square", "formats": [{ "type": "access-token", "pattern": /^EAAA[A-Za-z0-9_+=-]{60}$/, "needsNameHint": true }], "namePatterns": [{ "kind": "part", "phrases": ["SQUARE_ACCESS_TOKEN", "SQUARE_TOKEN", "SQUARE_API_KEY", "SQUARE_API_TOKEN", "SQUARE_OAUTH_TOKEN"] }, { "kind": "part", "phrases": ["SQUARE_PERSONAL_ACCESS_TOKEN", "SQUAREUP_ACCESS_TOKEN"] }], "guide": { "principal": "the merchant id (`merchant_id` of the token status; the first merchant in the sandbox)", "verified": "production answers the token status (production), or the sandbox host lists merchants (200, or 403 without the merchant scope): a sandbox token used in production is reported by no-dev-keys-in-prod", "invalid": "ACCESS_TOKEN_EXPIRED or ACCESS_TOKEN_REVOKED; 401 from both hosts (or from the one --endpoint names); an INACTIVE sandbox merchant (user-inactive)", "unknown": "another answer, or no answer" }, "endpoints": [{ "method": "POST", "baseUrl": "https://connect.squareup.com", "path": "/oauth2/token/status", "note": "RetrieveTokenStatus is read-only token introspection (no body, changes nothing)" }, { "method": "GET", "baseUrl": "https://connect.squareupsandbox.com", "path": "/v2/merchants" }], "smoke": true },
    { "id": "stripe", "name": "Stripe", "formats": [{ "type": "secret", "pattern": /^sk_live_[A-Za-z0-9]{20,247}$/, "mode": "live" }, { "type": "secret", "pattern": /^sk_test_[A-Za-z0-9]{20,247}$/, "mode": "test" }, { "type": "restricted", "pattern": /^rk_live_[A-Za-z0-9]{20,247}$/, "mode": "live" }, { "type": "restricted", "pattern": /^rk_test_[A-Za-z0-9]{20,247}$/, "mode": "test" }, { "type": "publishable", "pattern": /^pk_live_[A-Za-z0-9]{20,247}$/, "mode": "live" }, { "type": "publishable", "pattern": /^pk_test_[A-Za-z0-9]{20,247}$/, "mode": "test" }], "namePatterns": [{ "kind": "part", "phrases": ["STRIPE"] }], "guide": { "principal": "the account id `acct_…` (a restricted key names it only when its 403 does)", "verified": "the account answers, or a restricted key is refused the account with 403 \"does not have the required permissions\" (a valid key); livemode from the balance", "invalid": "401: deleted, rolled or never valid; api_key_expired (expired)", "unknown": "another 403, or no answer" }, "endpoints": [{ "method": "GET", "baseUrl": "https://api.stripe.com", "path": "/v1/account" }, { "method": "GET", "baseUrl": "https://api.stripe.com", "path": "/v1/balance" }], "smoke": true },
    { "id": "terraform", "name": "HCP Terraform / Terraform Enterprise", "formats": [{ "type": "api-token", "pattern": /^[A-Za-z0-9]{14}\.atlasv1\.[A-Za-z0-9]{67}$/, "needsNameHint": true }], "namePatterns": [{ "kind": "part", "phrases": ["TFE_TOKEN", "TFC_TOKEN", "TF_TOKEN", "TF_API_TOKEN", "TF_CLOUD_TOKEN", "TERRAFORM_TOKEN", "TERRAFORM_CLOUD_TOKEN"] }], "companions": [{ "primary": "tfapitoken", "companions": {}, "lookups": { "tfehostname": "host", "tfcloudhostname": "host" } }, { "primary": "tfetoken", "companions": {}, "lookups": { "tfehostname": "host", "tfcloudhostname": "host" } }, { "primary": "tfctoken", "companions": {}, "lookups": { "tfehostname": "host", "tfcloudhostname": "host" } }, { "primary": "tfcloudtoken", "companions": {}, "lookups": { "tfehostname": "host", "tfcloudhostname": "host" } }], "guide": { "principal": "user tokens: the username; team tokens: the team id `team-…`; organization tokens: the organization name (account/details and its authenticated-resource)", "verified": "account/details names the user, or the service user of a team or organization token", "invalid": "401 from the host named by --endpoint (revoked, expired or never valid)", "unknown": "401 from the default app.terraform.io: a Terraform Enterprise or HCP Europe token gets the same (name the host with --endpoint terraform=https://app.terraform.io or https://HOST); no answer" }, "endpoints": [{ "method": "GET", "baseUrl": "https://app.terraform.io", "path": "/api/v2/account/details" }], "smoke": true },
    { "id": "twilio", "name": "Twilio", "formats": [{ "type": "account-sid", "pattern": /^AC[0-9a-f]{32}$/ }, { "type": "api-key-sid", "pattern": /^SK[0-9a-fA-F]{32}$/ }, { "type": "auth-token", "pattern": /^[0-9a-f]{32}$/, "needsNameHint": true }, { "type": "api-key-secret", "pattern": /^[A-Za-z0-9]{32}$/, "needsNameHint": true }], "namePatterns": [{ "kind": "part", "phrases": ["TWILIO"] }], "companions": [{ "primary": "authtoken", "companions": { "accountsid": "accountSid" }, "prefixContains": "twilio" }, { "primary": "apisecret", "companions": { "apikey": "apiKeySid", "accountsid": "accountSid" }, "prefixContains": "twilio" }, { "primary": "apikeysecret", "companions": { "apikeysid": "apiKeySid", "accountsid": "accountSid" }, "prefixContains": "twilio" }], "guide": { "principal": "the Account SID `AC…`", "verified": "auth token: the account is active; API key (SK): a Messages list under the account answers (a Standard key may not read the account itself)", "invalid": "401 code 20003 (wrong or rotated secret, a key of another account, or a suspended or closed account); account status suspended or closed (user-inactive)", "unknown": "a missing or malformed companion (TWILIO_ACCOUNT_SID, the API key SID), or no answer" }, "endpoints": [{ "method": "GET", "baseUrl": "https://api.twilio.com", "path": "/2010-04-01/Accounts/{AccountSid}.json", "note": "HTTP Basic SID:secret; the response body contains auth_token, which must be redacted" }, { "method": "GET", "baseUrl": "https://api.twilio.com", "path": "/2010-04-01/Accounts/{AccountSid}/Messages.json", "note": "HTTP Basic SKsid:secret; a list a Standard API key may read, one item, nothing of it kept" }], "smoke": true },
    { "id": "vault", "name": "HashiCorp Vault", "formats": [{ "type": "service-token", "pattern": /^hvs\.[A-Za-z0-9_-]{90,120}$/ }, { "type": "batch-token", "pattern": /^hvb\.[A-Za-z0-9_-]{50,300}$/ }, { "type": "legacy-service-token", "pattern": /^s\.[A-Za-z0-9]{24}$/, "needsNameHint": true }], "namePatterns": [{ "kind": "part", "phrases": ["VAULT_TOKEN", "VAULT_ROOT_TOKEN", "VAULT_CLIENT_TOKEN", "VAULT_SERVICE_TOKEN"] }], "companions": [{ "primary": "vaulttoken", "companions": {}, "lookups": { "vaultnamespace": "namespace" } }], "guide": { "principal": "the token `display_name` of lookup-self (`approle`, `ldap-alice`, `aws-node`), or its entity id, AWS ARN, username or role name", "verified": "lookup-self names the token, its policies (`root` is a forbidden scope), dates and auth method; the address comes only from --endpoint vault=https://HOST:8200", "invalid": "403 permission denied: invalid, expired or revoked (Vault does not say which), or, on Vault Enterprise or HCP, a token of a namespace not given (VAULT_NAMESPACE beside the key)", "unknown": "no --endpoint vault=… (skipped, no-endpoint), a sealed or standby Vault (503), or no answer" }, "tenant": { "what": "the Vault address", "example": "https://HOST:8200" }, "endpoints": [{ "method": "GET", "path": "/v1/auth/token/lookup-self" }], "smoke": true },
];

// EXTERNAL MODULE: ./src/providers/names.ts
var names = __webpack_require__(8114);
;// CONCATENATED MODULE: ./src/providers/catalog.ts
// The offline catalog of providers (src/generated/providers.ts, written at build time from each
// provider's spec: formats, name patterns, companions, hosts, guide) and the offline classification of a
// secret value: which provider, which key type, from its documented prefix or, for bare formats, its
// name. A run without smoke calls loads this and no adapter code (issue 15: start-up).


/** Every provider's data, sorted by id. */
const CATALOG = PROVIDER_DATA;
/** Every provider's companion names (key joining reads them: AWS pairs, Twilio pairs, sites, account ids). */
const COMPANIONS = CATALOG.flatMap((provider) => provider.companions ?? []);
/** Longest single-line token considered (the longest documented formats are about 400 characters). */
const MAX_TOKEN_LENGTH = 1024;
/** The provider with this id, if any. */
function providerById(id) {
    return CATALOG.find((provider) => provider.id === id);
}
/** providersForName's answers: a repository uses few distinct names many times (issue 15). */
const byName = new Map();
/** Names remembered at most; then the memory starts over (an organisation audit reads many repositories). */
const MAX_REMEMBERED_NAMES = 10_000;
/** Providers whose name patterns match `name`, the one named earliest in the name first. */
function providersForName(name) {
    let found = byName.get(name);
    if (found === undefined) {
        if (byName.size >= MAX_REMEMBERED_NAMES)
            byName.clear();
        found = Object.freeze(matchNamePatterns(name));
        byName.set(name, found);
    }
    return found;
}
/** Every provider's name patterns, indexed by their words. */
const NAME_PATTERNS = new names/* NamePatternIndex */.U7(CATALOG, (provider) => provider.namePatterns);
function matchNamePatterns(name) {
    return NAME_PATTERNS.matching(name);
}
const prefixes = new WeakMap();
/**
 * The literal prefix a format's pattern starts with (`sk_test_`, `AKIA`, `SG.`), or '' for formats with
 * no prefix. Derived from the pattern, never from a value, so it is safe to print as evidence.
 */
function formatPrefix(format) {
    const cached = prefixes.get(format);
    if (cached !== undefined)
        return cached;
    const source = format.pattern.source;
    let prefix = '';
    for (let i = 1; source.startsWith('^') && i < source.length; i++) {
        const char = source[i];
        if (char === '\\' && /[^A-Za-z0-9]/.test(source[i + 1] ?? 'a')) {
            prefix += source[++i];
        }
        else if (/[A-Za-z0-9_-]/.test(char)) {
            prefix += char;
        }
        else {
            // A quantifier makes the character before it optional or repeated: not part of the prefix.
            if (/[?*+{]/.test(char))
                prefix = prefix.slice(0, -1);
            break;
        }
    }
    prefixes.set(format, prefix);
    return prefix;
}
const gates = new WeakMap();
/**
 * A prefix every value of `format` starts with, checked before its pattern is run (or compiled: V8
 * compiles a regular expression in every process on its first use, and a value was tried against every
 * format's), or '' when there is none to check: no literal prefix, a flag that changes what the
 * prefix matches, or an alternation at the top of the pattern (`^a|b`).
 */
function formatGate(format) {
    let gate = gates.get(format);
    if (gate === undefined) {
        const { flags, source } = format.pattern;
        gate = /[imy]/.test(flags) || hasTopLevelAlternation(source) ? '' : formatPrefix(format);
        gates.set(format, gate);
    }
    return gate;
}
/** True when a `|` of `source` sits outside every group and character class. */
function hasTopLevelAlternation(source) {
    let depth = 0;
    let inClass = false;
    for (let i = 0; i < source.length; i++) {
        const char = source[i];
        if (char === '\\')
            i++;
        else if (inClass)
            inClass = char !== ']';
        else if (char === '[')
            inClass = true;
        else if (char === '(')
            depth++;
        else if (char === ')')
            depth--;
        else if (char === '|' && depth === 0)
            return true;
    }
    return false;
}
/** True when `value` looks like a JSON object: only such values may span lines (GCP key files). */
function isJsonDocument(value) {
    return /^\s*\{/.test(value);
}
/**
 * The provider and key format of a secret value, most specific first: a prefixed format beats a bare
 * one and a longer prefix beats a shorter one. Formats with `needsNameHint` count only when `name`
 * matches that provider's name patterns. A value with whitespace, CR/LF or NUL never matches, except a
 * JSON credential document.
 */
function detectFormat(value, name) {
    if (value.length === 0)
        return undefined;
    if (isJsonDocument(value))
        return documentFormat(value);
    // SECURITY: whitespace or control characters mean a malformed or concatenated value; never guess.
    if (value.length > MAX_TOKEN_LENGTH || /[\s\u0000-\u001f\u007f]/.test(value))
        return undefined;
    const hinted = name === undefined ? [] : providersForName(name);
    let best;
    const consider = (provider, format) => {
        if (!value.startsWith(formatGate(format)) || !format.pattern.test(value))
            return;
        // Prefixed formats outrank bare ones; then the longer prefix wins; ties keep the first seen.
        const rank = (format.needsNameHint ? 0 : 1000) + formatPrefix(format).length;
        if (best === undefined || rank > best.rank)
            best = { match: { provider, format }, rank };
    };
    for (const provider of CATALOG) {
        for (const format of provider.formats)
            if (!format.needsNameHint)
                consider(provider, format);
    }
    for (const provider of hinted) {
        for (const format of provider.formats)
            if (format.needsNameHint)
                consider(provider, format);
    }
    return best?.match;
}
/** Longest JSON document considered: real key files (Google Cloud) are about 2.4 KB. */
const MAX_DOCUMENT_LENGTH = 64 * 1024;
/**
 * The format of a JSON credential document (a Google Cloud key file), by its top-level `type`, or
 * undefined. The anchored patterns are a cheap gate before parsing.
 * SECURITY: never throws. A JSON.parse error message quotes the input, so it is swallowed here.
 */
function documentFormat(value) {
    if (value.length > MAX_DOCUMENT_LENGTH || value.includes('\0'))
        return undefined;
    const candidates = CATALOG.flatMap((provider) => provider.formats
        .filter((format) => format.documentType && format.pattern.test(value))
        .map((format) => ({ provider, format })));
    if (candidates.length === 0)
        return undefined;
    let parsed;
    try {
        parsed = JSON.parse(value);
    }
    catch {
        return undefined;
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
        return undefined;
    const type = parsed.type;
    return candidates.find((candidate) => candidate.format.documentType === type);
}


/***/ }),

/***/ 8114:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dt: () => (/* binding */ nameMatchIndex),
/* harmony export */   MR: () => (/* binding */ credentialNames),
/* harmony export */   U7: () => (/* binding */ NamePatternIndex),
/* harmony export */   f0: () => (/* binding */ namePart),
/* harmony export */   xT: () => (/* binding */ keyName)
/* harmony export */ });
// Secret-name patterns of provider data files, as data, so that STRIPE_SECRET_KEY and prod-stripe.key
// point at Stripe but STRIPEY_THING does not. A name is read as parts separated by `_`, `-`, `.` or `/`
// (Kubernetes `SECRET/KEY` names), compared without regard to ASCII case.
//
// Why data and not regular expressions: V8 compiles each regular expression in every process that
// uses it, and about forty case-insensitive ones cost a small scan 7 to 9 ms, more than reading its files
// (issue 15). A pattern here is matched over the name's parts in linear time. Each kind means exactly
// the regular expression its comment gives, and __tests__/providers/names.test.ts checks it does, on
// every provider's patterns.
/** A pattern that matches when one of `phrases` appears in a secret name as whole parts. */
function namePart(...phrases) {
    return { kind: 'part', phrases: phrases.map(normalPhrase) };
}
/** What follows a provider's word in the name of a credential (not of a URL, an id or a hostname). */
const CREDENTIAL_PARTS = ['TOKEN', 'KEY', 'SECRET', 'API_KEY', 'API_TOKEN', 'ACCESS_TOKEN', 'AUTH_TOKEN', 'BOT_TOKEN'];
/**
 * Credential names of a provider: `DROPBOX_TOKEN`, `NOTION_API_KEY`, never `DROPBOX_APP_KEY` or
 * `DISCORD_WEBHOOK_URL`. A name that points at a provider makes any other value of it `malformed` (an
 * error), so providers whose users keep ids, URLs and app secrets beside their tokens use these. The
 * same names as namePart of every `WORD_PART` pair.
 */
function credentialNames(...words) {
    return { kind: 'credential', phrases: words.map(normalPhrase), endings: CREDENTIAL_PARTS };
}
/**
 * A pattern for the names of a provider's keys, not of everything beside them: a name holding one of
 * `words` as a whole part and ending in one of `endings` (`OKTA_API_TOKEN`, `PROD_OKTA_TOKEN`, but not
 * `OKTA_ORG_URL` or `OKTA_CLIENT_SECRET`, which a key check would call malformed).
 */
function keyName(words, endings) {
    return { kind: 'key', phrases: words.map(normalPhrase), endings: endings.map(normalPhrase) };
}
/** A phrase as upper-case alphanumeric words joined by `_` (other characters of a word dropped). */
function normalPhrase(phrase) {
    return phrase
        .split('_')
        .map((word) => word.replace(/[^A-Za-z0-9]/g, '').toUpperCase())
        .join('_');
}
const SEPARATORS = new Set(['-', '_', '.', '/']);
/**
 * The parts of `name`. Only ASCII letters are upper-cased, as a case-insensitive regular expression
 * folds them: a part holding any other letter can equal no word, so it is kept as it is.
 */
function cutName(name) {
    const parts = [];
    const starts = [];
    const alphanumeric = [];
    let start = 0;
    for (let i = 0; i <= name.length; i++) {
        if (i < name.length && !SEPARATORS.has(name[i]))
            continue;
        const part = name.slice(start, i);
        parts.push(isAscii(part) ? part.toUpperCase() : part);
        starts.push(start);
        alphanumeric.push(isAlphanumeric(part));
        start = i + 1;
    }
    const alphanumericUntil = new Array(parts.length + 1);
    alphanumericUntil[parts.length] = parts.length;
    for (let i = parts.length - 1; i >= 0; i--)
        alphanumericUntil[i] = alphanumeric[i] ? alphanumericUntil[i + 1] : i;
    return { parts, starts, alphanumericUntil };
}
function isAscii(text) {
    for (let i = 0; i < text.length; i++)
        if (text.charCodeAt(i) > 0x7f)
            return false;
    return true;
}
function isAlphanumeric(text) {
    if (text.length === 0)
        return false;
    for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i) | 0x20; // ASCII letters to lower case; digits keep their code
        if (!((code >= 0x30 && code <= 0x39) || (code >= 0x61 && code <= 0x7a)))
            return false;
    }
    return true;
}
/** Words of each phrase, split once per phrase list. */
const wordLists = new WeakMap();
function wordsOf(phrases) {
    let words = wordLists.get(phrases);
    if (words === undefined) {
        words = phrases.map((phrase) => phrase.split('_'));
        wordLists.set(phrases, words);
    }
    return words;
}
/** True when the parts from `at` on begin with `words`. */
function wordsAt(name, at, words) {
    if (at + words.length > name.parts.length)
        return false;
    for (let w = 0; w < words.length; w++)
        if (name.parts[at + w] !== words[w])
            return false;
    return true;
}
/** The parts at which one of a `key` pattern's endings starts and runs to the end of the name. */
function keyEndingsOf(name, pattern) {
    if (pattern.kind !== 'key')
        return [];
    const count = name.parts.length;
    return wordsOf(pattern.endings ?? [])
        .filter((ending) => count >= ending.length && wordsAt(name, count - ending.length, ending))
        .map((ending) => count - ending.length);
}
/**
 * True when what follows a phrase found in the name (up to part `after`) is what `pattern`'s kind asks
 * for; `keyEndings`: keyEndingsOf the name and pattern.
 */
function completes(name, after, pattern, keyEndings) {
    if (pattern.kind === 'part')
        return true;
    if (pattern.kind === 'credential')
        return wordsOf(pattern.endings ?? []).some((ending) => wordsAt(name, after, ending));
    // Only alphanumeric parts between the phrase and the ending (alphanumericUntil keeps this linear).
    return keyEndings.some((ending) => ending >= after && name.alphanumericUntil[after] >= ending);
}
/** The index a regular expression reports for a match from part `at`: the separator before it, or 0. */
function indexOfPart(name, at) {
    return at === 0 ? 0 : name.starts[at] - 1;
}
/** Where `pattern` matches in the cut name, as the regular expression's match index, or -1. */
function matchIndex(name, pattern) {
    const keyEndings = keyEndingsOf(name, pattern);
    if (pattern.kind === 'key' && keyEndings.length === 0)
        return -1;
    for (let at = 0; at < name.parts.length; at++) {
        for (const words of wordsOf(pattern.phrases)) {
            if (wordsAt(name, at, words) && completes(name, at + words.length, pattern, keyEndings)) {
                return indexOfPart(name, at);
            }
        }
    }
    return -1;
}
/**
 * Where the earliest of `patterns` matches `name`, as the index a regular expression of the same
 * pattern would give (the separator before the phrase, or 0), or -1 when none does. For many
 * providers' patterns at once, NamePatternIndex.
 */
function nameMatchIndex(patterns, name) {
    if (patterns.length === 0)
        return -1;
    const cut = cutName(name);
    let index = -1;
    for (const pattern of patterns) {
        const found = matchIndex(cut, pattern);
        if (found >= 0 && (index < 0 || found < index))
            index = found;
    }
    return index;
}
/**
 * Many owners' patterns (every provider's), indexed by the first word of each phrase: a name is matched
 * by looking up each of its parts, not by trying each of about 150 phrases at each part (a compose
 * repository's thousands of distinct names made that a tenth of its scan).
 */
class NamePatternIndex {
    owners;
    byFirstWord = new Map();
    constructor(owners, patternsOf) {
        this.owners = owners;
        owners.forEach((owner, index) => {
            for (const pattern of patternsOf(owner)) {
                for (const words of wordsOf(pattern.phrases)) {
                    const filed = this.byFirstWord.get(words[0]) ?? [];
                    filed.push({ owner: index, pattern, words });
                    this.byFirstWord.set(words[0], filed);
                }
            }
        });
    }
    /**
     * The owners whose patterns match `name`, the one matched earliest in the name first (ties in the
     * order the owners were given): what nameMatchIndex of each owner's patterns, sorted, would give.
     */
    matching(name) {
        const cut = cutName(name);
        const found = new Map();
        const keyEndings = new Map();
        for (let at = 0; at < cut.parts.length; at++) {
            for (const { owner, pattern, words } of this.byFirstWord.get(cut.parts[at]) ?? []) {
                if (found.has(owner) || !wordsAt(cut, at, words))
                    continue;
                let endings = keyEndings.get(pattern);
                if (endings === undefined) {
                    endings = keyEndingsOf(cut, pattern);
                    keyEndings.set(pattern, endings);
                }
                // Parts are tried from the left, so an owner's first match is its earliest.
                if (completes(cut, at + words.length, pattern, endings))
                    found.set(owner, indexOfPart(cut, at));
            }
        }
        return [...found]
            .sort(([ownerA, atA], [ownerB, atB]) => atA - atB || ownerA - ownerB)
            .map(([owner]) => this.owners[owner]);
    }
}


/***/ }),

/***/ 5102:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GY: () => (/* binding */ NO_VALUE),
/* harmony export */   Gq: () => (/* binding */ invalid),
/* harmony export */   J4: () => (/* binding */ mismatch),
/* harmony export */   L5: () => (/* binding */ unknown),
/* harmony export */   gx: () => (/* binding */ str),
/* harmony export */   hT: () => (/* binding */ skipped),
/* harmony export */   lB: () => (/* binding */ noEndpoint),
/* harmony export */   o$: () => (/* binding */ jsonObject),
/* harmony export */   os: () => (/* binding */ unexpected),
/* harmony export */   xN: () => (/* binding */ providerText)
/* harmony export */ });
/* unused harmony export verified */
/* harmony import */ var _core_redact_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8096);
// The results an adapter gives (verified, mismatch, invalid, unknown, skipped), the reason codes, and
// safe handling of provider text, which may echo the key (SECURITY.md case 9). adapter.ts uses them for
// the answers that mean the same for every provider (no answer, a redirect, a 5xx, an HTML page).

function verified(principal, facts = [], message) {
    return { status: 'verified', reason: 'ok', principal, facts, ...(message ? { message } : {}) };
}
function invalid(reason, message, facts = []) {
    return { status: 'invalid', reason, message, facts };
}
function unknown(reason, message) {
    return { status: 'unknown', reason, message, facts: [] };
}
/** Accepted, but the provider itself says it cannot serve (an account that cannot pay). */
function mismatch(reason, message) {
    return { status: 'mismatch', reason, message, facts: [] };
}
/** Not sent: nothing to check with (a publishable key, a missing companion). */
function skipped(reason, message) {
    return { status: 'skipped', reason, message, facts: [] };
}
/**
 * The body as a JSON object, or undefined when it is not one: an HTML page from a WAF or a proxy is
 * never taken as an answer (the trufflehog bug of counting a 403 page as verified).
 */
function jsonObject(result) {
    const type = result.headers['content-type'] ?? '';
    if (type && !/json/i.test(type))
        return undefined;
    try {
        const parsed = JSON.parse(result.body);
        return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)
            ? parsed
            : undefined;
    }
    catch {
        return undefined;
    }
}
/** An unexpected answer: `unknown`, naming only the status (never the body). */
function unexpected(answer, what = 'an answer the provider does not document') {
    return unknown('unexpected-response', `${what}${answer ? ` (HTTP ${answer.status})` : ''}`);
}
/**
 * Provider text safe to keep in a message: the credential, its companions and `more` secrets removed
 * in every encoding, keys the provider quotes masked (`sk_test_****Aso0`, whose visible ends are still
 * fragments of a key) left out, one line, at most 160 characters.
 */
function providerText(text, credential, more = []) {
    if (typeof text !== 'string')
        return '';
    const redactor = new _core_redact_js__WEBPACK_IMPORTED_MODULE_0__/* .Redactor */ .pO([credential.value, ...Object.values(credential.companions), ...more]);
    const line = redactor
        .redact(text)
        .replace(/[\u0000-\u001f\u007f]+/g, ' ')
        .trim();
    const masked = maskQuotedKeys(line);
    return masked.length > 160 ? `${masked.slice(0, 157)}...` : masked;
}
const TOKEN_CHAR = /[A-Za-z0-9_.*\u2026-]/;
/**
 * Keys the provider quotes masked (`sk_test_****Aso0`, `rk_live_***…qs8Kgd`): the whole token around a
 * run of three or more `*`, or `*` then `…`, becomes `[masked key]`. Each character is read at most
 * twice: linear.
 */
function maskQuotedKeys(text) {
    const mark = /\*{3,}|\*+\u2026/g;
    let out = '';
    let done = 0;
    for (let found = mark.exec(text); found; found = mark.exec(text)) {
        let start = found.index;
        while (start > done && TOKEN_CHAR.test(text[start - 1]))
            start--;
        let end = found.index + found[0].length;
        while (end < text.length && TOKEN_CHAR.test(text[end]))
            end++;
        // A sentence's full stop after the key is not part of it.
        while (end > found.index + found[0].length && text[end - 1] === '.')
            end--;
        out += `${text.slice(done, start)}[masked key]`;
        done = end;
        mark.lastIndex = end;
    }
    return out + text.slice(done);
}
/** A string field of an object, if it is one. */
function str(object, field) {
    const value = object?.[field];
    return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined;
}
/** Not sent: a provider with no default host is called only where --endpoint names the customer's. */
function noEndpoint(provider, tenant) {
    return skipped('no-endpoint', `${provider.name} has no default host: name ${tenant.what} with --endpoint ${provider.id}=${tenant.example} (Action input endpoints); the key was not sent`);
}
/** A key with no value (forks and Dependabot get none): never called, never `invalid`. */
const NO_VALUE = {
    status: 'skipped',
    reason: 'no-value',
    message: 'no value was given for this key',
};


/***/ })

};
