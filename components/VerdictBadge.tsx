import type { VerdictT } from '@/lib/protocol/messages';
import { t, type UiLang } from '@/lib/i18n';

/** ≠ / ✓ / ? : a shape for each verdict, for readers who cannot tell the colours apart. */
export const VERDICT_ICON: Record<VerdictT, string> = {
  contradicted: '≠',
  supported: '✓',
  unrelated: '?',
};

export interface VerdictBadgeProps {
  verdict: VerdictT;
  lang: UiLang;
}

/** The verdict in plain words ("Differs from the reference"), with its colour and icon. */
export function VerdictBadge({ verdict, lang }: VerdictBadgeProps) {
  return (
    <span class="pfc-badge" data-verdict={verdict}>
      <span aria-hidden="true">{VERDICT_ICON[verdict]}</span>
      {t(`verdict.${verdict}`, lang)}
    </span>
  );
}
