import { ClaimList } from '@/components/ClaimList';
import type { LookupFn } from '@/lib/dispatch/lookup';
import { t, type UiLang } from '@/lib/i18n';
import { MAX_CLAIMS } from '@/lib/protocol/bounds';
import type { TextCheck } from '@/lib/protocol/messages';

/** The verdicts of a text checked on its own (a draft, a selection): the claim list, without "show on the page". */
export function CheckedText({ check, lang, viewerUrl, lookup }: { check: TextCheck; lang: UiLang; viewerUrl: string; lookup: LookupFn }) {
  if (check.claims.length === 0) return <p class="pfc-help">{t('panel.noFigure', lang)}</p>;
  return (
    <>
      {check.omitted > 0 ? <p class="pfc-help pfc-omitted">{t('panel.omitted', lang, { max: MAX_CLAIMS, n: check.omitted })}</p> : null}
      <ClaimList claims={check.claims} lang={lang} scope="text" lookup={lookup} viewerUrl={viewerUrl} />
    </>
  );
}
