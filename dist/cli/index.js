#!/usr/bin/env node
import { createRequire } from "node:module";
import { chmodSync, existsSync, lstatSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { setFlagsFromString } from "node:v8";
import { tmpdir } from "node:os";
import { basename, dirname, join } from "node:path";
import * as vm from "node:vm";
import * as zlib from "node:zlib";
// src/core/v8-flags.ts
/** The flags, each of which a test checks that the running V8 still knows. */
const V8_FLAGS = ["--heap-growing-percent=20"];
/** Sets V8_FLAGS (shells only: they are process-wide). */
function setV8Flags() {
	for (const flag of V8_FLAGS) setFlagsFromString(flag);
}
// src/generated/version.ts
const VERSION = "0.1.0";
// src/cli/compile-cache.ts
const CACHE_SUFFIX = ".v8cache";
/** Between the bundle file's name and the rest of its cache's name (no file name of ours holds it). */
const CACHE_KEY_SEPARATOR = "@";
/** The directory the cache lives in, or undefined when the cache is off. */
function cacheDirectory(env) {
	const setting = env.KEYBOUND_COMPILE_CACHE?.trim();
	if (env.NODE_DISABLE_COMPILE_CACHE === "1" || /^(?:0|off|false)$/i.test(setting ?? "")) return void 0;
	if (setting) return setting;
	const uid = process.getuid?.();
	return join(tmpdir(), uid === void 0 ? "keybound-compile-cache" : `keybound-compile-cache-${uid}`);
}
/**
* True when `dir` is a real directory (not a link) that this user owns and only this user can write,
* creating it (mode 700) when missing. On systems without uids (Windows) the user's own temp folder is
* already private, so only the link check applies.
*/
function isPrivateDirectory(dir) {
	try {
		mkdirSync(dir, {
			recursive: true,
			mode: 448
		});
		const stat = lstatSync(dir);
		if (!stat.isDirectory()) return false;
		const uid = process.getuid?.();
		if (uid === void 0) return true;
		return stat.uid === uid && (stat.mode & 18) === 0;
	} catch {
		return false;
	}
}
/**
* The cache file's name: the bundle file's name, keybound's version, a checksum of the file's bytes (V8
* itself only compares the source's length), the Node version and the architecture. V8 also rejects
* data made under other V8 flags.
*/
function cacheFileName(bundle, source) {
	const sum = ((zlib.crc32 ?? fnv1a)(source) >>> 0).toString(16);
	return `${basename(bundle)}${CACHE_KEY_SEPARATOR}${VERSION}-${sum}-${process.version}-${process.arch}${CACHE_SUFFIX}`;
}
/** FNV-1a over the bytes, for Node before 20.15 (no zlib.crc32): slower, as good a checksum here. */
function fnv1a(bytes) {
	let hash = 2166136261;
	for (let i = 0; i < bytes.length; i++) hash = Math.imul(hash ^ bytes[i], 16777619);
	return hash;
}
/**
* Exports of a CommonJS bundle: its entry file and the chunks it requires (`./name.cjs` beside it),
* each compiled with its own cache when one can be used. The caches that were missing or that V8
* rejected are written at exit, so they also hold the functions this run compiled lazily.
*/
function loadCompiled(entry, env = process.env) {
	const dir = cacheDirectory(env);
	const cacheIn = dir !== void 0 && isPrivateDirectory(dir) ? dir : void 0;
	const nodeRequire = createRequire(entry);
	const loaded = /* @__PURE__ */ new Map();
	const toWrite = [];
	const load = (file) => {
		const done = loaded.get(file);
		if (done) return done;
		const source = readFileSync(file);
		const cacheFile = cacheIn === void 0 ? void 0 : join(cacheIn, cacheFileName(file, source));
		const cachedData = cacheFile ? readIfPresent(cacheFile) : void 0;
		const script = new vm.Script(wrap(source.toString("utf8")), {
			filename: file,
			cachedData,
			importModuleDynamically: vm.constants?.USE_MAIN_CONTEXT_DEFAULT_LOADER
		});
		if (cacheFile && (cachedData === void 0 || script.cachedDataRejected === true)) {
			if (toWrite.length === 0) process.once("exit", () => toWrite.forEach(([to, made]) => writeCache(to, made)));
			toWrite.push([cacheFile, script]);
		}
		const module = { exports: {} };
		loaded.set(file, module.exports);
		const chunkRequire = (id) => id.startsWith("./") && id.endsWith(".cjs") ? load(join(dirname(file), id)) : nodeRequire(id);
		script.runInThisContext().call(module.exports, module.exports, chunkRequire, module, file, dirname(file));
		loaded.set(file, module.exports);
		return module.exports;
	};
	return load(entry);
}
/** CommonJS's own wrapper, on one line so that line numbers in stack traces stay the bundle's. */
function wrap(source) {
	return `(function (exports, require, module, __filename, __dirname) { ${source}\n})`;
}
function readIfPresent(file) {
	try {
		return readFileSync(file);
	} catch {
		return;
	}
}
/**
* Writes a cache atomically (a reader never sees half a file) and drops the caches of other builds of
* the same file, so the directory does not grow with every upgrade.
*/
function writeCache(file, script) {
	try {
		const temporary = `${file}.${process.pid}.tmp`;
		writeFileSync(temporary, script.createCachedData(), { mode: 384 });
		chmodSync(temporary, 384);
		renameSync(temporary, file);
		const sameFile = `${basename(file).split(CACHE_KEY_SEPARATOR)[0]}${CACHE_KEY_SEPARATOR}`;
		for (const name of readdirSync(dirname(file))) if (name !== basename(file) && name.startsWith(sameFile) && name.endsWith(CACHE_SUFFIX)) rmSync(join(dirname(file), name), { force: true });
	} catch {}
}
// src/cli/index.ts
setV8Flags();
const argv = process.argv.slice(2);
if (argv.length === 1 && (argv[0] === "--version" || argv[0] === "-v")) process.stdout.write(`${VERSION}\n`);
else {
	const bundle = fileURLToPath(new URL("./keybound.cjs", import.meta.url));
	const { runFromProcess } = existsSync(bundle) ? loadCompiled(bundle) : await import("./process.js");
	await runFromProcess();
}
export {};
