// Viewer entry: render the dispatch and the dataset, then follow the fragment (#<entry id>).
import { render } from 'preact';
import { articleText, dataset } from '@/lib/dispatch/dataset';
import { uiLangFor } from '@/lib/i18n/browser-lang';
import { getSettings } from '@/lib/settings';
import { applyPageStyle, langFromQuery } from '@/lib/ui/page-style';
import '@/components/page.css';
import './viewer.css';
import { focusEntry, Viewer } from './Viewer';

async function start(): Promise<void> {
  const settings = await getSettings().catch(() => null);
  const lang = langFromQuery(location.search) ?? uiLangFor(settings?.uiLanguage ?? 'auto');
  applyPageStyle(document, lang, settings?.colours ?? 'default');
  document.title = `${dataset.source.title[lang]} — ${document.title}`;
  render(<Viewer dataset={dataset} article={articleText} lang={lang} />, document.getElementById('app')!);
  focusEntry(document, location.hash);
  window.addEventListener('hashchange', () => focusEntry(document, location.hash));
}

void start();
