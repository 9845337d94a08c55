// What the background keeps per tab (reports) and per window (the latest selection checked). MV3
// service workers stop when idle, so these live in storage.session (kept while the browser runs,
// never written to disk, hidden from content scripts); where there is no session storage (older
// Firefox MV2), the persistent background page keeps them in memory.
import { browser } from 'wxt/browser';
import { SelectionCheckSchema, TabReportSchema, type SelectionCheck, type TabReport } from '@/lib/protocol/messages';

export interface KeyedStore<T> {
  get(id: number): Promise<T | null>;
  set(id: number, value: T): Promise<void>;
  delete(id: number): Promise<void>;
  /** The ids that have a value. */
  ids(): Promise<number[]>;
}

export type ReportStore = KeyedStore<TabReport>;
export type SelectionStore = KeyedStore<SelectionCheck>;

type Area = NonNullable<typeof browser.storage.session>;
type Parse<T> = (value: unknown) => { success: true; data: T } | { success: false };

function sessionKeyed<T>(area: Area, prefix: string, parse: Parse<T>): KeyedStore<T> {
  const keyOf = (id: number) => `${prefix}.${id}`;
  return {
    async get(id) {
      const key = keyOf(id);
      // Our own storage, but parsed anyway: a value stored by an older version may not fit any more.
      const parsed = parse((await area.get(key))[key]);
      return parsed.success ? parsed.data : null;
    },
    async set(id, value) {
      await area.set({ [keyOf(id)]: value });
    },
    async delete(id) {
      await area.remove(keyOf(id));
    },
    async ids() {
      const all = await area.get(null);
      return Object.keys(all)
        .filter((k) => k.startsWith(`${prefix}.`))
        .map((k) => Number(k.slice(prefix.length + 1)))
        .filter(Number.isInteger);
    },
  };
}

function memoryKeyed<T>(): KeyedStore<T> {
  const values = new Map<number, T>();
  return {
    async get(id) {
      return values.get(id) ?? null;
    },
    async set(id, value) {
      values.set(id, value);
    },
    async delete(id) {
      values.delete(id);
    },
    async ids() {
      return [...values.keys()];
    },
  };
}

const parseReport: Parse<TabReport> = (v) => TabReportSchema.safeParse(v);
const parseSelection: Parse<SelectionCheck> = (v) => SelectionCheckSchema.safeParse(v);

export const sessionStore = (area: Area): ReportStore => sessionKeyed(area, 'tabReport', parseReport);
export const memoryStore = (): ReportStore => memoryKeyed();

export function createReportStore(): ReportStore {
  const session = browser.storage?.session;
  return session ? sessionStore(session) : memoryStore();
}

/** The latest selection checked from the context menu, per window. */
export function createSelectionStore(): SelectionStore {
  const session = browser.storage?.session;
  return session ? sessionKeyed(session, 'selection', parseSelection) : memoryKeyed();
}

/**
 * For extension pages: the tab's report straight from storage.session (one round trip instead of a
 * message through the background), or undefined where reports live in the background's memory.
 */
export function readStoredReport(tabId: number): Promise<TabReport | null> | undefined {
  const session = browser.storage?.session;
  return session ? sessionStore(session).get(tabId) : undefined;
}
