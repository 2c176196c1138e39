// The Action shell: inputs -> engine -> annotations, job summary, SARIF and JSON files, outputs, and a
// failed step on keybound's exit codes 1, 2 and 3 (the process exits with that code). The only code
// that imports @actions/*; the decisions it prints are made by pure functions beside it.

import { existsSync, readFileSync, statSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import * as core from '@actions/core';
import { describeError, KeyboundError } from '../core/errors.js';
import { Redactor } from '../core/redact.js';
import { redactValues } from '../core/redact-values.js';
import { writeFileSafely } from '../core/safe-write.js';
import { SEVERITIES, SEVERITY_RANK, type Finding, type Report, type Severity } from '../core/types.js';
import { check, exitCodeOf } from '../engine.js';
import { loadConfig } from '../policy/load.js';
import { formatJson } from '../report/json.js';
import { flattenLine, stripControl } from '../report/neutralize.js';
import { messageWithRelated } from '../report/related.js';
import { formatSarif } from '../report/sarif.js';
import { formatSummary, SUMMARY_LIMIT_BYTES, type SummaryOptions } from '../report/summary.js';
import { RULES } from '../rules/index.js';
import { rotationChartLimits } from '../rules/rotation-age.js';
import { ANNOTATION_TYPE, planAnnotations, rebaseReport } from './annotations.js';
import { readInputs, type ActionSettings } from './inputs.js';
import { pullRequestPolicy } from './pull-request.js';
import { readSecretMetadata } from './secret-metadata.js';
import { decideSmoke, readCheckedOutCommit, TRUSTED_EVENTS, type SmokeDecision } from './untrusted.js';

type Env = Readonly<Record<string, string | undefined>>;

/** Event payloads are a few hundred kilobytes at most; a larger file is not read. */
const MAX_EVENT_BYTES = 16 * 1024 * 1024;

export async function run(env: Env = process.env): Promise<void> {
  // Everything printed goes through this; it learns every secret as soon as the inputs are read.
  let redactor = new Redactor();
  const clean = (text: string): string => redactor.redact(text);
  let summaryEnabled = true;
  try {
    const settings = readInputs(env);
    summaryEnabled = settings.summary;
    redactor = runRedactor(settings, new Redactor(settings.secrets.values()));
    let runWarnings = 0;
    const warn = (text: string): void => {
      runWarnings++;
      core.warning(clean(stripControl(text, true)));
    };
    // Each already names its origin (`input secrets: ...`).
    for (const warning of settings.secretsWarnings) warn(warning);

    const workspace = resolve(env.GITHUB_WORKSPACE || process.cwd());
    const root = resolve(workspace, settings.path);
    if (!existsSync(root) || !statSync(root).isDirectory()) {
      throw new KeyboundError('usage', `input path: "${settings.path}" is not a folder in the workspace`);
    }
    const payload = readEventPayload(env.GITHUB_EVENT_PATH);
    const decision = smokeDecision(settings, root, workspace, env, payload);
    if (decision.message) warn(decision.message);
    const pullRequest = await pullRequestPolicy(settings, env, payload, root, workspace);

    const platformSecrets = await readSecretMetadata(settings);
    const result = await check({
      root,
      configPath: settings.configPath ? resolve(workspace, settings.configPath) : undefined,
      mode: settings.mode,
      environment: settings.environment,
      smoke: decision.smoke,
      secrets: settings.secrets,
      now: new Date().toISOString().slice(0, 10),
      failOn: settings.failOn,
      endpoints: settings.endpoints,
      tlsVerificationDisabled: env.NODE_TLS_REJECT_UNAUTHORIZED === '0',
      http: { log: (line) => core.debug(clean(line)) },
      platformSecrets,
      ...(pullRequest ? { pullRequest } : {}),
    });
    redactor = runRedactor(settings, result.redactor);
    // Every string is redacted before any formatter serializes it (SECURITY.md rule 10); the line
    // outputs below (annotations, summary, messages) still pass `clean` as defence in depth.
    const report = redactValues(result.report, redactor);
    // Annotations, SARIF and the summary name files from the repository root, as GitHub resolves them.
    const shown = rebaseReport(report, scannedPrefix(workspace, root));
    const code = exitCodeOf(report);

    if (settings.annotations) {
      annotate(shown.findings, clean, { error: code === 0 ? 0 : 1, warning: runWarnings });
    }
    if (settings.summary) {
      await writeSummary(
        clean(
          formatSummary(shown, {
            ...(await rotationLimits(root, settings, workspace, pullRequest?.readBaseFile)),
            notices: [...refusal(decision), ...policyNotice(pullRequest, report)],
          }),
        ),
        env,
      );
    }
    if (settings.sarifFile) {
      const rules = result.rules;
      writeReport(settings.sarifFile, formatSarif(shown, rules), 'sarif-file', workspace, env);
      core.setOutput('sarif-file', settings.sarifFile);
    }
    if (settings.jsonFile) {
      // The JSON report keeps SPEC section 9's paths: relative to the scanned folder.
      writeReport(settings.jsonFile, formatJson(report), 'json-file', workspace, env);
      core.setOutput('json-file', settings.jsonFile);
    }
    setOutputs(report);
    if (code !== 0) {
      core.setFailed(clean(failureMessage(report, decision)));
      process.exitCode = code;
    }
  } catch (error) {
    // Anything thrown, not only Error instances, reaches the user as one redacted message (exit 2).
    const bug = error instanceof KeyboundError ? '' : ' (this is a bug in keybound; please report it)';
    const message = clean(`keybound: ${describeError(error)}${bug}`);
    core.setOutput('verdict', 'fail');
    if (summaryEnabled) {
      try {
        await writeSummary(`## keybound: ❌ could not run\n\n${clean(flattenLine(message))}\n`, env);
      } catch {
        // The failed step below says the same; a summary that cannot be written changes nothing.
      }
    }
    core.setFailed(message);
    process.exitCode = 2;
  }
}

/** `redactor` plus the tokens of this run, which the engine does not know about. */
function runRedactor(settings: ActionSettings, redactor: Redactor): Redactor {
  if (settings.secretsToken) redactor.add(settings.secretsToken);
  if (settings.githubToken) redactor.add(settings.githubToken);
  return redactor;
}

/** SECURITY.md rule 2, with what the runner gave: the event, its payload, GITHUB_SHA and the .git of the scan. */
function smokeDecision(
  settings: ActionSettings,
  root: string,
  workspace: string,
  env: Env,
  payload: unknown,
): SmokeDecision {
  const event = env.GITHUB_EVENT_NAME ?? '';
  const needsProof = settings.smoke && !TRUSTED_EVENTS.has(event) && !settings.allowUntrustedSmoke;
  const head = needsProof ? readCheckedOutCommit(root, workspace) : {};
  const decision = decideSmoke({
    requested: settings.smoke,
    event,
    payload,
    workflowSha: env.GITHUB_SHA,
    head: head.sha,
    headProblem: head.problem,
    allowUntrusted: settings.allowUntrustedSmoke,
  });
  core.debug(`smoke: requested ${settings.smoke}, event ${JSON.stringify(event)}, calls ${decision.smoke}`);
  return decision;
}

/** The event payload, or undefined when it is missing, too large or not JSON (nothing is then trusted). */
function readEventPayload(path: string | undefined): unknown {
  if (!path) return undefined;
  try {
    if (statSync(path).size > MAX_EVENT_BYTES) return undefined;
    return JSON.parse(readFileSync(path, 'utf8')) as unknown;
  } catch {
    return undefined;
  }
}

function refusal(decision: SmokeDecision): string[] {
  return decision.message ? [decision.message] : [];
}

/** On a pull request: whose policy decided, and how many changes the pull request makes to it. */
function policyNotice(pullRequest: { base: string; readBaseFile?: unknown } | undefined, report: Report): string[] {
  if (!pullRequest?.readBaseFile) return [];
  const changes = report.findings.filter((f) => f.ruleId === 'policy-change').length;
  const made =
    changes === 0
      ? 'it changes nothing in it'
      : `it changes ${changes} thing${changes === 1 ? '' : 's'} in it (policy-change findings below)`;
  return [`The policy of ${pullRequest.base} decided this pull request's check; ${made}.`];
}

/** The scanned folder relative to the workspace, `/`-separated; '' when it is outside (no rebasing). */
function scannedPrefix(workspace: string, root: string): string {
  const rel = relative(workspace, root);
  if (rel.startsWith('..') || isAbsolute(rel)) return '';
  return rel.split(sep).join('/');
}

/**
 * The effective rotation-age limits (each key's own where config declares them) and expiry lead time,
 * for the summary's charts; none when the rule is off or unreadable.
 */
async function rotationLimits(
  root: string,
  settings: ActionSettings,
  workspace: string,
  readFile?: (absPath: string) => string,
): Promise<Pick<SummaryOptions, 'maxAgeDays' | 'warnAgeDays' | 'expiryWarnDays' | 'keyLimits'>> {
  try {
    const config = await loadConfig({
      root,
      configPath: settings.configPath ? resolve(workspace, settings.configPath) : undefined,
      rules: RULES,
      // On a pull request, the limits of the policy that decided: the base commit's.
      ...(readFile ? { readFile } : {}),
    });
    return rotationChartLimits(config);
  } catch {
    return {};
  }
}

function annotate(
  findings: readonly Finding[],
  clean: (text: string) => string,
  reserved: { error: number; warning: number },
): void {
  const plan = planAnnotations(findings, reserved);
  for (const finding of plan.shown) {
    const loc = finding.location;
    // SECURITY: @actions/core escapes `%`, CR, LF (and `:` `,` in properties); controls are stripped here.
    const property = (text: string): string => clean(flattenLine(text)).trim();
    const properties: core.AnnotationProperties = {
      title: property(`keybound ${finding.ruleId}${finding.key ? ` (${finding.key})` : ''}`),
      ...(loc.file ? { file: property(loc.file) } : {}),
      ...(loc.line >= 1 ? { startLine: loc.line } : {}),
      ...(loc.column >= 1 ? { startColumn: loc.column } : {}),
      ...(loc.endLine ? { endLine: loc.endLine } : {}),
      ...(loc.endLine === loc.line && loc.endColumn ? { endColumn: loc.endColumn } : {}),
    };
    const message = clean(stripControl(messageWithRelated(finding), true));
    const type = ANNOTATION_TYPE[finding.severity];
    if (type === 'error') core.error(message, properties);
    else if (type === 'warning') core.warning(message, properties);
    else core.notice(message, properties);
  }
  if (plan.closingNotice) core.notice(plan.closingNotice, { title: 'keybound: more findings' });
}

async function writeSummary(text: string, env: Env): Promise<void> {
  if (!env.GITHUB_STEP_SUMMARY) {
    core.debug('summary: GITHUB_STEP_SUMMARY is not set; no job summary written');
    return;
  }
  const fits = Buffer.byteLength(text, 'utf8') <= SUMMARY_LIMIT_BYTES;
  const body = fits
    ? text
    : `${text.slice(0, SUMMARY_LIMIT_BYTES / 4)}\n\n_Summary truncated: see the SARIF or JSON report._\n`;
  await core.summary.addRaw(body).write();
}

/** SECURITY.md rule 9: only below the workspace or RUNNER_TEMP, never through a symlink. */
function writeReport(file: string, text: string, input: string, workspace: string, env: Env): void {
  const roots = [
    { path: workspace, name: 'the workspace' },
    ...(env.RUNNER_TEMP ? [{ path: env.RUNNER_TEMP, name: 'RUNNER_TEMP' }] : []),
  ];
  writeFileSafely(resolve(workspace, file), text, { roots, label: `input ${input}`, display: file });
}

function setOutputs(report: Report): void {
  core.setOutput('verdict', report.verdict);
  core.setOutput('errors', report.summary.error);
  core.setOutput('warnings', report.summary.warning);
  core.setOutput('notes', report.summary.note);
}

function countText(report: Report, severities: readonly Severity[]): string {
  const word = { error: 'error', warning: 'warning', note: 'note' } as const;
  return severities
    .filter((s) => report.summary[s] > 0)
    .map((s) => `${report.summary[s]} ${word[s]}${report.summary[s] === 1 ? '' : 's'}`)
    .join(', ');
}

/** Why the step fails, in one paragraph (exit 1: findings; exit 3: a gate could not confirm keys). */
export function failureMessage(report: Report, decision?: SmokeDecision): string {
  if (report.verdict === 'fail') {
    const failOn = report.failOn;
    const at = SEVERITIES.filter((s) => failOn !== 'never' && SEVERITY_RANK[s] >= SEVERITY_RANK[failOn]);
    return (
      `keybound: verdict fail: ${countText(report, at)} at or above fail-on ${report.failOn}. ` +
      `See the annotations and the job summary.`
    );
  }
  const keys = report.unconfirmed.map((name) => {
    const smoke = report.keys.find((k) => k.name === name)?.smoke;
    return smoke ? `${name} (${smoke.status}: ${smoke.reason})` : name;
  });
  const why = decision?.refused ? ` ${decision.message}.` : '';
  return (
    `keybound: verdict indeterminate: the gate could not confirm ${keys.length} key(s): ${keys.join(', ')}. ` +
    `A gate fails closed until every key it deploys is confirmed by a smoke call.${why}`
  );
}
