// Parallax's e2e build (dist/e2e/firefox) in headless Firefox ESR over WebDriver BiDi:
// scenarios 1–6, 8 and 9 (Firefox's background is an event page, so 7 is Chromium's).
import { describe } from 'vitest';
import { FirefoxBrowser } from './harness/firefox.ts';
import { sharedScenarios } from './scenarios/all.ts';
import { useSuite } from './scenarios/suite.ts';

const suite = useSuite('firefox', (build, popup) => FirefoxBrowser.launch(build, popup));

describe('Parallax in Firefox', () => {
  sharedScenarios(suite);
});
