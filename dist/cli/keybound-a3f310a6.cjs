// src/core/errors.ts
var KeyboundError = class extends Error {
	code;
	place;
	constructor(code, message, place = {}) {
		super(message);
		this.name = "KeyboundError";
		this.code = code;
		this.place = place;
	}
	describe() {
		const { file, line, column, path } = this.place;
		return [
			file ? [
				file,
				line,
				line ? column : void 0
			].filter((p) => p !== void 0).join(":") : "",
			path,
			this.message
		].filter(Boolean).join(": ");
	}
};
var KeyboundErrors = class extends KeyboundError {
	errors;
	constructor(errors) {
		super(errors[0]?.code ?? "internal", errors.map((e) => e.describe()).join("\n"));
		this.errors = errors;
	}
	describe() {
		return this.message;
	}
};
function describeError(error) {
	if (error instanceof KeyboundError) return error.describe();
	if (error instanceof Error) return `internal error (${error.name}): ${error.message.split("\n")[0]}`;
	return `internal error: ${typeof error} thrown`;
}
Object.defineProperty(exports, "KeyboundError", {
	enumerable: true,
	get: function() {
		return KeyboundError;
	}
});
Object.defineProperty(exports, "KeyboundErrors", {
	enumerable: true,
	get: function() {
		return KeyboundErrors;
	}
});
Object.defineProperty(exports, "describeError", {
	enumerable: true,
	get: function() {
		return describeError;
	}
});
