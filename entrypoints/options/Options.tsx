import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { t, type MessageKey, type UiLang } from '@/lib/i18n';
import { parseSiteList, type Settings } from '@/lib/settings';

export interface OptionsViewProps {
  settings: Settings;
  lang: UiLang;
  /** Saves one setting; resolves once stored (every open tab then follows through watchSettings). */
  save: <K extends keyof Settings>(key: K, value: Settings[K]) => Promise<void>;
  /** The reference datasets' section (Datasets.tsx), below the settings. */
  children?: ComponentChildren;
}

function Radios<V extends string>(props: {
  name: string;
  legend: string;
  value: V;
  options: readonly [V, MessageKey][];
  lang: UiLang;
  help?: string;
  onChange: (v: V) => void;
}) {
  const helpId = props.help ? `${props.name}-help` : undefined;
  return (
    <fieldset aria-describedby={helpId}>
      <legend>{props.legend}</legend>
      {props.options.map(([value, label]) => (
        <label key={value} class="pfc-choice">
          <input type="radio" name={props.name} value={value} checked={props.value === value} onChange={() => props.onChange(value)} />
          <span>{t(label, props.lang)}</span>
        </label>
      ))}
      {props.help ? (
        <p id={helpId} class="pfc-help">
          {props.help}
        </p>
      ) : null}
    </fieldset>
  );
}

/** Every setting, labelled and explained in the UI language; each change is saved at once. */
export function OptionsView({ settings, lang, save, children }: OptionsViewProps) {
  // Kept as what happened, not as words, so a language change re-words it.
  const [status, setStatus] = useState<{ saved: true } | { error: string } | null>(null);
  const [sitesText, setSitesText] = useState<string | null>(null);
  const commit = <K extends keyof Settings>(key: K, value: Settings[K]) =>
    save(key, value).then(
      () => setStatus({ saved: true }),
      (e: unknown) => setStatus({ error: e instanceof Error ? e.message : String(e) }),
    );

  return (
    <main class="pfc-options">
      <h1>{t('options.title', lang)}</h1>
      <form onSubmit={(e) => e.preventDefault()}>
        <Radios
          name="mode"
          legend={t('options.mode.legend', lang)}
          value={settings.mode}
          options={[
            ['auto', 'options.mode.auto'],
            ['click', 'options.mode.click'],
            ['listed-sites', 'options.mode.listed'],
          ]}
          lang={lang}
          help={t('options.mode.help', lang)}
          onChange={(v) => void commit('mode', v)}
        />

        <div class="pfc-field">
          <label for="listed-sites">{t('options.sites.label', lang)}</label>
          <textarea
            id="listed-sites"
            rows={4}
            spellcheck={false}
            aria-describedby="listed-sites-help"
            value={sitesText ?? settings.listedSites.join('\n')}
            onInput={(e) => setSitesText((e.currentTarget as HTMLTextAreaElement).value)}
            onChange={(e) => {
              const sites = parseSiteList((e.currentTarget as HTMLTextAreaElement).value);
              setSitesText(null);
              void commit('listedSites', sites);
            }}
          />
          <p id="listed-sites-help" class="pfc-help">
            {t('options.sites.help', lang)}
          </p>
        </div>

        <fieldset>
          <legend>{t('options.disabled.legend', lang)}</legend>
          {settings.disabledSites.length === 0 ? (
            <p class="pfc-help">{t('options.disabled.none', lang)}</p>
          ) : (
            <ul class="pfc-disabled-sites">
              {settings.disabledSites.map((site) => (
                <li key={site}>
                  <span>{site}</span>{' '}
                  <button
                    type="button"
                    class="pfc-button"
                    onClick={() => void commit('disabledSites', settings.disabledSites.filter((s) => s !== site))}
                  >
                    {t('options.disabled.remove', lang, { site })}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </fieldset>

        <fieldset>
          <legend>{t('options.unrelated.legend', lang)}</legend>
          <label class="pfc-choice">
            <input
              type="checkbox"
              name="showUnrelated"
              checked={settings.showUnrelated}
              aria-describedby="show-unrelated-help"
              onChange={(e) => void commit('showUnrelated', (e.currentTarget as HTMLInputElement).checked)}
            />
            <span>{t('options.unrelated.label', lang)}</span>
          </label>
          <p id="show-unrelated-help" class="pfc-help">
            {t('options.unrelated.help', lang)}
          </p>
        </fieldset>

        <Radios
          name="colours"
          legend={t('options.colours.legend', lang)}
          value={settings.colours}
          options={[
            ['default', 'options.colours.default'],
            ['high-contrast', 'options.colours.highContrast'],
          ]}
          lang={lang}
          onChange={(v) => void commit('colours', v)}
        />

        <Radios
          name="uiLanguage"
          legend={t('options.language.legend', lang)}
          value={settings.uiLanguage}
          options={[
            ['auto', 'options.language.auto'],
            ['en', 'options.language.en'],
            ['fr', 'options.language.fr'],
          ]}
          lang={lang}
          onChange={(v) => void commit('uiLanguage', v)}
        />
      </form>
      <p class="pfc-status" role="status" aria-live="polite">
        {status === null ? '' : 'error' in status ? t('empty.error', lang, { message: status.error }) : t('options.saved', lang)}
      </p>
      {children}
    </main>
  );
}
