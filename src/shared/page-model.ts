// What the background sends a page to draw: text selectors to anchor and the little card data the
// page shows on hover. Built from an Analysis by background/page-payload.ts; plain JSON.
import type { DiffPart, DifferenceKind, EntityKind } from '../core/types.ts';

/** Hypothesis-style text-quote selector; `start`/`end` index the extracted article text. */
export interface TextQuoteSelector {
  exact: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
}

export type AnnotationKind = 'quote' | 'entity' | 'difference';

export interface PageAnnotation {
  /** Stable within one analysis: see shared/annotation-ids.ts. */
  id: string;
  kind: AnnotationKind;
  selector: TextQuoteSelector;
  /** Quotes: the speaker's tint 0..7, null when the speaker is unknown. */
  tint: number | null;
  /** Quotes and entities: key into PagePayload.people. */
  person: string | null;
  /** Differences: key into PagePayload.differences. */
  difference: string | null;
}

export interface PersonQuote {
  annotationId: string;
  text: string;
}

export interface ElsewhereWording {
  outlet: string;
  text: string;
  diff: DiffPart[] | null;
  /** The other article at these words (a text-fragment URL), when it has an address. */
  link?: string | null;
  /** When the other article was published (ISO), when known. */
  publishedAt?: string | null;
}

export interface PersonCard {
  key: string;
  name: string;
  kind: EntityKind;
  role: string | null;
  description: string | null;
  anonymous: boolean;
  listed: boolean;
  quotes: PersonQuote[];
  elsewhere: ElsewhereWording[];
}

export interface DifferenceCard {
  id: string;
  kind: DifferenceKind;
  speaker: string | null;
  explanation: string;
  here: string | null;
  there: string | null;
  outlet: string | null;
  diff: DiffPart[] | null;
  /** The other article at its passage (a text-fragment URL), when it has an address. */
  link?: string | null;
  /** When the other article was published (ISO), when known. */
  publishedAt?: string | null;
}

export interface PagePayload {
  storyTitle: string | null;
  annotations: PageAnnotation[];
  people: Record<string, PersonCard>;
  differences: Record<string, DifferenceCard>;
}
