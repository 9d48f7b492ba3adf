// The compiled corpus the extension bundles and the CLI loads: the corpus itself plus the
// matching index built from it. Produced by `compileCorpus`, read by `prepareCorpus`.

import type { Corpus } from './types.ts';
import type { SerializedStoryIndex } from '../match/serialize-index.ts';

export const COMPILED_CORPUS_VERSION = 1;

export interface CompiledCorpus {
  version: number;
  corpus: Corpus;
  /** Same-story matching index; built on load when absent. */
  index: SerializedStoryIndex | null;
}
