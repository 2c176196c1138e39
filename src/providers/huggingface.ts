// Hugging Face: user access tokens and legacy org tokens, the secret names that point at Hugging Face,
// and whoami-v2. Facts from PROVIDERS.md section 15.

import { parseDate } from '../core/dates.js';
import { accept, bearer, defineProvider, fact, get, on } from './adapter.js';
import type { Answer, Reading } from './adapter.js';
import { namePart } from './names.js';
import { invalid, unexpected } from './outcome.js';
import type { Identity } from './types.js';

// NOTE: made-up values, concatenated so that secret scanners do not flag this file.
const BODY = 'bUuZ33SlrnBYDtZtxUSihhyS63C2L1NGuK';

/** Hugging Face Hub tokens: prefix + 34 characters (TH huggingface regex). No test/live distinction. */
export const huggingface = defineProvider({
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
  guide: {
    principal: 'the user or organization `name` of whoami-v2',
    verified: 'whoami-v2 names the user, organization or app, with the token role and dates',
    invalid: '401: the token is unknown or revoked',
    unknown: 'any other answer (no answer for a disabled account is documented)',
  },
  errorText: ['error'],
  calls: {
    // The user, organization or app behind the token, its role or fine-grained permissions, its dates.
    whoami: get('https://huggingface.co', '/api/whoami-v2', {
      auth: bearer(),
      answers: [
        on(200, accept(whoami)),
        on(401, invalid('revoked', 'Hugging Face rejected the token{said}'), { anyBody: true }),
      ],
    }),
  },
});

function whoami(a: Answer): Reading {
  const name = a.text('name');
  const type = a.text('type');
  if (!name || !type) return unexpected(a, 'a whoami-v2 answer without a name and type');
  const { id, type: authType, displayName: tokenName } = a.fields(['id', 'auth.type', 'auth.accessToken.displayName']);
  const principal = { name, type, ...{ id, authType, tokenName } };
  for (const field of ['id', 'authType', 'tokenName'] as const)
    if (principal[field] === undefined) delete principal[field];
  const facts: Identity['facts'] = [fact('principal', name, `whoami-v2 name (type ${type})`)];
  // An organization or an OAuth app is not a person; a user account counts as human (SPEC section 3).
  if (type === 'org' || type === 'app') facts.push(fact('principalKind', 'service', `whoami-v2 type ${type}`));
  else if (type === 'user') facts.push(fact('principalKind', 'human', 'whoami-v2 type user'));
  const scopes = scopesOf(a);
  if (scopes) facts.push(fact('scopes', scopes.values, scopes.detail));
  for (const [name, field] of [
    ['created', 'createdAt'],
    ['expires', 'expiration'],
  ] as const) {
    const date = parseDate(a.text(`auth.accessToken.${field}`));
    if (date) facts.push(fact(name, date.toISOString(), `whoami-v2 auth.accessToken.${field}`));
  }
  return { principal, facts };
}

/**
 * A classic token's role (`read`, `write`, `admin`...) is its one scope. A fine-grained token's scopes
 * are its global permissions plus each scoped permission as `permission@entity-type/entity-name`.
 */
function scopesOf(a: Answer): { values: string[]; detail: string } | undefined {
  const fine = a.get('auth.accessToken.fineGrained');
  if (fine !== null && typeof fine === 'object' && !Array.isArray(fine)) {
    const values = new Set<string>();
    for (const permission of list(a.get('auth.accessToken.fineGrained.global'))) {
      if (a.clean(permission)) values.add(a.clean(permission));
    }
    for (const scoped of list(a.get('auth.accessToken.fineGrained.scoped'))) {
      const item = scoped as { entity?: { type?: unknown; name?: unknown }; permissions?: unknown };
      const target = [a.clean(item?.entity?.type), a.clean(item?.entity?.name)].filter(Boolean).join('/');
      for (const permission of list(item?.permissions)) {
        const clean = a.clean(permission);
        if (clean) values.add(target ? `${clean}@${target}` : clean);
      }
    }
    return { values: [...values].sort(), detail: 'whoami-v2 auth.accessToken.fineGrained' };
  }
  const role = a.text('auth.accessToken.role');
  if (role && role !== 'fineGrained') return { values: [role], detail: 'whoami-v2 auth.accessToken.role' };
  return undefined;
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}
