// The documented prefixes of provider keys (PROVIDERS.md), for the redactor: a key's body without its
// prefix is a secret of its own (a provider may echo only the part after `ghp_`), while the prefix alone
// is public text. A test keeps this list in step with every provider format's pattern.

/** Longest first, so `sk-ant-api03-` wins over `sk-`. */
export const KEY_PREFIXES: readonly string[] = [
  'sk-ant-admin01-',
  'sk-ant-api03-',
  'sk-svcacct-',
  'github_pat_',
  'xoxe.xoxp-',
  'sk-admin-',
  'sk-proj-',
  'api_org_',
  'sk_live_',
  'sk_test_',
  'rk_live_',
  'rk_test_',
  'pk_live_',
  'pk_test_',
  'glrtr-',
  'glpat-',
  'glcbt-',
  'glptt-',
  'gloas-',
  'gldt-',
  'glrt-',
  'glft-',
  'xoxb-',
  'xoxp-',
  'xoxe-',
  'xapp-',
  'xoxa-',
  'xoxr-',
  'cfat_',
  'cfut_',
  'AKIA',
  'ASIA',
  'ghp_',
  'gho_',
  'ghu_',
  'ghs_',
  'ghr_',
  'npm_',
  'cfk_',
  'hf_',
  'sk-',
  'SG.',
  'AC',
  'SK',
].sort((a, b) => b.length - a.length);

/** The documented prefix `value` starts with, or '' when it has none. */
export function keyPrefix(value: string): string {
  return KEY_PREFIXES.find((prefix) => value.startsWith(prefix)) ?? '';
}
