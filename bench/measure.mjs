// How bench/run.mjs times a child process: wall time from spawn to exit, CPU time (user + system) and
// peak RSS from /usr/bin/time (or VmHWM polled from /proc when it is missing), and the time to the first
// byte of stdout. Also the small statistics and checks every part shares.

import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';

const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

/** Runs `command` to its end in `work` (where /usr/bin/time writes its figures). */
export function measure(work, command, args, options = {}) {
  return new Promise((resolve, reject) => {
    const stats = join(work, `time-${process.pid}.txt`);
    const [file, argv] = TIME ? [TIME, ['-f', '%U %S %M', '-o', stats, command, ...args]] : [command, args];
    const start = process.hrtime.bigint();
    const child = spawn(file, argv, { stdio: ['ignore', 'pipe', 'pipe'], ...options });
    let firstOutput;
    let stdout = '';
    let stderr = '';
    let hwm = 0;
    const poll = TIME
      ? undefined
      : setInterval(() => {
          try {
            const match = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
            if (match) hwm = Math.max(hwm, Number(match[1]));
          } catch {
            // the process has ended
          }
        }, 5);
    child.stdout.on('data', (chunk) => {
      firstOutput ??= Number(process.hrtime.bigint() - start) / 1e6;
      stdout += chunk;
    });
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      const wall = Number(process.hrtime.bigint() - start) / 1e6;
      if (poll) clearInterval(poll);
      let cpu;
      let rss = hwm;
      if (TIME) {
        const [user, sys, maxKb] = readFileSync(stats, 'utf8').trim().split('\n').pop().split(' ').map(Number);
        cpu = (user + sys) * 1000;
        rss = maxKb;
      }
      resolve({ code, wall, cpu, rss, firstOutput, stdout, stderr });
    });
  });
}

export function median(values) {
  const sorted = values.filter((v) => v !== undefined).sort((a, b) => a - b);
  if (sorted.length === 0) return undefined;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** The 1-minute load average, as printed beside every figure (the machine is shared). */
export function load() {
  return loadavg()[0];
}

/**
 * Every report keybound writes during the bench must be valid JSON with a summary (issue 15): a run
 * that printed a truncated or mixed report would otherwise be timed as a success.
 */
export function assertJsonReport(path, label) {
  let report;
  try {
    report = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`${label}: the report ${path} is not valid JSON (${error.message})`);
  }
  if (typeof report !== 'object' || report === null || typeof report.summary !== 'object') {
    throw new Error(`${label}: the report ${path} has no summary`);
  }
  return report;
}

/** keybound exits 0 (nothing at --fail-on) or 1 (findings); anything else is a failed run. */
export function assertKeyboundRun(run, label) {
  if (run.code !== 0 && run.code !== 1) throw new Error(`${label}: keybound exited ${run.code}: ${run.stderr}`);
}

export const ms = (value) => (value === undefined ? '?' : `${Math.round(value)} ms`);
export const sec = (value) => (value === undefined ? '?' : `${(value / 1000).toFixed(1)} s`);
export const mib = (kb) => `${(kb / 1024).toFixed(0)} MiB`;
export const ratio = (a, b) => (a !== undefined && b ? a / b : undefined);
export const times = (value) => (value === undefined ? '?' : `${value.toFixed(2)}×`);
