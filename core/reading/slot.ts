// A slot of a reading: what a detector found, which detector, and the page's words that say it.
// `check --explain` prints them; the same-fact rules read their values.

export interface Slot<T> {
  value: T;
  /** The detector that filled the slot (its module's name, and the case: "noun-phrase:head"). */
  by: string;
  /** The words of the page it was read from. */
  words: string;
}

export function slot<T>(value: T, by: string, words: string): Slot<T> {
  return { value, by, words };
}
