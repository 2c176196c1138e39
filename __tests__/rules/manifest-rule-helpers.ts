// A minimal RuleContext for the manifest rules: keys built from uses that may carry literals (the
// shared tester has no literals), an inventory, and findings rendered through the message templates.

import { expect } from 'vitest';
import { SecretValue } from '../../src/core/secret.js';
import { formatMessage } from '../../src/core/template.js';
import { emptyInventory, type Inventory, type Key, type Location, type Use } from '../../src/core/types.js';
import type { ResolvedConfig } from '../../src/policy/types.js';
import type { FindingInput, Rule } from '../../src/rules/types.js';

export interface LiteralUse {
  name: string;
  value?: string;
  at?: string;
  key?: string;
  sourceKind?: Use['sourceKind'];
  environment?: string;
  environmentSource?: Use['environmentSource'];
  via?: string;
  privateNetwork?: boolean;
}

export interface Rendered {
  message: string;
  at: string;
  key?: string;
  severity?: string;
  input: FindingInput;
}

export function location(at = 'deploy/app.yaml:1:1'): Location {
  const [file, line, column] = at.split(':');
  return { file, line: Number(line), column: Number(column) };
}

/** Groups uses into keys by `key` (default: the use name), as the engine's joining would. */
export function keysOf(uses: LiteralUse[]): Key[] {
  const keys = new Map<string, Key>();
  for (const spec of uses) {
    const keyName = spec.key ?? spec.name;
    const loc = location(spec.at);
    const use: Use = {
      name: spec.name,
      sourceKind: spec.sourceKind ?? 'kubernetes',
      location: loc,
      hints: {},
      environment: spec.environment ?? 'production',
      environmentSource: spec.environmentSource ?? 'path',
      ...(spec.via ? { context: { via: spec.via } } : {}),
      ...(spec.privateNetwork ? { privateNetwork: true } : {}),
      ...(spec.value === undefined ? {} : { literal: new SecretValue(spec.value, `${loc.file}:${loc.line}`) }),
    };
    const key = keys.get(keyName) ?? {
      name: keyName,
      names: [keyName],
      uses: [],
      companions: {},
      observations: [],
      facts: {},
      environments: [],
    };
    key.uses.push(use);
    if (!key.names.includes(spec.name)) key.names.push(spec.name);
    if (!key.environments.includes(use.environment)) key.environments.push(use.environment);
    keys.set(keyName, key);
  }
  return [...keys.values()];
}

function emptyConfig(): ResolvedConfig {
  return { extends: [], environments: [], keys: new Map(), rules: {}, customRules: [], exceptions: [] };
}

/** Runs a rule once and returns its findings with rendered messages. */
export function runRule<O>(
  rule: Rule<O>,
  input: { keys?: Key[]; inventory?: Partial<Inventory>; options?: Partial<O> },
): Rendered[] {
  const found: Rendered[] = [];
  rule.check({
    keys: input.keys ?? [],
    inventory: { ...emptyInventory(), ...input.inventory },
    config: emptyConfig(),
    options: { ...rule.meta.defaultOptions, ...input.options } as O,
    severity: rule.meta.defaultSeverity,
    mode: 'audit',
    now: '2026-11-22',
    smoke: false,
    waivers: [],
    report(finding) {
      const template = rule.meta.messages[finding.messageId];
      expect(template, `message id ${finding.messageId}`).toBeDefined();
      const message = formatMessage(template, finding.data);
      expect(message).not.toMatch(/\{\{/);
      const l = finding.location;
      found.push({
        message,
        at: `${l.file}:${l.line}:${l.column}`,
        ...(finding.key ? { key: finding.key } : {}),
        input: finding,
      });
    },
  });
  return found;
}

/** Asserts that none of `values` (4+ characters) appears in any finding: message, data or evidence. */
export function assertNoValues(findings: Rendered[], values: (string | undefined)[]): void {
  const text = JSON.stringify(
    findings.map((f) => ({
      message: f.message,
      data: f.input.data,
      evidence: f.input.evidence,
      anchor: f.input.anchor,
    })),
  );
  for (const value of values) if (value && value.length >= 4) expect(text).not.toContain(value);
}
