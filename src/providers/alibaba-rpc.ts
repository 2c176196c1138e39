// The wire format of the one Alibaba Cloud call keybound makes (STS GetCallerIdentity): the RPC
// signature version 1.0 (HMAC-SHA1), written from the documented algorithm (help.aliyun.com, "Signature
// mechanism"; the document's own examples are this file's test vectors). POST, so that the AccessKey id
// and a security token travel in the body, never in a URL a proxy may log.

import { nodeCrypto } from '../core/node-crypto.js';

/** RFC 3986 encoding as Alibaba signs it: all but `A-Z a-z 0-9 - _ . ~` becomes `%XX` (upper case). */
export function percentEncode(text: string): string {
  return encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** The canonicalized query string: parameters sorted by name, each `name=value` encoded, joined by `&`. */
export function canonicalize(params: Readonly<Record<string, string>>): string {
  return Object.keys(params)
    .sort()
    .map((name) => `${percentEncode(name)}=${percentEncode(params[name])}`)
    .join('&');
}

/** Base64(HMAC-SHA1(secret + "&", METHOD + "&" + encode("/") + "&" + encode(canonicalized))). */
export function rpcSignature(method: 'GET' | 'POST', params: Readonly<Record<string, string>>, secret: string): string {
  const stringToSign = `${method}&${percentEncode('/')}&${percentEncode(canonicalize(params))}`;
  return nodeCrypto().createHmac('sha1', `${secret}&`).update(stringToSign, 'utf8').digest('base64');
}

export interface AlibabaSecrets {
  accessKeyId: string;
  accessKeySecret: string;
  /** Only for temporary (STS.) AccessKey ids. */
  securityToken?: string;
}

/**
 * The form body of a signed `POST /` STS GetCallerIdentity: its parameters are fixed here, so no other
 * action can be asked. `now` is the wall clock (Alibaba refuses a stale Timestamp); the nonce is new.
 */
export function getCallerIdentityBody(
  secrets: AlibabaSecrets,
  now: Date,
  nonce: string = nodeCrypto().randomUUID(),
): string {
  const params: Record<string, string> = {
    Action: 'GetCallerIdentity',
    Version: '2015-04-01',
    Format: 'JSON',
    AccessKeyId: secrets.accessKeyId,
    SignatureMethod: 'HMAC-SHA1',
    SignatureVersion: '1.0',
    SignatureNonce: nonce,
    Timestamp: now.toISOString().replace(/\.\d{3}Z$/, 'Z'),
    ...(secrets.securityToken ? { SecurityToken: secrets.securityToken } : {}),
  };
  return `${canonicalize(params)}&Signature=${percentEncode(rpcSignature('POST', params, secrets.accessKeySecret))}`;
}
