// Popup entry: ask for what the first paint needs (settings, tab, report) at once, load the UI modules
// meanwhile, then render once.
import { getSettings } from '@/lib/settings';
import '@/components/page.css';
import './popup.css';
import { fetchReport, resolveTab } from './data';

async function start(): Promise<void> {
  performance.mark('pfc-start');
  const ui = import('./render');
  const tabPromise = resolveTab(location.search);
  // The report is asked for as soon as the tab is known, without waiting for the settings.
  const [settings, tab, report] = await Promise.all([
    getSettings(),
    tabPromise,
    tabPromise.then((t) => (t.id === null ? null : fetchReport(t.id))),
  ]);
  performance.mark('pfc-data');
  (await ui).renderPopup(document, { settings, tab, report });
  performance.mark('pfc-rendered');
  // For the first-paint measurement: marked once the frame with the list has been painted.
  requestAnimationFrame(() => setTimeout(() => performance.mark('pfc-first-paint')));
}

void start();
