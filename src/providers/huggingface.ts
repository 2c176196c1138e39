// Hugging Face: user access tokens and legacy org tokens, the secret names that point at Hugging Face,
// and whoami-v2. Facts from PROVIDERS.md section 15.

import { namePart } from './names.js';
import type { ProviderSpec } from './types.js';

// NOTE: made-up values, concatenated so that secret scanners do not flag this file.
const BODY = 'bUuZ33SlrnBYDtZtxUSihhyS63C2L1NGuK';

/** Hugging Face Hub tokens: prefix + 34 characters (TH huggingface regex). No test/live distinction. */
export const huggingface: ProviderSpec = {
  id: 'huggingface',
  name: 'Hugging Face',
  formats: [
    {
      type: 'user-access-token',
      pattern: /^hf_[A-Za-z0-9]{34}$/,
      principalKind: 'human',
      principalDetail: 'a user access token (hf_)',
      examples: ['hf_' + BODY],
      counterExamples: ['hf_' + BODY.slice(2), 'hf-' + BODY, 'hf_' + BODY + 'x'],
    },
    {
      type: 'org-token',
      pattern: /^api_org_[A-Za-z0-9]{34}$/,
      principalKind: 'service',
      principalDetail: 'a legacy organization token (api_org_)',
      examples: ['api_org_' + 'R51eeiYXlhiBn6LfQ1kcDGyEbhzHPVEY1w'],
      counterExamples: ['api_org_' + 'R51eeiYX', 'api_orgR51eeiYXlhiBn6LfQ1kcDGyEbhzHPVEY1w'],
    },
  ],
  namePatterns: [
    namePart('HUGGINGFACE', 'HUGGING_FACE', 'HUGGINGFACEHUB', 'HF_TOKEN', 'HF_API', 'HF_HUB', 'HF_ACCESS'),
  ],
  endpoints: [{ method: 'GET', baseUrl: 'https://huggingface.co', path: '/api/whoami-v2' }],
};
