// src/core/types.ts
const SEVERITIES = [
	"error",
	"warning",
	"note"
];
const SEVERITY_RANK = {
	error: 3,
	warning: 2,
	note: 1
};
const BUILTIN_ENVIRONMENTS = [
	"production",
	"staging",
	"development",
	"unknown"
];
function emptyInventory() {
	return {
		files: [],
		uses: [],
		links: [],
		workflows: [],
		rbac: {
			roles: [],
			bindings: [],
			serviceAccounts: []
		},
		kustomizations: [],
		diagnostics: [],
		suppressions: []
	};
}
const FACT_SOURCE_RANK = {
	smoke: 5,
	value: 4,
	platform: 3,
	declared: 2,
	name: 1
};
const FACT_NAMES = [
	"provider",
	"keyType",
	"keyEnvironment",
	"principal",
	"principalKind",
	"account",
	"scopes",
	"created",
	"rotated",
	"expires"
];
const SMOKE_STATUSES = [
	"verified",
	"mismatch",
	"invalid",
	"unknown",
	"skipped",
	"malformed"
];
Object.defineProperty(exports, "BUILTIN_ENVIRONMENTS", {
	enumerable: true,
	get: function() {
		return BUILTIN_ENVIRONMENTS;
	}
});
Object.defineProperty(exports, "FACT_NAMES", {
	enumerable: true,
	get: function() {
		return FACT_NAMES;
	}
});
Object.defineProperty(exports, "FACT_SOURCE_RANK", {
	enumerable: true,
	get: function() {
		return FACT_SOURCE_RANK;
	}
});
Object.defineProperty(exports, "SEVERITIES", {
	enumerable: true,
	get: function() {
		return SEVERITIES;
	}
});
Object.defineProperty(exports, "SEVERITY_RANK", {
	enumerable: true,
	get: function() {
		return SEVERITY_RANK;
	}
});
Object.defineProperty(exports, "SMOKE_STATUSES", {
	enumerable: true,
	get: function() {
		return SMOKE_STATUSES;
	}
});
Object.defineProperty(exports, "emptyInventory", {
	enumerable: true,
	get: function() {
		return emptyInventory;
	}
});
