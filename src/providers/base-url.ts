// Which base URLs a secret may be sent to at all (SECURITY.md rule 4): https anywhere, plain http only
// for loopback. Its own module because --endpoint and the GitHub API URL are checked on every run, and
// the HTTP client (http.ts) is loaded only for calls (issue 15: start-up).

/** True for addresses that never leave the machine: the only place plain http is allowed. */
export function isLoopback(hostname: string): boolean {
  return (
    hostname === 'localhost' || hostname === '[::1]' || hostname === '::1' || /^127\.\d+\.\d+\.\d+$/.test(hostname)
  );
}

/** Checks a base URL: https anywhere, http only for loopback, no credentials, no query. */
export function validateBaseUrl(raw: string): URL {
  const url = new URL(raw);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopback(url.hostname))) {
    throw new Error(`plain http is accepted only for loopback addresses: ${url.origin}`);
  }
  if (url.username || url.password || url.search || url.hash)
    throw new Error(`base URL must be scheme, host and path only: ${url.origin}`);
  return url;
}
