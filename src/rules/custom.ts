// Custom rules (config `custom-rules`) as rules: each compiled `when`/`deny` pair becomes a Rule that
// runs once per use, after the built-in rules, so its findings take the same path through severity,
// root causes (uses of a key in one job are one finding), waivers, baselines and fingerprints. The
// model handed to CEL is built here, within MODEL_BOUNDS.

import { FACT_NAMES, type Key, type Use } from '../core/types.js';
import type { CompiledCustomRule } from '../policy/cel.js';
import { MODEL_BOUNDS } from '../policy/cel-cost.js';
import type { CustomRuleSpec, ResolvedConfig } from '../policy/types.js';
import { defineRule, type Rule, type RuleMeta } from './types.js';
import { evidenceOf, smokePrincipal } from './util.js';

type Options = Record<string, never>;

/** One Rule per custom rule that is on and compiled, in config order. */
export function customRules(config: Pick<ResolvedConfig, 'customRules'>): Rule[] {
  return config.customRules
    .flatMap((spec) => (spec.severity !== 'off' && spec.compiled ? [customRule(spec, spec.compiled)] : []))
    .map((rule) => rule as unknown as Rule);
}

/**
 * A custom rule's metadata: its message as the description, and help (SARIF, `keybound explain`) that
 * says where it is defined and when it reports, from its `when` and `deny`.
 */
export function customRuleMeta(spec: CustomRuleSpec): RuleMeta<Options> {
  const where = spec.location ? `${spec.location.file}:${spec.location.line}` : 'the config';
  const when = spec.when ? ` where \`when\` is true` : '';
  const text = [
    `Custom rule ${spec.id}, defined in ${where} (custom-rules). For every use of every key${when}, it reports a finding when \`deny\` is true.`,
    '',
    `message: ${spec.message}`,
    ...(spec.when ? [`when: ${spec.when}`] : []),
    `deny: ${spec.deny}`,
    '',
    `Change it in ${where}; its severity is set there (error | warning | note | off).`,
  ].join('\n');
  const fence = (expression: string): string => `\`${expression.replace(/`/g, "'")}\``;
  const markdown = [
    `**${spec.id}** (custom rule, ${where}): for every use of every key${when}, a finding when \`deny\` is true.`,
    '',
    `- message: ${spec.message.replace(/[`*_[\]<>|]/g, '\\$&')}`,
    ...(spec.when ? [`- when: ${fence(spec.when)}`] : []),
    `- deny: ${fence(spec.deny)}`,
    '',
    `Change it in ${where}; its severity is set there (error | warning | note | off).`,
  ].join('\n');
  return {
    id: spec.id,
    description: `Custom rule: ${spec.message}`,
    defaultSeverity: spec.severity === 'off' ? 'error' : spec.severity,
    optionsSchema: { type: 'object', properties: {}, additionalProperties: false },
    defaultOptions: {},
    messages: {
      deny: spec.message,
      failed:
        '{{rule}} could not be evaluated for {{key}} ({{error}}); the use is reported rather than passed unchecked',
    },
    help: { text, markdown },
  };
}

function customRule(spec: CustomRuleSpec, compiled: CompiledCustomRule): Rule<Options> {
  const referenced = FACT_NAMES.filter((name) =>
    new RegExp(`\\bkey\\.facts\\.${name}\\b`).test(`${spec.when ?? ''} ${spec.deny}`),
  );
  return defineRule<Options>({
    meta: customRuleMeta(spec),
    check(context) {
      const keyModels = new Map<Key, Record<string, unknown>>();
      for (const key of context.keys) {
        for (const use of key.uses) {
          if (!keyModels.has(key)) keyModels.set(key, keyModel(key));
          const model = { key: keyModels.get(key), use: useModel(use), now: context.now };
          const data = messageData(spec.id, key, use, context.now);
          const at = {
            location: use.location,
            key: key.name,
            environment: use.environment,
            evidence: referenced.flatMap((name) => {
              const observation = key.facts[name];
              return observation ? [evidenceOf(observation)] : [];
            }),
            use,
          };
          let denied: boolean;
          try {
            denied = (!compiled.when || compiled.when(model) === true) && compiled.deny(model) === true;
          } catch (error) {
            const summary = (error as { summary?: string }).summary ?? (error as Error).message?.split('\n')[0];
            context.report({ ...at, messageId: 'failed', data: { ...data, error: String(summary ?? 'error') } });
            continue;
          }
          if (denied) context.report({ ...at, messageId: 'deny', data });
        }
      }
    },
  });
}

const cap = (text: string): string => text.slice(0, MODEL_BOUNDS.str);
const capList = (list: readonly string[]): string[] => list.slice(0, MODEL_BOUNDS.list).map(cap);

/** `key` as CEL sees it: every field always present; a fact nobody knows has value "" ([] for scopes) and source "none". */
export function keyModel(key: Key): Record<string, unknown> {
  const facts: Record<string, { value: string | string[]; source: string }> = {};
  for (const name of FACT_NAMES) {
    const observation = key.facts[name];
    const raw = observation?.value;
    const value =
      name === 'scopes'
        ? capList(Array.isArray(raw) ? raw : raw === undefined ? [] : [String(raw)])
        : cap(Array.isArray(raw) ? raw.join(',') : raw === undefined ? '' : String(raw));
    facts[name] = { value, source: observation?.source ?? 'none' };
  }
  const provider = key.facts.provider?.value;
  return {
    name: cap(key.name),
    names: capList(key.names),
    provider: typeof provider === 'string' ? cap(provider) : '',
    environments: capList(key.environments),
    owner: cap(key.declaration?.owner ?? ''),
    declared: key.declaration !== undefined,
    facts,
    smoke: {
      status: key.smoke?.status ?? 'none',
      reason: cap(key.smoke?.reason ?? ''),
      principal: cap((key.smoke && smokePrincipal(key)) ?? ''),
    },
  };
}

/** `use` as CEL sees it; context fields a use does not have are "". */
export function useModel(use: Use): Record<string, unknown> {
  const c = use.context ?? {};
  return {
    name: cap(use.name),
    file: cap(use.location.file),
    line: BigInt(use.location.line),
    column: BigInt(use.location.column),
    environment: cap(use.environment),
    environmentSource: use.environmentSource,
    kind: use.sourceKind,
    workflow: cap(c.workflow ?? ''),
    job: cap(c.job ?? ''),
    step: cap(c.step ?? ''),
    via: cap(c.via ?? ''),
    resource: cap(c.resource ?? ''),
  };
}

/** Values of the placeholders a custom rule's message may use (MESSAGE_PLACEHOLDERS). */
function messageData(rule: string, key: Key, use: Use, now: string): Record<string, string | number> {
  const fact = (name: (typeof FACT_NAMES)[number]): string => {
    const value = key.facts[name]?.value;
    return value === undefined ? 'unknown' : Array.isArray(value) ? value.join(', ') : String(value);
  };
  const c = use.context ?? {};
  return {
    rule,
    key: key.name,
    provider: fact('provider'),
    principal: fact('principal'),
    keyType: fact('keyType'),
    keyEnvironment: fact('keyEnvironment'),
    smoke: key.smoke?.status ?? 'none',
    environment: use.environment,
    file: use.location.file,
    line: use.location.line,
    column: use.location.column,
    use: use.name,
    workflow: c.workflow ?? '',
    job: c.job ?? '',
    step: c.step ?? '',
    resource: c.resource ?? '',
    now,
  };
}
