// Progress of long smoke runs on stderr (SPEC section 7): on a terminal one line redrawn in place, in
// GitHub Actions a log line now and then. Throttled, and silent for runs that end quickly, so a fast
// run prints nothing. Only counts and provider ids are shown, never a key's value.

import type { SmokeProgress } from '../providers/smoke.js';

export type ProgressMode = 'terminal' | 'log';

/** Milliseconds between two lines: a redraw on a terminal, a log line in CI. */
export const PROGRESS_INTERVAL: Record<ProgressMode, number> = { terminal: 200, log: 10_000 };

export class ProgressLine {
  private state: SmokeProgress | undefined;
  /** When the last line was shown; the first update starts the clock, so a quick smoke run stays silent. */
  private lastAt: number | undefined;
  private lastLine = '';
  private shown = false;

  constructor(
    private readonly write: (text: string) => void,
    private readonly mode: ProgressMode,
    private readonly clock: () => number = Date.now,
  ) {}

  update(progress: SmokeProgress): void {
    this.state = progress;
    this.lastAt ??= this.clock();
    this.render();
  }

  /** Called by a timer, so a long wait on one provider still shows (and, in a log, keeps the job alive). */
  tick(): void {
    this.render();
  }

  /** Clears the terminal line; in a log, says the run is done if anything was said before. */
  finish(): void {
    if (!this.shown || !this.state) return;
    if (this.mode === 'terminal') this.write('\r\u001b[K');
    else this.write(`keybound: smoke ${this.state.total}/${this.state.total} · done\n`);
    this.shown = false;
  }

  private render(): void {
    if (!this.state || this.lastAt === undefined || this.state.done >= this.state.total) return;
    const now = this.clock();
    if (now - this.lastAt < PROGRESS_INTERVAL[this.mode]) return;
    const line = progressText(this.state);
    if (this.mode === 'terminal') {
      if (line !== this.lastLine) this.write(`\r${line}\u001b[K`);
    } else this.write(`keybound: ${line}\n`);
    this.lastLine = line;
    this.lastAt = now;
    this.shown = true;
  }
}

/** `smoke 3/7 · waiting on slack, stripe` */
export function progressText(progress: SmokeProgress): string {
  const waiting = progress.waitingOn.length ? ` · waiting on ${[...progress.waitingOn].sort().join(', ')}` : '';
  return `smoke ${progress.done}/${progress.total}${waiting}`;
}

/** Where progress goes for this run, or undefined for none (not a terminal, not in GitHub Actions, --quiet). */
export function progressMode(
  stderrIsTTY: boolean,
  env: Readonly<Record<string, string | undefined>>,
): ProgressMode | undefined {
  if (stderrIsTTY) return 'terminal';
  if (env.GITHUB_ACTIONS === 'true') return 'log';
  return undefined;
}

/** Runs `work` with a progress line fed by its smoke progress callback and ticked by a timer. */
export async function withProgress<T>(
  mode: ProgressMode | undefined,
  write: (text: string) => void,
  work: (onProgress: ((progress: SmokeProgress) => void) | undefined) => Promise<T>,
): Promise<T> {
  if (!mode) return work(undefined);
  const line = new ProgressLine(write, mode);
  const timer = setInterval(() => line.tick(), Math.min(PROGRESS_INTERVAL[mode], 1000));
  timer.unref();
  try {
    return await work((progress) => line.update(progress));
  } finally {
    clearInterval(timer);
    line.finish();
  }
}
