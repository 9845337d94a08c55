import type { LookupFn } from '@/lib/dispatch/lookup';
import { t, type UiLang } from '@/lib/i18n';
import type { SelectionCheck } from '@/lib/protocol/messages';
import { CheckedText } from './CheckedText';

/** The latest selection checked from the context menu in this window: the text, then its verdicts. */
export function SelectionResult({ selection, lang, viewerUrl, lookup, onClear }: { selection: SelectionCheck; lang: UiLang; viewerUrl: string; lookup: LookupFn; onClear: () => void }) {
  return (
    <section class="pfc-selection" aria-labelledby="pfc-selection-title">
      <div class="pfc-section-head">
        <h2 id="pfc-selection-title">{t('panel.selection', lang)}</h2>
        <button type="button" class="pfc-button" onClick={onClear}>
          {t('panel.selectionClear', lang)}
        </button>
      </div>
      <p class="pfc-help">{t('panel.selectionHelp', lang)}</p>
      <blockquote class="pfc-selection-text" lang={selection.check.lang}>
        {selection.text}
      </blockquote>
      <CheckedText check={selection.check} lang={lang} viewerUrl={viewerUrl} lookup={lookup} />
    </section>
  );
}
