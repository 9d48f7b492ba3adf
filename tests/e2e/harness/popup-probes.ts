// Functions run inside the popup (opened as an extension page for a tab) through `evaluate`.
// Self-contained, plain JSON out; selectors are the ones EXTENSION-CONTRACT.md fixes.

export interface PopupView {
  state: string | null;
  storyTitle: string | null;
  outlets: string[];
  siteToggle: string | null;
  speakers: { id: string | null; anonymous: boolean; text: string; elsewhereMarks: { here: number; there: number } }[];
  /** `possible`: listed apart, below its kind's line (not marked on the page). */
  differences: { kind: string | null; anchored: boolean; possible: boolean; text: string; here: string[]; there: string[]; showOnPage: boolean }[];
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
      possible: d.closest('[data-testid="possible-differences"]') !== null,
      // A possible difference sits in a closed <details>: no rendered text, its words are still there.
      text: text(d) || d.textContent?.trim() || '',
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

export interface EvidenceLinkView {
  /** The difference's kind, or "elsewhere" for a speaker card's "how others quoted it". */
  kind: string | null;
  href: string;
  target: string | null;
  rel: string | null;
  text: string;
}

/** Every "Read in <Outlet>, <date>" link in the popup. */
export function evidenceLinks(): EvidenceLinkView[] {
  return [...document.querySelectorAll<HTMLAnchorElement>('[data-testid="evidence-link"]')].map((a) => ({
    kind: a.closest('[data-testid="difference"]')?.getAttribute('data-kind') ?? (a.closest('[data-testid="elsewhere"]') ? 'elsewhere' : null),
    href: a.getAttribute('href') ?? '',
    target: a.getAttribute('target'),
    rel: a.getAttribute('rel'),
    text: (a.textContent ?? '').trim(),
  }));
}

/** Tags the first evidence link of a `kind` difference whose href starts with `prefix`, for a real click. */
export function tagEvidenceLink(args: { kind: string; prefix: string }): boolean {
  document.querySelectorAll('[data-e2e-target]').forEach((e) => e.removeAttribute('data-e2e-target'));
  for (const d of document.querySelectorAll(`[data-testid="difference"][data-kind="${args.kind}"]`)) {
    const a = d.querySelector('[data-testid="evidence-link"]');
    if (!a || !(a.getAttribute('href') ?? '').startsWith(args.prefix)) continue;
    a.setAttribute('data-e2e-target', 'evidence-link');
    a.scrollIntoView({ block: 'center' });
    return true;
  }
  return false;
}

/** Removes every article the reader added to their own corpus (through the popup's own messages). */
export async function clearMyCorpus(): Promise<number> {
  const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
  const list = (await api.runtime.sendMessage({ type: 'listUserArticles' })) as { ok: boolean; articles?: { id: string }[] };
  let removed = 0;
  for (const a of list.articles ?? []) {
    const reply = (await api.runtime.sendMessage({ type: 'removeUserArticle', id: a.id })) as { ok: boolean; removed?: boolean };
    if (reply.ok && reply.removed) removed++;
  }
  return removed;
}
