// A provider whose calls live on two of its own hosts (Square's production and sandbox, Honeycomb's US
// and EU regions): through smokeKeys each call reaches its own host and no other; with --endpoint every
// call goes to the one URL the user named; a host the provider does not declare is never reached.

import { afterEach, describe, expect, it } from 'vitest';
import { SecretValue } from '../../src/core/secret.js';
import type { Key } from '../../src/core/types.js';
import { accept, bearer, defineProvider, get, next, on } from '../../src/providers/adapter.js';
import { smokeKeys } from '../../src/providers/smoke.js';
import type { ProviderSpec } from '../../src/providers/types.js';
import { json, startFakeProvider, type FakeProvider } from '../helpers/fake-provider.js';
import { NOW, SETTINGS } from './harness.js';

const TOKEN = 'two_' + 'Qm4TzR8wLpXv2Nc6';

/** Asks /first on one host; a 401 there sends it to /second on another, whose 200 accepts the key. */
function twoHosts(first: string, second: string, declared = [first, second]): ProviderSpec {
  const spec = defineProvider({
    id: 'two',
    name: 'Two hosts',
    formats: [{ type: 'token', pattern: /^two_[A-Za-z0-9]{16}$/, examples: [] }],
    namePatterns: [],
    guide: { principal: '-', verified: '-', invalid: '-', unknown: '-' },
    calls: {
      first: get(first, '/first', { auth: bearer(), answers: [on(401, next('second'), { anyBody: true })] }),
      second: get(second, '/second', { auth: bearer(), answers: [on(200, accept())] }),
    },
  });
  // `declared` stands for what the provider lists as its hosts (the allow-list httpFor checks).
  return { ...spec, endpoints: spec.endpoints.map((endpoint, i) => ({ ...endpoint, baseUrl: declared[i] })) };
}

function key(): Key {
  return {
    name: 'TWO_TOKEN',
    names: ['TWO_TOKEN'],
    uses: [],
    value: new SecretValue(TOKEN, 'secrets-json'),
    companions: {},
    observations: [],
    facts: {},
    environments: ['production'],
  };
}

const servers: FakeProvider[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});
async function fake(status: number): Promise<FakeProvider> {
  const server = await startFakeProvider(() => json(status, {}));
  servers.push(server);
  return server;
}
const seen = (server: FakeProvider) => server.requests.map((request) => request.path);

describe('calls on two of a provider’s own hosts', () => {
  it('each call reaches its own host, and no other', async () => {
    const [a, b] = [await fake(401), await fake(200)];
    const k = key();
    await smokeKeys([k], { endpoints: {}, now: NOW, http: SETTINGS, providers: [twoHosts(a.url, b.url)] });
    expect(k.smoke).toMatchObject({ status: 'verified', reason: 'ok' });
    expect(seen(a)).toEqual(['/first']);
    expect(seen(b)).toEqual(['/second']);
    expect(b.requests[0].headers.authorization).toBe(`Bearer ${TOKEN}`);
  });

  it('--endpoint sends every call to the URL the user named, and no other host', async () => {
    const [a, b, named] = [await fake(401), await fake(200), await fake(401)];
    const k = key();
    const providers = [twoHosts(a.url, b.url)];
    await smokeKeys([k], { endpoints: { two: named.url }, now: NOW, http: SETTINGS, providers });
    expect(seen(named)).toEqual(['/first', '/second']);
    expect(seen(a)).toEqual([]);
    expect(seen(b)).toEqual([]);
    // The named server refused both: no row reads a 401 on /second.
    expect(k.smoke).toMatchObject({ status: 'unknown', reason: 'unexpected-response' });
  });

  it('a call on a host the provider does not declare is refused before anything is sent', async () => {
    const [a, undeclared] = [await fake(401), await fake(200)];
    const k = key();
    const providers = [twoHosts(a.url, undeclared.url, [a.url, a.url])];
    await smokeKeys([k], { endpoints: {}, now: NOW, http: SETTINGS, providers });
    expect(seen(undeclared)).toEqual([]);
    expect(k.smoke).toMatchObject({
      status: 'unknown',
      reason: 'unexpected-response',
      message: 'the Two hosts check failed (Error)',
    });
  });
});
