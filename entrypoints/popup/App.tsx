// The popup's browser side: which tab, its report (and updates), settings, reveal, scan, export.
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { useLookup } from '@/lib/datasets/use-lookup';
import { dataset } from '@/lib/dispatch/dataset';
import { toClaimReviewJsonLd, toJson, toMarkdown, type ExportContext } from '@/lib/export/exports';
import { t, type UiLang } from '@/lib/i18n';
import { uiLangFor } from '@/lib/i18n/browser-lang';
import {
  BackgroundToPageSchema,
  ScanTabResponseSchema,
  type TabReport,
  type ToContent,
} from '@/lib/protocol/messages';
import { getSettings, isSiteDisabled, normalizeHostname, setSiteDisabled, watchSettings, type Settings } from '@/lib/settings';
import { openPanel } from '@/lib/tab-state/panel';
import { cannotRunOn } from '@/lib/tab-state/restricted';
import { downloadText, exportFileName } from '@/lib/ui/download';
import { applyPageStyle } from '@/lib/ui/page-style';
import { fetchReport } from './data';
import { PopupView, type ExportKind } from './PopupView';
import { SCAN_PATIENCE_MS } from './view';

type ExtensionPath = Parameters<typeof browser.runtime.getURL>[0];

export interface PopupInit {
  settings: Settings;
  /** `?lang=` override. */
  langOverride: UiLang | null;
  tabId: number | null;
  /** Known when the popup was opened from the toolbar (activeTab grant). */
  tabUrl: string | undefined;
  /** The popup was opened for the active tab (not as `popup.html?tab=`). */
  forActiveTab: boolean;
  /** This view is the side panel's (entrypoints/sidepanel/): no link to open the panel. */
  inPanel?: boolean;
  report: TabReport | null;
}


function todayIso(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** The side panel, in the tab's window; the popup closes once the panel shows the same list. */
function openPanelFor(tabId: number): void {
  // In the click's own turn: the browser opens a panel only then.
  void openPanel({ tabId }).then((opened) => {
    if (opened) window.close();
  });
}

export function Popup({ init }: { init: PopupInit }) {
  const [settings, setSettings] = useState(init.settings);
  const [report, setReport] = useState(init.report);
  const [scanRequested, setScanRequested] = useState(false);
  const [scanFailed, setScanFailed] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [now, setNow] = useState(() => Date.now());
  const { tabId } = init;
  const lookup = useLookup();
  const lang = init.langOverride ?? uiLangFor(settings.uiLanguage);
  const site = normalizeHostname(report?.url ?? init.tabUrl ?? '') ?? null;
  const siteDisabled = site !== null && isSiteDisabled(settings, site);
  const cannotRun = scanFailed || (!report && cannotRunOn(init.tabUrl));

  useEffect(() => {
    applyPageStyle(document, lang, settings.colours);
    document.title = t('app.name', lang);
  }, [lang, settings.colours]);

  // Settings changed elsewhere (options page, another popup): follow at once.
  useEffect(() => {
    const unwatch = watchSettings(setSettings);
    // A change made between the first read and this subscription would otherwise be missed.
    void getSettings().then(setSettings);
    return unwatch;
  }, []);

  // A scan that ends while the popup is open shows up.
  useEffect(() => {
    if (tabId === null) return;
    const listener = (message: unknown, sender: { id?: string }) => {
      if (sender.id !== browser.runtime.id) return;
      const parsed = BackgroundToPageSchema.safeParse(message);
      if (!parsed.success || parsed.data.type !== 'report-updated' || parsed.data.tabId !== tabId) return;
      void fetchReport(tabId).then(setReport);
    };
    browser.runtime.onMessage.addListener(listener as never);
    // A report stored between the first read and this subscription would otherwise be missed (effects
    // run after a paint, which a panel in a background tab may wait a second for).
    void fetchReport(tabId).then((latest) => {
      if (latest) setReport(latest);
    });
    return () => browser.runtime.onMessage.removeListener(listener as never);
  }, [tabId]);

  const check = async () => {
    if (tabId === null) return;
    setScanRequested(true);
    try {
      const answer = ScanTabResponseSchema.safeParse(await browser.runtime.sendMessage({ type: 'scan-tab', tabId }));
      if (answer.success && answer.data.outcome === 'cannot-run') setScanFailed(true);
    } catch {
      setScanFailed(true);
    }
  };

  // A page that never answers (it hangs, or navigated away) must not leave "Reading the page…" forever.
  useEffect(() => {
    if (!scanRequested) return;
    const timer = setTimeout(() => setScanRequested(false), SCAN_PATIENCE_MS);
    return () => clearTimeout(timer);
  }, [scanRequested, report]);

  // A report that says "reading" turns into an explained error once the page has been silent too long.
  useEffect(() => {
    if (report?.status !== 'scanning') return;
    const timer = setTimeout(() => setNow(Date.now()), Math.max(0, report.updatedAt + SCAN_PATIENCE_MS - Date.now()) + 50);
    return () => clearTimeout(timer);
  }, [report]);

  // No report yet: the background may have dropped it on a navigation that kept the document; a
  // content script that has one sends it again (and the listener above shows it).
  useEffect(() => {
    if (tabId === null || init.report) return;
    const message: ToContent = { type: 'resend-report' };
    browser.tabs.sendMessage(tabId, message).catch(() => {});
  }, []);

  // "Only when I click the toolbar button": opening the panel from the toolbar is that click.
  useEffect(() => {
    const waiting = !report || report.status === 'disabled';
    if (init.forActiveTab && settings.mode === 'click' && waiting && !siteDisabled && !cannotRun) void check();
  }, []);

  const reveal = async (claimId: string) => {
    if (tabId === null) return;
    const message: ToContent = { type: 'reveal', claimId };
    try {
      await browser.tabs.sendMessage(tabId, message);
      setNotice(null);
    } catch {
      setNotice(t('popup.revealFailed', lang));
    }
  };

  const exportAs = (kind: ExportKind) => {
    if (!report) return;
    const ctx: ExportContext = {
      extensionName: t('app.name', 'en'),
      extensionVersion: browser.runtime.getManifest().version,
      today: todayIso(),
      source: dataset.source,
      lookup,
    };
    const [text, mime, ext] =
      kind === 'json'
        ? [toJson(report, ctx), 'application/json', 'json']
        : kind === 'markdown'
          ? [toMarkdown(report, ctx, lang), 'text/markdown', 'md']
          : [toClaimReviewJsonLd(report, ctx), 'application/ld+json', 'jsonld'];
    const file = exportFileName(report.url, ctx.today, ext);
    downloadText(document, file, mime, text);
    setNotice(t('popup.exported', lang, { file }));
  };

  return (
    <PopupView
      lang={lang}
      state={{ tabId, loading: false, report, cannotRun, siteDisabled, scanRequested, now: Math.max(now, report?.updatedAt ?? 0) }}
      site={site}
      lookup={lookup}
      viewerUrl={browser.runtime.getURL('/viewer.html' as ExtensionPath)}
      notice={notice}
      onReveal={(id) => void reveal(id)}
      onCheck={() => void check()}
      onSiteToggle={(enabled) => {
        if (site) void setSiteDisabled(site, !enabled);
      }}
      onExport={exportAs}
      onOpenOptions={() => void browser.runtime.openOptionsPage()}
      onOpenPanel={init.inPanel || tabId === null ? undefined : () => openPanelFor(tabId)}
      // More than a popup's height of claims; the rest follows in the next frame.
      firstPaintLimit={25}
    />
  );
}
