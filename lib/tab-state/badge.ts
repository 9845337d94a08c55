// The toolbar badge of a tab: how many figures differ (red), else how many match (green), else nothing.
import { browser } from 'wxt/browser';
import type { TabReport } from '@/lib/protocol/messages';

/** White text on these reaches 4.5:1 (WCAG AA). */
export const BADGE_DIFFERS = '#b3261e';
export const BADGE_MATCHES = '#1e6b34';

export interface Badge {
  text: string;
  color: string | null;
  title: 'differs' | 'matches' | null;
}

function count(n: number): string {
  return n > 99 ? '99+' : String(n);
}

export function badgeFor(report: TabReport | null): Badge {
  if (!report) return { text: '', color: null, title: null };
  let differs = 0;
  let matches = 0;
  for (const c of report.claims) {
    if (c.verdict === 'contradicted') differs++;
    else if (c.verdict === 'supported') matches++;
  }
  if (differs > 0) return { text: count(differs), color: BADGE_DIFFERS, title: 'differs' };
  if (matches > 0) return { text: count(matches), color: BADGE_MATCHES, title: 'matches' };
  return { text: '', color: null, title: null };
}

/** Chrome MV3 calls it `action`; Firefox MV2 `browserAction`. */
function actionApi() {
  return browser.action ?? browser.browserAction;
}

export async function showBadge(tabId: number, report: TabReport | null): Promise<void> {
  const api = actionApi();
  if (!api) return;
  const badge = badgeFor(report);
  try {
    await api.setBadgeText({ tabId, text: badge.text });
    if (badge.color) {
      await api.setBadgeBackgroundColor({ tabId, color: badge.color });
      await api.setBadgeTextColor?.({ tabId, color: '#ffffff' });
    }
  } catch {
    // The tab closed meanwhile: nothing to show.
  }
}
