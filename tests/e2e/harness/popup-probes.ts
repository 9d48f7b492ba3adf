// Functions run inside the popup (opened as an extension page for a tab) through `evaluate`.
// Self-contained, plain JSON out; selectors are the ones EXTENSION-CONTRACT.md fixes.

export interface PopupView {
  state: string | null;
  storyTitle: string | null;
  outlets: string[];
  siteToggle: string | null;
  speakers: { id: string | null; anonymous: boolean; text: string; elsewhereMarks: { here: number; there: number } }[];
  differences: { kind: string | null; anchored: boolean; text: string; here: string[]; there: string[]; showOnPage: boolean }[];
}

/** The popup has rendered its answer for the tab: a story or a final state, and the site switch. */
export function popupSettled(view: PopupView): boolean {
  return view.siteToggle !== null && (view.storyTitle !== null || view.speakers.length > 0 || (view.state !== null && view.state !== 'loading'));
}

export function popupView(): PopupView {
  const q = (sel: string, root: ParentNode = document) => [...root.querySelectorAll(sel)] as HTMLElement[];
  const text = (el: Element | null | undefined) => (el as HTMLElement | null)?.innerText?.trim() ?? el?.textContent?.trim() ?? null;
  return {
    state: document.querySelector('[data-testid="state"]')?.getAttribute('data-state') ?? null,
    storyTitle: text(document.querySelector('[data-testid="story-title"]')),
    outlets: q('[data-testid="outlet-list"] [data-testid="outlet"]').map((e) => text(e) ?? ''),
    siteToggle: document.querySelector('[data-testid="site-toggle"]')?.getAttribute('aria-checked') ?? null,
    speakers: q('[data-testid="speaker-card"]').map((card) => ({
      id: card.getAttribute('data-speaker-id'),
      anonymous: card.getAttribute('data-anonymous') === 'true',
      text: text(card) ?? '',
      elsewhereMarks: {
        here: q('[data-testid="elsewhere"] mark[data-px-diff="here"]', card).length,
        there: q('[data-testid="elsewhere"] mark[data-px-diff="there"]', card).length,
      },
    })),
    differences: q('[data-testid="difference"]').map((d) => ({
      kind: d.getAttribute('data-kind'),
      anchored: d.getAttribute('data-anchored') !== 'false',
      text: text(d) ?? '',
      here: q('mark[data-px-diff="here"]', d).map((m) => m.textContent ?? ''),
      there: q('mark[data-px-diff="there"]', d).map((m) => m.textContent ?? ''),
      showOnPage: d.querySelector('[data-testid="show-on-page"]') !== null,
    })),
  };
}

/** Tags the "show on page" button of the first `kind` difference containing `contains`, so a real click can target it by selector. */
export function tagShowOnPage(args: { kind: string; contains: string }): boolean {
  for (const d of document.querySelectorAll('[data-testid="difference"]')) {
    if (d.getAttribute('data-kind') !== args.kind || !(d.textContent ?? '').includes(args.contains)) continue;
    const button = d.querySelector('[data-testid="show-on-page"]');
    if (!button) continue;
    document.querySelectorAll('[data-e2e-target]').forEach((e) => e.removeAttribute('data-e2e-target'));
    button.setAttribute('data-e2e-target', 'show-on-page');
    return true;
  }
  return false;
}
