// The Action shell: inputs -> engine -> annotations, job summary, SARIF and JSON files, outputs, and a
// failed step on exit codes 1, 2 and 3. The only code that imports @actions/*.

import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as core from '@actions/core';
import { describeError } from '../core/errors.js';
import { Redactor } from '../core/redact.js';
import { SEVERITY_RANK, type Finding, type Report } from '../core/types.js';
import { check, exitCodeOf } from '../engine.js';
import { formatJson } from '../report/json.js';
import { formatMarkdown } from '../report/markdown.js';
import { formatSarif } from '../report/sarif.js';
import { RULES } from '../rules/index.js';
import { readInputs } from './inputs.js';

/** The runner shows at most this many annotations of each type per step. */
const RUNNER_ANNOTATION_LIMIT = 10;
/** Events whose runs hold secrets while the workspace may come from an untrusted author. */
const UNTRUSTED_EVENTS = new Set(['pull_request_target', 'workflow_run']);

export async function run(): Promise<void> {
  let redactor = new Redactor();
  try {
    const settings = readInputs();
    redactor = new Redactor(settings.secrets.values());
    const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
    let smoke = settings.smoke;
    const event = process.env.GITHUB_EVENT_NAME ?? '';
    if (smoke && UNTRUSTED_EVENTS.has(event)) {
      // SECURITY.md rule 2: the scanned files may come from the pull request's author here.
      core.warning(
        `smoke calls refused on ${event}: the checked-out files may come from an untrusted author while secrets are present`,
      );
      smoke = false;
    }
    const result = await check({
      root: resolve(workspace, settings.path),
      configPath: settings.configPath ? resolve(workspace, settings.configPath) : undefined,
      mode: settings.mode,
      environment: settings.environment,
      smoke,
      secrets: settings.secrets,
      now: new Date().toISOString().slice(0, 10),
      failOn: settings.failOn,
      endpoints: settings.endpoints,
      tlsVerificationDisabled: process.env.NODE_TLS_REJECT_UNAUTHORIZED === '0',
      http: { log: (line) => core.debug(line) },
    });
    redactor = result.redactor;
    const { report } = result;
    const clean = (text: string): string => redactor.redact(text);

    if (settings.annotations) annotate(report.findings, clean);
    if (settings.summary) await core.summary.addRaw(clean(formatMarkdown(report))).write();
    if (settings.sarifFile) {
      writeFileSync(
        resolve(workspace, settings.sarifFile),
        clean(
          formatSarif(
            report,
            RULES.map((r) => r.meta),
          ),
        ),
      );
      core.setOutput('sarif-file', settings.sarifFile);
    }
    if (settings.jsonFile) {
      writeFileSync(resolve(workspace, settings.jsonFile), clean(formatJson(report)));
      core.setOutput('json-file', settings.jsonFile);
    }
    setOutputs(report);
    const code = exitCodeOf(report);
    if (code === 1)
      core.setFailed(
        `keybound: ${report.summary.error} errors, ${report.summary.warning} warnings at or above fail-on ${report.failOn}`,
      );
    if (code === 3)
      core.setFailed(
        `keybound: the gate could not confirm ${report.unconfirmed.length} key(s): ${report.unconfirmed.join(', ')}`,
      );
  } catch (error) {
    // Anything thrown, not only Error instances, reaches the user as one redacted message.
    core.setOutput('verdict', 'fail');
    core.setFailed(`keybound: ${redactor.redact(describeError(error))}`);
  }
}

function annotate(findings: readonly Finding[], clean: (text: string) => string): void {
  const shown = { error: 0, warning: 0, note: 0 };
  const sorted = [...findings].sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity]);
  for (const finding of sorted) {
    shown[finding.severity]++;
    const properties = {
      title: `${finding.ruleId}${finding.key ? `: ${finding.key}` : ''}`,
      file: finding.location.file,
      startLine: finding.location.line,
      startColumn: finding.location.column,
      endLine: finding.location.endLine,
      endColumn: finding.location.endLine === finding.location.line ? finding.location.endColumn : undefined,
    };
    const message = clean(finding.message);
    if (finding.severity === 'error') core.error(message, properties);
    else if (finding.severity === 'warning') core.warning(message, properties);
    else core.notice(message, properties);
  }
  const hidden =
    Math.max(0, shown.error - RUNNER_ANNOTATION_LIMIT) + Math.max(0, shown.warning - RUNNER_ANNOTATION_LIMIT);
  if (hidden > 0)
    core.notice(
      `keybound: ${hidden} more findings than the runner shows as annotations; all are in the job summary, SARIF and JSON`,
    );
}

function setOutputs(report: Report): void {
  core.setOutput('verdict', report.verdict);
  core.setOutput('errors', report.summary.error);
  core.setOutput('warnings', report.summary.warning);
  core.setOutput('notes', report.summary.note);
}
