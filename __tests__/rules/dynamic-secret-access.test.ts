// dynamic-secret-access: `secrets[expr]` that discovery could not settle, reported in each environment
// it can run in: an error in production, a warning elsewhere; a gated environment sees only its own.
import type { DynamicSecretAccess, WorkflowInfo } from '../../src/core/types.js';
import rule from '../../src/rules/dynamic-secret-access.js';
import { at, ruleTester } from './tester.js';

const FILE = '.github/workflows/deploy.yml';
const FORMAT = "format('{0}_API_KEY', inputs.env)";

function workflow(file: string, accesses: Partial<DynamicSecretAccess>[]): WorkflowInfo {
  return {
    file,
    jobs: [],
    exposures: [],
    callSecrets: [],
    dynamicSecrets: accesses.map((a) => ({
      expression: FORMAT,
      location: at(`${file}:12:22`),
      hints: {},
      context: { workflow: 'Deploy', job: 'deploy', via: 'env' },
      ...a,
    })),
  };
}

const message = (expression: string, environment: string): string =>
  `secrets[${expression}] reads a secret whose name is only known at run time (${environment}), so it cannot be checked; use secrets.NAME, a static matrix or choice options`;

ruleTester(rule, {
  valid: [
    { name: 'no workflows', inventory: {} },
    { name: 'a workflow whose indexes were all resolved', inventory: { workflows: [workflow(FILE, [])] } },
    {
      name: 'a gate on production does not look at a staging access',
      environment: 'production',
      inventory: { workflows: [workflow(FILE, [{ hints: { githubEnvironment: 'staging' } }])] },
    },
  ],
  invalid: [
    {
      name: 'in production: an error naming the expression',
      inventory: { workflows: [workflow(FILE, [{ hints: { githubEnvironment: 'production' } }])] },
      errors: [
        {
          severity: 'error',
          message: message(FORMAT, 'production'),
          file: FILE,
          line: 12,
          column: 22,
          environment: 'production',
          evidence: [{ fact: 'secretIndex', value: FORMAT, source: 'file', detail: 'job deploy' }],
        },
      ],
    },
    {
      name: 'the file name decides when the job names no environment',
      inventory: {
        workflows: [
          workflow('.github/workflows/deploy-prod.yml', [{ location: at('.github/workflows/deploy-prod.yml:3:9') }]),
        ],
      },
      errors: [{ severity: 'error', message: message(FORMAT, 'production'), line: 3, column: 9 }],
    },
    {
      name: 'elsewhere: a warning; one finding per place and environment',
      inventory: {
        workflows: [
          workflow(FILE, [
            { expression: 'matrix.k', hints: { githubEnvironment: 'staging' } },
            { expression: 'matrix.k', hints: { githubEnvironment: 'stage' } },
            { expression: 'needs.a.outputs.k', location: at(`${FILE}:20:5`), context: { via: 'run' } },
          ]),
        ],
      },
      errors: [
        { severity: 'warning', message: message('matrix.k', 'staging'), line: 12, column: 22, environment: 'staging' },
        {
          severity: 'warning',
          message: message('needs.a.outputs.k', 'unknown'),
          line: 20,
          column: 5,
          environment: 'unknown',
          evidence: [{ fact: 'secretIndex', value: 'needs.a.outputs.k', source: 'file' }],
        },
      ],
    },
    {
      name: 'a configured warning stays a warning in production',
      severity: 'warning',
      inventory: { workflows: [workflow(FILE, [{ hints: { githubEnvironment: 'prod' } }])] },
      errors: [{ severity: 'warning', message: message(FORMAT, 'production'), line: 12, column: 22 }],
    },
  ],
});
