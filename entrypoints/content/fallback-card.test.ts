import { describe, expect, it } from 'vitest';
import { referenceDataset } from '@/core/reference/dataset';
import { claim } from '@/components/test-utils';
import { CardViewSchema } from '@/lib/protocol/messages';
import { BUNDLED_DATASET_ID, fallbackCardView } from './fallback-card';

describe('the card shown when the background cannot answer', () => {
  it('knows the bundled dataset by the id the data gives it (written out so the content script carries no dataset)', () => {
    expect(BUNDLED_DATASET_ID).toBe(referenceDataset.id);
  });

  it('links to the viewer for a claim of the bundled dataset only', () => {
    const bundled = fallbackCardView(claim({ id: 'c1' }), 'en');
    expect(CardViewSchema.safeParse(bundled).success).toBe(true);
    expect(bundled.viewer).not.toBeNull();
    expect(fallbackCardView(claim({ id: 'c2', datasetId: 'readers-notes' }), 'fr').viewer).toBeNull();
  });
});
