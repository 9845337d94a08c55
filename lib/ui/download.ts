// Saves text as a file from an extension page without the `downloads` permission: a Blob URL and a
// temporary <a download>.
export function downloadText(doc: Document, filename: string, mime: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${mime};charset=utf-8` }));
  const a = doc.createElement('a');
  a.href = url;
  a.download = filename;
  a.hidden = true;
  doc.body.append(a);
  a.click();
  a.remove();
  // Revoked later: some browsers read the URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** "palmyra-check-lemonde.fr-2026-11-25.json": a file name safe on every system. */
export function exportFileName(url: string, today: string, extension: string): string {
  let host = 'page';
  try {
    host = new URL(url).hostname || host;
  } catch {
    // keep "page"
  }
  return `palmyra-check-${host.replace(/[^a-z0-9.-]/gi, '_')}-${today}.${extension}`;
}
