// The tab's report as the content script sends it: bounded (lib/protocol/bounds.ts: the background
// clips each claim, this keeps at most MAX_CLAIMS of them) and written
// through a throttle, so neither a page of 5,000 figures nor a page that fires events can make us
// flood the background or storage.session.
import { boundedList, clipEnd, MAX_ERROR, MAX_URL } from '@/lib/protocol/bounds';
import type { ScanStatus, TabReport } from '@/lib/protocol/messages';
import type { PageClaim } from './scan';

export interface ReportState {
  url: string;
  status: ScanStatus;
  claims: readonly PageClaim[];
  lang?: 'fr' | 'en';
  error?: string;
}

/** The report of the checker's state: at most MAX_CLAIMS claims, those tied to the reference first. */
export function buildReport(state: ReportState, now = Date.now()): TabReport {
  const listed = state.status === 'done' ? boundedList(state.claims, (c) => c.summary.verdict !== 'unrelated') : { kept: [], omitted: 0 };
  return {
    url: clipEnd(state.url, MAX_URL),
    status: state.status,
    claims: listed.kept.map((c) => c.summary),
    updatedAt: now,
    ...(listed.omitted > 0 ? { omitted: listed.omitted } : {}),
    ...(state.lang && state.status === 'done' ? { lang: state.lang } : {}),
    ...(state.error ? { error: clipEnd(state.error, MAX_ERROR) } : {}),
  };
}

export interface ReportTiming {
  /** Two writes are at least this far apart; what changes in between goes in the next one. */
  minIntervalMs: number;
  /** "Reading the page…" is written only if the scan is still running this long after it began. */
  scanningDelayMs: number;
}

export const REPORT_TIMING: ReportTiming = { minIntervalMs: 500, scanningDelayMs: 1000 };

export interface Timers {
  now(): number;
  setTimeout(fn: () => void, ms: number): number;
  clearTimeout(id: number): void;
}

/**
 * Writes the report to the background, at most once per `minIntervalMs` (leading and trailing: the
 * first change goes at once, a burst of them ends in one write of the last state). A scan that ends
 * within `scanningDelayMs` writes once, its result; a longer one also says it is reading. `build` is
 * called at write time, so a write always carries the current state.
 */
export class ReportWriter {
  private lastWrite = -Infinity;
  private timer: number | undefined;
  private due = Infinity;
  /** Reports written, for tests. */
  writes = 0;

  constructor(
    private readonly build: () => TabReport,
    private readonly post: (report: TabReport) => void,
    private readonly timers: Timers,
    private readonly timing: ReportTiming = REPORT_TIMING,
  ) {}

  /** The state changed to `status`. */
  update(status: ScanStatus): void {
    const now = this.timers.now();
    this.schedule(Math.max(this.lastWrite + this.timing.minIntervalMs, status === 'scanning' ? now + this.timing.scanningDelayMs : now), true);
  }

  /** The background lost the report (a navigation, a restored page): the same state, once more. */
  resend(): void {
    this.schedule(Math.max(this.lastWrite + this.timing.minIntervalMs, this.timers.now()), false);
  }

  dispose(): void {
    if (this.timer !== undefined) this.timers.clearTimeout(this.timer);
    this.timer = undefined;
    this.due = Infinity;
  }

  /** `replace`: the new state decides when (a finished scan need not wait for "reading"); else the earlier. */
  private schedule(due: number, replace: boolean): void {
    if (this.timer !== undefined) {
      if (!replace && this.due <= due) return;
      this.timers.clearTimeout(this.timer);
      this.timer = undefined;
    }
    const wait = due - this.timers.now();
    if (wait <= 0) return this.write();
    this.due = due;
    this.timer = this.timers.setTimeout(() => {
      this.timer = undefined;
      this.due = Infinity;
      this.write();
    }, wait);
  }

  private write(): void {
    this.lastWrite = this.timers.now();
    this.writes++;
    this.post(this.build());
  }
}
