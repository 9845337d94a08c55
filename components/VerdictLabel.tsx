import type { VerdictT } from '@/lib/protocol/messages';

/** ≠ / ✓ / ? : a shape for each verdict, for readers who cannot tell the colours apart. */
export const VERDICT_ICON: Record<VerdictT, string> = {
  contradicted: '≠',
  supported: '✓',
  unrelated: '?',
};

/** The verdict's badge, its words given (no string table here: the hover card carries none). */
export function VerdictLabel({ verdict, text }: { verdict: VerdictT; text: string }) {
  return (
    <span class="pfc-badge" data-verdict={verdict}>
      <span aria-hidden="true">{VERDICT_ICON[verdict]}</span>
      {text}
    </span>
  );
}
