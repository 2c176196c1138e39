require("./keybound-35d27304.cjs");
require("./keybound-661e1b08.cjs");
const require_ajv$1 = require("./keybound-c0ecb0ca.cjs");
const require_formats = require("./keybound-f89ccbe5.cjs");
// src/policy/schema-compile.ts
var import_ajv = require_ajv$1.require_ajv();
const AJV_OPTIONS = {
	allErrors: true,
	strict: true,
	verbose: true,
	useDefaults: false,
	coerceTypes: false,
	removeAdditional: false,
	logger: false
};
function createAjv(extra = {}) {
	const instance = new import_ajv.Ajv({
		...AJV_OPTIONS,
		...extra
	});
	for (const [name, format] of Object.entries(require_formats.FORMATS)) instance.addFormat(name, format);
	return instance;
}
let runtimeAjv;
function compileSchema(schema) {
	runtimeAjv ??= createAjv();
	return runtimeAjv.compile(schema);
}
exports.compileSchema = compileSchema;
