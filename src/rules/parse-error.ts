// parse-error: a file in scope that could not be parsed. The scan goes on without it, so whatever
// keys it uses are unchecked; reporting it keeps a broken manifest from passing silently.

import { defineRule } from './types.js';

type Options = Record<string, never>;

/** Reports each file the extractors could not parse, at the place the parser stopped. */
export default defineRule<Options>({
  meta: {
    id: 'parse-error',
    description: 'Reports a file in scope that cannot be parsed.',
    defaultSeverity: 'error',
    optionsSchema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    messages: {
      parseError: '{{file}} cannot be parsed: {{message}}; its keys were not checked',
    },
    example: 'deploy/prod/app.yaml cannot be parsed: Map keys must be unique; its keys were not checked',
  },
  check(context) {
    for (const diagnostic of context.inventory.diagnostics) {
      if (diagnostic.kind !== 'parse-error') continue;
      context.report({
        messageId: 'parseError',
        data: { file: diagnostic.file, message: withoutFile(diagnostic.message, diagnostic.file) },
        location: { file: diagnostic.file, line: diagnostic.line ?? 1, column: diagnostic.column ?? 1 },
        evidence: [{ fact: 'parse', value: diagnostic.message, source: 'file' }],
        anchor: diagnostic.message,
      });
    }
  },
});

/** The parser's message without the `file: ` it starts with (the template names the file once). */
function withoutFile(message: string, file: string): string {
  const text = message.startsWith(`${file}: `) ? message.slice(file.length + 2) : message;
  return text.replace(/[.\s]+$/, '');
}
