// Leaves no browser behind. Each browser session gets its own temp folder (profile and extension
// copy inside); whatever process still names that folder on its command line (and its
// descendants) after close() is killed. Matching a unique temp path never touches anyone else's.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

interface ProcInfo {
  pid: number;
  ppid: number;
  cmdline: string;
}

function listProcesses(): ProcInfo[] {
  const result: ProcInfo[] = [];
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const cmdline = fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8').replaceAll('\0', ' ');
      // /proc/<pid>/stat: "pid (comm) state ppid ..."; comm may hold spaces, so split after ')'.
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      result.push({ pid: Number(entry), ppid, cmdline });
    } catch {
      // The process ended while we looked.
    }
  }
  return result;
}

/** Pids of processes whose command line contains `needle`, and all their descendants. */
export function processesUsing(needle: string): number[] {
  const all = listProcesses();
  const found = new Set(all.filter((p) => p.cmdline.includes(needle) && p.pid !== process.pid).map((p) => p.pid));
  let grew = true;
  while (grew) {
    grew = false;
    for (const p of all) {
      if (!found.has(p.pid) && found.has(p.ppid)) {
        found.add(p.pid);
        grew = true;
      }
    }
  }
  return [...found];
}

/** SIGKILLs what processesUsing(needle) finds; returns how many it killed. */
export function killProcessesUsing(needle: string): number {
  const pids = processesUsing(needle);
  for (const pid of pids) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }
  return pids.length;
}

/** Rejects after `ms` with a message naming what hung. */
export function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    promise,
    new Promise<never>((_resolve, reject) => {
      timer = setTimeout(() => reject(new Error(`${what} took more than ${ms} ms`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

// Profiles of browsers still open in this process: killed synchronously if the runner exits early.
const liveProfiles = new Set<string>();
let exitHookInstalled = false;

export function trackProfile(profileDir: string): void {
  liveProfiles.add(profileDir);
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.once('exit', () => {
    for (const dir of liveProfiles) killProcessesUsing(dir);
  });
}

/**
 * Closes a browser politely, then makes sure: kills any process still using the session folder,
 * and removes it.
 */
export async function shutDown(sessionRoot: string, close: () => Promise<unknown>): Promise<void> {
  try {
    await withTimeout(close(), 10_000, 'closing the browser');
  } catch (error) {
    console.warn(`[e2e] ${(error as Error).message}; killing it`);
  } finally {
    // A closing browser can take a moment to reap its helpers.
    for (let i = 0; i < 20 && processesUsing(sessionRoot).length > 0; i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const killed = killProcessesUsing(sessionRoot);
    if (killed > 0) console.warn(`[e2e] killed ${killed} browser process(es) left behind`);
    liveProfiles.delete(sessionRoot);
    fs.rmSync(sessionRoot, { recursive: true, force: true, maxRetries: 3 });
  }
}

export interface SessionDirs {
  /** Unique temp folder of one browser session: what shutDown() matches processes on and removes. */
  root: string;
  /** The browser profile, inside root. */
  profile: string;
  /** A copy of the extension, inside root, or null. */
  extension: string | null;
}

/**
 * A fresh temp folder for one browser session, with a copy of the extension: the browser reads
 * the copy, so a rebuild of .output/ during a run (others work in the same checkout) cannot
 * pull files from under it.
 */
export function makeSessionDirs(browser: 'chromium' | 'firefox', extensionDir: string | null): SessionDirs {
  if (extensionDir && !fs.existsSync(path.join(extensionDir, 'manifest.json'))) {
    throw new Error(`no extension at ${extensionDir} (no manifest.json): run npm run build && npm run build:e2e first`);
  }
  const root = fs.mkdtempSync(path.join(os.tmpdir(), `palmyra-e2e-${browser}-`));
  trackProfile(root);
  const profile = path.join(root, 'profile');
  fs.mkdirSync(profile);
  let extension: string | null = null;
  if (extensionDir) {
    extension = path.join(root, 'extension');
    fs.cpSync(extensionDir, extension, { recursive: true });
  }
  return { root, profile, extension };
}
