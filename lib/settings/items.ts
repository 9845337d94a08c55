// One versioned storage item per setting (local area), defined on first use rather than at import:
// defining an item with migrations touches browser.storage, and modules must not do that on import.
import { storage, type WxtStorageItem } from 'wxt/utils/storage';

/** Stored values are `unknown` until parsed (schema.ts): storage is input like any other. */
type Item = WxtStorageItem<unknown, {}>;

export interface SettingItems {
  mode: Item;
  listedSites: Item;
  disabledSites: Item;
  showUnrelated: Item;
  colours: Item;
  uiLanguage: Item;
}

function define(name: keyof SettingItems): Item {
  return storage.defineItem<unknown>(`local:settings.${name}`, {
    version: 1,
    // Version 1 is the first shape. A future shape bumps `version` and adds e.g.
    // `2: (v1) => ...` here; WXT runs the steps in order the first time the item is used.
    migrations: {},
  });
}

let items: SettingItems | undefined;

export function settingItems(): SettingItems {
  items ??= {
    mode: define('mode'),
    listedSites: define('listedSites'),
    disabledSites: define('disabledSites'),
    showUnrelated: define('showUnrelated'),
    colours: define('colours'),
    uiLanguage: define('uiLanguage'),
  };
  return items;
}
