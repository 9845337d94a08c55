import { t, type UiLang } from '@/lib/i18n';

export interface SiteSwitchProps {
  /** The site as the settings store it ("lemonde.fr"). */
  site: string;
  /** True while checking is on for this site. */
  enabled: boolean;
  lang: UiLang;
  onChange: (enabled: boolean) => void;
}

/** "Check this site": turning it off adds the site to the disabled list (settings.disabledSites). */
export function SiteSwitch({ site, enabled, lang, onChange }: SiteSwitchProps) {
  return (
    <div class="pfc-switch">
      <label>
        <input
          type="checkbox"
          role="switch"
          checked={enabled}
          aria-checked={enabled}
          aria-describedby="pfc-switch-help"
          onChange={(e) => onChange((e.currentTarget as HTMLInputElement).checked)}
        />
        <span>{t('site.label', lang, { site })}</span>
      </label>
      <p id="pfc-switch-help" class="pfc-help">
        {t('site.help', lang, { site })}
      </p>
    </div>
  );
}
