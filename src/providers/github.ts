// GitHub: token formats by prefix, the secret names that point at GitHub, and the read-only identity
// calls a smoke check makes. Facts from PROVIDERS.md section 1 (GitHub's token formats).

import { namePart } from './names.js';
import type { ProviderSpec } from './types.js';

// NOTE: examples are built by concatenation so that secret scanners do not flag this file; every
// value is made up and belongs to no account.
const BODY = 'rkYk0CiK17HoCacorX2EjRTAwu1McP1yd7XY';

/** Body of every GitHub token after its prefix (TH github v2 regex, PROVIDERS.md section 1). */
const TAIL = '[A-Za-z0-9_]{36,255}';

/** GitHub (github.com and GHES): PATs classic and fine-grained, OAuth, App tokens, `GITHUB_TOKEN`. */
export const github: ProviderSpec = {
  id: 'github',
  name: 'GitHub',
  formats: [
    {
      type: 'classic-pat',
      pattern: new RegExp(`^ghp_${TAIL}$`),
      principalKind: 'human',
      principalDetail: 'a user account token (ghp_)',
      examples: ['ghp_' + BODY],
      counterExamples: ['ghp_' + BODY.slice(0, 20), 'ghp-' + BODY, 'GHP_' + BODY, 'ghp_' + BODY + '!'],
    },
    {
      type: 'fine-grained-pat',
      pattern: new RegExp(`^github_pat_${TAIL}$`),
      // The resource owner may be an org, but the token still acts as the user who made it.
      principalKind: 'human',
      principalDetail: 'a user account token (github_pat_)',
      examples: ['github_pat_' + 'BM2CtvydcsFBDZpIzrPS3A_oTDggeqtYgHCYHfObCI079S77ze3dQRhTzgER9SlTy6N3mSZejocEBl81li'],
      counterExamples: ['github_pat_short', 'github-pat_' + BODY, 'github_pat ' + BODY],
    },
    {
      type: 'oauth',
      pattern: new RegExp(`^gho_${TAIL}$`),
      principalKind: 'human',
      principalDetail: 'a user account token (gho_)',
      examples: ['gho_' + 'nbnAE9KXfFpHAnxM8TY81DC0B7s83SW0Jp5M'],
      counterExamples: ['gho_' + 'nbnAE9KXfFp', 'gho_' + 'nbnAE9KXfFpHAnxM8TY81DC0B7s83SW0Jp5M-'],
    },
    {
      type: 'user-to-server',
      pattern: new RegExp(`^ghu_${TAIL}$`),
      principalKind: 'human',
      principalDetail: 'a user account token, acting through a GitHub App (ghu_)',
      examples: ['ghu_' + 'kkvacDwdcbQHR1T0OtlgbRwFUVZDk2UiSXjB'],
      counterExamples: ['ghu_', 'ghu_' + 'kkvacDwdcbQHR1T0Otlgb/wFUVZDk2UiSXjB'],
    },
    {
      type: 'app-installation',
      pattern: new RegExp(`^ghs_${TAIL}$`),
      // `GITHUB_TOKEN` in Actions is one of these too: minted per job for the workflow's repository.
      principalKind: 'service',
      principalDetail: 'a GitHub App installation token (ghs_)',
      examples: ['ghs_' + 'nAHKDoGo8VmZwGrE8xHlm0ldRkThhZqoWZgq'],
      counterExamples: ['ghs_' + 'nAHKDoGo8VmZwGrE8xHlm0ldRkThhZq', 'xghs_' + 'nAHKDoGo8VmZwGrE8xHlm0ldRkThhZqoWZgq'],
    },
    {
      type: 'refresh-token',
      pattern: new RegExp(`^ghr_${TAIL}$`),
      // SECURITY: a refresh token is not an API credential; PROVIDERS.md section 1 says never send it.
      neverSend: true,
      examples: ['ghr_' + 'IiQP9gSyz0B4FAGJMGCHBdgOlTotXN3AsE5CHwZqToEwbypikHJS724Y6HbpcpL2gl2orEVcPEWk'],
      counterExamples: ['ghr_' + 'IiQP9gSyz0', 'ghr_' + 'IiQP9gSyz0B4FAGJMGCHBdgO Tottxn3AsE5CHwZqToEwby'],
    },
  ],
  namePatterns: [namePart('GITHUB', 'GHE', 'GH_TOKEN', 'GH_PAT')],
  endpoints: [
    // Works for ghp_, github_pat_, gho_ and ghu_; an installation token gets 403 here.
    { method: 'GET', baseUrl: 'https://api.github.com', path: '/user' },
    // For ghs_ and GITHUB_TOKEN: needs no permission and names the repositories' owners.
    { method: 'GET', baseUrl: 'https://api.github.com', path: '/installation/repositories' },
  ],
};
