// Hover and keyboard cards, built as DOM in the overlay's shadow root (text set as text only).
// Person (entity or speaker), quote, and difference cards; "More" unfolds the full speaker card.
import type { DiffPart } from '../core/types.ts';
import type { DifferenceCard, PagePayload, PersonCard } from '../shared/page-model.ts';
import { DIFFERENCE_LABELS, diffSides, plural } from '../shared/diff-sides.ts';
import { EVIDENCE_LINK_ATTRIBUTES, evidenceLabel, outletAndDate, safeEvidenceHref } from '../shared/evidence-link.ts';
import type { Anchored } from './highlights.ts';
import { el } from './dom.ts';

export type CardKind = 'entity' | 'quote' | 'difference';

function diffText(doc: Document, parts: readonly DiffPart[] | null, side: 'here' | 'there', fallback: string): HTMLElement {
  const p = el(doc, 'p');
  if (!parts?.length) {
    p.append(fallback);
    return p;
  }
  for (const piece of diffSides(parts)[side]) {
    p.append(piece.changed ? el(doc, 'mark', { 'data-px-diff': side }, piece.text) : doc.createTextNode(piece.text));
  }
  return p;
}

/** "Read in <Outlet>, <date>": the other article at the passage, in a new tab (http(s) only). */
function evidenceLink(doc: Document, link: string | null | undefined, outlet: string, publishedAt: string | null | undefined): HTMLAnchorElement | null {
  const href = safeEvidenceHref(link);
  if (!href) return null;
  return el(doc, 'a', { class: 'evidence', href, ...EVIDENCE_LINK_ATTRIBUTES, 'data-px-evidence': '' },
    evidenceLabel(outlet, publishedAt), el(doc, 'span', { class: 'sr-only' }, ' (opens in a new tab)'));
}

function personTitle(person: PersonCard): string {
  if (person.anonymous) return 'Unnamed source';
  return person.kind === 'person' ? 'Person' : person.kind === 'organisation' ? 'Organisation' : 'Place';
}

function personHeader(doc: Document, person: PersonCard): HTMLElement[] {
  const parts: (HTMLElement | null)[] = [
    el(doc, 'p', { class: 'kind' }, personTitle(person)),
    el(doc, 'h2', { class: 'name' }, person.name, person.anonymous ? el(doc, 'span', { class: 'badge-anon' }, 'anonymous') : null),
    person.role ? el(doc, 'p', { class: 'role' }, person.role) : null,
  ];
  return parts.filter((x): x is HTMLElement => x !== null);
}

/** The full speaker card: every quote here and how other outlets worded them. */
function speakerDetails(doc: Document, person: PersonCard): HTMLElement {
  const box = el(doc, 'section', { class: 'more', 'aria-label': `More about ${person.name}` });
  if (person.quotes.length) {
    box.append(el(doc, 'h3', {}, `Quoted here`), el(doc, 'ul', {}, ...person.quotes.map((q) => el(doc, 'li', {}, `“${q.text}”`))));
  }
  if (person.elsewhere.length) {
    box.append(el(doc, 'h3', {}, 'How others quoted it'));
    for (const e of person.elsewhere) {
      box.append(el(doc, 'div', { class: 'elsewhere' }, el(doc, 'strong', {}, outletAndDate(e.outlet, e.publishedAt)), diffText(doc, e.diff, 'there', `“${e.text}”`), evidenceLink(doc, e.link, e.outlet, e.publishedAt)));
    }
  }
  if (!person.quotes.length && !person.elsewhere.length) box.append(el(doc, 'p', { class: 'meta' }, 'No quotes from them in this article.'));
  return box;
}

function moreButton(doc: Document, card: HTMLElement, person: PersonCard): HTMLButtonElement {
  const button = el(doc, 'button', { type: 'button', 'data-px-more': '', 'aria-expanded': 'false' }, 'More');
  button.addEventListener('click', () => {
    const open = button.getAttribute('aria-expanded') === 'true';
    card.querySelector('.more')?.remove();
    if (!open) card.append(speakerDetails(doc, person));
    button.setAttribute('aria-expanded', String(!open));
    button.textContent = open ? 'More' : 'Less';
  });
  return button;
}

function entityCard(doc: Document, card: HTMLElement, person: PersonCard): void {
  card.setAttribute('aria-label', `${person.name}${person.role ? `, ${person.role}` : ''}`);
  card.append(...personHeader(doc, person));
  if (person.description) card.append(el(doc, 'p', { class: 'desc' }, person.description));
  card.append(el(doc, 'p', { class: 'meta' }, person.quotes.length ? `Quoted ${plural(person.quotes.length, 'time')} here` : 'Not quoted here'));
  card.append(moreButton(doc, card, person));
}

function quoteCard(doc: Document, card: HTMLElement, person: PersonCard | null): void {
  if (!person) {
    card.setAttribute('aria-label', 'Quote, speaker not identified');
    card.append(el(doc, 'p', { class: 'kind' }, 'Quote'), el(doc, 'h2', { class: 'name' }, 'Speaker not identified'));
    card.append(el(doc, 'p', { class: 'meta' }, 'Parallax could not tell with confidence who said this.'));
    return;
  }
  card.setAttribute('aria-label', `Quote from ${person.name}${person.anonymous ? ' (anonymous source)' : ''}`);
  card.append(el(doc, 'p', { class: 'kind' }, person.anonymous ? 'Quote · unnamed source' : 'Quote'));
  card.append(...personHeader(doc, person).slice(1));
  if (person.description && person.anonymous) card.append(el(doc, 'p', { class: 'desc' }, person.description));
  card.append(el(doc, 'p', { class: 'meta' }, `${plural(person.quotes.length, 'quote')} from ${person.anonymous ? 'this source' : person.name} here`));
  const first = person.elsewhere[0];
  if (first) {
    card.append(el(doc, 'div', { class: 'elsewhere' }, el(doc, 'h3', {}, `How ${first.outlet} quoted it`), diffText(doc, first.diff, 'there', `“${first.text}”`), evidenceLink(doc, first.link, first.outlet, first.publishedAt)));
  }
  card.append(moreButton(doc, card, person));
}

function differenceCard(doc: Document, card: HTMLElement, d: DifferenceCard): void {
  const label = DIFFERENCE_LABELS[d.kind];
  card.setAttribute('aria-label', `${label}${d.outlet ? ` in ${d.outlet}` : ''}`);
  card.append(el(doc, 'p', { class: 'kind' }, label), el(doc, 'p', { class: 'desc' }, d.explanation));
  if (d.kind === 'only-here' || d.there === null) {
    card.append(el(doc, 'p', { class: 'meta' }, 'The other versions of this story do not carry this passage.'));
    return;
  }
  card.append(
    el(doc, 'div', { class: 'sides' },
      el(doc, 'div', { class: 'side' }, el(doc, 'h3', {}, 'This article'), diffText(doc, d.diff, 'here', d.here ?? '')),
      el(doc, 'div', { class: 'side' }, el(doc, 'h3', {}, d.outlet ? outletAndDate(d.outlet, d.publishedAt) : 'Another outlet'), diffText(doc, d.diff, 'there', d.there))),
  );
  const link = evidenceLink(doc, d.link, d.outlet ?? 'the other outlet', d.publishedAt);
  if (link) card.append(link);
}

export function cardKindOf(anchored: Anchored): CardKind {
  return anchored.annotation.kind;
}

export function buildCard(doc: Document, payload: PagePayload, anchored: Anchored, onClose: () => void): HTMLElement {
  const a = anchored.annotation;
  const card = el(doc, 'div', { class: 'card', 'data-px-card': '', 'data-px-card-kind': a.kind, 'data-px-annotation': a.id, role: 'dialog', 'aria-modal': 'false' });
  const person = a.person ? payload.people[a.person] ?? null : null;
  if (a.kind === 'entity' && person) entityCard(doc, card, person);
  else if (a.kind === 'quote') quoteCard(doc, card, person);
  else if (a.kind === 'difference' && a.difference && payload.differences[a.difference]) differenceCard(doc, card, payload.differences[a.difference]!);
  const close = el(doc, 'button', { type: 'button', class: 'close', 'aria-label': 'Close' }, '×');
  close.addEventListener('click', onClose);
  card.prepend(close);
  return card;
}

/** One line for the live region when the keyboard steps onto an annotation. */
export function announce(payload: PagePayload, anchored: Anchored, index: number, total: number): string {
  const a = anchored.annotation;
  const person = a.person ? payload.people[a.person] : undefined;
  const what =
    a.kind === 'difference' && a.difference ? DIFFERENCE_LABELS[payload.differences[a.difference]?.kind ?? 'quote-wording']
    : a.kind === 'quote' ? `Quote${person ? ` from ${person.name}` : ''}`
    : person?.name ?? 'Name';
  return `${what}. Annotation ${index + 1} of ${total}.`;
}
