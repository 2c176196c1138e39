// formatMessage (src/core/template.ts), the renderer of every rule's message templates.
import { describe, expect, it } from 'vitest';
import { formatMessage, placeholders } from '../../src/core/template.js';

describe('formatMessage', () => {
  it.each([
    ['fills placeholders', '{{key}} is a {{env}} key', { key: 'K', env: 'staging' }, 'K is a staging key'],
    ['allows spaces in braces', '{{ key }} used', { key: 'K' }, 'K used'],
    ['stringifies numbers', '{{age}} days', { age: 120 }, '120 days'],
    ['repeats', '{{a}}-{{a}}', { a: 'x' }, 'x-x'],
    ['keeps unknown placeholders', '{{key}} {{missing}}', { key: 'K' }, 'K {{missing}}'],
    ['does not re-scan replacements', '{{a}}', { a: '{{b}}', b: 'no' }, '{{b}}'],
    ['ignores inherited properties', '{{toString}}', {}, '{{toString}}'],
    ['keeps single braces', '{key} {{key}}', { key: 'K' }, '{key} K'],
    ['supports dashed names', '{{max-age}}', { 'max-age': 90 }, '90'],
    ['treats $ in values literally', '{{v}}', { v: '$& $1' }, '$& $1'],
  ])('%s', (_name, template, data, expected) => {
    expect(formatMessage(template, data)).toBe(expected);
  });

  it('works without data', () => {
    expect(formatMessage('plain')).toBe('plain');
  });

  it('lists placeholders once, in order', () => {
    expect(placeholders('{{b}} {{a}} {{ b }}')).toEqual(['b', 'a']);
  });
});
