// composite-action: where a local composite action reads its inputs, and the secrets workflow steps
// hand to those inputs followed there (with the step as calledFrom and the step's environment).
import { describe, expect, it } from 'vitest';
import { emptyInventory, type RawUse } from '../../src/core/types.js';
import { compositeActionExtractor } from '../../src/discovery/composite-action.js';
import { githubWorkflowExtractor } from '../../src/discovery/github-workflow.js';
import { mergeInto } from '../../src/discovery/index.js';
import { followWorkflowCalls } from '../../src/discovery/workflow-calls.js';

const lines = (...text: string[]): string => `${text.join('\n')}\n`;
const ACTION = '.github/actions/publish/action.yml';

const action = lines(
  'name: Publish',
  'inputs:',
  '  npm-token: { required: true }',
  '  dry-run: { default: "false" }',
  'runs:',
  '  using: composite',
  '  steps:',
  '    - run: npm publish',
  '      shell: bash',
  '      env:',
  '        NODE_AUTH_TOKEN: ${{ inputs.npm-token }}',
  "    - if: inputs.NPM-TOKEN != ''",
  '      run: echo "${{ inputs.npm-token }}" | wc -c',
  '      shell: bash',
);

describe('composite-action: the extractor', () => {
  it('records each read of an input, exactly, with where it goes', () => {
    const part = compositeActionExtractor.extract({ path: ACTION, text: action });
    expect(
      part.actions?.[0].inputRefs.map((r) => [
        r.input,
        r.location.line,
        r.location.column,
        r.location.endColumn,
        r.context,
      ]),
    ).toEqual([
      ['npm-token', 11, 30, 46, { workflow: 'Publish', step: 'step 1', via: 'env', target: 'NODE_AUTH_TOKEN' }],
      ['NPM-TOKEN', 12, 11, 27, { workflow: 'Publish', step: 'step 2', via: 'if' }],
      ['npm-token', 13, 22, 38, { workflow: 'Publish', step: 'step 2', via: 'run' }],
    ]);
  });

  it.each([
    ['a node action', lines('name: X', 'runs: { using: node20, main: index.js }')],
    ['not YAML at all', '{{ nope'],
  ])('gives nothing for %s', (_name, text) => {
    expect(compositeActionExtractor.extract({ path: ACTION, text }).actions ?? []).toEqual([]);
  });

  it.each<[string, boolean]>([
    ['.github/actions/publish/action.yml', true],
    ['tools/setup/action.yaml', true],
    ['.github/workflows/action.yml', false],
    ['action.yml.bak', false],
  ])('matches %s: %s', (path, want) => {
    expect(compositeActionExtractor.matches(path, new Set())).toBe(want);
  });
});

describe('composite-action: followed from a workflow step', () => {
  it('a secret handed to an input is a use where the action reads it, in the step environment', () => {
    const inventory = emptyInventory();
    mergeInto(inventory, compositeActionExtractor.extract({ path: ACTION, text: action }));
    const workflow = lines(
      'on: push',
      'jobs:',
      '  release:',
      '    environment: production',
      '    steps:',
      '      - uses: ./.github/actions/publish',
      '        with:',
      '          npm-token: ${{ secrets.PUBLISH_TOKEN }}',
      '          dry-run: "false"',
    );
    mergeInto(inventory, githubWorkflowExtractor.extract({ path: '.github/workflows/release.yml', text: workflow }));
    followWorkflowCalls(inventory);
    const row = (u: RawUse) =>
      [
        u.name,
        `${u.location.file}:${u.location.line}`,
        u.hints.githubEnvironment,
        u.context?.target,
        u.calledFrom?.line,
      ].join(' ');
    expect(inventory.uses.map(row)).toEqual([
      'PUBLISH_TOKEN .github/workflows/release.yml:8 production npm-token ',
      'PUBLISH_TOKEN .github/actions/publish/action.yml:11 production NODE_AUTH_TOKEN 8',
      'PUBLISH_TOKEN .github/actions/publish/action.yml:12 production  8',
      'PUBLISH_TOKEN .github/actions/publish/action.yml:13 production  8',
    ]);
  });
});
