// What tag names, ARIA roles and inline styles say about the text below an element (class and id
// words: class-names.ts).
// Pure data and string tests (no DOM access), so the rules can be read and tested on their own.

/** How an element shapes the text below it. */
export type TagKind =
  | 'skip' // never rendered as page text (scripts, form fields, media fallbacks...)
  | 'block' // starts its own block
  | 'row' // a table row: one block, cells joined by " | "
  | 'cell'
  | 'heading'
  | 'preformatted' // block whose whitespace is kept
  | 'sectioning' // article, main, section: block, and scopes <header>
  | 'site-chrome' // nav, aside, footer: block, boilerplate
  | 'header' // boilerplate when it is the site's header, not an article's
  | 'form' // boilerplate unless it wraps the page (ASP.NET pages put everything in one <form>)
  | 'control' // buttons: block, boilerplate
  | 'details'
  | 'dialog'
  | 'link'
  | 'time';

const KINDS: Record<string, TagKind> = Object.assign(Object.create(null) as Record<string, TagKind>, {
  script: 'skip', style: 'skip', noscript: 'skip', template: 'skip', textarea: 'skip', input: 'skip',
  select: 'skip', option: 'skip', optgroup: 'skip', datalist: 'skip', head: 'skip', title: 'skip',
  desc: 'skip', metadata: 'skip', iframe: 'skip', noembed: 'skip', noframes: 'skip', object: 'skip',
  canvas: 'skip', video: 'skip', audio: 'skip',

  p: 'block', div: 'block', li: 'block', ul: 'block', ol: 'block', dl: 'block', dt: 'block', dd: 'block',
  blockquote: 'block', figure: 'block', figcaption: 'block', caption: 'block', address: 'block',
  summary: 'block', fieldset: 'block', legend: 'block', hgroup: 'block', center: 'block', menu: 'block',
  dir: 'block', hr: 'block', table: 'block', thead: 'block', tbody: 'block', tfoot: 'block', body: 'block',
  html: 'block', text: 'block' /* SVG <text>: each is its own label */,

  tr: 'row', td: 'cell', th: 'cell',
  h1: 'heading', h2: 'heading', h3: 'heading', h4: 'heading', h5: 'heading', h6: 'heading',
  pre: 'preformatted', listing: 'preformatted', xmp: 'preformatted', plaintext: 'preformatted',
  article: 'sectioning', main: 'sectioning', section: 'sectioning',
  nav: 'site-chrome', aside: 'site-chrome', footer: 'site-chrome', search: 'site-chrome',
  header: 'header', form: 'form', button: 'control', details: 'details', dialog: 'dialog',
  a: 'link', time: 'time',
});

/** The kind of a tag (an element's localName); unknown and inline tags give undefined. */
export function tagKind(localName: string): TagKind | undefined {
  return KINDS[localName];
}

/** Tags after which text starts on a new line: used where no text came between two runs of text. */
export function startsNewBlock(localName: string): boolean {
  const kind = KINDS[localName];
  return kind !== undefined && kind !== 'skip' && kind !== 'link' && kind !== 'time' && kind !== 'cell';
}

/** ARIA landmark and widget roles whose content is not the article. */
const BOILERPLATE_ROLES = new Set([
  'navigation', 'complementary', 'contentinfo', 'banner', 'search', 'menu', 'menubar', 'toolbar',
  'dialog', 'alertdialog', 'tablist',
]);

export type RoleEffect = 'boilerplate' | 'main' | 'heading' | undefined;

export function roleEffect(role: string): RoleEffect {
  const r = role.trim().toLowerCase();
  if (BOILERPLATE_ROLES.has(r)) return 'boilerplate';
  if (r === 'main' || r === 'article') return 'main';
  if (r === 'heading') return 'heading';
  return undefined;
}

/** Inline style that removes the element from rendering; read from the attribute, never computed. */
const HIDING_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*(?:hidden|collapse))\s*(?:!important\s*)?(?:;|$)/i;

export function styleHides(style: string): boolean {
  return HIDING_STYLE.test(style);
}

