export const id = 551;
export const ids = [551];
export const modules = {

/***/ 5551:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AJV_OPTIONS: () => (/* binding */ AJV_OPTIONS),
/* harmony export */   compileSchema: () => (/* binding */ compileSchema),
/* harmony export */   createAjv: () => (/* binding */ createAjv),
/* harmony export */   ruleOptionsSchema: () => (/* reexport safe */ _rule_options_schema_js__WEBPACK_IMPORTED_MODULE_2__.e)
/* harmony export */ });
/* harmony import */ var ajv__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2463);
/* harmony import */ var ajv__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(ajv__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _formats_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4190);
/* harmony import */ var _rule_options_schema_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6713);
// How keybound's schemas are compiled with ajv: the options (SECURITY.md: ajv never rewrites data here:
// no useDefaults, no coerceTypes) and the exact schema a rule's options are checked against. Used at
// build time by scripts/generate.mjs, which compiles the config schema and every built-in rule's
// options schema into src/generated/validators.ts, and at run time only for a schema it has not
// compiled (a rule changed since the last `npm run generate`, or a test's own rule).


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
    logger: false,
};
/** A new ajv instance with keybound's options and formats; `extra` adds build-time options. */
function createAjv(extra = {}) {
    const instance = new ajv__WEBPACK_IMPORTED_MODULE_1__.Ajv({ ...AJV_OPTIONS, ...extra });
    for (const [name, format] of Object.entries(_formats_js__WEBPACK_IMPORTED_MODULE_0__/* .FORMATS */ .h))
        instance.addFormat(name, format);
    return instance;
}

let runtimeAjv;
/** Compiles a schema at run time (one shared instance, created on first use); throws ajv's error. */
function compileSchema(schema) {
    runtimeAjv ??= createAjv();
    return runtimeAjv.compile(schema);
}


/***/ })

};
