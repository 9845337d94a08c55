// What class and id attributes say about an element: "col-side", "mostRead", "a_lire",
// "entry-meta", "sr-only". Names are cut into lower-case words (at anything but letters and digits,
// and where camelCase turns upper case); a word, or a listed pair of adjacent words, gives a verdict.
// Only listed pairs are glued, so hashed names ("eswkA-D") cannot spell "ad".
// This runs for every distinct class string of a page, so words are matched by walking a trie over
// character codes: no string is built while scanning.

const BOILERPLATE_WORDS = [
  // sidebars and lists of other stories
  'sidebar', 'sidebars', 'side', 'aside', 'rail', 'related', 'trending', 'popular', 'recommended',
  'recommendations', 'recirculation', 'outbrain', 'taboola', 'teaser', 'teasers',
  // sharing and social
  'share', 'shares', 'sharing', 'sharebar', 'sharetools', 'social', 'socials', 'partage', 'partager',
  // navigation, site furniture
  'footer', 'pied', 'nav', 'navbar', 'navigation', 'menu', 'breadcrumb', 'breadcrumbs', 'ariane',
  'masthead', 'topbar', 'toolbar', 'ticker', 'pagination', 'pager', 'skiplink', 'copyright', 'bandeau', 'alert', 'alerts',
  // promotion, ads, consent
  'promo', 'promotion', 'promoted', 'newsletter', 'newsletters', 'widget', 'widgets', 'ad', 'ads',
  'advert', 'adverts', 'advertisement', 'advertising', 'publicite', 'sponsor', 'sponsored', 'cookie',
  'cookies', 'consent', 'gdpr', 'subscribe', 'subscription', 'abonnement', 'signup',
  // scoreboards, author blurbs
  'scorebox', 'scoreboard', 'bio', 'authorbio',
];

// Two-word names, matched on adjacent words ("most-read", "mostRead", "a_lire").
const PAIRS: ReadonlyArray<readonly [string, string, 'boilerplate' | 'byline']> = [
  ['most', 'read', 'boilerplate'], ['most', 'popular', 'boilerplate'], ['most', 'viewed', 'boilerplate'],
  ['most', 'commented', 'boilerplate'], ['most', 'shared', 'boilerplate'], ['read', 'more', 'boilerplate'],
  ['read', 'next', 'boilerplate'], ['more', 'stories', 'boilerplate'], ['also', 'read', 'boilerplate'],
  ['see', 'also', 'boilerplate'], ['lire', 'aussi', 'boilerplate'], ['a', 'lire', 'boilerplate'],
  ['voir', 'aussi', 'boilerplate'], ['plus', 'lus', 'boilerplate'], ['fil', 'ariane', 'boilerplate'],
  ['author', 'bio', 'boilerplate'], ['posted', 'on', 'byline'], ['publish', 'date', 'byline'],
  ['pub', 'date', 'byline'], ['date', 'time', 'byline'],
];

/** Readers' comments: user content, not the article, however much text they hold. */
const COMMENT_WORDS = ['comment', 'comments', 'commentaire', 'commentaires', 'disqus', 'reactions'];

/** Words of the byline / metadata line: its dates date the page, they are not claims. */
const BYLINE_WORDS = [
  'byline', 'bylines', 'author', 'authors', 'auteur', 'auteurs', 'signature', 'dateline', 'meta',
  'metadata', 'date', 'dates', 'datetime', 'timestamp', 'published', 'publishdate', 'pubdate', 'posted',
];

// Whole class names that frameworks use for display:none or screen-reader-only text.
const HIDING_CLASSES = [
  'hidden', 'hide', 'is-hidden', 'u-hidden', 'd-none', 'invisible', 'sr-only', 'visually-hidden',
  'visuallyhidden', 'screen-reader-text', 'element-invisible', 'offscreen',
];

// Taxonomy classes (WordPress "tag-social", "category-menu") carry editors' words, and state
// classes ("has-social-tools", "with-sidebar") describe a neighbour: neither says what this is.
const TAXONOMY_PREFIX = /(?:tag|tags|category|categorie|cat|topic|term|rubrique|has|with|without|no|show|enable|enabled)[-_]/iy;

export type NameVerdict = 'hidden' | 'comments' | 'boilerplate' | 'byline' | undefined;
type Verdict = Exclude<NameVerdict, undefined>;

const RANK: Record<Verdict, number> = { hidden: 4, comments: 3, boilerplate: 2, byline: 1 };

/** The stronger of two verdicts (hidden > comments > boilerplate > byline). */
export function strongerVerdict(a: NameVerdict, b: NameVerdict): NameVerdict {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return RANK[a] >= RANK[b] ? a : b;
}

// ---------------------------------------------------------------- trie over character codes

interface TrieNode {
  next: (TrieNode | undefined)[];
  /** Verdict when a whole word ends here. */
  word?: Verdict;
  /** Verdict when a listed pair ends here (walked from the end of the pair's first word). */
  pair?: Verdict;
}

/** Slot of a character code: letters (either case) 0-25, digits 26-35, "-" 36 (whole class names only). */
function slot(c: number): number {
  if (c >= 97 && c <= 122) return c - 97;
  if (c >= 65 && c <= 90) return c - 65;
  if (c >= 48 && c <= 57) return c - 22;
  if (c === 45) return 36;
  return -1;
}

const newNode = (): TrieNode => ({ next: [] });

function insert(root: TrieNode, text: string): TrieNode {
  let node = root;
  for (let i = 0; i < text.length; i++) {
    const s = slot(text.charCodeAt(i));
    node = node.next[s] ??= newNode();
  }
  return node;
}

const WORDS = newNode();
for (const [list, verdict] of [
  [BYLINE_WORDS, 'byline'],
  [BOILERPLATE_WORDS, 'boilerplate'],
  [COMMENT_WORDS, 'comments'],
] as const) {
  for (const word of list) {
    const node = insert(WORDS, word);
    node.word = verdict;
    // Long words also match split in two ("side-bar", "top-bar", "by-line"); short ones must not,
    // or fragments of hashed names would ("a" + "d").
    if (word.length >= 5) node.pair = verdict;
  }
}
for (const [first, second, verdict] of PAIRS) insert(WORDS, first + second).pair = verdict;

const HIDING = newNode();
for (const name of HIDING_CLASSES) insert(HIDING, name).word = 'hidden';

const isLower = (c: number) => c >= 97 && c <= 122;
const isUpper = (c: number) => c >= 65 && c <= 90;
const isAlnum = (c: number) => isLower(c) || isUpper(c) || (c >= 48 && c <= 57);
const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 12 || c === 13;

/** Verdict of one class name (or an id): value[start, end). */
function nameVerdict(value: string, start: number, end: number): NameVerdict {
  TAXONOMY_PREFIX.lastIndex = start;
  if (TAXONOMY_PREFIX.test(value)) return undefined;
  let verdict: NameVerdict;
  // Where the previous word ended in the trie: a pair continues from there ("most" → "mostread").
  let previousEnd: TrieNode | undefined;
  let i = start;
  while (i < end) {
    let c = value.charCodeAt(i);
    if (!isAlnum(c)) {
      i++; // separators keep a pair going: "most-read"
      continue;
    }
    let word: TrieNode | undefined = WORDS;
    let pair = previousEnd;
    for (;;) {
      const s = slot(c);
      if (word !== undefined) word = word.next[s];
      if (pair !== undefined) pair = pair.next[s];
      const wasLower = isLower(c);
      if (++i >= end) break;
      c = value.charCodeAt(i);
      if (!isAlnum(c) || (wasLower && isUpper(c))) break; // the word ends, or a camelCase hump starts
    }
    if (word !== undefined && word.word !== undefined) verdict = strongerVerdict(verdict, word.word);
    if (pair !== undefined && pair.pair !== undefined) verdict = strongerVerdict(verdict, pair.pair);
    previousEnd = word;
  }
  return verdict;
}

/** Whether value[start, end) is, case aside, one of the hiding class names. */
function isHidingClass(value: string, start: number, end: number): boolean {
  let node: TrieNode | undefined = HIDING;
  for (let i = start; i < end && node !== undefined; i++) {
    const s = slot(value.charCodeAt(i));
    node = s < 0 ? undefined : node.next[s];
  }
  return node?.word === 'hidden';
}

/** Verdict of a whole class attribute: hidden if any name hides, else the strongest name's. */
function classVerdict(className: string): NameVerdict {
  let verdict: NameVerdict;
  const n = className.length;
  let i = 0;
  while (i < n) {
    while (i < n && isSpace(className.charCodeAt(i))) i++;
    const start = i;
    while (i < n && !isSpace(className.charCodeAt(i))) i++;
    if (i === start) break;
    if (isHidingClass(className, start, i)) return 'hidden';
    verdict = strongerVerdict(verdict, nameVerdict(className, start, i));
  }
  return verdict;
}

// ---------------------------------------------------------------- caches

// Pages repeat the same class strings on thousands of elements, and re-scans of a page meet them
// all again. Verdicts are pure functions of the strings, so they are cached for the process
// (bounded: cleared when full).
const NONE = 'none';
type Cached = Verdict | typeof NONE;
const CACHE_LIMIT = 20_000;
const classStrings = new Map<string, Cached>();
const ids = new Map<string, Cached>();

function remember(cache: Map<string, Cached>, key: string, verdict: NameVerdict): NameVerdict {
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, verdict ?? NONE);
  return verdict;
}

/** Classifies an element by its class and id attributes (hidden > comments > boilerplate > byline). */
export function classifyNames(className: string | null, id: string | null): NameVerdict {
  let byClass: NameVerdict;
  if (className) {
    const known = classStrings.get(className);
    byClass = known === undefined ? remember(classStrings, className, classVerdict(className)) : known === NONE ? undefined : known;
  }
  if (byClass === 'hidden' || !id) return byClass;
  const known = ids.get(id);
  const byId = known === undefined ? remember(ids, id, nameVerdict(id, 0, id.length)) : known === NONE ? undefined : known;
  return strongerVerdict(byClass, byId);
}

/** Empties the verdict caches: for measuring a page's first scan. */
export function forgetNameVerdicts(): void {
  classStrings.clear();
  ids.clear();
}
