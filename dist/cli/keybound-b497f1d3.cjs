const require_rolldown_runtime = require("./keybound-35d27304.cjs");
const require_serde = require("./keybound-873414e6.cjs");
// node_modules/@smithy/hash-node/dist-cjs/index.js
var require_dist_cjs = require_rolldown_runtime.__commonJSMin(((exports) => {
	Object.defineProperty(exports, "__esModule", { value: true });
	exports.Hash = void 0;
	var serde_1 = (require_serde.init_serde(), require_rolldown_runtime.__toCommonJS(require_serde.serde_exports));
	Object.defineProperty(exports, "Hash", {
		enumerable: true,
		get: function() {
			return serde_1.Hash;
		}
	});
}));
Object.defineProperty(exports, "default", {
	enumerable: true,
	get: function() {
		return require_dist_cjs();
	}
});
