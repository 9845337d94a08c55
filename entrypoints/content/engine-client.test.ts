import { describe, expect, it } from 'vitest';
import { MAX_PAGE_CHARS } from '@/lib/protocol/bounds';
import type { ContentToBackground } from '@/lib/protocol/messages';
import { EngineClient, EngineUnavailable, withinBounds } from './engine-client';

const page = { lang: 'fr' as const, blocks: [{ text: 'Palmyre: 400 jihadistes tués.', region: 'main' as const }] };
const answer = { claims: [], lang: 'fr', engineMs: 1 };

function client(answers: unknown[]) {
  const sent: ContentToBackground[] = [];
  const engine = new EngineClient(async (m) => {
    sent.push(m);
    return answers.shift();
  });
  return { engine, sent };
}

describe('EngineClient', () => {
  it('sends the page as a new scan, and blocks added later under the same scan', async () => {
    const { engine, sent } = client([answer, answer]);
    await engine.readPage(page);
    await engine.readBlocks(page.blocks);
    expect(sent.map((m) => m.type)).toEqual(['analyze-page', 'analyze-blocks']);
    const [first, second] = sent as [Extract<ContentToBackground, { type: 'analyze-page' }>, Extract<ContentToBackground, { type: 'analyze-blocks' }>];
    expect(second.scan).toBe(first.scan);
    expect(second.page).toBeUndefined();
  });

  it('sends the page again when the background lost it (its service worker was stopped)', async () => {
    const { engine, sent } = client([answer, { lost: true }, answer]);
    await engine.readPage(page);
    await expect(engine.readBlocks(page.blocks)).resolves.toEqual(answer);
    expect(sent.map((m) => [m.type, 'page' in m && !!m.page])).toEqual([['analyze-page', true], ['analyze-blocks', false], ['analyze-blocks', true]]);
  });

  it('a new scan gets a new name', async () => {
    const { engine, sent } = client([answer, answer]);
    await engine.readPage(page);
    await engine.readPage(page);
    const scans = sent.map((m) => ('scan' in m ? m.scan : ''));
    expect(scans[0]).not.toBe(scans[1]);
  });

  it('fails clearly when the background does not answer, or answers anything but an analysis', async () => {
    for (const wrong of [undefined, { claims: 'x', lang: 'fr', engineMs: 1 }, { lost: true }, { ...answer, extra: 1 }]) {
      const { engine } = client([wrong]);
      await expect(engine.readPage(page)).rejects.toBeInstanceOf(EngineUnavailable);
    }
    await expect(client([]).engine.readBlocks(page.blocks)).rejects.toBeInstanceOf(EngineUnavailable);
  });

  it('sends at most MAX_PAGE_CHARS of text in page order, cutting the block that crosses the bound', () => {
    const big = { text: 'x'.repeat(MAX_PAGE_CHARS * 0.4), region: 'main' as const };
    expect(withinBounds([big, big, big, big]).map((b) => b.text.length)).toEqual([MAX_PAGE_CHARS * 0.4, MAX_PAGE_CHARS * 0.4, MAX_PAGE_CHARS * 0.2]);
    expect(withinBounds(page.blocks)).toEqual(page.blocks);
  });
});
