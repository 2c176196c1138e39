// The JWT-bearer assertion (RFC 7523) of the one Google call keybound makes with a service-account key:
// the key document's fields, and an RS256 signature by node's crypto. Nothing here is sent anywhere.

import type { KeyObject } from 'node:crypto';
import { nodeCrypto } from '../core/node-crypto.js';
import { str } from './outcome.js';

/** The token endpoint as the JWT audience. SECURITY: compiled in; the document's `token_uri` is never used. */
const TOKEN_AUDIENCE = 'https://oauth2.googleapis.com/token';
/** The narrowest scope that still lets token info name the account: the minted token can read its own email. */
const SCOPE = 'https://www.googleapis.com/auth/userinfo.email';
/** Assertion lifetime; Google accepts at most an hour. */
const ASSERTION_SECONDS = 600;
/** An e-mail address as Google writes a service account's; bounded so matching stays linear. */
export const EMAIL = /^[^\s@]{1,128}@[A-Za-z0-9.-]{1,253}$/;

export interface ServiceAccount {
  clientEmail: string;
  privateKey: KeyObject;
  privateKeyId?: string;
  projectId?: string;
  clientId?: string;
}

/** The fields a JWT-bearer grant needs, or undefined. SECURITY: never throws, never quotes the document. */
export function serviceAccount(value: string): ServiceAccount | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    return undefined;
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return undefined;
  const document = parsed as Record<string, unknown>;
  const clientEmail = str(document, 'client_email');
  const pem = str(document, 'private_key');
  if (!clientEmail || !EMAIL.test(clientEmail) || !pem) return undefined;
  let privateKey: KeyObject;
  try {
    privateKey = nodeCrypto().createPrivateKey({ key: pem, format: 'pem' });
  } catch {
    return undefined;
  }
  if (privateKey.asymmetricKeyType !== 'rsa') return undefined;
  const field = (name: string, pattern: RegExp): string | undefined => {
    const text = str(document, name);
    return text !== undefined && pattern.test(text) ? text : undefined;
  };
  return {
    clientEmail,
    privateKey,
    privateKeyId: field('private_key_id', /^[A-Za-z0-9_-]{1,128}$/),
    projectId: field('project_id', /^[A-Za-z0-9.:-]{1,100}$/),
    clientId: field('client_id', /^\d{1,64}$/),
  };
}

/** An RS256 JWT-bearer assertion (RFC 7523), signed by node's crypto. */
export function signAssertion(account: ServiceAccount, now: number): string {
  const encode = (object: object): string => Buffer.from(JSON.stringify(object), 'utf8').toString('base64url');
  const header = encode({ alg: 'RS256', typ: 'JWT', ...(account.privateKeyId ? { kid: account.privateKeyId } : {}) });
  const claims = encode({
    iss: account.clientEmail,
    scope: SCOPE,
    aud: TOKEN_AUDIENCE,
    iat: now,
    exp: now + ASSERTION_SECONDS,
  });
  const signature = nodeCrypto()
    .createSign('RSA-SHA256')
    .update(`${header}.${claims}`)
    .sign(account.privateKey)
    .toString('base64url');
  return `${header}.${claims}.${signature}`;
}
