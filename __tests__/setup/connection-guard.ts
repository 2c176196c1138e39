// Test setup (vitest `setupFiles`): no test may reach anything but this machine. Every socket connect
// (net, tls, http, https, fetch all end in net.Socket.prototype.connect) and every name lookup is checked
// before anything is sent: loopback addresses (127.0.0.0/8, ::1) and `localhost` pass, anything else
// throws a ConnectionGuardError at once. A host name is resolved only through a lookup the test injects
// (its answers must be loopback too) or, for `localhost`, the system's; no real resolver is ever asked.
// Violations are also recorded, and a test during which one happened fails even if the throw was
// swallowed somewhere; a test that trips the guard on purpose takes its violations with `takeViolations`.
import dns from 'node:dns';
import net from 'node:net';
import { afterEach } from 'vitest';

export class ConnectionGuardError extends Error {
  override readonly name = 'ConnectionGuardError';
  readonly code = 'ECONNECTIONGUARD';
}

interface GuardState {
  violations: string[];
  installed: boolean;
}

const STATE_KEY = Symbol.for('keybound.test.connectionGuard');
const globals = globalThis as unknown as Record<symbol, GuardState | undefined>;
const state: GuardState = (globals[STATE_KEY] ??= { violations: [], installed: false });

/** The violations recorded since the last call (and forgets them). */
export function takeViolations(): string[] {
  return state.violations.splice(0);
}

export function isLoopbackAddress(address: string): boolean {
  const family = net.isIP(address);
  if (family === 4) return address.startsWith('127.');
  if (family === 6) {
    const normalized = new URL(`http://[${address}]/`).hostname;
    return normalized === '[::1]' || /^\[::ffff:7f[0-9a-f]{2}:[0-9a-f]{1,4}\]$/.test(normalized);
  }
  return false;
}

function refuse(what: string): ConnectionGuardError {
  const message = `connection guard: tests may only reach loopback addresses; refused ${what}`;
  state.violations.push(message);
  return new ConnectionGuardError(message);
}

type LookupCallback = (error: NodeJS.ErrnoException | null, address?: unknown, family?: number) => void;
type Lookup = (hostname: string, options: unknown, callback: LookupCallback) => void;

/** A lookup whose answers are checked: a name that resolves off this machine is refused. */
function checkedLookup(inner: Lookup): Lookup {
  return (hostname, options, callback) =>
    inner(hostname, options, (error, address, family) => {
      if (error) return callback(error, address, family);
      const addresses = Array.isArray(address)
        ? (address as { address: string }[]).map((a) => a.address)
        : [String(address)];
      const outside = addresses.find((a) => !isLoopbackAddress(a));
      if (outside !== undefined) return callback(refuse(`${hostname} resolving to ${outside}`));
      callback(null, address, family);
    });
}

interface ConnectOptions {
  host?: string;
  port?: number | string;
  path?: string | null;
  lookup?: Lookup;
}

/** The options object of any Socket#connect call form: (options), ([options, cb]), (port, host), (path). */
function connectOptions(args: unknown[]): ConnectOptions | undefined {
  const [first, second] = args;
  if (Array.isArray(first)) return connectOptions(first);
  if (first !== null && typeof first === 'object') return first as ConnectOptions;
  if (typeof first === 'number' || (typeof first === 'string' && /^\d+$/.test(first))) {
    return { port: first, host: typeof second === 'string' ? second : undefined };
  }
  if (typeof first === 'string') return { path: first };
  return undefined;
}

function install(): void {
  if (state.installed) return;
  state.installed = true;

  const connect = net.Socket.prototype.connect as (...args: unknown[]) => net.Socket;
  net.Socket.prototype.connect = function guardedConnect(this: net.Socket, ...args: unknown[]): net.Socket {
    const options = connectOptions(args);
    if (options === undefined) throw refuse('a connect call of unknown form');
    if (!options.path) {
      const host = (options.host ?? 'localhost').replace(/^\[(.*)\]$/, '$1');
      if (net.isIP(host)) {
        if (!isLoopbackAddress(host)) throw refuse(`${host}:${String(options.port)}`);
      } else if (options.lookup) {
        options.lookup = checkedLookup(options.lookup);
      } else if (host.toLowerCase() !== 'localhost') {
        throw refuse(`${host}:${String(options.port)} (a name no injected lookup resolves)`);
      }
    }
    return connect.apply(this, args);
  } as typeof net.Socket.prototype.connect;

  // Name lookups: only `localhost` and address literals are answered, by the system, and checked.
  const lookup = dns.lookup as unknown as Lookup;
  const guardedLookup = (hostname: string, options: unknown, callback?: LookupCallback): void => {
    const cb = (typeof options === 'function' ? options : callback) as LookupCallback;
    const opts = typeof options === 'function' ? {} : options;
    if (hostname.toLowerCase() !== 'localhost' && !net.isIP(hostname)) {
      const error = refuse(`a DNS lookup of ${hostname}`);
      process.nextTick(() => cb(error));
      return;
    }
    checkedLookup(lookup)(hostname, opts, cb);
  };
  (dns as unknown as { lookup: unknown }).lookup = guardedLookup;
  const promiseLookup = dns.promises.lookup;
  (dns.promises as unknown as { lookup: unknown }).lookup = async (hostname: string, options?: unknown) => {
    if (hostname.toLowerCase() !== 'localhost' && !net.isIP(hostname)) throw refuse(`a DNS lookup of ${hostname}`);
    return (promiseLookup as (h: string, o?: unknown) => Promise<unknown>)(hostname, options);
  };
  // Resolver queries go straight to DNS servers: refused outright.
  for (const target of [dns, dns.promises] as unknown as Record<string, unknown>[]) {
    for (const name of Object.keys(target).filter((n) => /^resolve/.test(n) && typeof target[n] === 'function')) {
      target[name] = (hostname: unknown) => {
        throw refuse(`a DNS query (${name}) for ${String(hostname)}`);
      };
    }
  }
}

install();

afterEach(() => {
  const violations = takeViolations();
  if (violations.length > 0) throw new ConnectionGuardError(violations.join('\n'));
});
