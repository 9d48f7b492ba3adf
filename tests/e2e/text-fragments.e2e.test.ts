// Parallax's evidence links in real browsers: for passages with repeats, punctuation, accents,
// emoji, inline markup and whitespace, the link that src/core/anchor/text-fragment.ts builds from
// the article's text scrolls the browser to that passage and paints exactly it (`::target-text`,
// magenta on the test page, read back from a screenshot). No extension involved: this is the
// browser's own text-fragment support against our links.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { startDemoServer, type DemoServer } from '../../scripts/demo-server.ts';
import { PassageLinker } from '../../src/core/anchor/text-fragment.ts';
import type { TestBrowser } from './harness/driver.ts';
import { artifactsDir, freshTempDir } from './harness/paths.ts';
import { inside, pixelsOfColour } from './harness/pixels.ts';
import { STUB_LAUNCHERS } from './harness/stub-launchers.ts';
import { FRAGMENT_CASES, FRAGMENT_TEXT, fragmentSpan, passageRects, textFragmentPage } from './harness/text-fragment-page.ts';

const PAGE = '/fragments/harbour-talks.html';
let server: DemoServer;
const temp = freshTempDir('fragments');

beforeAll(async () => {
  server = await startDemoServer({ extraRoutes: { [PAGE]: textFragmentPage() } });
});
afterAll(async () => {
  await server?.close();
  rmSync(temp, { recursive: true, force: true });
});

describe.each(STUB_LAUNCHERS)('text-fragment links in %s', (name, launch) => {
  let browser: TestBrowser;
  beforeAll(async () => {
    browser = await launch(join(temp, name));
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.each(FRAGMENT_CASES)('$name', async (c) => {
    const linker = new PassageLinker(server.url(PAGE) + '#old-anchor', FRAGMENT_TEXT, 'en');
    const link = linker.linkTo(fragmentSpan(c));
    expect(link, 'a link').toMatch(/^http:\/\/127\.0\.0\.1:\d+\/fragments\/harbour-talks\.html#:~:text=[^#]+$/);
    const page = await browser.newPage();
    try {
      await page.goto(link!);
      const arg = { passage: c.passage, occurrence: c.occurrence ?? 0 };
      // The browser scrolls the passage's start into view (the paragraphs are 700 px apart).
      const rects = await page.waitFor(
        (a: typeof arg & { fn: string }) => {
          const rects = (0, eval)(a.fn)(a) as { left: number; top: number; right: number; bottom: number }[] | null;
          return rects?.[0] && rects[0].top >= 0 && rects[0].bottom <= innerHeight ? rects : null;
        },
        { ...arg, fn: `(${String(passageRects)})` },
        10_000,
      ).catch(async (error) => {
        throw new Error(`${link}: the passage did not come into view (scrollY ${await page.evaluate(() => scrollY)}): ${(error as Error).message}`);
      });
      const shot = join(artifactsDir(name as 'chromium'), `fragment-${FRAGMENT_CASES.indexOf(c)}.png`);
      await page.screenshot(shot);
      const ratio = await page.evaluate(() => devicePixelRatio);
      const painted = pixelsOfColour(shot, [255, 0, 255], ratio);
      const outside = painted.filter((p) => !rects.some((r) => inside(p, r)));
      expect(painted.length, `${link}: magenta (::target-text) pixels`).toBeGreaterThan(20);
      expect(outside.length, `${link}: painted pixels outside the passage ${JSON.stringify(outside.slice(0, 3))}`).toBe(0);
      const height = await page.evaluate(() => innerHeight);
      for (const r of rects.filter((r) => r.top >= 0 && r.bottom <= height)) {
        expect(painted.some((p) => inside(p, r, 0)), `${link}: a line of the passage left unpainted ${JSON.stringify(r)}`).toBe(true);
      }
    } finally {
      await page.close();
    }
  });
});
