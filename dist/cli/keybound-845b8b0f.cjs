// src/providers/base-url.ts
function isLoopback(hostname) {
	return hostname === "localhost" || hostname === "[::1]" || hostname === "::1" || /^127\.\d+\.\d+\.\d+$/.test(hostname);
}
function validateBaseUrl(raw) {
	const url = new URL(raw);
	if (url.protocol !== "https:" && !(url.protocol === "http:" && isLoopback(url.hostname))) throw new Error(`plain http is accepted only for loopback addresses: ${url.origin}`);
	if (url.username || url.password || url.search || url.hash) throw new Error(`base URL must be scheme, host and path only: ${url.origin}`);
	return url;
}
Object.defineProperty(exports, "validateBaseUrl", {
	enumerable: true,
	get: function() {
		return validateBaseUrl;
	}
});
