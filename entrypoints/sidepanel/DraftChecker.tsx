import { useEffect, useState } from 'preact/hooks';
import type { LookupFn } from '@/lib/dispatch/lookup';
import { t, type UiLang } from '@/lib/i18n';
import { MAX_TEXT_CHARS } from '@/lib/protocol/bounds';
import type { TextCheck } from '@/lib/protocol/messages';
import { CheckedText } from './CheckedText';

/** Quiet time after the last keystroke before a draft is checked again. */
export const DRAFT_DEBOUNCE_MS = 300;

export interface DraftCheckerProps {
  lang: UiLang;
  viewerUrl: string;
  lookup: LookupFn;
  /** Checks a text (in the background, on this machine); null when it could not. */
  check: (text: string) => Promise<TextCheck | null>;
}

/** A text area whose figures are checked as the editor types. The text stays in this page's memory. */
export function DraftChecker({ lang, viewerUrl, lookup, check }: DraftCheckerProps) {
  const [text, setText] = useState('');
  const [result, setResult] = useState<{ check: TextCheck | null; of: string } | null>(null);

  useEffect(() => {
    if (!text.trim()) return setResult(null);
    let current = true;
    const timer = setTimeout(() => {
      void check(text).then((checked) => {
        // A slower answer for an older text never replaces a newer one.
        if (current) setResult({ check: checked, of: text });
      });
    }, DRAFT_DEBOUNCE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [text]);

  const pending = text.trim() !== '' && result?.of !== text;
  return (
    <section class="pfc-draft" aria-labelledby="pfc-draft-title">
      <h2 id="pfc-draft-title">{t('panel.draft', lang)}</h2>
      <p class="pfc-help" id="pfc-draft-help">
        {t('panel.draftHelp', lang)}
      </p>
      <label class="pfc-visually-hidden" for="pfc-draft-text">
        {t('panel.draftLabel', lang)}
      </label>
      <textarea
        id="pfc-draft-text"
        class="pfc-draft-text"
        rows={7}
        spellcheck={false}
        maxLength={MAX_TEXT_CHARS}
        aria-describedby="pfc-draft-help"
        value={text}
        onInput={(e) => setText((e.currentTarget as HTMLTextAreaElement).value)}
      />
      <div class="pfc-draft-result" aria-live="polite" aria-busy={pending}>
        {pending ? <p class="pfc-help">{t('panel.checking', lang)}</p> : null}
        {result && !pending ? (
          result.check ? (
            <CheckedText check={result.check} lang={lang} viewerUrl={viewerUrl} lookup={lookup} />
          ) : (
            <p class="pfc-error" role="alert">
              {t('panel.checkFailed', lang)}
            </p>
          )
        ) : null}
      </div>
    </section>
  );
}
