// SECURITY: a secret value lives only inside a SecretValue, which cannot serialise it. JSON, string
// conversion and util.inspect all give the redacted form, so a mistake elsewhere cannot print it.

import { inspect } from 'node:util';
import { own } from './own.js';

export const REDACTED = '[redacted]';

const values = new WeakMap<SecretValue, string>();

export class SecretValue {
  /** Where the value came from, for messages: `secrets-json`, `env`, `deploy/.env.production:3`. */
  readonly origin: string;

  constructor(value: string, origin: string) {
    // A literal is cut from its file's text: kept as a view, it would keep the whole text alive.
    values.set(this, own(value));
    this.origin = origin;
    Object.freeze(this);
  }

  /** The raw value. Call only where it is sent to its own provider or inspected offline. */
  reveal(): string {
    return values.get(this) ?? '';
  }

  get length(): number {
    return this.reveal().length;
  }

  get isEmpty(): boolean {
    return this.reveal().length === 0;
  }

  toString(): string {
    return REDACTED;
  }

  toJSON(): string {
    return REDACTED;
  }

  [inspect.custom](): string {
    return REDACTED;
  }

  [Symbol.toPrimitive](): string {
    return REDACTED;
  }
}

/** Secret values by the name they are stored under in CI. A Map, so `__proto__` is just a name. */
export type SecretStore = ReadonlyMap<string, SecretValue>;
