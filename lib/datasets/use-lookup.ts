// The claim lists' lookup for extension pages (popup, panel): the bundled dataset at once, then the
// reader's imported datasets once loaded (their validation brings zod, loaded after the first paint),
// and again whenever they change.
import { useEffect, useState } from 'preact/hooks';
import { lookupIn, type LookupFn } from '@/lib/dispatch/lookup';

export function useLookup(): LookupFn {
  const [lookup, setLookup] = useState<LookupFn>(() => lookupIn());
  useEffect(() => {
    let live = true;
    let unwatch = () => {};
    void import('./store')
      .then((store) => {
        const load = () =>
          store.readUserDatasets().then((imported) => {
            if (live) setLookup(() => lookupIn(imported.map((u) => u.dataset)));
          });
        if (live) unwatch = store.watchUserDatasets(() => void load().catch(() => {}));
        return load();
      })
      .catch(() => {
        // Storage unreadable: the bundled dataset's claims still show their reference.
      });
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  return lookup;
}
