// Analysis -> what the page must draw: text selectors for quotes, listed names and differences,
// and the few fields its cards show. Publication-date differences and passages only found
// elsewhere have nothing to mark on this page; they stay in the popup.
import { isSpeech, type Analysis, type Difference, type EntityHit, type Span, type Speaker } from '../core/types.ts';
import type { DifferenceCard, PageAnnotation, PagePayload, PersonCard, TextQuoteSelector } from '../shared/page-model.ts';
import { differenceAnnotationId, entityAnnotationId, quoteAnnotationId } from '../shared/annotation-ids.ts';
import { versionPublishedAt } from '../shared/evidence-link.ts';
import { isAboveLine } from '../core/compare/note-model.ts';

const CONTEXT = 32;
/** More live ranges than this slow every later page mutation; quotes and differences go first. */
export const MAX_PAGE_ANNOTATIONS = 600;

export function textSelector(text: string, span: Span): TextQuoteSelector | null {
  const start = Math.max(0, Math.min(span.start, text.length));
  const end = Math.max(start, Math.min(span.end, text.length));
  const exact = text.slice(start, end);
  if (!exact.trim()) return null;
  return { exact, prefix: text.slice(Math.max(0, start - CONTEXT), start), suffix: text.slice(end, end + CONTEXT), start, end };
}

/**
 * Differences the page marks: ones with a passage here that are sure enough (at or above their
 * kind's line, chosen on judged notes), except publication dates (context only).
 */
export function isMarkedOnPage(d: Difference): boolean {
  return d.here !== null && !(d.kind === 'date' && d.about === 'publication') && isAboveLine(d);
}

/** The number the toolbar badge shows: sure disagreements, not publication-date context. */
export function countDifferences(analysis: Pick<Analysis, 'differences'>): number {
  return analysis.differences.filter((d) => !(d.kind === 'date' && d.about === 'publication') && isAboveLine(d)).length;
}

function personFromSpeaker(s: Speaker, analysis: Analysis): PersonCard {
  const entity = s.id ? analysis.entities.find((e) => e.id === s.id) : undefined;
  return {
    key: s.key,
    name: s.name,
    kind: entity?.kind ?? 'person',
    role: s.role,
    description: s.description,
    anonymous: s.anonymous,
    listed: s.listed,
    quotes: s.quotes.flatMap((i) => {
      const q = analysis.quotes[i];
      return q ? [{ annotationId: quoteAnnotationId(i), text: q.text }] : [];
    }),
    elsewhere: s.elsewhere.map((e) => ({ outlet: e.outlet, text: e.text, diff: e.diff, link: e.link ?? null, publishedAt: versionPublishedAt(analysis, e.articleId) })),
  };
}

function personFromEntity(e: EntityHit, key: string): PersonCard {
  return {
    key, name: e.name, kind: e.kind, role: e.role, description: e.description, anonymous: false, listed: e.listed,
    quotes: [], elsewhere: [],
  };
}

function differenceCard(d: Difference, analysis: Analysis): DifferenceCard {
  return {
    id: d.id, kind: d.kind, speaker: d.speaker, explanation: d.explanation,
    here: d.here?.text ?? null, there: d.there?.text ?? null, outlet: d.there?.outlet ?? null, diff: d.diff ?? null,
    link: d.there?.link ?? null, publishedAt: versionPublishedAt(analysis, d.there?.articleId),
  };
}

export function buildPagePayload(analysis: Analysis): PagePayload {
  const text = analysis.article.text;
  const people: Record<string, PersonCard> = {};
  const differences: Record<string, DifferenceCard> = {};
  const quotes: PageAnnotation[] = [];
  const marks: PageAnnotation[] = [];
  const names: PageAnnotation[] = [];

  const speakerOfQuote = new Map<number, Speaker>();
  for (const s of analysis.speakers) {
    people[s.key] = personFromSpeaker(s, analysis);
    for (const i of s.quotes) speakerOfQuote.set(i, s);
  }
  analysis.quotes.forEach((q, i) => {
    if (!isSpeech(q)) return; // scare quotes and titles: nobody speaks
    const selector = textSelector(text, q);
    if (!selector) return;
    const speaker = speakerOfQuote.get(i);
    quotes.push({ id: quoteAnnotationId(i), kind: 'quote', selector, tint: speaker ? speaker.tint % 8 : null, person: speaker?.key ?? null, difference: null });
  });
  for (const d of analysis.differences) {
    if (!isMarkedOnPage(d) || !d.here) continue;
    const selector = textSelector(text, d.here);
    if (!selector) continue;
    differences[d.id] = differenceCard(d, analysis);
    marks.push({ id: differenceAnnotationId(d.id), kind: 'difference', selector, tint: null, person: null, difference: d.id });
  }
  analysis.entities.forEach((e, ei) => {
    if (!e.listed) return; // unlisted names get no underline: nothing verified to say about them
    const speaker = analysis.speakers.find((s) => e.id !== null && s.id === e.id);
    const key = speaker?.key ?? e.id ?? `entity-${ei}`;
    people[key] ??= personFromEntity(e, key);
    e.mentions.forEach((m, mi) => {
      const selector = textSelector(text, m);
      if (selector) names.push({ id: entityAnnotationId(ei, mi), kind: 'entity', selector, tint: null, person: key, difference: null });
    });
  });
  const annotations = [...quotes, ...marks, ...names].slice(0, MAX_PAGE_ANNOTATIONS);
  annotations.sort((a, b) => a.selector.start - b.selector.start || a.selector.end - b.selector.end);
  return { storyTitle: analysis.story?.title ?? null, annotations, people, differences };
}
