// parse-error: one finding per parse-error diagnostic.
import rule from '../../src/rules/parse-error.js';
import { ruleTester } from './tester.js';

ruleTester(rule, {
  valid: [
    { name: 'no diagnostics', inventory: { diagnostics: [] } },
    {
      name: 'other diagnostic kinds',
      inventory: {
        diagnostics: [
          { kind: 'skipped', file: 'big.yaml', message: 'file is larger than 6 MiB; not parsed' },
          { kind: 'notice', file: '', message: 'smoke calls are off' },
        ],
      },
    },
  ],
  invalid: [
    {
      name: 'located parse error',
      inventory: {
        diagnostics: [
          {
            kind: 'parse-error',
            file: 'deploy/prod/app.yaml',
            line: 7,
            column: 3,
            message: 'Map keys must be unique.',
          },
        ],
      },
      errors: [
        {
          severity: 'error',
          message: 'deploy/prod/app.yaml cannot be parsed: Map keys must be unique; its keys were not checked',
          file: 'deploy/prod/app.yaml',
          line: 7,
          column: 3,
          evidence: [{ fact: 'parse', value: 'Map keys must be unique.', source: 'file' }],
        },
      ],
    },
    {
      name: 'the parser message names the file once (extractors prefix it)',
      inventory: {
        diagnostics: [
          {
            kind: 'parse-error',
            file: 'k8s/job.yaml',
            line: 25,
            column: 7,
            message: 'k8s/job.yaml: All sequence items must start at the same column',
          },
        ],
      },
      errors: [
        {
          severity: 'error',
          message:
            'k8s/job.yaml cannot be parsed: All sequence items must start at the same column; its keys were not checked',
          file: 'k8s/job.yaml',
          line: 25,
          column: 7,
          evidence: [
            { fact: 'parse', value: 'k8s/job.yaml: All sequence items must start at the same column', source: 'file' },
          ],
        },
      ],
    },
    {
      name: 'unlocated parse error goes to 1:1',
      severity: 'warning',
      inventory: {
        diagnostics: [{ kind: 'parse-error', file: '.env.production', message: 'nesting is too deep to parse' }],
      },
      errors: [
        {
          severity: 'warning',
          message: '.env.production cannot be parsed: nesting is too deep to parse; its keys were not checked',
          file: '.env.production',
          line: 1,
          column: 1,
        },
      ],
    },
  ],
});
