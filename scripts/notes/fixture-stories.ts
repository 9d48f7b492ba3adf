// The multi-outlet stories written for the notes (tests/fixtures/note-stories/<story>/<outlet>.txt):
// each version analysed against the story's other versions. ECB+ quotes little and rarely
// disagrees on a figure or a day; these stories carry reworded remarks, remarks given to someone
// else, figures and days that differ, and the traps around them (one person under several names,
// two remarks that share a phrase, hedged and bounded figures, two people's ages, conversions,
// two events on two days). Needs nothing outside the repository.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildStrictEntityCatalog } from '../../src/core/entities/strict-catalog.ts';
import { analyseText } from '../../src/core/compare/analysed-text.ts';
import { compareStory } from '../../src/core/compare/compare-story.ts';
import type { AnalysedCase } from './ecbplus.ts';
import { hash32 } from '../../src/core/match/hash.ts';

export const STORIES_DIR = join(import.meta.dirname, '..', '..', 'tests', 'fixtures', 'note-stories');

export function* fixtureStoryCases(dir = STORIES_DIR): Generator<AnalysedCase> {
  const catalog = buildStrictEntityCatalog([]);
  const stories = readdirSync(dir).sort();
  for (const story of stories) {
    const files = readdirSync(join(dir, story)).filter((f) => f.endsWith('.txt')).sort();
    const texts = files.map((f) => ({ file: `${story}/${f}`, text: readFileSync(join(dir, story, f), 'utf8') }));
    const analysed = texts.map((t) => analyseText(t.text, 'en', catalog));
    for (const [i, here] of analysed.entries()) {
      const versions = texts.flatMap((t, j) =>
        j === i ? [] : [{ articleId: t.file, outlet: t.file.split('/')[1]!.replace(/\.txt$/, ''), publishedAt: null, publishedAsPrinted: null, analysed: analysed[j]! }],
      );
      const comparison = compareStory(here, { start: 0, end: here.text.length }, null, versions, { keepAll: true });
      yield {
        event: story,
        // A story's half follows from its name, so that adding a story moves no other one.
        topic: (hash32(story) & 1) === 1 ? 1 : 2,
        file: texts[i]!.file,
        text: texts[i]!.text,
        versions: texts.filter((_, j) => j !== i),
        differences: comparison.differences,
        features: comparison.features,
      };
    }
  }
}
