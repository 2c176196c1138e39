#!/usr/bin/env node
// \0rolldown/runtime.js
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __copyProps = (to, from, except, desc) => {
	if (from && typeof from === "object" || typeof from === "function") for (var keys = __getOwnPropNames(from), i = 0, n = keys.length, key; i < n; i++) {
		key = keys[i];
		if (!__hasOwnProp.call(to, key) && key !== except) __defProp(to, key, {
			get: ((k) => from[k]).bind(null, key),
			enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable
		});
	}
	return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(isNodeMode || !mod || !mod.__esModule || !__hasOwnProp.call(mod, "default") ? __defProp(target, "default", {
	value: mod,
	enumerable: true
}) : target, mod));
let node_fs = require("node:fs");
let node_url = require("node:url");
let node_v8 = require("node:v8");
let node_buffer = require("node:buffer");
let node_module = require("node:module");
let node_os = require("node:os");
let node_path = require("node:path");
let node_vm = require("node:vm");
node_vm = __toESM(node_vm, 1);
let node_zlib = require("node:zlib");
node_zlib = __toESM(node_zlib, 1);
// src/core/v8-flags.ts
/** The flags, each of which a test checks that the running V8 still knows, with its initial value. */
const V8_FLAGS = [{
	name: "heap-growing-percent",
	value: 20,
	initial: 0
}, {
	name: "semi-space-growth-factor",
	value: 16,
	initial: 2
}];
/**
* Whether V8_FLAGS are set: process-wide, as the flags are, and not in this module, of which the built
* CLI holds two copies (its entry, and the bundle the entry loads).
*/
const SET = Symbol.for("keybound.v8-flags.set");
const state = globalThis;
/** Sets V8_FLAGS (shells only: they are process-wide). */
function setV8Flags() {
	for (const flag of V8_FLAGS) (0, node_v8.setFlagsFromString)(`--${flag.name}=${flag.value}`);
	state[SET] = true;
}
/** Puts V8's own values back, so that code cached from now on is stamped with V8's own flag hash. */
function resetV8Flags() {
	for (const flag of V8_FLAGS) (0, node_v8.setFlagsFromString)(`--${flag.name}=${flag.initial}`);
	state[SET] = false;
}
/** Runs `compile` (cached code is checked as it is compiled) under V8's own values, then sets ours again. */
function withInitialV8Flags(compile) {
	if (state[SET] !== true) return compile();
	resetV8Flags();
	try {
		return compile();
	} finally {
		setV8Flags();
	}
}
/**
* Runs `compile` with every function of the code it compiles compiled at once (`--no-lazy`), then
* puts V8's own lazy compilation back: for code whose cache is about to be made (the CLI's compile
* cache), so that the cache holds all of it, not only what one run called.
*/
function compiledEagerly(compile) {
	(0, node_v8.setFlagsFromString)("--no-lazy");
	try {
		return compile();
	} finally {
		(0, node_v8.setFlagsFromString)("--lazy");
	}
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
	return (0, node_path.join)((0, node_os.tmpdir)(), uid === void 0 ? "keybound-compile-cache" : `keybound-compile-cache-${uid}`);
}
/**
* True when `dir` is a real directory (not a link) that this user owns and only this user can write,
* creating it (mode 700) when missing. On systems without uids (Windows) the user's own temp folder is
* already private, so only the link check applies.
*/
function isPrivateDirectory(dir) {
	try {
		(0, node_fs.mkdirSync)(dir, {
			recursive: true,
			mode: 448
		});
		const stat = (0, node_fs.lstatSync)(dir);
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
	const sum = ((node_zlib.crc32 ?? fnv1a)(source) >>> 0).toString(16);
	return `${(0, node_path.basename)(bundle)}${CACHE_KEY_SEPARATOR}${VERSION}-${sum}-${process.version}-${process.arch}${CACHE_SUFFIX}`;
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
* rejected are written at exit: a missing one from a chunk compiled whole, a rejected one with the
* functions this run compiled.
*/
function loadCompiled(entry, env = process.env) {
	const dir = cacheDirectory(env);
	const cacheIn = dir !== void 0 && isPrivateDirectory(dir) ? dir : void 0;
	const nodeRequire = (0, node_module.createRequire)(entry);
	const loaded = /* @__PURE__ */ new Map();
	/** Each cache to write at exit, with what makes its data. */
	const toWrite = [];
	const load = (file) => {
		const done = loaded.get(file);
		if (done) return done;
		const source = (0, node_fs.readFileSync)(file);
		const cacheFile = cacheIn === void 0 ? void 0 : (0, node_path.join)(cacheIn, cacheFileName(file, source));
		const cachedData = cacheFile ? readIfPresent(cacheFile) : void 0;
		const compile = () => new node_vm.Script(wrap(sourceText(source)), {
			filename: file,
			cachedData,
			importModuleDynamically: node_vm.constants?.USE_MAIN_CONTEXT_DEFAULT_LOADER
		});
		const whole = cacheFile !== void 0 && cachedData === void 0;
		const [script, made] = withInitialV8Flags(() => {
			if (!whole) return [compile(), void 0];
			const compiled = compiledEagerly(compile);
			return [compiled, compiled.createCachedData()];
		});
		if (cacheFile && (whole || script.cachedDataRejected === true)) {
			if (toWrite.length === 0) process.once("exit", () => {
				resetV8Flags();
				toWrite.forEach(([to, data]) => writeCache(to, data));
			});
			toWrite.push([cacheFile, made ? () => made : () => script.createCachedData()]);
		}
		const module = { exports: {} };
		loaded.set(file, module.exports);
		const chunkRequire = (id) => id.startsWith("./") && id.endsWith(".cjs") ? load((0, node_path.join)((0, node_path.dirname)(file), id)) : nodeRequire(id);
		script.runInThisContext().call(module.exports, module.exports, chunkRequire, module, file, (0, node_path.dirname)(file));
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
function sourceText(source) {
	return (0, node_buffer.isAscii)(source) ? source.toString("latin1") : source.toString("utf8");
}
/** CommonJS's own wrapper, on one line so that line numbers in stack traces stay the bundle's. */
function wrap(source) {
	return `(function (exports, require, module, __filename, __dirname) { ${source}\n})`;
}
function readIfPresent(file) {
	try {
		return (0, node_fs.readFileSync)(file);
	} catch {
		return;
	}
}
/**
* Writes a cache atomically (a reader never sees half a file) and drops the caches of other builds of
* the same file, so the directory does not grow with every upgrade.
*/
function writeCache(file, data) {
	try {
		const temporary = `${file}.${process.pid}.tmp`;
		(0, node_fs.writeFileSync)(temporary, data(), { mode: 384 });
		(0, node_fs.chmodSync)(temporary, 384);
		(0, node_fs.renameSync)(temporary, file);
		const sameFile = `${(0, node_path.basename)(file).split(CACHE_KEY_SEPARATOR)[0]}${CACHE_KEY_SEPARATOR}`;
		for (const name of (0, node_fs.readdirSync)((0, node_path.dirname)(file))) if (name !== (0, node_path.basename)(file) && name.startsWith(sameFile) && name.endsWith(CACHE_SUFFIX)) (0, node_fs.rmSync)((0, node_path.join)((0, node_path.dirname)(file), name), { force: true });
	} catch {}
}
// src/cli/index.ts
const argv = process.argv.slice(2);
if (argv.length === 1 && (argv[0] === "--version" || argv[0] === "-v")) process.stdout.write(`${VERSION}\n`);
else {
	const bundle = (0, node_url.fileURLToPath)(new URL("./keybound.cjs", require("url").pathToFileURL(__filename).href));
	((0, node_fs.existsSync)(bundle) ? Promise.resolve(loadCompiled(bundle)) : import("./process.js")).then(({ runFromProcess }) => {
		process.stdout;
		process.stderr;
		setV8Flags();
		return runFromProcess();
	});
}
