// Shared by the component tests: a claim factory and a container to render into (happy-dom).
import { render, type ComponentChild } from 'preact';
import { dataset } from '@/lib/dispatch/dataset';
import type { ClaimSummary } from '@/lib/protocol/messages';

export function claim(over: Partial<ClaimSummary> & Pick<ClaimSummary, 'id'>): ClaimSummary {
  return {
    text: '400 jihadistes',
    sentence: 'En 20 jours, 400 jihadistes sont morts.',
    kind: 'casualties',
    verdict: 'supported',
    valueText: '400',
    entryId: 'is-killed-palmyra',
    datasetId: dataset.id,
    delta: null,
    because: ['jihadistes', 'morts'],
    region: 'main',
    ...over,
  };
}

export function mount(node: ComponentChild): HTMLElement {
  const container = document.createElement('div');
  document.body.append(container);
  render(node, container);
  return container;
}
