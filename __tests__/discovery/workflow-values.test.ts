// workflow-values: the values an expression can take (literals, matrix entries, format(), && / ||),
// inputs left as `${{ inputs.X }}` placeholders, and matrix combinations with include/exclude.

import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { matrixCombinations } from '../../src/discovery/workflow-jobs.js';
import { possibleValues, type Possible, type ValueScope } from '../../src/discovery/workflow-values.js';

const P = (values: string[], dynamic = false, empty = false): Possible => ({ values, dynamic, empty });

describe('possibleValues', () => {
  it.each<[string, string, ValueScope, Possible]>([
    ['plain text', 'production', {}, P(['production'])],
    ['a literal', "${{ 'production' }}", {}, P(['production'])],
    ['a quote inside a literal', "${{ 'it''s' }}", {}, P(["it's"])],
    ['a matrix entry', '${{ matrix.env }}', { matrix: { env: 'staging' } }, P(['staging'])],
    [
      'a nested matrix entry',
      'deploy-${{ matrix.target.env }}',
      { matrix: { target: { env: 'prod' } } },
      P(['deploy-prod']),
    ],
    ['a matrix entry the combination lacks', '${{ matrix.env }}', { matrix: {} }, P([], false, true)],
    ['a matrix nobody can name', '${{ matrix.env }}', {}, P([], true)],
    ['an input stays a placeholder', '${{ inputs.environment }}', {}, P(['${{ inputs.environment }}'])],
    ['github.event.inputs is an input', '${{ github.event.inputs.env }}', {}, P(['${{ inputs.env }}'])],
    [
      'known inputs fill in',
      '${{ inputs.env }}',
      { inputs: () => ['staging', 'production'] },
      P(['staging', 'production']),
    ],
    ['an empty input', '${{ inputs.env }}', { inputs: () => [''] }, P([], false, true)],
    [
      'a condition or nothing',
      "${{ github.event_name == 'push' && 'release' || null }}",
      {},
      P(['release'], false, true),
    ],
    ['an input or a default', "${{ inputs.env || 'staging' }}", {}, P(['${{ inputs.env }}', 'staging'])],
    ['a step output is dynamic', '${{ needs.setup.outputs.env }}', {}, P([], true)],
    ['a repository variable is dynamic', '${{ vars.ENVIRONMENT }}', {}, P([], true)],
    ['format over an input', "${{ format('{0}_API_KEY', inputs.env) }}", {}, P(['${{ inputs.env }}_API_KEY'])],
    ['format over a matrix entry', "${{ format('{0}-{1}', matrix.a, 'x') }}", { matrix: { a: 'prod' } }, P(['prod-x'])],
    ['format with escaped braces', "${{ format('{{{0}}}', 'a') }}", {}, P(['{a}'])],
    ['format over something dynamic', "${{ format('{0}', vars.X) }}", {}, P([], true)],
    ['two expressions in one template', '${{ matrix.a }}-${{ matrix.b }}', { matrix: { a: 'x', b: 'y' } }, P(['x-y'])],
    ['a comparison is no name', "${{ inputs.a == 'b' }}", {}, P(['true'], false, true)],
    ['an unparsable expression is dynamic', '${{ inputs. }}', {}, P([], true)],
    ['an unclosed expression is dynamic', '${{ inputs.env', {}, P([], true)],
    ['empty text', '', {}, P([], false, true)],
  ])('%s', (_name, template, scope, want) => {
    expect(possibleValues(template, scope)).toEqual(want);
  });
});

function combos(yaml: string) {
  const doc = parseDocument(yaml);
  return matrixCombinations(doc.contents, (node) => node);
}

describe('matrixCombinations', () => {
  it.each<[string, string, unknown]>([
    ['no matrix', 'runs-on: x', [{}]],
    [
      'a product',
      'strategy: { matrix: { a: [1, 2], b: [x] } }',
      [
        { a: 1, b: 'x' },
        { a: 2, b: 'x' },
      ],
    ],
    [
      'exclude removes partial matches',
      'strategy: { matrix: { a: [1, 2], b: [x, y], exclude: [{ a: 1, b: y }] } }',
      [
        { a: 1, b: 'x' },
        { a: 2, b: 'x' },
        { a: 2, b: 'y' },
      ],
    ],
    [
      'include extends matching combinations, else adds one',
      'strategy: { matrix: { env: [staging, production], include: [{ env: production, key: PROD }, { env: dev }] } }',
      [{ env: 'staging' }, { env: 'production', key: 'PROD' }, { env: 'dev' }],
    ],
    ['include alone', 'strategy: { matrix: { include: [{ env: a }, { env: b }] } }', [{ env: 'a' }, { env: 'b' }]],
    ['a matrix from an expression is dynamic', "strategy: { matrix: '${{ fromJSON(needs.a.outputs.m) }}' }", undefined],
    ['an include from an expression is dynamic', "strategy: { matrix: { include: '${{ fromJSON(x) }}' } }", undefined],
  ])('%s', (_name, yaml, want) => {
    expect(combos(yaml)).toEqual(want);
  });

  it('an axis written as an expression is a value nobody can name', () => {
    const [combo] = combos("strategy: { matrix: { os: '${{ fromJSON(x) }}', env: [prod] } }") ?? [];
    expect(combo.env).toBe('prod');
    expect(possibleValues('${{ matrix.os }}', { matrix: combo })).toEqual(P([], true));
  });
});
