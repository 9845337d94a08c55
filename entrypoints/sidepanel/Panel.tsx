// The side panel's browser side: the tab it follows (tab switches of its window; navigations and live
// updates come as that tab's report updates, which the popup's view already follows), the latest
// selection checked in its window, and the draft checker.
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { Popup } from '@/entrypoints/popup/App';
import { fetchReport, type PopupTab } from '@/entrypoints/popup/data';
import { t, type UiLang } from '@/lib/i18n';
import { uiLangFor } from '@/lib/i18n/browser-lang';
import {
  BackgroundToPageSchema,
  GetSelectionResponseSchema,
  TextCheckSchema,
  type SelectionCheck,
  type TabReport,
  type TextCheck,
} from '@/lib/protocol/messages';
import { useLookup } from '@/lib/datasets/use-lookup';
import { MAX_TEXT_CHARS } from '@/lib/protocol/bounds';
import { getSettings, watchSettings, type Settings } from '@/lib/settings';
import { DraftChecker } from './DraftChecker';
import { followsActivation, initialView, type PanelView } from './follow';
import { SelectionResult } from './SelectionResult';

type ExtensionPath = Parameters<typeof browser.runtime.getURL>[0];

export interface PanelInit {
  settings: Settings;
  langOverride: UiLang | null;
  /** The window whose active tab the panel shows. */
  windowId: number;
  /** The panel's own tab, when its page is open as a tab (tests, or the window opened after a selection). */
  selfTabId?: number;
  tab: PopupTab;
  report: TabReport | null;
  selection: SelectionCheck | null;
}

export async function fetchSelection(windowId: number): Promise<SelectionCheck | null> {
  try {
    const answer = GetSelectionResponseSchema.safeParse(await browser.runtime.sendMessage({ type: 'get-selection', windowId }));
    return answer.success ? answer.data.selection : null;
  } catch {
    return null;
  }
}

async function checkDraft(text: string): Promise<TextCheck | null> {
  try {
    // The text area stops at MAX_TEXT_CHARS; a longer paste is checked up to there.
    const answer = TextCheckSchema.safeParse(await browser.runtime.sendMessage({ type: 'check-text', text: text.slice(0, MAX_TEXT_CHARS) }));
    return answer.success ? answer.data : null;
  } catch {
    return null;
  }
}

export function Panel({ init }: { init: PanelInit }) {
  const [settings, setSettings] = useState(init.settings);
  const [followed, setFollowed] = useState({ tab: init.tab, report: init.report });
  const [selection, setSelection] = useState(init.selection);
  const [view, setView] = useState<PanelView>(() => initialView(init.selection, Date.now()));
  const lang = init.langOverride ?? uiLangFor(settings.uiLanguage);
  const viewerUrl = browser.runtime.getURL('/viewer.html' as ExtensionPath);
  const lookup = useLookup();

  useEffect(() => {
    const unwatch = watchSettings(setSettings);
    void getSettings().then(setSettings);
    return unwatch;
  }, []);

  // Another tab of the window becomes active: show its report (the latest switch wins).
  useEffect(() => {
    let latest = 0;
    const onActivated = (activated: { tabId: number; windowId: number }) => {
      if (!followsActivation(activated, init)) return;
      const switchNo = ++latest;
      void Promise.all([browser.tabs.get(activated.tabId).catch(() => undefined), fetchReport(activated.tabId)]).then(([tab, report]) => {
        if (switchNo === latest) setFollowed({ tab: { id: activated.tabId, url: tab?.url, forActiveTab: false }, report });
      });
    };
    browser.tabs.onActivated.addListener(onActivated);
    return () => browser.tabs.onActivated.removeListener(onActivated);
  }, []);

  // A selection checked in this window while the panel is open.
  useEffect(() => {
    const listener = (message: unknown, sender: { id?: string }) => {
      if (sender.id !== browser.runtime.id) return;
      const parsed = BackgroundToPageSchema.safeParse(message);
      if (parsed.success && parsed.data.type === 'selection-checked' && parsed.data.windowId === init.windowId) {
        void fetchSelection(init.windowId).then((checked) => {
          setSelection(checked);
          if (checked) setView('selection');
        });
      }
    };
    browser.runtime.onMessage.addListener(listener as never);
    return () => browser.runtime.onMessage.removeListener(listener as never);
  }, []);

  const views: PanelView[] = selection ? ['page', 'selection', 'draft'] : ['page', 'draft'];
  const label: Record<PanelView, string> = { page: t('panel.viewPage', lang), selection: t('panel.viewSelection', lang), draft: t('panel.viewDraft', lang) };
  // Every view stays mounted (hidden when not chosen): the draft keeps its text, the page's list its updates.
  const panelOf = (v: PanelView) => ({ role: 'tabpanel' as const, id: `pfc-view-${v}`, 'aria-labelledby': `pfc-tab-${v}`, hidden: view !== v });
  return (
    <div class="pfc-panel">
      <div class="pfc-panel-tabs" role="tablist" aria-label={t('panel.views', lang)}>
        {views.map((v) => (
          <button key={v} type="button" role="tab" id={`pfc-tab-${v}`} aria-controls={`pfc-view-${v}`} aria-selected={view === v} onClick={() => setView(v)}>
            {label[v]}
          </button>
        ))}
      </div>
      <div {...panelOf('page')}>
        {/* The popup's view of the followed tab, anew for each tab (its scan request and notices are that tab's). */}
        <Popup
          key={followed.tab.id ?? -1}
          init={{ settings, langOverride: init.langOverride, tabId: followed.tab.id, tabUrl: followed.tab.url, forActiveTab: false, inPanel: true, report: followed.report }}
        />
      </div>
      {selection ? (
        <div {...panelOf('selection')}>
          <SelectionResult
            selection={selection}
            lang={lang}
            viewerUrl={viewerUrl}
            lookup={lookup}
            onClear={() => {
              setSelection(null);
              setView('page');
            }}
          />
        </div>
      ) : null}
      <div {...panelOf('draft')}>
        <DraftChecker lang={lang} viewerUrl={viewerUrl} lookup={lookup} check={checkDraft} />
      </div>
    </div>
  );
}
