// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { claim, mount } from '@/components/test-utils';
import { lookupIn } from '@/lib/dispatch/lookup';
import type { TextCheck } from '@/lib/protocol/messages';
import { DraftChecker, DRAFT_DEBOUNCE_MS } from './DraftChecker';

const checked: TextCheck = { claims: [claim({ id: 't1', text: '180 soldats', verdict: 'contradicted', entryId: 'pro-regime-killed-palmyra' })], omitted: 0, lang: 'fr' };

function type(root: HTMLElement, text: string) {
  const area = root.querySelector('textarea')!;
  area.value = text;
  act(() => {
    area.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  vi.useRealTimers();
  document.body.innerHTML = '';
});

describe('DraftChecker', () => {
  it('checks the text once the editor pauses, not at every keystroke', async () => {
    const check = vi.fn(async () => checked);
    const root = mount(<DraftChecker lang="en" viewerUrl="x" lookup={lookupIn()} check={check} />);
    type(root, 'Au total, 180');
    type(root, 'Au total, 180 soldats ont péri à Palmyre.');
    expect(root.textContent).toContain('Checking…');
    await act(async () => {
      await vi.advanceTimersByTimeAsync(DRAFT_DEBOUNCE_MS);
    });
    expect(check.mock.calls).toEqual([['Au total, 180 soldats ont péri à Palmyre.']]);
    expect(root.querySelector('[data-claim-id="t1"]')?.getAttribute('data-verdict')).toBe('contradicted');
    expect(root.textContent).not.toContain('Checking…');
  });

  it('never shows the answer for an older text over a newer one', async () => {
    let answerFirst: (value: TextCheck) => void = () => {};
    const check = vi
      .fn<(text: string) => Promise<TextCheck | null>>()
      .mockImplementationOnce(() => new Promise((resolve) => (answerFirst = resolve)))
      .mockImplementationOnce(async () => ({ claims: [], omitted: 0, lang: 'en' }));
    const root = mount(<DraftChecker lang="en" viewerUrl="x" lookup={lookupIn()} check={check} />);
    type(root, 'first 400');
    await act(async () => {
      await vi.advanceTimersByTimeAsync(DRAFT_DEBOUNCE_MS);
    });
    type(root, 'second, no figure');
    await act(async () => {
      await vi.advanceTimersByTimeAsync(DRAFT_DEBOUNCE_MS);
      answerFirst(checked);
    });
    expect(root.textContent).toContain('No figure to check in this text.');
    expect(root.querySelector('[data-claim-id]')).toBeNull();
  });

  it('says so when the text could not be checked, and clears with the text', async () => {
    const root = mount(<DraftChecker lang="fr" viewerUrl="x" lookup={lookupIn()} check={async () => null} />);
    type(root, '400 jihadistes');
    await act(async () => {
      await vi.advanceTimersByTimeAsync(DRAFT_DEBOUNCE_MS);
    });
    expect(root.querySelector('[role="alert"]')?.textContent).toContain("Ce texte n'a pas pu être vérifié");
    type(root, '');
    expect(root.querySelector('[role="alert"]')).toBeNull();
  });
});
