import { ClaimList, countByVerdict } from '@/components/ClaimList';
import type { LookupFn } from '@/lib/dispatch/lookup';
import { EmptyState } from '@/components/EmptyState';
import { SiteSwitch } from '@/components/SiteSwitch';
import { t, type UiLang } from '@/lib/i18n';
import { MAX_CLAIMS } from '@/lib/protocol/bounds';
import { popupContent, SCAN_PATIENCE_MS, type PopupState, type Problem } from './view';

function problemText(problem: Problem, lang: UiLang): string {
  return problem === 'storage' ? t('error.storage', lang) : t('error.timedOut', lang, { seconds: SCAN_PATIENCE_MS / 1000 });
}

export type ExportKind = 'json' | 'markdown' | 'claimreview';

export interface PopupViewProps {
  lang: UiLang;
  state: PopupState;
  /** The tab's site for the switch ("lemonde.fr"), when known. */
  site: string | null;
  lookup: LookupFn;
  viewerUrl: string;
  /** A one-line notice (export done, reveal failed), announced politely. */
  notice: string | null;
  onReveal: (claimId: string) => void;
  onCheck: () => void;
  onSiteToggle: (enabled: boolean) => void;
  onExport: (kind: ExportKind) => void;
  onOpenOptions: () => void;
  /** Opens the side panel; absent inside the panel itself. */
  onOpenPanel?: () => void;
  /** See ClaimList: claims rendered in the first frame. */
  firstPaintLimit?: number;
}

/** The popup's whole UI, from data and callbacks (App.tsx does the browser side). */
export function PopupView(p: PopupViewProps) {
  const { lang, state } = p;
  const content = popupContent(state);
  const claims = state.report?.claims ?? [];
  const counts = countByVerdict(claims);
  return (
    <main class="pfc-popup" aria-busy={state.loading}>
      <header class="pfc-popup-header">
        <h1>{t('app.name', lang)}</h1>
        <nav class="pfc-links">
          <a href={p.viewerUrl} target="_blank" rel="noopener noreferrer">
            {t('popup.viewer', lang)}
          </a>
          {p.onOpenPanel ? (
            <a
              href="#panel"
              onClick={(e) => {
                e.preventDefault();
                p.onOpenPanel!();
              }}
            >
              {t('popup.openPanel', lang)}
            </a>
          ) : null}
          <a
            href="#options"
            onClick={(e) => {
              e.preventDefault();
              p.onOpenOptions();
            }}
          >
            {t('popup.options', lang)}
          </a>
        </nav>
      </header>
      {/* Announces the counts when a scan ends while the popup is open. */}
      <p class="pfc-visually-hidden" aria-live="polite">
        {content.list ? t('count.label', lang, counts) : ''}
      </p>
      {state.loading ? <p class="pfc-help">{t('popup.loading', lang)}</p> : null}
      {content.empty ? (
        <EmptyState
          reason={content.empty.reason}
          lang={lang}
          message={content.empty.problem ? problemText(content.empty.problem, lang) : content.empty.message}
          count={content.empty.count}
          onCheck={state.tabId !== null && !state.cannotRun ? p.onCheck : undefined}
        />
      ) : null}
      {content.list && state.report?.omitted ? (
        <p class="pfc-help pfc-omitted">{t('popup.omitted', lang, { max: MAX_CLAIMS, n: state.report.omitted })}</p>
      ) : null}
      {content.list ? (
        <section aria-label={t('popup.list', lang)}>
          <ClaimList
            claims={claims}
            lang={lang}
            onReveal={p.onReveal}
            lookup={p.lookup}
            viewerUrl={p.viewerUrl}
            firstPaintLimit={p.firstPaintLimit}
          />
        </section>
      ) : null}
      <p class="pfc-notice" role="status">
        {p.notice ?? ''}
      </p>
      {content.list ? (
        <div class="pfc-export" role="group" aria-label={t('popup.export', lang)}>
          <span>{t('popup.export', lang)}</span>
          <button type="button" class="pfc-button" onClick={() => p.onExport('json')}>
            {t('popup.exportJson', lang)}
          </button>
          <button type="button" class="pfc-button" onClick={() => p.onExport('markdown')}>
            {t('popup.exportMarkdown', lang)}
          </button>
          <button type="button" class="pfc-button" onClick={() => p.onExport('claimreview')}>
            {t('popup.exportClaimReview', lang)}
          </button>
        </div>
      ) : null}
      {p.site && !state.cannotRun ? (
        <SiteSwitch site={p.site} enabled={!state.siteDisabled} lang={lang} onChange={p.onSiteToggle} />
      ) : null}
    </main>
  );
}
