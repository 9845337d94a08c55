import { describe, expect, it } from 'vitest';
import { classifyNames } from './class-names';

describe('classifyNames', () => {
  it.each([
    ['col-side', null],
    ['sidebar', null],
    ['related', null],
    ['ds-sidebar', null],
    ['a-lire-aussi', null],
    ['voir-aussi', null],
    ['mostRead', null],
    ['most_read', null],
    ['nf-share', null],
    ['fil-ariane', null],
    ['newsletter-form', null],
    [null, 'trending'],
    ['top-bar', null],
    ['side_bar', null],
    // A site's alert strip above the story ("threat level at 4 · lines 1 and 5").
    ['lg-alert', null],
    ['site-alerts', null],
  ])('class %j / id %j is boilerplate', (className, id) => {
    expect(classifyNames(className, id)).toBe('boilerplate');
  });

  it.each([
    ['comment', null],
    [null, 'comments'],
    ['commentaires liste', null],
  ])('class %j / id %j is readers comments', (className, id) => {
    expect(classifyNames(className, id)).toBe('comments');
  });

  it.each([['byline'], ['ds-byline'], ['meta'], ['nf-date'], ['ec-signature'], ['article-author']])(
    'class %j is a byline',
    (className) => {
      expect(classifyNames(className, null)).toBe('byline');
    },
  );

  it.each([['sr-only'], ['hidden'], ['d-none'], ['visually-hidden']])('class %j hides the element', (className) => {
    expect(classifyNames(className, null)).toBe('hidden');
  });

  it.each([
    ['story-body'],
    ['article-text'],
    ['inside'], // "side" only as a whole word
    ['header'], // an article's header is content
    ['ArticlePageContentBackGround-eBLAnZ eswkA-D'], // hashed names must not spell "ad"
    ['tag-social category-menu'], // editors' taxonomy, not layout
    ['has-social-tools with-sidebar'], // state of a neighbour
    ['hidden-xs'], // hidden on phones only
    ['loaded'],
  ])('class %j says nothing', (className) => {
    expect(classifyNames(className, null)).toBeUndefined();
  });

  it('prefers the stronger verdict when words disagree', () => {
    expect(classifyNames('meta sidebar', null)).toBe('boilerplate');
    expect(classifyNames('sidebar', 'comments')).toBe('comments');
  });
});
