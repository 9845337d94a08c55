// Options entry: read the settings, then render once.
import { render } from 'preact';
import { uiLangFor } from '@/lib/i18n/browser-lang';
import { getSettings } from '@/lib/settings';
import { applyPageStyle, langFromQuery } from '@/lib/ui/page-style';
import '@/components/page.css';
import './options.css';
import { OptionsApp } from './App';

async function start(): Promise<void> {
  const settings = await getSettings();
  const langOverride = langFromQuery(location.search);
  applyPageStyle(document, langOverride ?? uiLangFor(settings.uiLanguage), settings.colours);
  render(<OptionsApp initial={settings} langOverride={langOverride} />, document.getElementById('app')!);
}

void start();
