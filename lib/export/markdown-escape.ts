/**
 * Page text inside Markdown: every character that could start markup (links, images, HTML, emphasis,
 * code, tables, entities) is escaped, and line breaks become spaces, so a hostile page cannot inject
 * a link or HTML into the exported file.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\r\n\u2028\u2029]+/g, ' ')
    // Page text always sits mid-line in our output, so list and heading markers at a line start
    // cannot occur; "&" is escaped so that an entity cannot spell "<".
    .replace(/[\\`*_{}[\]()<>#!|~&]/g, (c) => `\\${c}`);
}
