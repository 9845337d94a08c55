// The news corpus (saved real pages, ../shared/corpus/news-pages): served like fixtures, for
// runs over many pages. Absent on CI machines: callers skip when the list is empty.
import fs from 'node:fs';
import { CORPUS_DIR } from './paths';

/** HTML file names of the corpus, sorted; [] when the folder is not there. */
export function listCorpusPages(dir: string = CORPUS_DIR): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((name) => /\.html?$/i.test(name))
    .sort();
}
