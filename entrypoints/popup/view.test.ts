import { describe, expect, it } from 'vitest';
import type { ClaimSummary, TabReport } from '@/lib/protocol/messages';
import { popupContent, SCAN_PATIENCE_MS, tabIdFromQuery, type PopupState } from './view';

const claim = (id: string, verdict: ClaimSummary['verdict']): ClaimSummary => ({
  id, text: id, sentence: id, kind: 'casualties', verdict, valueText: id, entryId: null, datasetId: null, delta: null, because: [], region: 'main',
});
const report = (status: TabReport['status'], verdicts: ClaimSummary['verdict'][] = [], error?: string): TabReport => ({
  url: 'https://a.fr/', status, claims: verdicts.map((v, i) => claim(`c${i}`, v)), updatedAt: 0, ...(error ? { error } : {}),
});
const base: PopupState = { tabId: 1, loading: false, report: null, cannotRun: false, siteDisabled: false, scanRequested: false };
const reasonOf = (over: Partial<PopupState>) => popupContent({ ...base, ...over }).empty?.reason ?? null;

describe('popupContent', () => {
  it('explains every empty case', () => {
    expect(reasonOf({ tabId: null })).toBe('no-tab');
    expect(reasonOf({})).toBe('not-checked');
    expect(reasonOf({ scanRequested: true })).toBe('scanning');
    expect(reasonOf({ cannotRun: true })).toBe('cannot-run');
    expect(reasonOf({ siteDisabled: true, report: report('done', ['supported']) })).toBe('disabled-site');
    expect(reasonOf({ report: report('disabled') })).toBe('not-checked');
    expect(reasonOf({ report: report('scanning') })).toBe('scanning');
    expect(reasonOf({ report: report('done') })).toBe('no-figure');
    expect(popupContent({ ...base, report: report('error', [], 'boom') }).empty).toEqual({ reason: 'error', message: 'boom' });
  });

  it('lists claims, noting when none is related to the reference', () => {
    expect(popupContent({ ...base, report: report('done', ['unrelated', 'supported']) })).toEqual({ empty: null, list: true });
    expect(popupContent({ ...base, report: report('done', ['unrelated', 'unrelated']) })).toEqual({
      empty: { reason: 'nothing-related', count: 2 },
      list: true,
    });
    expect(popupContent({ ...base, report: report('scanning', ['supported']) })).toEqual({ empty: { reason: 'scanning' }, list: true });
  });

  it('turns a report that could not be stored, or that has said "reading" for 20 s, into an explained error', () => {
    const failed: TabReport = { ...report('error', [], 'x'), errorCode: 'storage' };
    expect(popupContent({ ...base, report: failed })).toEqual({ empty: { reason: 'error', problem: 'storage' }, list: false });
    const reading = { ...report('scanning', ['supported']), updatedAt: 5000 };
    expect(popupContent({ ...base, report: reading, now: 5000 + SCAN_PATIENCE_MS - 1 }).empty).toEqual({ reason: 'scanning' });
    expect(popupContent({ ...base, report: reading, now: 5000 + SCAN_PATIENCE_MS })).toEqual({ empty: { reason: 'error', problem: 'timed-out' }, list: true });
    // Without a clock (first paint), a report is taken as it is.
    expect(popupContent({ ...base, report: reading }).empty).toEqual({ reason: 'scanning' });
  });

  it('shows nothing but the frame while loading', () => {
    expect(popupContent({ ...base, loading: true })).toEqual({ empty: null, list: false });
  });
});

describe('tabIdFromQuery', () => {
  it('reads ?tab=', () => {
    expect(tabIdFromQuery('?tab=42')).toBe(42);
    expect(tabIdFromQuery('?lang=fr&tab=7')).toBe(7);
    expect(tabIdFromQuery('')).toBeUndefined();
    expect(tabIdFromQuery('?tab=abc')).toBeNull();
    expect(tabIdFromQuery('?tab=-1')).toBeNull();
  });
});
