// @vitest-environment happy-dom
// The page's cards name the other outlet and its date and offer "Read in <Outlet>, <date>": the
// other article at the passage, in a new tab, http(s) only, set as an attribute never as HTML.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Analysis } from '../../src/core/types.ts';
import { buildPagePayload } from '../../src/background/page-payload.ts';
import { buildCard } from '../../src/content/cards.ts';
import type { Anchored } from '../../src/content/highlights.ts';
import type { PagePayload } from '../../src/shared/page-model.ts';

const COURIER = 'https://www.courier.example/news/bridge';
const DATE = /Coastal Courier, (3 Mar 2027|Mar 3, 2027)/;

function payloadWith(link: (text: string) => string): { analysis: Analysis; payload: PagePayload } {
  const analysis = JSON.parse(readFileSync(join(import.meta.dirname, '../fixtures/analysis/harbour-bridge.json'), 'utf8')) as Analysis;
  analysis.story!.versions = analysis.story!.versions.map((v) => (v.articleId === 'courier-1' ? { ...v, url: COURIER } : v));
  analysis.differences = analysis.differences.map((d) => (d.there?.articleId === 'courier-1' ? { ...d, there: { ...d.there, link: link(d.there.text) } } : d));
  analysis.speakers = analysis.speakers.map((s) => ({ ...s, elsewhere: s.elsewhere.map((e) => (e.articleId === 'courier-1' ? { ...e, link: link(e.text) } : e)) }));
  return { analysis, payload: buildPagePayload(analysis) };
}

const fragment = (text: string) => `${COURIER}#:~:text=${encodeURIComponent(text.split(' ').slice(0, 3).join(' '))}`;

function cardFor(payload: PagePayload, kind: 'difference' | 'quote', pick: (id: string) => boolean = () => true): HTMLElement {
  const annotation = payload.annotations.find((a) => a.kind === kind && pick(a.difference ?? a.person ?? ''))!;
  const anchored: Anchored = { annotation, range: document.createRange(), order: 0 };
  return buildCard(document, payload, anchored, () => undefined);
}

describe('evidence links in the page\'s cards', () => {
  it('a difference card names the other outlet and date and links to its passage in a new tab', () => {
    const { analysis, payload } = payloadWith(fragment);
    const wording = analysis.differences.find((d) => d.kind === 'quote-wording')!;
    const card = cardFor(payload, 'difference', (id) => id === wording.id);
    expect([...card.querySelectorAll('.side h3')].map((h) => h.textContent)).toEqual(['This article', expect.stringMatching(DATE)]);
    const link = card.querySelector('a[data-px-evidence]')!;
    expect(link.getAttribute('href')).toBe(wording.there!.link);
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(link.textContent).toMatch(new RegExp(`^Read in ${DATE.source} \\(opens in a new tab\\)$`));
  });

  it('a quote card links to how the other outlet quoted it, and "More" lists every link', () => {
    const { analysis, payload } = payloadWith(fragment);
    const speaker = analysis.speakers.find((s) => s.elsewhere.some((e) => e.articleId === 'courier-1'))!;
    const card = cardFor(payload, 'quote', (person) => person === speaker.key);
    expect(card.querySelector('.elsewhere a[data-px-evidence]')?.getAttribute('href')).toMatch(/^https:\/\/www\.courier\.example\/news\/bridge#:~:text=/);
    (card.querySelector('[data-px-more]') as HTMLButtonElement).click();
    const more = card.querySelector('.more')!;
    expect(more.querySelectorAll('a[data-px-evidence]').length).toBe(speaker.elsewhere.filter((e) => e.articleId === 'courier-1').length);
    expect(more.textContent).toMatch(DATE);
  });

  it.each(['javascript:alert(1)', 'data:text/html,x', 'moz-extension://x/popup.html', '"><img src=x onerror=alert(1)>'])('turns %s into no link at all', (bad) => {
    const { analysis, payload } = payloadWith(() => bad);
    const wording = analysis.differences.find((d) => d.kind === 'quote-wording')!;
    const card = cardFor(payload, 'difference', (id) => id === wording.id);
    expect(card.querySelector('a')).toBeNull();
    expect(card.querySelector('img')).toBeNull();
    expect(card.textContent).toMatch(DATE);
  });

  it('the payload carries the link and the date only for versions that have them', () => {
    const { payload } = payloadWith(fragment);
    const courier = Object.values(payload.differences).filter((d) => d.outlet === 'Coastal Courier');
    expect(courier.length).toBeGreaterThan(0);
    for (const d of courier) expect(d).toMatchObject({ link: expect.stringMatching(/^https:\/\/www\.courier\.example\//), publishedAt: '2027-03-03' });
    const { payload: unlinked } = payloadWith(() => undefined as unknown as string);
    for (const d of Object.values(unlinked.differences)) expect(d.link).toBeNull();
  });
});
