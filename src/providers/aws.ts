// AWS: access key id formats (long-term AKIA, temporary ASIA), the secret access key that pairs with
// them, the secret names that point at AWS, and STS GetCallerIdentity. Facts from PROVIDERS.md section 3.

import { namePart } from './names.js';
import type { ProviderSpec } from './types.js';

// NOTE: made-up values, concatenated so that secret scanners do not flag this file.
const ID_BODY = 'RUV6I3O726LD6BR3';
const SECRET = 'Ky2Joqy9ysfmXprCHEfJ2eQ+/gzNRgHxmmTvp3Ph';

/** AWS IAM and STS credentials: an access key id plus its secret access key (and session token). */
export const aws: ProviderSpec = {
  id: 'aws',
  name: 'Amazon Web Services',
  formats: [
    {
      // AKIA: a long-lived key of an IAM user or the account root; who owns it is unknown offline.
      type: 'long-term',
      pattern: /^AKIA[A-Z0-9]{16}$/,
      examples: ['AKIA' + ID_BODY],
      counterExamples: ['AKIA' + ID_BODY.slice(1), 'akia' + ID_BODY, 'AKIA' + ID_BODY.toLowerCase(), 'AIDA' + ID_BODY],
    },
    {
      // ASIA: temporary STS credentials, usable only with a session token.
      type: 'temporary',
      pattern: /^ASIA[A-Z0-9]{16}$/,
      examples: ['ASIA' + '2LTQZXEIXLOC6EMR'],
      counterExamples: ['ASIA' + '2LTQZXEIXLOC6EMR7', 'AROA' + '2LTQZXEIXLOC6EMR'],
    },
    {
      // 40 base64-ish characters with no prefix: counts only beside an AWS name (…SECRET_ACCESS_KEY).
      type: 'secret-access-key',
      pattern: /^[A-Za-z0-9/+]{40}$/,
      needsNameHint: true,
      examples: [SECRET],
      counterExamples: [SECRET.slice(1), SECRET + 'A', SECRET.replace('+', '-')],
    },
  ],
  namePatterns: [namePart('AWS')],
  endpoints: [
    {
      method: 'POST',
      baseUrl: 'https://sts.amazonaws.com',
      path: '/',
      note:
        'STS GetCallerIdentity (form body Action=GetCallerIdentity&Version=2011-06-15, SigV4, region ' +
        'us-east-1): read-only, needs no permission and is not blocked by an explicit deny',
    },
  ],
};
