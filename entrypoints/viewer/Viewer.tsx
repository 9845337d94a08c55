import type { ReferenceDatasetT } from '@/core/reference/schema';
import { formatIsoDate, formatReferenceValue } from '@/lib/dispatch/format';
import { t, type UiLang } from '@/lib/i18n';
import { articleTree, type ArticleNode } from './article-tree';

export interface ViewerProps {
  dataset: ReferenceDatasetT;
  article: string;
  lang: UiLang;
}

/** The copy's header gets its own mark: it is the date that is *not* the dispatch's. */
export const COPY_HEADER_ID = 'copy-header';

function Article({ nodes, titles }: { nodes: ArticleNode[]; titles: Map<string, string> }) {
  return (
    <>
      {nodes.map((node, i) =>
        node.kind === 'text' ? (
          node.text
        ) : (
          <mark
            key={i}
            id={node.anchor ? node.entryId : undefined}
            data-entry={node.entryId}
            data-fragment={node.fragment ? 'true' : undefined}
            class={node.entryId === COPY_HEADER_ID ? 'pfc-copy-header' : undefined}
            title={titles.get(node.entryId)}
            tabIndex={node.anchor ? -1 : undefined}
          >
            <Article nodes={node.children} titles={titles} />
          </mark>
        ),
      )}
    </>
  );
}

/**
 * The reference viewer: the AFP dispatch with every reference quote marked (id = entry id, so
 * viewer.html#<entry> deep-links), the date explained, and the dataset as a table. Text only.
 */
export function Viewer({ dataset, article, lang }: ViewerProps) {
  const { source, entries } = dataset;
  const spans = [
    { id: COPY_HEADER_ID, start: source.copyHeader.start, end: source.copyHeader.end },
    ...entries.map((e) => ({ id: e.id, start: e.quote.start, end: e.quote.end })),
  ];
  const titles = new Map(entries.map((e) => [e.id, `${e.measures[lang]}: ${formatReferenceValue(e, lang)}`]));
  titles.set(COPY_HEADER_ID, t('viewer.date.heading', lang));
  const none = t('viewer.none', lang);
  return (
    <main class="pfc-viewer">
      <h1>{t('viewer.title', lang)}</h1>
      <p>{t('viewer.intro', lang)}</p>
      <p>
        <strong>{source.title[lang]}</strong>
      </p>

      <section aria-labelledby="pfc-date">
        <h2 id="pfc-date">{t('viewer.date.heading', lang)}</h2>
        <p>
          <a href={`#${COPY_HEADER_ID}`}>
            <code>{source.copyHeader.text}</code>
          </a>{' '}
          — {formatIsoDate(source.dispatchDate, lang)}
        </p>
        <p>{source.dateExplanation[lang]}</p>
      </section>

      <section aria-labelledby="pfc-article">
        <h2 id="pfc-article">{t('viewer.article', lang)}</h2>
        <p class="pfc-article" lang="fr">
          <Article nodes={articleTree(article, spans)} titles={titles} />
        </p>
      </section>

      <section aria-labelledby="pfc-table">
        <h2 id="pfc-table">{t('viewer.table.heading', lang)}</h2>
        <div class="pfc-table-wrap" tabIndex={0} role="region" aria-labelledby="pfc-table">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('viewer.col.measures', lang)}</th>
                <th scope="col">{t('viewer.col.value', lang)}</th>
                <th scope="col">{t('viewer.col.qualifier', lang)}</th>
                <th scope="col">{t('viewer.col.unit', lang)}</th>
                <th scope="col">{t('viewer.col.attribution', lang)}</th>
                <th scope="col">{t('viewer.col.reported', lang)}</th>
                <th scope="col">{t('viewer.col.inference', lang)}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((e) => (
                <tr key={e.id} id={`row-${e.id}`} data-entry-row={e.id}>
                  <th scope="row">
                    {e.measures[lang]}
                    <br />
                    <a href={`#${e.id}`}>{t('viewer.showInArticle', lang)}</a>
                  </th>
                  <td>{formatReferenceValue(e, lang)}</td>
                  <td>
                    {e.qualifier.stated ? <span lang="fr">« {e.qualifier.stated} »</span> : none}
                    {e.qualifier.meaning !== 'exact' ? ` (${t(`qualifier.${e.qualifier.meaning}`, lang)})` : ''}
                  </td>
                  <td>{t(`unit.${e.unit}`, lang)}</td>
                  <td lang={e.attribution ? 'fr' : undefined}>{e.attribution?.stated ?? none}</td>
                  <td>{formatIsoDate(e.reported, lang)}</td>
                  <td>
                    {e.inference
                      ? t('viewer.inferredAgainst', lang, {
                          date: formatIsoDate(e.inference.resolvedAgainst, lang),
                          reason: e.inference.reason[lang],
                        })
                      : none}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </main>
  );
}

/**
 * Brings the entry named by the URL's fragment into view, focuses it (so screen readers and the
 * keyboard start there) and lights every piece of it. Returns false when no such entry exists.
 */
export function focusEntry(doc: Document, hash: string): boolean {
  let id: string;
  try {
    id = decodeURIComponent(hash.replace(/^#/, ''));
  } catch {
    return false;
  }
  for (const el of doc.querySelectorAll('.pfc-active')) el.classList.remove('pfc-active');
  if (!id) return false;
  const target = doc.getElementById(id);
  if (!target || target.tagName !== 'MARK') return false;
  for (const el of doc.querySelectorAll('mark[data-entry]')) {
    if ((el as HTMLElement).dataset.entry === id) el.classList.add('pfc-active');
  }
  doc.querySelector(`[data-entry-row="${CSS.escape(id)}"]`)?.classList.add('pfc-active');
  target.scrollIntoView?.({ block: 'center' });
  target.focus({ preventScroll: true });
  return true;
}
