// The shape of the W3C Web Annotation Data Model that an export must have, as valibot schemas
// (the model's MUSTs for the classes Parallax uses: ids are IRIs, one type each, a first page when
// total > 0, TextQuoteSelector with exact, TextPositionSelector with non-negative integers…).
import * as v from 'valibot';

const iri = v.pipe(v.string(), v.regex(/^[a-z][a-z0-9+.-]*:\S+$/i, 'an absolute IRI'));
const nonNegative = v.pipe(v.number(), v.integer(), v.minValue(0));
const dateTime = v.pipe(v.string(), v.isoTimestamp());
const motivation = v.picklist(['assessing', 'bookmarking', 'classifying', 'commenting', 'describing', 'editing', 'highlighting', 'identifying', 'linking', 'moderating', 'questioning', 'replying', 'tagging']);

const agent = v.strictObject({
  type: v.picklist(['Software', 'Organization', 'Person']),
  name: v.pipe(v.string(), v.minLength(1)),
  'schema:softwareVersion': v.optional(v.string()),
  'rdfs:comment': v.optional(v.string()),
});

const textualBody = v.strictObject({
  type: v.literal('TextualBody'),
  purpose: motivation,
  value: v.pipe(v.string(), v.minLength(1)),
  format: v.literal('text/plain'),
  language: v.optional(v.pipe(v.string(), v.regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/))),
  creator: v.optional(agent),
  via: v.optional(iri),
  label: v.optional(v.string()),
});

const textQuote = v.strictObject({ type: v.literal('TextQuoteSelector'), exact: v.pipe(v.string(), v.minLength(1)), prefix: v.string(), suffix: v.string() });
const textPosition = v.pipe(
  v.strictObject({ type: v.literal('TextPositionSelector'), start: nonNegative, end: nonNegative }),
  v.check((s) => s.end > s.start, 'end after start'),
);

const target = v.union([
  v.strictObject({ type: v.literal('SpecificResource'), source: iri, selector: v.tuple([textQuote, textPosition]), renderedVia: agent }),
  v.strictObject({ type: v.literal('SpecificResource'), source: iri }),
]);

export const annotationSchema = v.strictObject({
  id: iri,
  type: v.literal('Annotation'),
  motivation,
  created: v.optional(dateTime),
  generator: v.optional(agent),
  body: v.pipe(v.array(textualBody), v.minLength(1)),
  target,
});

export const collectionSchema = v.pipe(
  v.strictObject({
    '@context': v.literal('http://www.w3.org/ns/anno.jsonld'),
    id: iri,
    type: v.literal('AnnotationCollection'),
    label: v.pipe(v.string(), v.minLength(1)),
    'rdfs:comment': v.string(),
    total: nonNegative,
    generated: v.optional(dateTime),
    generator: v.optional(agent),
    first: v.optional(v.strictObject({ id: iri, type: v.literal('AnnotationPage'), startIndex: v.literal(0), items: v.pipe(v.array(annotationSchema), v.minLength(1)) })),
  }),
  v.check((c) => (c.total > 0 ? c.first?.items.length === c.total : c.first === undefined), 'a first page holding all `total` annotations, none when empty'),
);

export type CheckedCollection = v.InferOutput<typeof collectionSchema>;

export function checkCollection(doc: unknown): { ok: true; value: CheckedCollection } | { ok: false; issues: string[] } {
  const result = v.safeParse(collectionSchema, doc);
  if (result.success) return { ok: true, value: result.output };
  return { ok: false, issues: result.issues.slice(0, 5).map((i) => `${v.getDotPath(i) ?? '(root)'}: ${i.message}`) };
}
