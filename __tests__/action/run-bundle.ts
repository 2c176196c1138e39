// Runs the committed Action bundle (dist/index.js) the way the runner does: `node dist/index.js` with
// `INPUT_*` variables (the runner's name mangling: upper case, spaces to `_`, dashes kept), empty
// GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, an event payload and GITHUB_WORKSPACE, and nothing else
// from the test's own environment. What it prints is read with the runner-faithful parser.

import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseWorkflowCommands, type RunnerView } from '../helpers/workflow-commands.js';

export const BUNDLE = fileURLToPath(new URL('../../dist/index.js', import.meta.url));

export interface BundleRun {
  code: number | null;
  stdout: string;
  stderr: string;
  /** GITHUB_OUTPUT, parsed from the runner's heredoc format. */
  outputs: Record<string, string>;
  summary: string;
  view: RunnerView;
}

export interface BundleOptions {
  workspace: string;
  inputs: Record<string, string>;
  event?: string;
  payload?: object;
  env?: Record<string, string>;
}

/** The runner's input variable name: `INPUT_` + the name upper-cased with spaces as `_` (dashes kept). */
export function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

/**
 * `name<<DELIMITER` / value lines / `DELIMITER`, as @actions/core writes GITHUB_OUTPUT and the runner
 * reads it (also the plain `name=value` form).
 */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line === '') continue;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name, delimiter] = heredoc;
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i]);
      if (i >= lines.length) throw new Error(`GITHUB_OUTPUT: no closing delimiter for ${name}`);
      outputs[name] = value.join('\n');
    } else {
      const eq = line.indexOf('=');
      if (eq <= 0) throw new Error(`GITHUB_OUTPUT: unreadable line ${JSON.stringify(line)}`);
      outputs[line.slice(0, eq)] = line.slice(eq + 1);
    }
  }
  return outputs;
}

export async function runBundle(options: BundleOptions): Promise<BundleRun> {
  const files = mkdtempSync(join(tmpdir(), 'keybound-runner-'));
  const output = join(files, 'output');
  const summary = join(files, 'summary');
  const eventPath = join(files, 'event.json');
  writeFileSync(output, '');
  writeFileSync(summary, '');
  writeFileSync(eventPath, JSON.stringify(options.payload ?? {}));
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_OUTPUT: output,
    GITHUB_STEP_SUMMARY: summary,
    GITHUB_EVENT_NAME: options.event ?? 'push',
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: 'octo-org/payments',
    ...options.env,
  };
  for (const [name, value] of Object.entries(options.inputs)) env[inputVariable(name)] = value;
  const child = spawn(process.execPath, [BUNDLE], { cwd: options.workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', resolve);
  });
  return {
    code,
    stdout,
    stderr,
    outputs: parseOutputFile(readFileSync(output, 'utf8')),
    summary: readFileSync(summary, 'utf8'),
    view: parseWorkflowCommands(stdout),
  };
}
