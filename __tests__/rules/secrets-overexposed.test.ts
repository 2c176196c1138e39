// secrets-overexposed: toJSON(secrets) and secrets: inherit.
import type { SecretsExposure, WorkflowInfo } from '../../src/core/types.js';
import rule from '../../src/rules/secrets-overexposed.js';
import { at, ruleTester } from './tester.js';

const FILE = '.github/workflows/release.yml';

function workflow(exposures: SecretsExposure[]): WorkflowInfo {
  return { file: FILE, jobs: [], exposures, callSecrets: [] };
}

ruleTester(rule, {
  valid: [
    { name: 'no exposures', inventory: { workflows: [workflow([])] } },
    { name: 'no workflows', inventory: {} },
  ],
  invalid: [
    {
      name: 'toJSON(secrets) in a step',
      inventory: {
        workflows: [workflow([{ form: 'toJSON(secrets)', location: at(`${FILE}:18:20`), job: 'build', hints: {} }])],
      },
      errors: [
        {
          severity: 'warning',
          message: 'toJSON(secrets) hands every secret to job build; pass only the secrets it needs',
          file: FILE,
          line: 18,
          column: 20,
          evidence: [{ fact: 'exposure', value: 'toJSON(secrets)', source: 'file', detail: 'job build' }],
        },
      ],
    },
    {
      name: 'secrets: inherit, and a job-less exposure',
      inventory: {
        workflows: [
          workflow([
            {
              form: 'secrets: inherit',
              location: at(`${FILE}:30:5`),
              job: 'deploy',
              hints: { githubEnvironment: 'production' },
            },
            { form: 'toJSON(secrets)', location: at(`${FILE}:3:9`), hints: {} },
          ]),
        ],
      },
      errors: [
        {
          severity: 'warning',
          message:
            'secrets: inherit hands every secret to the workflow called by job deploy; pass only the secrets it declares',
          line: 30,
          column: 5,
        },
        {
          severity: 'warning',
          message: 'toJSON(secrets) hands every secret to this workflow; pass only the secrets it needs',
          line: 3,
          column: 9,
        },
      ],
    },
  ],
});
