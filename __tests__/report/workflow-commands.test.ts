// Checks of the test helper itself against behaviour documented in actions/runner's own tests, so
// the github-format tests rest on a faithful model.
import { describe, expect, it } from 'vitest';
import { parseWorkflowCommands } from '../helpers/workflow-commands.js';

describe('parseWorkflowCommands', () => {
  it('parses ::name key=value,...::data with unescaping', () => {
    const view = parseWorkflowCommands('::error file=a%2Cb%3Ac.yml,line=3::msg %25 %0Anext\n');
    expect(view.commands).toEqual([
      { command: 'error', properties: { file: 'a,b:c.yml', line: '3' }, data: 'msg % \nnext', syntax: 'v2', line: 1 },
    ]);
  });

  it('unescapes %25 last, like the runner', () => {
    expect(parseWorkflowCommands('::debug::%250A').commands[0].data).toBe('%0A');
  });

  it('accepts leading whitespace and any case in the command name', () => {
    const view = parseWorkflowCommands('   ::WARNING::x');
    expect(view.commands[0].command).toBe('warning');
  });

  it('ignores unregistered commands and lines without the closing ::', () => {
    expect(parseWorkflowCommands('::bogus::x\n::error x\nplain text').commands).toEqual([]);
  });

  it('reads the legacy ##[name]data form anywhere in a line', () => {
    const view = parseWorkflowCommands('some text ##[add-mask]value');
    expect(view.commands[0]).toMatchObject({ command: 'add-mask', data: 'value', syntax: 'v1' });
  });

  it('splits lines on CR as well as LF', () => {
    expect(parseWorkflowCommands('text\r::error::a').commands).toHaveLength(1);
  });

  it('drops empty values and leading = like .NET Split(RemoveEmptyEntries)', () => {
    const view = parseWorkflowCommands('::error file=,line==4,title=a=b::m');
    expect(view.commands[0].properties).toEqual({ line: '4', title: 'a=b' });
  });

  it('stops processing after stop-commands until the token comes back', () => {
    const view = parseWorkflowCommands('::stop-commands::tok\n::add-mask::secret\n::tok::\n::error::after');
    expect(view.stopped).toBe(true);
    expect(view.commands.map((c) => c.command)).toEqual(['stop-commands', 'error']);
  });

  it('keeps only the first 10 of each annotation type', () => {
    const view = parseWorkflowCommands(Array.from({ length: 12 }, (_, i) => `::warning::w${i}`).join('\n'));
    expect(view.counts.warning).toBe(12);
    expect(view.shown).toHaveLength(10);
  });
});
