// GitLab: token formats by prefix, the secret names that point at GitLab, and the read-only identity
// calls a smoke check makes. Facts from PROVIDERS.md section 2 (gitlabhq doc/security/tokens).

import { namePart } from './names.js';
import type { ProviderSpec } from './types.js';

// NOTE: made-up values, concatenated so that secret scanners do not flag this file.
const BODY = '20OTK8Qk0aog8ZnXHmXi';
// The newer routable glpat- format: 27+ characters, then `.` 2 characters `.` 9 characters.
const ROUTABLE = 'Wr0B2Lg8Bi7IWWFq-xvnefwPV9-.01.hlikkj3zy';

/** Body after a GitLab prefix: legacy 20 characters up to the routable format (TH gitlab v3). */
const TAIL = '[A-Za-z0-9_=.-]{20,300}';

/** GitLab (gitlab.com and self-managed): personal, project and group access tokens and friends. */
export const gitlab: ProviderSpec = {
  id: 'gitlab',
  name: 'GitLab',
  formats: [
    {
      // glpat- covers personal, impersonation, project and group tokens; the last two are bot users,
      // so the prefix alone does not say human or service (smoke `GET /user` `bot` does).
      type: 'access-token',
      pattern: new RegExp(`^glpat-${TAIL}$`),
      examples: ['glpat-' + BODY, 'glpat-' + ROUTABLE],
      counterExamples: ['glpat-' + 'short', 'glpat_' + BODY, 'glpat-' + BODY + '\n'],
    },
    {
      type: 'deploy-token',
      pattern: new RegExp(`^gldt-${TAIL}$`),
      principalKind: 'service',
      principalDetail: 'a deploy token, not tied to a user (gldt-)',
      examples: ['gldt-' + BODY],
      counterExamples: ['gldt-' + 'tooShort', 'gldt ' + BODY],
    },
    {
      type: 'ci-job-token',
      pattern: new RegExp(`^glcbt-${TAIL}$`),
      principalKind: 'service',
      principalDetail: 'a CI job token, minted per job (glcbt-)',
      examples: ['glcbt-' + '64_' + BODY],
      counterExamples: ['glcbt-' + 'x'],
    },
    {
      // Runner, trigger and feed tokens and OAuth app secrets are not API identity credentials:
      // `GET /user` cannot tell us who they belong to, so they are never sent.
      type: 'runner-token',
      pattern: new RegExp(`^glrtr?-${TAIL}$`),
      neverSend: true,
      examples: ['glrt-' + BODY, 'glrtr-' + BODY],
      counterExamples: ['glrt-' + 'abc', 'glrtx-' + BODY],
    },
    {
      type: 'pipeline-trigger-token',
      pattern: new RegExp(`^glptt-${TAIL}$`),
      neverSend: true,
      examples: ['glptt-' + BODY],
      counterExamples: ['glptt-' + '0123'],
    },
    {
      type: 'feed-token',
      pattern: new RegExp(`^glft-${TAIL}$`),
      neverSend: true,
      examples: ['glft-' + BODY],
      counterExamples: ['glft-' + BODY + ' '],
    },
    {
      type: 'oauth-app-secret',
      pattern: new RegExp(`^gloas-${TAIL}$`),
      neverSend: true,
      examples: ['gloas-' + ROUTABLE.replace(/\./g, '')],
      counterExamples: ['gloas-' + 'tiny'],
    },
  ],
  namePatterns: [namePart('GITLAB', 'GL_TOKEN', 'GL_PAT', 'CI_JOB_TOKEN')],
  endpoints: [
    // GitLab 15.5+: the token's own scopes, dates and user_id.
    { method: 'GET', baseUrl: 'https://gitlab.com', path: '/api/v4/personal_access_tokens/self' },
    // The user behind it: `bot`, `state`, `username`.
    { method: 'GET', baseUrl: 'https://gitlab.com', path: '/api/v4/user' },
  ],
};
