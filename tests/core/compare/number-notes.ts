// The figures a number note compares, for two texts written for a test: the values of every
// number note the second text's version gets against the first.
import { analyseText } from '../../../src/core/compare/analysed-text.ts';
import { alignSentences } from '../../../src/core/compare/align.ts';
import { numberDifferences } from '../../../src/core/compare/number-differences.ts';
import { buildStrictEntityCatalog } from '../../../src/core/entities/strict-catalog.ts';

const catalog = buildStrictEntityCatalog([]);
const version = { outlet: 'The Other Paper', articleId: 'other' };

export function numberNotes(here: string, there: string) {
  const h = analyseText(here, 'en', catalog);
  const t = analyseText(there, 'en', catalog);
  return numberDifferences(h, t, version, alignSentences(h.sentences, t.sentences)).map((n) => n.values);
}
