/**
 * Page text inside Markdown: every character that could start markup (links, images, HTML, emphasis,
 * code, tables, entities) is escaped, and line breaks become spaces, so a hostile page cannot inject
 * a link or HTML into the exported file. Bare addresses are defused too (defuseAutolinks).
 */
export function escapeMarkdown(text: string): string {
  return defuseAutolinks(
    text
      .replace(/[\r\n\u2028\u2029]+/g, ' ')
      // Page text always sits mid-line in our output, so list and heading markers at a line start
      // cannot occur; "&" is escaped so that an entity cannot spell "<".
      .replace(/[\\`*_{}[\]()<>#!|~&]/g, (c) => `\\${c}`),
  );
}

/**
 * GitHub-flavoured Markdown (and most renderers after it) turns bare "https://…", "www.…", e-mail
 * addresses and "mailto:"/"xmpp:" into links without any markup. A backslash before the character
 * those rules key on (the ":" of "://" and of "mailto:", the "." of "www.", the "@") is a valid
 * CommonMark escape: it renders as the character itself, but the autolink rules no longer match.
 * Every pattern is a fixed-length look at one position: linear in the text.
 */
export function defuseAutolinks(text: string): string {
  return text
    .replace(/:(?=\/\/)/g, '\\:')
    .replace(/\b(mailto|xmpp):/gi, '$1\\:')
    .replace(/\b(www)\./gi, '$1\\.')
    .replace(/@/g, '\\@');
}
