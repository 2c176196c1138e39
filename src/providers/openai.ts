// OpenAI: project, service-account, admin and legacy user keys, the secret names that point at OpenAI,
// and the calls a smoke check makes. Facts from PROVIDERS.md section 8.

import { namePart } from './names.js';
import type { ProviderSpec } from './types.js';

// NOTE: made-up values, concatenated so that secret scanners do not flag this file. `T3BlbkFJ` is
// base64 for "OpenAI" and sits in the middle of real keys.
const LEFT = 'hFoOXqVnd_iRJ0xN9pSsbeRXdvSgLLsZlHc1DGybK_7TuQTCGpxSksslib';
const RIGHT = 'zQdV4Dw_QRCl1So9nTNZuL5bUHvMnEoAyTICkkhM_8g5rRaSHSvmxzU1yl';
const MARK = 'T3Blbk' + 'FJ';

/** Body after a named prefix: bounded so matching stays linear (TH openai regex, PROVIDERS.md section 8). */
const TAIL = '[A-Za-z0-9_-]{20,400}';

/** OpenAI API keys. No test/live distinction. */
export const openai: ProviderSpec = {
  id: 'openai',
  name: 'OpenAI',
  formats: [
    {
      // A project key may be owned by a user or a service account: only the admin API tells.
      type: 'project',
      pattern: new RegExp(`^sk-proj-${TAIL}$`),
      examples: ['sk-proj-' + LEFT + MARK + RIGHT],
      counterExamples: ['sk-proj-' + 'short', 'sk_proj_' + LEFT, 'sk-proj-' + LEFT + '.'],
    },
    {
      type: 'service-account',
      pattern: new RegExp(`^sk-svcacct-${TAIL}$`),
      principalKind: 'service',
      principalDetail: 'a service-account key (sk-svcacct-)',
      examples: ['sk-svcacct-' + RIGHT + MARK + LEFT],
      counterExamples: ['sk-svcacct-' + 'x', 'sk-svcacct ' + RIGHT],
    },
    {
      type: 'admin',
      pattern: new RegExp(`^sk-admin-${TAIL}$`),
      examples: ['sk-admin-' + LEFT + MARK + RIGHT],
      counterExamples: ['sk-admin-' + 'abc', 'sk-admins' + LEFT],
    },
    {
      // Legacy user keys: sk- + 20 + T3BlbkFJ + 20. Bounded counts keep backtracking constant.
      type: 'legacy',
      pattern: /^sk-[A-Za-z0-9]{20,64}T3BlbkFJ[A-Za-z0-9]{20,64}$/,
      principalKind: 'human',
      principalDetail: 'a legacy user API key (sk-)',
      examples: ['sk-' + '9sINm6fp0D0ZIsjH3wqK' + MARK + 'uU9sINm6fp0D0ZIsjH3w'],
      counterExamples: ['sk-' + 'a99pw2DCHFEaLV7I4ogZjSmeKCjnDmVKt1DAkhBa0gb3', 'sk-' + 'short' + MARK + 'short'],
    },
  ],
  namePatterns: [namePart('OPENAI', 'OPEN_AI')],
  endpoints: [
    // Documented and cheap: proves the key is live.
    { method: 'GET', baseUrl: 'https://api.openai.com', path: '/v1/models' },
    // UNDOCUMENTED (not in openai-openapi): best effort for the user and orgs behind the key.
    { method: 'GET', baseUrl: 'https://api.openai.com', path: '/v1/me', note: 'undocumented; best effort' },
  ],
};
