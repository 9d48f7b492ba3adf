// The shape of seeds/documents.json and seeds/entities.json. Each schema's message says what a
// valid value looks like: it becomes the "fix" half of the error (see shape-errors.ts).

import * as v from 'valibot';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})?)?$/;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const LANGUAGE = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;
const DOCUMENT_ID = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;

const text = (what: string) => v.pipe(v.string(what), v.trim(), v.nonEmpty(what));
const nullableText = (what: string) => v.nullable(text(what));
const isoDate = (what: string) =>
  v.pipe(v.string(what), v.regex(ISO_DATE, what), v.check((s) => !Number.isNaN(Date.parse(s.slice(0, 10))), what));
// The address itself is checked in validate-documents.ts (article-url.ts), which says what is wrong with it.
const httpUrl = v.string('the page\'s http(s) address, or null');

export const DATE_HINT = 'an ISO 8601 date ("2021-09-08") or date-time with offset ("2021-09-08T07:12:00+02:00")';

const articleOverride = v.strictObject(
  {
    n: v.pipe(v.number('the 1-based position of the article in its document'), v.integer('a whole number'), v.minValue(1, 'a number from 1')),
    title: v.optional(text('a non-empty title')),
    byline: v.optional(nullableText('the byline as printed, or null')),
    agency: v.optional(nullableText('the agency as printed, or null')),
    publishedAt: v.optional(v.nullable(isoDate(DATE_HINT))),
    publishedAsPrinted: v.optional(nullableText('the date exactly as printed, or null')),
    url: v.optional(v.nullable(httpUrl)),
    note: v.optional(text('a non-empty note')),
  },
  'an object such as { "n": 2, "title": "…" }',
);

export const documentMetaSchema = v.strictObject(
  {
    id: v.pipe(v.string('the file name without ".txt"'), v.regex(DOCUMENT_ID, 'the file name without ".txt" (letters, digits, "_", "-", ".")')),
    file: v.pipe(v.string('a file name under seeds/documents/ ending in ".txt"'), v.regex(/^[^/\\]+\.txt$/, 'a file name under seeds/documents/ ending in ".txt"')),
    outlet: text('the outlet\'s name, or a label you write when the text names none'),
    outletDescribed: v.boolean('true when "outlet" is a label you wrote, false when the text names the outlet'),
    byline: nullableText('the byline as printed, or null'),
    agency: nullableText('the news agency as printed, or null'),
    publishedAt: isoDate(DATE_HINT),
    publishedAsPrinted: nullableText('the date exactly as printed, or null'),
    language: v.pipe(v.string('a BCP 47 language code such as "en" or "de"'), v.regex(LANGUAGE, 'a BCP 47 language code such as "en" or "de"')),
    machineTranslated: v.boolean('true or false'),
    translationEvidence: v.optional(v.array(text('a phrase that shows the translation'), 'a list of phrases that show the translation')),
    url: v.nullable(httpUrl),
    note: v.optional(text('a non-empty note')),
    articles: v.optional(v.array(articleOverride, 'a list of per-article overrides')),
  },
  'an object with the document\'s metadata',
);

export const documentsFileSchema = v.strictObject(
  { documents: v.array(documentMetaSchema, 'a list of document entries') },
  'an object { "documents": [ … ] }',
);

const alias = text('a non-empty alias');

export const entitySchema = v.strictObject(
  {
    id: v.pipe(v.string('a kebab-case id such as "antony-blinken"'), v.regex(SLUG, 'a kebab-case id such as "antony-blinken"')),
    name: text('the canonical name'),
    kind: v.picklist(['person', 'organisation', 'place'], 'one of "person", "organisation", "place"'),
    aliases: v.pipe(v.array(alias, 'a list of names'), v.minLength(1, 'a list with at least the canonical name')),
    contextAliases: v.optional(v.array(alias, 'a list of aliases that hold only in context')),
    role: nullableText('the role as of the story\'s date, or null'),
    description: text('a one-line description you write'),
    affiliation: nullableText('the country, party, employer or movement, or null'),
    note: v.optional(text('a non-empty note')),
  },
  'an object with the entity\'s fields',
);

export const entitiesFileSchema = v.strictObject(
  {
    sharedAliases: v.optional(
      v.array(
        v.strictObject(
          {
            alias,
            entities: v.pipe(v.array(v.string('an entity id'), 'a list of entity ids'), v.minLength(2, 'a list of at least two entity ids')),
            note: v.optional(text('a non-empty note')),
          },
          'an object { "alias": …, "entities": [ids], "note": … }',
        ),
        'a list of deliberately shared aliases',
      ),
    ),
    entities: v.array(entitySchema, 'a list of entities'),
  },
  'an object { "sharedAliases": [ … ], "entities": [ … ] }',
);

export type DocumentsFile = v.InferOutput<typeof documentsFileSchema>;
export type EntitiesFile = v.InferOutput<typeof entitiesFileSchema>;
