// The shape every provider adapter shares, as data (the way a detector is in TruffleHog or a rule in
// ESLint). A provider is one file that calls `defineProvider` with:
//
//   - facts: `id`, `name`, key `formats` (with examples), `namePatterns`, `companions` (the names that
//     travel with the key: an account id, a site), and a `guide` for the README (what to declare as
//     `principal:` and what each status means for this provider);
//   - `calls`: each read-only call it may make (method, base URL, path: this list IS the allow-list the
//     HTTP client enforces), how the credential travels (`auth`), and its case table `answers`: rows of
//     status + body/header fields -> outcome, first match wins;
//   - the fact extraction, in `accept(read)`: what an accepted answer says (principal, kind, scopes,
//     dates, mode), and optionally which call comes next.
//
// What no provider needs to write: no answer (timeout, network, redirect), a 5xx, a body that is not
// the JSON the provider documents (a WAF's HTML page), an answer no row matches (all `unknown`); rate
// limits (the HTTP client retries them; a row marked `final` reads a 429 that must NOT be retried,
// such as OpenAI's insufficient_quota); provider text in messages (`{said}`: redacted of the key, its
// companions and masked keys, one line); facts accumulated over several calls.
//
// Adding a provider = its file, one line in index.ts (the registry), and its test table (the shared
// harness in __tests__/providers/harness.ts, and its recorded answers in __tests__/providers/recorded/).

import type { SecretValue } from '../core/secret.js';
import type { NamePattern } from './names.js';
import { jsonObject, noEndpoint, providerText, unexpected, unknown, type Reason } from './outcome.js';
import type {
  Companion,
  Credential,
  Endpoint,
  Guide,
  HttpRequest,
  HttpResult,
  Identity,
  KeyFormat,
  ProviderSpec,
  SmokeContext,
  Tenant,
} from './types.js';

/** The credential by role: `key` is the value itself, companions by their role (`accountSid`, `site`). */
export type Parts = Readonly<Record<string, SecretValue>>;

type Response = Extract<HttpResult, { kind: 'response' }>;
type Fact = Identity['facts'][number];
type Principal = Record<string, string | number | boolean>;

/** A field test: equal to a value, one of a list, matching a pattern, or `null` for absent. */
export type Match = string | number | boolean | null | RegExp | readonly (string | number | boolean)[];

/** One row of a case table: when it matches, `then` says what the answer means. */
export interface Row {
  /** The HTTP status or statuses; any when absent. */
  status?: number | readonly number[];
  /** Fields of the parsed body by path (`error.code`; `errors.*.code` for any element of a list). */
  body?: Readonly<Record<string, Match>>;
  /** Response headers (lower-case names). */
  headers?: Readonly<Record<string, Match>>;
  /** What fields cannot say (rare). */
  when?: (answer: Answer) => boolean;
  /** True when the row holds for a body that is not the provider's JSON (or none at all). */
  anyBody?: boolean;
  /**
   * A rate-limit status (429) that this row reads as a final answer: the HTTP client hands it over at
   * once instead of retrying (OpenAI's insufficient_quota: the account cannot pay). Other 429s never
   * reach a table: the client retries them and they end `unknown` (rate-limited).
   */
  final?: boolean;
  then: Outcome;
}

/**
 * What an answer means: a final result (`invalid(...)`, `unknown(...)` from outcome.ts, whose message
 * may say `{status}` and `{said}`), an accepted key (`accept(read)`), the next call (`next('id')`), or a
 * function of the answer returning one of those.
 */
export type Outcome = Identity | Accept | Next | ((answer: Answer) => Identity | Accept | Next);

export interface Accept {
  kind: 'accept';
  read?: (answer: Answer) => Reading;
}

export interface Next {
  kind: 'next';
  call: string;
}

/** What an accepted answer adds to the result. */
export interface Accepted {
  principal?: Principal;
  facts?: Fact[];
  /** Other names of the same principal a declaration may use (OpenAI's project id, its org-… id). */
  aliases?: string[];
  /** Declared forms this answer cannot confirm (replaces what earlier calls said; [] clears it). */
  unconfirmable?: string[];
  note?: string;
  /** The call to make next; the result so far carries over. */
  next?: string;
  /** Values the next call needs (Google's minted access token), by role; redacted like the key. */
  carry?: Parts;
}

/** What `accept`'s reader returns: what the answer adds, or a result when the body says otherwise. */
export type Reading = Accepted | Identity;

/** The key is accepted; `read` extracts what the answer says about it. */
export function accept(read?: Accept['read']): Accept {
  return { kind: 'accept', ...(read ? { read } : {}) };
}

/** Go on with another call of the same provider. */
export function next(call: string): Next {
  return { kind: 'next', call };
}

/** One read-only call: an endpoint (the allow-list) plus how to send it and what its answers mean. */
export interface Call extends Endpoint {
  /** Headers carrying the credential. SECURITY: they go only to this provider's base URL. */
  auth: (parts: Parts, context: SmokeContext) => Record<string, string> | Promise<Record<string, string>>;
  headers?: Readonly<Record<string, string>>;
  body?: string | ((parts: Parts) => string);
  /** Appended to the path as sent (`?per_page=1`); the client matches the path without it. */
  query?: string;
  answers: readonly Row[];
  /**
   * A call that only adds to a key already accepted: when it fails, the key stays accepted, with the
   * note this returns (given why it failed: `HTTP 403`, `timeout`...); '' adds none.
   */
  optional?: (why: string) => string;
}

/**
 * The base URL of a provider with no default host (`tenant`): none is compiled in, and only
 * `--endpoint` names the customer's (an Okta org, an Atlassian site).
 */
export const TENANT = undefined;

/** A call of one method: an endpoint and what its answers mean. */
const method =
  (name: Call['method']) =>
  (baseUrl: string | typeof TENANT, path: string, call: Omit<Call, 'method' | 'baseUrl' | 'path'>): Call => ({
    method: name,
    ...(baseUrl === undefined ? {} : { baseUrl }),
    path,
    ...call,
  });

/** A GET call: an endpoint and what its answers mean. */
export const get = method('GET');

/** A POST the provider documents as read-only (`note` says why). */
export const post = method('POST');

/** A row: the status(es), what they mean, and any field tests. */
export function on(status: Row['status'], then: Outcome, tests: Omit<Row, 'status' | 'then'> = {}): Row {
  return { ...(status === undefined ? {} : { status }), ...tests, then };
}

/** How the credential travels. */
export const bearer =
  (role = 'key') =>
  (parts: Parts): Record<string, string> => ({ authorization: `Bearer ${reveal(parts, role)}` });
export const header =
  (name: string, role = 'key') =>
  (parts: Parts): Record<string, string> => ({ [name]: reveal(parts, role) });
export const basic =
  (user: string, password: string) =>
  (parts: Parts): Record<string, string> => ({
    authorization: `Basic ${Buffer.from(`${reveal(parts, user)}:${reveal(parts, password)}`, 'utf8').toString('base64')}`,
  });
export const noAuth = (): Record<string, string> => ({});

function reveal(parts: Parts, role: string): string {
  const value = parts[role];
  if (!value) throw new Error(`missing credential part ${role}`);
  return value.reveal();
}

export interface ProviderDefinition {
  id: string;
  name: string;
  formats: KeyFormat[];
  namePatterns: NamePattern[];
  companions?: Companion[];
  guide: Guide;
  /** Other base URLs the same calls may use, picked per key by `baseUrlFor` (Datadog sites). */
  sites?: readonly string[];
  baseUrlFor?: (credential: Credential) => string | undefined;
  /** No default host: each customer has its own, named only by `--endpoint` (calls use `TENANT`). */
  tenant?: Tenant;
  /** The calls, by id; the first is where a check starts unless `start` says otherwise. */
  calls: Readonly<Record<string, Call>>;
  /**
   * The credential's parts and the first call, or a result when nothing may be sent (a missing
   * companion, a key type that has no check). Default: `key` plus the companions, the first call.
   */
  start?: (credential: Credential, context: SmokeContext) => { parts?: Parts; call?: string } | Identity;
  /** Body paths that hold the provider's own error text, quoted redacted as `{said}`. */
  errorText?: readonly string[];
  /** The body as a record (default: a JSON object; AWS reads XML). */
  parse?: (response: Response) => Record<string, unknown> | undefined;
}

/** A provider from its definition: the endpoints are exactly the calls, and the check runs the tables. */
export function defineProvider(definition: ProviderDefinition): ProviderSpec {
  const { calls, start: _start, errorText: _text, parse: _parse, ...facts } = definition;
  const endpoints = Object.values(calls).map(({ method, baseUrl, path, note }) => ({
    method,
    ...(baseUrl === undefined ? {} : { baseUrl }),
    path,
    ...(note ? { note } : {}),
  }));
  // A provider with a tenant has no host compiled in at all; any other has one for every call.
  if (!endpoints.every((e) => (e.baseUrl === undefined) === (definition.tenant !== undefined)))
    throw new Error(`${definition.id}: a tenant provider's calls have no base URL, and only its calls`);
  return { ...facts, endpoints, identify: (credential, context) => runCheck(definition, credential, context) };
}

/** An answer as a row sees it: status, headers, parsed body, and readers that redact provider text. */
export class Answer {
  constructor(
    readonly status: number,
    readonly headers: Readonly<Record<string, string>>,
    readonly body: Record<string, unknown> | undefined,
    readonly credential: Credential,
    readonly context: SmokeContext,
    private readonly secrets: readonly SecretValue[],
    private readonly errorPaths: readonly string[],
    /** What earlier calls of this check gave: principal details and facts. */
    readonly sofar: { readonly principal: Readonly<Principal>; readonly facts: readonly Fact[] } = {
      principal: {},
      facts: [],
    },
  ) {}

  /** A body field by path (`error.code`, `repositories.0.owner.login`); `*` stands for every element of a list (the result is then a list). */
  get(path: string): unknown {
    return pick(this.body, path.split('.'));
  }

  /** Every value at a path, as a list (none when absent). */
  all(path: string): unknown[] {
    const value = this.get(path);
    return Array.isArray(value) ? value : value === undefined ? [] : [value];
  }

  /** A body field as one line of redacted text ('' when it is not a string or number). */
  text(path: string): string {
    return this.clean(this.get(path));
  }

  /**
   * The non-empty body fields named, as redacted text (numbers and booleans kept as they are), under
   * their last path part, or under the names a record gives them (`{ business_name: 'business_profile.name' }`).
   */
  fields(paths: readonly string[] | Readonly<Record<string, string>>): Principal {
    const named = Array.isArray(paths)
      ? paths.map((path: string) => [path.split('.').pop() as string, path])
      : Object.entries(paths);
    const found: Principal = {};
    for (const [name, path] of named) {
      const value = this.get(path);
      if (typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value))) found[name] = value;
      else if (this.clean(value)) found[name] = this.clean(value);
    }
    return found;
  }

  /** A comma-separated header (`x-oauth-scopes`) as a list of redacted, non-empty items. */
  list(header: string): string[] {
    return (this.headers[header] ?? '')
      .split(',')
      .map((item) => this.clean(item))
      .filter((item) => item.length > 0);
  }

  /** A response header as redacted text. */
  header(name: string): string {
    return this.clean(this.headers[name]);
  }

  /** Provider text made safe: every secret of this check removed in every encoding, one line. */
  clean(value: unknown): string {
    return providerText(typeof value === 'number' ? String(value) : value, this.credential, this.secrets);
  }

  /** `: <the provider's own error text>` or '' (for messages). */
  get said(): string {
    for (const path of this.errorPaths) {
      const text = this.text(path);
      if (text) return `: ${text}`;
    }
    return '';
  }
}

function pick(value: unknown, path: readonly string[]): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path;
  if (head === '*') return Array.isArray(value) ? value.flatMap((item) => pickAll(item, rest)) : undefined;
  if (Array.isArray(value)) return /^\d{1,6}$/.test(head) ? pick(value[Number(head)], rest) : undefined;
  if (value === null || typeof value !== 'object') return undefined;
  return Object.hasOwn(value, head) ? pick((value as Record<string, unknown>)[head], rest) : undefined;
}

function pickAll(value: unknown, path: readonly string[]): unknown[] {
  const found = pick(value, path);
  return Array.isArray(found) && path.includes('*') ? found : found === undefined ? [] : [found];
}

function holds(match: Match, value: unknown): boolean {
  if (Array.isArray(value) && !Array.isArray(match)) return value.some((item) => holds(match, item));
  if (match === null) return value === undefined || value === null;
  if (match instanceof RegExp) return typeof value === 'string' && match.test(value);
  if (Array.isArray(match)) return match.some((item) => holds(item as string | number | boolean, value));
  return value === match;
}

function statusHolds(row: Row, status: number): boolean {
  if (row.status === undefined) return true;
  return typeof row.status === 'number' ? row.status === status : row.status.includes(status);
}

function rowHolds(row: Row, answer: Answer): boolean {
  if (!statusHolds(row, answer.status)) return false;
  if (answer.body === undefined && !row.anyBody) return false;
  for (const [path, match] of Object.entries(row.body ?? {})) if (!holds(match, answer.get(path))) return false;
  for (const [name, match] of Object.entries(row.headers ?? {})) if (!holds(match, answer.headers[name])) return false;
  return row.when ? row.when(answer) : true;
}

/** Whether a rate-limit answer is one a `final` row reads: then it is not retried. */
function isFinal(call: Call, answer: Answer): boolean {
  return call.answers.some((row) => row.final === true && rowHolds(row, answer));
}

interface State {
  principal: Principal;
  facts: Fact[];
  aliases: string[];
  unconfirmable: string[];
  notes: string[];
  parts: Parts;
}

type Resolved = Identity | (Accept & { answer: Answer }) | Next;

/** Runs a provider's calls and case tables for one credential. */
export async function runCheck(
  definition: ProviderDefinition,
  credential: Credential,
  context: SmokeContext,
): Promise<Identity> {
  // SECURITY: a tenant's host comes only from --endpoint (smoke.ts checks first; this holds for any caller).
  if (definition.tenant && !context.declaredEndpoint) return noEndpoint(definition, definition.tenant);
  const begun = definition.start?.(credential, context) ?? {};
  if ('status' in begun) return begun;
  const state: State = {
    principal: {},
    facts: [],
    aliases: [],
    unconfirmable: [],
    notes: [],
    parts: begun.parts ?? { ...credential.companions, key: credential.value },
  };
  let id = begun.call ?? Object.keys(definition.calls)[0];
  // A table cannot loop: each call is made at most once.
  const made = new Set<string>();
  for (;;) {
    const call = definition.calls[id];
    if (!call || made.has(id)) throw new Error(`${definition.id}: no call ${id}, or a second one`);
    made.add(id);
    const { resolved, why } = await callOnce(definition, call, credential, context, state);
    const read: Accepted | Identity | Next =
      'status' in resolved || resolved.kind === 'next' ? resolved : (resolved.read?.(resolved.answer) ?? {});
    if ('status' in read) {
      if (!call.optional) return read;
      // An optional call that fails leaves the key as accepted so far, with a note.
      const note = call.optional(why);
      if (note) state.notes.push(note);
      return finish(state);
    }
    if ('kind' in read) {
      id = read.call;
      continue;
    }
    merge(state, read);
    if (!read.next) return finish(state);
    id = read.next;
  }
}

async function callOnce(
  definition: ProviderDefinition,
  call: Call,
  credential: Credential,
  context: SmokeContext,
  state: State,
): Promise<{ resolved: Resolved; why: string }> {
  const parts = state.parts;
  const secrets = Object.values(parts);
  const path = fill(call.path, parts);
  if (path === undefined) {
    return { resolved: unknown('no-value', `${definition.name}: a value the call needs is missing`), why: 'no-value' };
  }
  const answerOf = (response: Pick<Response, 'status' | 'headers' | 'body'>): Answer =>
    new Answer(
      response.status,
      response.headers,
      (definition.parse ?? jsonObject)({ kind: 'response', ...response }),
      credential,
      context,
      secrets,
      definition.errorText ?? [],
      { principal: state.principal, facts: state.facts },
    );
  const request: HttpRequest = {
    method: call.method,
    path: path + (call.query ?? ''),
    // SECURITY: the credential travels only in these headers, to the base URL the client is bound to.
    headers: {
      'user-agent': 'keybound',
      accept: 'application/json',
      ...call.headers,
      ...(await call.auth(parts, context)),
    },
    ...(call.body !== undefined ? { body: typeof call.body === 'string' ? call.body : call.body(parts) } : {}),
    final: (response) => isFinal(call, answerOf(response)),
  };
  // A call on another of the provider's own hosts (Square's sandbox) gets that host's client; calls on
  // the first call's host go where the check was pointed (a Datadog site, an --endpoint override).
  const home = Object.values(definition.calls)[0]?.baseUrl;
  const http =
    call.baseUrl !== undefined && call.baseUrl !== home && context.httpFor
      ? context.httpFor(call.baseUrl)
      : context.http;
  const result = await http.request(request);
  const why = result.kind === 'response' ? `HTTP ${result.status}` : result.reason;
  return { resolved: judge(call, result, answerOf), why };
}

function judge(
  call: Call,
  result: HttpResult,
  answerOf: (response: Pick<Response, 'status' | 'headers' | 'body'>) => Answer,
): Resolved {
  if (result.kind === 'failure') return failureOutcome(result);
  if (result.status >= 500) return unknown('server-error', `HTTP ${result.status} from the provider`);
  const answer = answerOf(result);
  const row = call.answers.find((candidate) => rowHolds(candidate, answer));
  return row ? resolve(row.then, answer) : unexpected(result);
}

function failureOutcome(result: Extract<HttpResult, { kind: 'failure' }>): Identity {
  const reasons: Partial<Record<typeof result.reason, Reason>> = {
    'rate-limited': 'rate-limited',
    redirect: 'redirect',
    network: 'network',
    timeout: 'timeout',
    budget: 'timeout',
  };
  return unknown(reasons[result.reason] ?? 'unexpected-response', result.message);
}

function resolve(outcome: Outcome, answer: Answer): Resolved {
  const value = typeof outcome === 'function' ? outcome(answer) : outcome;
  if ('status' in value) {
    if (value.message === undefined) return value;
    const message = value.message.replace(/\{status\}/g, String(answer.status)).replace(/\{said\}/g, () => answer.said);
    return { ...value, message };
  }
  return value.kind === 'accept' ? { ...value, answer } : value;
}

/**
 * `{Name}` path segments filled from the part of that role, in camel case (`{AccountSid}` and
 * `{account_id}` are `accountSid` and `accountId`); undefined when one is missing.
 */
function fill(path: string, parts: Parts): string | undefined {
  let missing = false;
  const filled = path.replace(/\{([^}]+)\}/g, (_m, name: string) => {
    const role = name
      .replace(/_([a-z])/g, (_c, letter: string) => letter.toUpperCase())
      .replace(/^[A-Z]/, (c) => c.toLowerCase());
    const value = parts[role];
    if (!value) missing = true;
    return value ? encodeURIComponent(value.reveal()) : '';
  });
  return missing ? undefined : filled;
}

function merge(state: State, read: Accepted): void {
  Object.assign(state.principal, read.principal);
  const facts = read.facts ?? [];
  const known = state.facts.findIndex((f) => f.fact === 'principal');
  const named = facts.find((f) => f.fact === 'principal');
  if (named && known >= 0) {
    // A later call names the principal better (Google's token info e-mail): it replaces the first.
    state.facts[known] = named;
    state.facts.push(...facts.filter((f) => f !== named));
  } else if (named) {
    // The facts of the call that names the principal come first.
    state.facts.unshift(...facts);
  } else {
    state.facts.push(...facts);
  }
  state.aliases.push(...(read.aliases ?? []));
  if (read.unconfirmable) state.unconfirmable = read.unconfirmable;
  if (read.note) state.notes.push(read.note);
  if (read.carry) state.parts = { ...state.parts, ...read.carry };
}

function finish(state: State): Identity {
  return {
    status: 'verified',
    reason: 'ok',
    ...(Object.keys(state.principal).length > 0 ? { principal: state.principal } : {}),
    facts: state.facts,
    ...(state.aliases.length > 0 ? { aliases: state.aliases } : {}),
    ...(state.unconfirmable.length > 0 ? { unconfirmable: state.unconfirmable } : {}),
    ...(state.notes.length > 0 ? { message: state.notes.join('; ') } : {}),
  };
}

/** A fact for `Accepted.facts`. */
export function fact(name: Fact['fact'], value: Fact['value'], detail: string): Fact {
  return { fact: name, value, detail };
}
