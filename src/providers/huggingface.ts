// Hugging Face: user access tokens and legacy org tokens, the secret names that point at Hugging Face,
// and whoami-v2. Facts from PROVIDERS.md section 15.

import { parseDate } from '../core/dates.js';
import { namePart } from './names.js';
import { commonOutcome, invalid, jsonObject, providerText, str, unexpected, verified } from './outcome.js';
import type { Credential, Identity, ProviderSpec, SmokeContext } from './types.js';

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
  identify: identifyHuggingFace,
};

/**
 * `GET /api/whoami-v2`: the user, organization or app behind the token (`name`, `type`), the token's
 * role or fine-grained permissions, and its creation and expiry dates.
 */
async function identifyHuggingFace(credential: Credential, context: SmokeContext): Promise<Identity> {
  const result = await context.http.request({
    method: 'GET',
    path: '/api/whoami-v2',
    headers: { authorization: `Bearer ${credential.value.reveal()}`, accept: 'application/json' },
  });
  const common = commonOutcome(result);
  if (common) return common;
  if (result.kind !== 'response') return unexpected(result);
  const body = jsonObject(result);
  if (result.status === 401) {
    const text = providerText(str(body, 'error'), credential);
    return invalid('revoked', `Hugging Face rejected the token${text ? `: ${text}` : ''}`);
  }
  if (result.status !== 200) return unexpected(result);

  const clean = (value: unknown): string => providerText(value, credential);
  const name = clean(str(body, 'name'));
  const type = clean(str(body, 'type'));
  if (!body || !name || !type) return unexpected(result, 'a whoami-v2 answer without a name and type');
  const auth = object(body.auth);
  const token = object(auth?.accessToken);
  const principal: Record<string, string> = { name, type };
  const id = clean(str(body, 'id'));
  if (id) principal.id = id;
  const authType = clean(str(auth, 'type'));
  if (authType) principal.authType = authType;
  const tokenName = clean(str(token, 'displayName'));
  if (tokenName) principal.tokenName = tokenName;

  const facts: Identity['facts'] = [{ fact: 'principal', value: name, detail: `whoami-v2 name (type ${type})` }];
  // An organization or an OAuth app is not a person; a user account counts as human (SPEC section 3).
  if (type === 'org' || type === 'app')
    facts.push({ fact: 'principalKind', value: 'service', detail: `whoami-v2 type ${type}` });
  else if (type === 'user') facts.push({ fact: 'principalKind', value: 'human', detail: 'whoami-v2 type user' });

  const scopes = scopesOf(token, clean);
  if (scopes) facts.push({ fact: 'scopes', value: scopes.values, detail: scopes.detail });
  const created = isoDate(str(token, 'createdAt'));
  if (created) facts.push({ fact: 'created', value: created, detail: 'whoami-v2 auth.accessToken.createdAt' });
  const expires = isoDate(str(token, 'expiration'));
  if (expires) facts.push({ fact: 'expires', value: expires, detail: 'whoami-v2 auth.accessToken.expiration' });
  return verified(principal, facts);
}

/**
 * A classic token's role (`read`, `write`, `admin`...) is its one scope. A fine-grained token's scopes
 * are its global permissions plus each scoped permission as `permission@entity-type/entity-name`.
 */
function scopesOf(
  token: Record<string, unknown> | undefined,
  clean: (value: unknown) => string,
): { values: string[]; detail: string } | undefined {
  const role = clean(str(token, 'role'));
  const fine = object(token?.fineGrained);
  if (fine) {
    const values = new Set<string>();
    for (const permission of array(fine.global)) if (clean(permission)) values.add(clean(permission));
    for (const scoped of array(fine.scoped).map(object)) {
      const entity = object(scoped?.entity);
      const target = [clean(str(entity, 'type')), clean(str(entity, 'name'))].filter(Boolean).join('/');
      for (const permission of array(scoped?.permissions)) {
        if (clean(permission)) values.add(target ? `${clean(permission)}@${target}` : clean(permission));
      }
    }
    return { values: [...values].sort(), detail: 'whoami-v2 auth.accessToken.fineGrained' };
  }
  if (role && role !== 'fineGrained') return { values: [role], detail: 'whoami-v2 auth.accessToken.role' };
  return undefined;
}

/** A provider date as ISO 8601, or undefined when it is missing or unreadable. */
function isoDate(text: string | undefined): string | undefined {
  return parseDate(text)?.toISOString();
}

function object(value: unknown): Record<string, unknown> | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

function array(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}
