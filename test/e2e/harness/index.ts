// The e2e harness: import everything from here.
export { BUILDS, CHROMIUM_PATH, CORPUS_DIR, FIREFOX_EXTENSION_UUID, FIREFOX_PATH, FIXTURE_PAGES_DIR, GECKO_ID, REPO_ROOT, isLoopbackHost } from './paths';
export { serveDirectory, serveFixtures, type ServedRequest, type StaticServer } from './server';
export { startRequestTrap, type RequestTrap, type TrappedRequest } from './trap';
export { ErrorLog, NetworkLog, type BrowserError, type ExternalRequest } from './logs';
export { launchChromium, withChromium, type ChromiumSession, type LaunchChromiumOptions } from './chromium';
export { launchFirefox, withFirefox, type FirefoxSession, type LaunchFirefoxOptions } from './firefox';
export { processesUsing } from './processes';
export { listCorpusPages } from './corpus';
export {
  evaluateIn,
  callInIsolatedWorld,
  highlights,
  hoverText,
  isPlaywright,
  type CdpArgument,
  pageText,
  screenshot,
  textRect,
  until,
  visibleText,
  waitForQuiet,
  type AnyPage,
  type Evaluate,
  type HighlightSnapshot,
  type TextRect,
} from './page';
export { CARD_HOST, cardState, inCard, type CardReader, type CardState } from './card';
export { E2E_OPEN_KEY, e2eOpenFragment, e2eSelectFragment, type OpenablePage } from '../../../lib/e2e/protocol';
export { highlightedClaims, line, listedClaims, ourHighlights, verdictOfHighlight, type HighlightedRange, type ListedClaim } from './claims';
