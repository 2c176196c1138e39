// workflow-jobs: the environments a step's `if:` restricts it to, when every alternative compares an
// environment-named input with a literal.

import { describe, expect, it } from 'vitest';
import { conditionEnvironments } from '../../src/discovery/workflow-jobs.js';

describe('conditionEnvironments', () => {
  it.each([
    { name: 'inputs, bare', condition: "inputs.ENVIRONMENT == 'production'", want: ['production'] },
    { name: 'github.event.inputs, wrapped', condition: "${{ github.event.inputs.env == 'prod' }}", want: ['prod'] },
    {
      name: 'each alternative names one',
      condition: "${{ inputs.ENVIRONMENT == 'production' || inputs.ENVIRONMENT == 'staging' }}",
      want: ['production', 'staging'],
    },
    {
      name: 'a function call is an operand',
      condition: "inputs.environment == 'production' && !contains(inputs.tag_name, '-')",
      want: ['production'],
    },
    { name: 'with a status check', condition: "success() && inputs.target_env == 'live'", want: ['live'] },
    { name: 'an alternative without it', condition: "github.event_name == 'push' || inputs.env == 'prod'" },
    { name: 'not equal', condition: "inputs.environment != 'preview'" },
    { name: 'negation', condition: "!(inputs.environment == 'production')" },
    { name: 'grouping', condition: "(inputs.env == 'prod' || inputs.env == 'stg') && github.ref == 'main'" },
    { name: 'an input that is no environment', condition: "inputs.dry_run == 'false'" },
    { name: 'two environment inputs in one alternative', condition: "inputs.env == 'a' && inputs.stage == 'b'" },
    { name: 'empty', condition: '${{ }}' },
  ])('$name', ({ condition, want }) => {
    expect(conditionEnvironments(condition)).toEqual(want);
  });
});
