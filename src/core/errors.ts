// One error class for everything the user must fix (bad flag, config, policy, secrets file): a stable
// code, where it is, and a sentence saying what was found and what was expected. The shells turn it into
// a message and exit 2; nothing else reaches the user as a stack trace.

export type ErrorCode = 'usage' | 'config' | 'policy' | 'secrets' | 'io' | 'smoke-refused' | 'internal';

export interface ErrorPlace {
  file?: string;
  line?: number;
  column?: number;
  /** Dotted path of the offending key: `rules.rotation-age.max-age-days`. */
  path?: string;
}

export class KeyboundError extends Error {
  readonly code: ErrorCode;
  readonly place: ErrorPlace;

  constructor(code: ErrorCode, message: string, place: ErrorPlace = {}) {
    super(message);
    this.name = 'KeyboundError';
    this.code = code;
    this.place = place;
  }

  /** `file:line:column: path: message`, with whatever parts are known. */
  describe(): string {
    const { file, line, column, path } = this.place;
    const where = file ? [file, line, line ? column : undefined].filter((p) => p !== undefined).join(':') : '';
    return [where, path, this.message].filter(Boolean).join(': ');
  }
}

/** Several errors found at once (a config with three mistakes reports all three). */
export class KeyboundErrors extends KeyboundError {
  readonly errors: KeyboundError[];

  constructor(errors: KeyboundError[]) {
    super(errors[0]?.code ?? 'internal', errors.map((e) => e.describe()).join('\n'));
    this.errors = errors;
  }

  override describe(): string {
    return this.message;
  }
}

/**
 * A message for anything thrown. SECURITY: never includes a stack or the input of a failed parse;
 * unknown errors are named by their type only, so data inside them cannot leak.
 */
export function describeError(error: unknown): string {
  if (error instanceof KeyboundError) return error.describe();
  if (error instanceof Error) return `internal error (${error.name}): ${error.message.split('\n')[0]}`;
  return `internal error: ${typeof error} thrown`;
}
