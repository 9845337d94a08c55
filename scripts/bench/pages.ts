// The pages the bench reads: the news corpus and the annotated dev pages of ../shared.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** ../shared beside the repository (PALMYRA_SHARED elsewhere, as for `npm run eval`). */
export function sharedDir(): string {
  return path.resolve(process.env.PALMYRA_SHARED ?? path.join(REPO_ROOT, '..', 'shared'));
}

export interface BenchPage {
  /** `corpus/<file>` or `dev/<file>`. */
  id: string;
  dir: string;
  file: string;
  lang: string;
  bytes: number;
  /** Dev pages: their annotation file. */
  annotations?: string;
}

export interface SharedData {
  corpus: BenchPage[];
  dev: BenchPage[];
}

/** What is missing of ../shared for a bench run, or null when all is there. */
export function missingShared(shared: string): string | null {
  const needed = [path.join(shared, 'corpus', 'news-pages', 'index.json'), path.join(shared, 'eval', 'dev')];
  const missing = needed.filter((p) => !existsSync(p));
  return missing.length ? missing.join(', ') : null;
}

export function loadShared(shared: string): SharedData {
  const corpusDir = path.join(shared, 'corpus', 'news-pages');
  const index = JSON.parse(readFileSync(path.join(corpusDir, 'index.json'), 'utf8')) as Array<{ file: string; lang: string; bytes: number }>;
  const corpus = index.map((e) => ({ id: `corpus/${e.file}`, dir: corpusDir, file: e.file, lang: e.lang, bytes: e.bytes }));
  const devDir = path.join(shared, 'eval', 'dev');
  const dev = readdirSync(devDir)
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((file) => {
      const annotations = path.join(devDir, file.replace(/\.html$/, '.json'));
      const lang = existsSync(annotations) ? (JSON.parse(readFileSync(annotations, 'utf8')) as { lang?: string }).lang ?? '?' : '?';
      return { id: `dev/${file}`, dir: devDir, file, lang, bytes: statSync(path.join(devDir, file)).size, ...(existsSync(annotations) ? { annotations } : {}) };
    });
  return { corpus, dev };
}

export interface Annotation {
  text: string;
  kind: string;
}

/** The texts of a dev page's annotated dates. */
export function annotatedDates(file: string): string[] {
  const data = JSON.parse(readFileSync(file, 'utf8')) as { claims?: Annotation[] };
  return (data.claims ?? []).filter((c) => c.kind === 'date' && typeof c.text === 'string').map((c) => c.text);
}
