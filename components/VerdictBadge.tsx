import { t, type UiLang } from '@/lib/i18n';
import type { VerdictT } from '@/lib/protocol/messages';
import { VerdictLabel } from './VerdictLabel';


export interface VerdictBadgeProps {
  verdict: VerdictT;
  lang: UiLang;
}

/** The verdict in plain words ("Differs from the reference"), with its colour and icon. */
export function VerdictBadge({ verdict, lang }: VerdictBadgeProps) {
  return <VerdictLabel verdict={verdict} text={t(`verdict.${verdict}`, lang)} />;
}
