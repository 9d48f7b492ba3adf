// What a reader sees, as three screenshots: the annotated article, an open hover card on a
// name, and the popup for that tab. Used by `npm start -- --headless --screenshot DIR`.
import { join } from 'node:path';
import type { TestBrowser } from './driver.ts';
import { locateWord, openCard, openCardSettled, settledState } from './page-probes.ts';
import { popupView } from './popup-probes.ts';
import { ANNOTATE_TIMEOUT, pollUntil } from './waiting.ts';

export interface Showcase {
  files: string[];
  problems: string[];
}

export async function captureShowcase(
  browser: TestBrowser,
  articleUrl: string,
  popupPath: string,
  outDir: string,
): Promise<Showcase> {
  const files: string[] = [];
  const problems: string[] = [];
  const file = (name: string) => join(outDir, `${browser.name}-${name}.png`);
  const page = await browser.newPage();
  await page.goto(articleUrl);
  const state = await page.waitFor(settledState, undefined, ANNOTATE_TIMEOUT).catch(() => null);
  if (state !== 'ready') problems.push(`Parallax's state on the article is ${state ?? 'absent or still loading'}, not "ready"`);

  // Dismiss the demo page's cookie banner, as a reader would before reading.
  await page.evaluate(() => {
    for (const button of document.querySelectorAll('button')) {
      if (/^(accept all|agree|ok)$/i.test(button.textContent?.trim() ?? '')) button.click();
    }
  });
  await page.evaluate(locateWord, { word: 'The Taliban seek' });
  await page.screenshot(file('annotated-page'));
  files.push(file('annotated-page'));

  const at = await page.evaluate(locateWord, { word: 'Blinken', nth: 1 });
  if (at) {
    await page.mouseMove(at.x, at.y);
    const card = await page.waitFor(openCard, undefined, 10_000).catch(() => null);
    if (!card) problems.push('no card opened on hovering "Blinken"');
    else await page.waitFor(openCardSettled, undefined, 10_000).catch(() => null);
  }
  await page.screenshot(file('hover-card'));
  files.push(file('hover-card'));

  const tabId = await browser.tabIdOf(page);
  const popup = await browser.openExtensionPage(`${popupPath}?tab=${tabId}`);
  await popup.setViewport(420, 640);
  const { ok } = await pollUntil(() => popup.evaluate(popupView), (v) => v.speakers.length > 0 || v.state !== null, ANNOTATE_TIMEOUT);
  if (!ok) problems.push('the popup showed neither speakers nor a state');
  await popup.screenshot(file('popup'));
  files.push(file('popup'));
  await popup.close();
  await page.close();
  return { files, problems };
}
