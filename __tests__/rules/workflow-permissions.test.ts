// workflow-permissions: deploying jobs with no permissions block or write-all.
import type { JobInfo, PermissionsInfo, WorkflowInfo } from '../../src/core/types.js';
import rule from '../../src/rules/workflow-permissions.js';
import { at, ruleTester } from './tester.js';

const FILE = '.github/workflows/deploy.yml';

function job(id: string, line: number, extra: Partial<JobInfo> = {}): JobInfo {
  return {
    id,
    location: at(`${FILE}:${line}:3`),
    environments: [],
    deploys: true,
    deployEvidence: 'environment production',
    ...extra,
  };
}
function perms(value: PermissionsInfo['value'], line: number, column = 3): PermissionsInfo {
  return { value, location: at(`${FILE}:${line}:${column}`) };
}
function workflow(jobs: JobInfo[], permissions?: PermissionsInfo): WorkflowInfo {
  return { file: FILE, jobs, exposures: [], callSecrets: [], ...(permissions ? { permissions } : {}) };
}

ruleTester(rule, {
  valid: [
    {
      name: 'job-level read permissions',
      inventory: { workflows: [workflow([job('deploy', 5, { permissions: perms({ contents: 'read' }, 6, 5) })])] },
    },
    {
      name: 'workflow-level permissions cover the job',
      inventory: { workflows: [workflow([job('deploy', 5)], perms({ contents: 'read', 'id-token': 'write' }, 2))] },
    },
    {
      name: 'non-deploying job without permissions',
      inventory: { workflows: [workflow([job('test', 5, { deploys: false })])] },
    },
    {
      name: 'job narrows a write-all workflow',
      inventory: {
        workflows: [workflow([job('deploy', 5, { permissions: perms('read-all', 6, 5) })], perms('write-all', 2))],
      },
    },
    {
      name: 'empty permissions block',
      inventory: { workflows: [workflow([job('deploy', 5, { permissions: perms({}, 6, 5) })])] },
    },
  ],
  invalid: [
    {
      name: 'no permissions anywhere: at the job',
      inventory: { workflows: [workflow([job('deploy', 5), job('lint', 12, { deploys: false })])] },
      errors: [
        {
          severity: 'warning',
          message:
            'job deploy deploys (environment production) with no permissions: block; set the least the GITHUB_TOKEN needs, such as contents: read',
          file: FILE,
          line: 5,
          column: 3,
          evidence: [
            { fact: 'permissions', value: 'none', source: 'file', detail: 'no job or workflow permissions: block' },
            { fact: 'deploys', value: true, source: 'file', detail: 'environment production' },
          ],
        },
      ],
    },
    {
      name: 'workflow write-all: at the permissions, once per deploying job',
      inventory: {
        workflows: [
          workflow(
            [job('deploy-eu', 5), job('deploy-us', 20, { deployEvidence: 'runs kubectl apply' })],
            perms('write-all', 2, 14),
          ),
        ],
      },
      errors: [
        {
          severity: 'warning',
          message:
            'job deploy-eu deploys (environment production) with workflow permissions: write-all; grant only the scopes it needs',
          line: 2,
          column: 14,
        },
        {
          severity: 'warning',
          message:
            'job deploy-us deploys (runs kubectl apply) with workflow permissions: write-all; grant only the scopes it needs',
          line: 2,
          column: 14,
        },
      ],
    },
    {
      name: 'job write-all',
      severity: 'error',
      inventory: {
        workflows: [
          workflow(
            [job('release', 5, { permissions: perms('write-all', 6, 18), deployEvidence: undefined })],
            perms('read-all', 2),
          ),
        ],
      },
      errors: [
        {
          severity: 'error',
          message:
            'job release deploys (looks like a deploy) with job permissions: write-all; grant only the scopes it needs',
          line: 6,
          column: 18,
        },
      ],
    },
  ],
});
