// Builds the `keybound` command into dist/cli/ (issue 15, start-up):
//   index.js      the entry (CommonJS): `--version`, else loads keybound.cjs, then sets the V8 flags;
//   keybound.cjs  everything else, as ONE CommonJS file: Node 20 can cache V8's compiled code only for
//                 a script (vm.Script cachedData), not for ES modules; see src/cli/compile-cache.ts.
// The Action (dist/index.js) is still built by ncc: it runs on fresh runners, where no cache is warm.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { build } from 'rolldown';

const common = { platform: 'node', logLevel: 'warn', tsconfig: 'tsconfig.json' };

await build({
  ...common,
  input: 'src/cli/index.ts',
  // Only reached when run from source; built, the entry loads keybound.cjs instead.
  external: ['./process.js'],
  output: { file: 'dist/cli/index.js', format: 'cjs' },
});
await build({
  ...common,
  input: 'src/cli/process.ts',
  output: {
    dir: 'dist/cli',
    format: 'cjs',
    entryFileNames: 'keybound.cjs',
    chunkFileNames: 'keybound-[hash].cjs',
    // Lower case: two names that differ only in case are one file on macOS and Windows.
    hashCharacters: 'hex',
    // ASCII only (non-ASCII characters escaped, JSDoc comments left out): the loader reads an ASCII
    // chunk as latin1, a one-byte string made without decoding UTF-8 (compile-cache.ts). Licence
    // comments stay.
    charset: 'ascii',
    comments: { legal: true, annotation: false, jsdoc: false },
  },
});
// A compiled script has no import() (Node 20 would need an experimental loader, and V8's cached code
// loses it): rolldown turns the import() of a chunk into a require; a built-in module must be
// required in the source (the only modules left outside the bundle are Node's own).
for (const name of readdirSync('dist/cli').filter((file) => file.endsWith('.cjs'))) {
  const code = readFileSync(`dist/cli/${name}`, 'utf8');
  const call = /\bimport\(\s*["'`]node:/.exec(code);
  if (call) throw new Error(`dist/cli/${name}: import() at offset ${call.index}; load it with require instead`);
  const wide = /[^\0-\x7f]/.exec(code);
  if (wide) throw new Error(`dist/cli/${name}: a non-ASCII character at offset ${wide.index}; chunks must be ASCII`);
}
// CommonJS, entry included: Node starts a CommonJS entry without loading its ES module loader (3 ms).
writeFileSync('dist/cli/package.json', '{\n  "type": "commonjs"\n}\n');
