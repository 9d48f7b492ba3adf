// The part of the W3C Web Annotation Data Model that Parallax exports, as plain JSON types:
// an AnnotationCollection with one embedded AnnotationPage of Annotations, each with TextualBody
// bodies and a SpecificResource target selected by a TextQuoteSelector and a TextPositionSelector.
// Every term used here is defined by the anno.jsonld context (or its `rdfs:` and `schema:` prefixes).

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

export type Motivation = 'identifying' | 'classifying' | 'assessing' | 'commenting' | 'describing' | 'tagging';

export interface Agent {
  type: 'Software' | 'Organization' | 'Person';
  name: string;
  'schema:softwareVersion'?: string;
  'rdfs:comment'?: string;
}

export interface TextualBody {
  type: 'TextualBody';
  purpose: Motivation;
  value: string;
  format: 'text/plain';
  /** BCP 47; absent for names and codes. */
  language?: string;
  /** Who wrote these words (the other outlet, for its version of a passage). */
  creator?: Agent;
  /** Where these words were taken from: the other article, at the passage when possible. */
  via?: string;
  label?: string;
}

export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

export interface TextPositionSelector {
  type: 'TextPositionSelector';
  /** Unicode code points, not UTF-16 units. */
  start: number;
  end: number;
}

export interface TextTarget {
  type: 'SpecificResource';
  source: string;
  selector: [TextQuoteSelector, TextPositionSelector];
  /** How the text the selectors count in was made: Parallax's article extraction. */
  renderedVia: Agent;
}

/** A target that is the whole page (a note about something this article does not say). */
export interface PageTarget {
  type: 'SpecificResource';
  source: string;
}

export interface WebAnnotation {
  id: string;
  type: 'Annotation';
  motivation: Motivation;
  created?: string;
  generator?: Agent;
  body: TextualBody[];
  target: TextTarget | PageTarget;
}

export interface AnnotationPage {
  id: string;
  type: 'AnnotationPage';
  startIndex: 0;
  items: WebAnnotation[];
}

export interface AnnotationCollection {
  '@context': typeof ANNO_CONTEXT;
  id: string;
  type: 'AnnotationCollection';
  label: string;
  'rdfs:comment': string;
  total: number;
  generated?: string;
  generator?: Agent;
  /** Absent when there is nothing to export (the model requires a first page only when total > 0). */
  first?: AnnotationPage;
}
