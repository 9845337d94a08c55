import { t, type UiLang } from '@/lib/i18n';

export type EmptyReason =
  | 'not-checked' // nothing reported yet, or click mode before the click
  | 'scanning'
  | 'no-figure'
  | 'nothing-related' // figures found, none the reference covers (and they are hidden)
  | 'cannot-run' // browser pages, PDF viewer, extension stores
  | 'disabled-site' // the site switch is off
  | 'error'
  | 'no-tab';

export interface EmptyStateProps {
  reason: EmptyReason;
  lang: UiLang;
  /** The error message, for reason 'error'. */
  message?: string;
  /** Figures found, for reason 'nothing-related'. */
  count?: number;
  /** Offered as a "Check this page" button where checking can start. */
  onCheck?: () => void;
}

const TEXT: Record<EmptyReason, Parameters<typeof t>[0]> = {
  'not-checked': 'empty.notChecked',
  scanning: 'empty.scanning',
  'no-figure': 'empty.noFigure',
  'nothing-related': 'empty.nothingRelated',
  'cannot-run': 'empty.cannotRun',
  'disabled-site': 'empty.disabledSite',
  error: 'empty.error',
  'no-tab': 'empty.noTab',
};

const CAN_CHECK: ReadonlySet<EmptyReason> = new Set(['not-checked', 'error', 'no-figure']);

/** Why there is nothing to list, in words; announced politely to screen readers. */
export function EmptyState({ reason, lang, message, count, onCheck }: EmptyStateProps) {
  return (
    <div class="pfc-empty" data-reason={reason} role="status">
      <p>{t(TEXT[reason], lang, { message: message ?? '', n: count ?? 0 })}</p>
      {onCheck && CAN_CHECK.has(reason) ? (
        <button type="button" class="pfc-button" onClick={onCheck}>
          {t('popup.checkPage', lang)}
        </button>
      ) : null}
    </div>
  );
}
