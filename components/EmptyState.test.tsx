// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EmptyState, type EmptyReason } from './EmptyState';
import { SiteSwitch } from './SiteSwitch';
import { VerdictBadge } from './VerdictBadge';
import { mount } from './test-utils';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('EmptyState', () => {
  const reasons: EmptyReason[] = ['not-checked', 'scanning', 'no-figure', 'nothing-related', 'cannot-run', 'disabled-site', 'error', 'no-tab'];

  it('says why, in a status region, with a distinct text per reason', () => {
    const texts = reasons.map((reason) => {
      const root = mount(<EmptyState reason={reason} lang="en" message="boom" count={7} />);
      const status = root.querySelector('[role="status"]')!;
      expect(status.getAttribute('data-reason')).toBe(reason);
      return status.textContent;
    });
    expect(new Set(texts).size).toBe(reasons.length);
    expect(texts[reasons.indexOf('error')]).toBe('The check failed: boom');
    expect(texts[reasons.indexOf('nothing-related')]).toContain('7');
  });

  it('offers "Check this page" only where a check can start', () => {
    const onCheck = vi.fn();
    const root = mount(<EmptyState reason="not-checked" lang="fr" onCheck={onCheck} />);
    root.querySelector('button')!.click();
    expect(onCheck).toHaveBeenCalledOnce();
    expect(root.textContent).toContain('Vérifier cette page');
    const cannot = mount(<EmptyState reason="cannot-run" lang="en" onCheck={onCheck} />);
    expect(cannot.querySelector('button')).toBeNull();
  });
});

describe('SiteSwitch', () => {
  it('is a labelled switch that reports its new state', () => {
    const onChange = vi.fn();
    const root = mount(<SiteSwitch site="lemonde.fr" enabled={true} lang="en" onChange={onChange} />);
    const input = root.querySelector('input[role="switch"]') as HTMLInputElement;
    expect(input.checked).toBe(true);
    expect(root.querySelector('label')!.textContent).toBe('Check this site (lemonde.fr)');
    input.click();
    expect(onChange).toHaveBeenCalledWith(false);
  });
});

describe('VerdictBadge', () => {
  it('pairs colour with an icon and words', () => {
    const root = mount(<VerdictBadge verdict="contradicted" lang="en" />);
    const badge = root.querySelector('.pfc-badge')!;
    expect(badge.getAttribute('data-verdict')).toBe('contradicted');
    expect(badge.textContent).toBe('≠Differs from the reference');
    expect(badge.querySelector('[aria-hidden="true"]')!.textContent).toBe('≠');
  });
});
