import { describe, expect, it } from 'vitest';
import {
  defuseCommands,
  defuseJson,
  flattenLine,
  neutralize,
  neutralizeInline,
  stripControl,
} from '../../src/report/neutralize.js';
import { parseWorkflowCommands } from '../helpers/workflow-commands.js';
import { HOSTILE_TEXTS } from './sample.js';

describe('stripControl', () => {
  const cases: [string, string, boolean, string][] = [
    ['ANSI colours', 'a\u001b[31mb\u001b[0mc', false, 'abc'],
    ['an OSC title sequence', 'a\u001b]0;title\u0007b', false, 'ab'],
    ['NUL, BEL, DEL and C1', 'a\u0000b\u0007c\u007fd\u0085e', false, 'abcd e'],
    ['bidi overrides', 'a\u202eb\u2066c', false, 'abc'],
    ['line breaks flattened', 'a\r\nb\nc\rd\u2028e', false, 'a b c d e'],
    ['line breaks kept', 'a\r\nb\u2028c', true, 'a\r\nb\nc'],
    ['tabs kept', 'a\tb', false, 'a\tb'],
  ];
  it.each(cases)('%s', (_name, input, keep, expected) => {
    expect(stripControl(input, keep)).toBe(expected);
  });
});

describe('flattenLine', () => {
  it('turns tabs into spaces too', () => {
    expect(flattenLine('a\tb\nc')).toBe('a b c');
  });
});

describe('defuseCommands', () => {
  const cases: [string, string][] = [
    ['::stop-commands::x', ': :stop-commands::x'],
    ['   ::error::x', '   : :error::x'],
    ['\u00a0::error::x', '\u00a0: :error::x'],
    ['text ::error::x', 'text ::error::x'],
    ['a ##[add-mask]b', 'a ## [add-mask]b'],
  ];
  it.each(cases)('%j', (input, expected) => {
    expect(defuseCommands(input)).toBe(expected);
  });
});

describe('neutralize', () => {
  it.each(HOSTILE_TEXTS)('makes %j one harmless line even at a line start', (text) => {
    const out = neutralize(text);
    expect(out).not.toMatch(/[\r\n]/);
    expect(parseWorkflowCommands(out).commands).toEqual([]);
    expect(parseWorkflowCommands(`  ${out}`).commands).toEqual([]);
  });

  it.each(HOSTILE_TEXTS)('neutralizeInline makes %j harmless after text of ours', (text) => {
    expect(parseWorkflowCommands(`x ${neutralizeInline(text)}`).commands).toEqual([]);
  });
});

describe('defuseJson', () => {
  it('escapes ##[ and line separators without changing the data', () => {
    const data = { a: '##[add-mask]x', b: 'p\u2028q\u2029r', c: '\\##[' };
    const out = defuseJson(JSON.stringify(data));
    expect(out).not.toMatch(/##\[|\u2028|\u2029/);
    expect(JSON.parse(out)).toEqual(data);
  });
});
