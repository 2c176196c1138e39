require("./keybound-35d27304.cjs");
require("./keybound-c91a4079.cjs");
const require_ajv$1 = require("./keybound-1d5644e6.cjs");
const require_formats = require("./keybound-e4ca447f.cjs");
// src/policy/schema-compile.ts
var import_ajv = require_ajv$1.require_ajv();
/**
* verbose: errors carry parentSchema and data, which the messages need (allowed property names, the
* value found). The data is only ever described through describeValue, never printed raw.
*/
const AJV_OPTIONS = {
	allErrors: true,
	strict: true,
	verbose: true,
	useDefaults: false,
	coerceTypes: false,
	removeAdditional: false,
	logger: false
};
/** A new ajv instance with keybound's options and formats; `extra` adds build-time options. */
function createAjv(extra = {}) {
	const instance = new import_ajv.Ajv({
		...AJV_OPTIONS,
		...extra
	});
	for (const [name, format] of Object.entries(require_formats.FORMATS)) instance.addFormat(name, format);
	return instance;
}
let runtimeAjv;
/** Compiles a schema at run time (one shared instance, created on first use); throws ajv's error. */
function compileSchema(schema) {
	runtimeAjv ??= createAjv();
	return runtimeAjv.compile(schema);
}
exports.compileSchema = compileSchema;
