// @vitest-environment happy-dom
// The page as the attacker: what a page's own scripts can do to Parallax's host element, its
// highlights and its cards, and what Parallax does about it. (Production flavour: build flags
// off, so the host carries no attribute and its shadow root is closed.)
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PageView, type Send } from '../../src/content/page-view.ts';
import { MAX_HOST_RESTORES, createOverlay } from '../../src/content/overlay.ts';
import { CardPresenter } from '../../src/content/card-presenter.ts';
import type { ContentMessage } from '../../src/shared/messages.ts';
import { installHighlightApi, loadFixturePage, payload, pxHighlights } from './page-fixture.ts';

vi.mock('../../src/shared/browser.ts', async () => ({ browser: (await import('@webext-core/fake-browser')).fakeBrowser }));

let registry: Map<string, Set<Range>>;
let sent: ContentMessage[];
const send: Send = async (message) => {
  sent.push(message);
  if (message.type === 'analyzeArticle') return { ok: true, page: payload, storyFound: true } as never;
  return { ok: true } as never;
};

/** Every px- element of the page (the host, whatever its exact tag). */
const pxElements = () => [...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('px-'));
const hostOnRoot = () => [...document.documentElement.children].find((e) => e.localName.startsWith('px-')) ?? null;
/** Lets MutationObserver callbacks (microtasks) run. */
const flush = () => new Promise((r) => setTimeout(r, 0));
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** happy-dom leaves `isTrusted` unset on every event (so all of them count as a page's synthetic ones); this marks one as the reader's. */
const asReaders = <E extends Event>(event: E): E => Object.defineProperty(event, 'isTrusted', { value: true });

// One page, one registry of custom elements for the whole file: the page defines the name the
// overlay used to have, with a constructor that attaches a shadow root of its own.
customElements.define('px-overlay', class extends HTMLElement {
  constructor() {
    super();
    this.attachShadow({ mode: 'open' });
  }
});

beforeEach(() => {
  registry = installHighlightApi() as unknown as Map<string, Set<Range>>;
  sent = [];
});
afterEach(() => {
  vi.restoreAllMocks();
  for (const el of pxElements()) el.remove();
});

describe('the host element', () => {
  it('is not one a page can define first: Parallax annotates a page that defined px-overlay', async () => {
    loadFixturePage();
    const view = new PageView(window, send, () => undefined);
    expect(await view.run()).toBe('ready');
    const host = hostOnRoot();
    expect(host?.localName).toMatch(/^px-overlay-[a-z0-9]+$/);
    expect(pxElements()).toEqual([host]);
    expect(pxHighlights(registry).length).toBeGreaterThan(3);
    view.destroy();
  });

  it('gets a new name for each page view', async () => {
    loadFixturePage();
    const tags: string[] = [];
    for (let i = 0; i < 2; i++) {
      const view = new PageView(window, send, () => undefined);
      await view.run();
      tags.push(hostOnRoot()!.localName);
      view.destroy();
    }
    expect(tags[0]).not.toBe(tags[1]);
  });

  it('carries no data-px-* attribute (nor any other) in production', async () => {
    loadFixturePage();
    const view = new PageView(window, send, () => undefined);
    await view.run();
    expect(hostOnRoot()!.getAttributeNames()).toEqual([]);
    view.destroy();
  });

  it('is put back on <html> when the page removes it', async () => {
    loadFixturePage();
    const view = new PageView(window, send, () => undefined);
    await view.run();
    const host = hostOnRoot()!;
    host.remove();
    await flush();
    expect(host.parentNode).toBe(document.documentElement);
    view.destroy();
  });

  it('is moved back to <html> when the page moves it into a hidden element', async () => {
    loadFixturePage();
    const view = new PageView(window, send, () => undefined);
    await view.run();
    const host = hostOnRoot()!;
    const hidden = document.createElement('div');
    hidden.style.display = 'none';
    document.body.append(hidden);
    hidden.append(host);
    await flush();
    expect(host.parentNode).toBe(document.documentElement);
    view.destroy();
  });

  it('loses the attributes a page sets on it (inert would block the cards)', async () => {
    loadFixturePage();
    const view = new PageView(window, send, () => undefined);
    await view.run();
    const host = hostOnRoot()!;
    host.setAttribute('inert', '');
    host.setAttribute('style', 'display: none');
    await flush();
    expect(host.getAttributeNames()).toEqual([]);
    view.destroy();
  });

  it('a page that keeps removing it: put back a bounded number of times, then Parallax leaves the page and tells the popup', async () => {
    const before = loadFixturePage();
    let removals = 0;
    const hostile = new MutationObserver(() => {
      for (const el of [...document.documentElement.children]) {
        if (el.localName.startsWith('px-')) {
          removals++;
          el.remove();
        }
      }
    });
    hostile.observe(document.documentElement, { childList: true });
    try {
      const view = new PageView(window, send, () => undefined);
      expect(await view.run()).toBe('no-overlay');
      await flush();
      expect(removals).toBe(MAX_HOST_RESTORES + 1);
      expect(sent.filter((m) => m.type === 'pageStatus')).toEqual([{ type: 'pageStatus', url: location.href, status: 'no-overlay' }]);
      expect(pxHighlights(registry)).toEqual([]);
      expect(document.documentElement.outerHTML).toBe(before);
    } finally {
      hostile.disconnect();
    }
  });

  it('a page where no shadow root can be attached: nothing drawn, and the popup is told', async () => {
    const before = loadFixturePage();
    vi.spyOn(HTMLElement.prototype, 'attachShadow').mockImplementation(() => {
      throw new DOMException('Shadow root cannot be created', 'NotSupportedError');
    });
    const view = new PageView(window, send, () => undefined);
    expect(await view.run()).toBe('no-overlay');
    expect(sent).toEqual([{ type: 'pageStatus', url: location.href, status: 'no-overlay' }]);
    expect(document.documentElement.outerHTML).toBe(before);
  });
});

describe('highlights in the shared registry', () => {
  it("are Parallax's own again after the page registered empty ones under their names", async () => {
    loadFixturePage();
    const view = new PageView(window, send, () => undefined);
    await view.run();
    const names = pxHighlights(registry);
    const sizes = Object.fromEntries(names.map((n) => [n, registry.get(n)!.size]));
    const Impostor = (window as unknown as { Highlight: new () => Set<Range> }).Highlight;
    for (const name of names) registry.set(name, new Impostor());
    view.show('q0'); // anything that re-checks: a hover, a command, "show on page", a page change
    for (const name of names) expect(registry.get(name)!.size, name).toBe(sizes[name]);
    view.destroy();
  });

  it('are filled again after the page emptied them', async () => {
    loadFixturePage();
    const view = new PageView(window, send, () => undefined);
    await view.run();
    const size = registry.get('px-entity')!.size;
    registry.get('px-entity')!.clear();
    view.show('q0');
    expect(registry.get('px-entity')!.size).toBe(size);
    view.destroy();
  });
});

describe("only the reader's own input counts", () => {
  async function presenterWithOpenCard() {
    loadFixturePage();
    const controller = new AbortController();
    const overlay = createOverlay(document, { signal: controller.signal, onLost: () => undefined })!;
    const cards = new CardPresenter(document, overlay, payload, controller.signal);
    const range = document.createRange();
    range.selectNodeContents(document.querySelector('article p')!);
    cards.open({ annotation: payload.annotations.find((a) => a.kind === 'entity')!, range, order: 0 }, 'keyboard');
    return { cards, stop: () => (controller.abort(), overlay.remove()) };
  }

  it("a page's synthetic Escape does not close a card; the reader's does", async () => {
    const { cards, stop } = await presenterWithOpenCard();
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(cards.current, 'open after a synthetic Escape').not.toBeNull();
    document.dispatchEvent(asReaders(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })));
    expect(cards.current, "closed after the reader's Escape").toBeNull();
    stop();
  });

  it("a page's synthetic pointer moves over a name open no card; the reader's do", async () => {
    loadFixturePage();
    const view = new PageView(window, send, () => undefined);
    await view.run();
    // happy-dom has no layout: put the caret and every line box where the pointer is.
    const name = [...document.querySelectorAll('article a')].find((a) => a.textContent === 'Elena Voss')!;
    const doc = document as unknown as { caretPositionFromPoint: (x: number, y: number) => unknown };
    doc.caretPositionFromPoint = () => ({ offsetNode: name.firstChild, offset: 2 });
    vi.spyOn(Range.prototype, 'getClientRects').mockReturnValue([{ left: 0, top: 0, right: 500, bottom: 500, width: 500, height: 500 }] as unknown as DOMRectList);
    const move = () => new PointerEvent('pointermove', { clientX: 10, clientY: 10, bubbles: true });
    const cardOpen = () => (view as unknown as { interactions: { cards: CardPresenter } }).interactions.cards.current !== null;
    try {
      for (let i = 0; i < 5; i++) {
        document.dispatchEvent(move());
        await wait(100);
      }
      await wait(400);
      expect(cardOpen(), 'a card after synthetic pointer moves').toBe(false);
      document.dispatchEvent(asReaders(move()));
      await vi.waitFor(() => expect(cardOpen(), "a card after the reader's pointer move").toBe(true), { timeout: 2_000 });
    } finally {
      delete (doc as Partial<typeof doc>).caretPositionFromPoint;
      view.destroy();
    }
  });
});
