import { describe, expect, it } from 'vitest';
import { E2E_OPEN_KEY, e2eOpenFragment, e2eSelectFragment, extensionPathForE2eRequest, selectionForE2eRequest } from './protocol';

describe('extensionPathForE2eRequest', () => {
  it('opens the asked page for the asking tab, passing extra parameters on', () => {
    const url = `http://127.0.0.1:4321/a.html${e2eOpenFragment('popup', { lang: 'fr' })}`;
    expect(extensionPathForE2eRequest(url, 12)).toBe('/popup.html?lang=fr&tab=12');
  });

  it('sets the tab id itself, whatever the fragment says', () => {
    const url = `http://localhost:80/#${E2E_OPEN_KEY}=options&tab=99`;
    expect(extensionPathForE2eRequest(url, 3)).toBe('/options.html?tab=3');
  });

  it.each([
    ['a remote page', `https://example.org/#${E2E_OPEN_KEY}=popup`],
    ['a remote http page', `http://example.org/#${E2E_OPEN_KEY}=popup`],
    ['a loopback look-alike', `http://127.0.0.1.example.org/#${E2E_OPEN_KEY}=popup`],
    ['a page outside the list', `http://127.0.0.1:8000/#${E2E_OPEN_KEY}=background`],
    ['a path instead of a page', `http://127.0.0.1:8000/#${E2E_OPEN_KEY}=../popup`],
    ['no request', 'http://127.0.0.1:8000/#popup'],
    ['the key in the query, not the fragment', `http://127.0.0.1:8000/?${E2E_OPEN_KEY}=popup`],
    ['not a URL', 'popup'],
  ])('ignores %s', (_label, url) => {
    expect(extensionPathForE2eRequest(url, 1)).toBeNull();
  });
});

describe('selectionForE2eRequest', () => {
  it('reads the text of a "Check this selection" request, which opens no page', () => {
    const url = `http://127.0.0.1:4321/a.html${e2eSelectFragment('Au moins 400 jihadistes & 188 soldats')}`;
    expect(selectionForE2eRequest(url)).toBe('Au moins 400 jihadistes & 188 soldats');
    expect(extensionPathForE2eRequest(url, 1)).toBeNull();
  });

  it('ignores remote pages and other requests', () => {
    expect(selectionForE2eRequest(`https://example.org/${e2eSelectFragment('400')}`)).toBeNull();
    expect(selectionForE2eRequest(`http://127.0.0.1:1/${e2eOpenFragment('popup')}`)).toBeNull();
  });
});
