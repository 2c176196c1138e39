// Loads the CLI's CommonJS bundle through V8's code cache (issue 15, start-up). Compiling ≈ 2 MB of
// bundle, and then every function a scan calls for the first time, is a large share of a short run;
// V8 can serialise the compiled code and, next time, deserialise it instead. Node >= 22.1 offers this
// for its own loaders (module.enableCompileCache); Node 20 has only vm.Script's cachedData, which is
// what this uses, the way v8-compile-cache did for ESLint and Yarn.
//
// The cache holds compiled code, which runs with the keys keybound reads, so it is trusted only from a
// directory that this user owns and nobody else can write (a planted cache would be planted code). It
// holds no input: V8 serialises functions and the literals of the source, never values seen at run
// time (a test checks that a canary secret never reaches it). Any failure means compiling as before.
//
// Where: $KEYBOUND_COMPILE_CACHE if it names a directory, else `<tmp>/keybound-compile-cache-<uid>`.
// Off: KEYBOUND_COMPILE_CACHE=0 (or off, false), or Node's own NODE_DISABLE_COMPILE_CACHE=1.

import { isAscii } from 'node:buffer';
import { chmodSync, lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import * as vm from 'node:vm';
import * as zlib from 'node:zlib';
import { VERSION } from '../generated/version.js';
import { compiledEagerly, resetV8Flags, withInitialV8Flags } from '../core/v8-flags.js';

const CACHE_SUFFIX = '.v8cache';
/** Between the bundle file's name and the rest of its cache's name (no file name of ours holds it). */
const CACHE_KEY_SEPARATOR = '@';

/** The directory the cache lives in, or undefined when the cache is off. */
export function cacheDirectory(env: NodeJS.ProcessEnv): string | undefined {
  const setting = env.KEYBOUND_COMPILE_CACHE?.trim();
  if (env.NODE_DISABLE_COMPILE_CACHE === '1' || /^(?:0|off|false)$/i.test(setting ?? '')) return undefined;
  if (setting) return setting;
  const uid = process.getuid?.();
  return join(tmpdir(), uid === undefined ? 'keybound-compile-cache' : `keybound-compile-cache-${uid}`);
}

/**
 * True when `dir` is a real directory (not a link) that this user owns and only this user can write,
 * creating it (mode 700) when missing. On systems without uids (Windows) the user's own temp folder is
 * already private, so only the link check applies.
 */
export function isPrivateDirectory(dir: string): boolean {
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const stat = lstatSync(dir);
    if (!stat.isDirectory()) return false;
    const uid = process.getuid?.();
    if (uid === undefined) return true;
    return stat.uid === uid && (stat.mode & 0o022) === 0;
  } catch {
    return false;
  }
}

/**
 * The cache file's name: the bundle file's name, keybound's version, a checksum of the file's bytes (V8
 * itself only compares the source's length), the Node version and the architecture. V8 also rejects
 * data made under other V8 flags.
 */
export function cacheFileName(bundle: string, source: Buffer): string {
  const crc32 = (zlib as { crc32?: (data: Buffer) => number }).crc32 ?? fnv1a;
  const sum = (crc32(source) >>> 0).toString(16);
  return `${basename(bundle)}${CACHE_KEY_SEPARATOR}${VERSION}-${sum}-${process.version}-${process.arch}${CACHE_SUFFIX}`;
}

/** FNV-1a over the bytes, for Node before 20.15 (no zlib.crc32): slower, as good a checksum here. */
export function fnv1a(bytes: Buffer): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < bytes.length; i++) hash = Math.imul(hash ^ bytes[i], 0x01000193);
  return hash;
}

/**
 * Exports of a CommonJS bundle: its entry file and the chunks it requires (`./name.cjs` beside it),
 * each compiled with its own cache when one can be used. The caches that were missing or that V8
 * rejected are written at exit: a missing one from a chunk compiled whole, a rejected one with the
 * functions this run compiled.
 */
export function loadCompiled(entry: string, env: NodeJS.ProcessEnv = process.env): Record<string, unknown> {
  const dir = cacheDirectory(env);
  const cacheIn = dir !== undefined && isPrivateDirectory(dir) ? dir : undefined;
  const nodeRequire = createRequire(entry);
  const loaded = new Map<string, Record<string, unknown>>();
  /** Each cache to write at exit, with what makes its data. */
  const toWrite: [string, () => Buffer][] = [];

  const load = (file: string): Record<string, unknown> => {
    const done = loaded.get(file);
    if (done) return done;
    const source = readFileSync(file);
    const cacheFile = cacheIn === undefined ? undefined : join(cacheIn, cacheFileName(file, source));
    const cachedData = cacheFile ? readIfPresent(cacheFile) : undefined;
    const compile = () =>
      new vm.Script(wrap(sourceText(source)), {
        filename: file,
        cachedData,
        // The bundle's own `import('node:https')` (smoke calls) goes to Node's loader, as in a module.
        importModuleDynamically: vm.constants?.USE_MAIN_CONTEXT_DEFAULT_LOADER,
      });
    // Checked and made under V8's own flags (v8-flags.ts), whenever the chunk is loaded. A chunk with no
    // cache yet is compiled whole, once per build, and its cache made at once: it then holds every
    // function, not only those the first run called (written by a run on an empty folder, it left every
    // scan function to be compiled in every later process: the corpus took 7% longer), nor loses those
    // a long run's collections drop as unused (V8 flushes old bytecode). A rejected cache is made at exit,
    // with what this run compiled.
    const whole = cacheFile !== undefined && cachedData === undefined;
    const [script, made] = withInitialV8Flags(() => {
      if (!whole) return [compile(), undefined] as const;
      const compiled = compiledEagerly(compile);
      return [compiled, compiled.createCachedData()] as const;
    });
    if (cacheFile && (whole || script.cachedDataRejected === true)) {
      if (toWrite.length === 0) {
        process.once('exit', () => {
          resetV8Flags();
          toWrite.forEach(([to, data]) => writeCache(to, data));
        });
      }
      toWrite.push([cacheFile, made ? () => made : () => script.createCachedData()]);
    }
    const module = { exports: {} as Record<string, unknown> };
    // Set before running, so that chunks requiring each other in a cycle get this object; set again
    // after, in case the chunk replaced module.exports.
    loaded.set(file, module.exports);
    const chunkRequire = (id: string): unknown =>
      id.startsWith('./') && id.endsWith('.cjs') ? load(join(dirname(file), id)) : nodeRequire(id);
    const run = script.runInThisContext() as (...args: unknown[]) => void;
    run.call(module.exports, module.exports, chunkRequire, module, file, dirname(file));
    loaded.set(file, module.exports);
    return module.exports;
  };
  return load(entry);
}

/**
 * A chunk's text. The build writes ASCII chunks (scripts/build-cli.mjs), which latin1 turns into a
 * one-byte string without decoding UTF-8: about half the time, and half the memory, for a megabyte
 * of code in every process. Any other file is decoded as UTF-8.
 */
function sourceText(source: Buffer): string {
  return isAscii(source) ? source.toString('latin1') : source.toString('utf8');
}

/** CommonJS's own wrapper, on one line so that line numbers in stack traces stay the bundle's. */
function wrap(source: string): string {
  return `(function (exports, require, module, __filename, __dirname) { ${source}\n})`;
}

function readIfPresent(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

/**
 * Writes a cache atomically (a reader never sees half a file) and drops the caches of other builds of
 * the same file, so the directory does not grow with every upgrade.
 */
function writeCache(file: string, data: () => Buffer): void {
  try {
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, data(), { mode: 0o600 });
    chmodSync(temporary, 0o600);
    renameSync(temporary, file);
    const sameFile = `${basename(file).split(CACHE_KEY_SEPARATOR)[0]}${CACHE_KEY_SEPARATOR}`;
    for (const name of readdirSync(dirname(file))) {
      if (name !== basename(file) && name.startsWith(sameFile) && name.endsWith(CACHE_SUFFIX)) {
        rmSync(join(dirname(file), name), { force: true });
      }
    }
  } catch {
    // A cache that cannot be written only means compiling again next time.
  }
}
