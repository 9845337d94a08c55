// The background: thin on purpose; lib/tab-state holds the logic (reports per tab, badge, navigation,
// shortcuts, "check this page").
import { defineBackground } from 'wxt/utils/define-background';
import { installE2eHooks } from '@/lib/e2e/hooks';
import { startBackground } from '@/lib/tab-state/start';

export default defineBackground(() => {
  const background = startBackground();
  // Test-only hooks; Vite drops them (and this branch) from every other build.
  if (import.meta.env.MODE === 'e2e') installE2eHooks(background);
});
