// "Add this article to my corpus": offered for an article Parallax has read, refused with a reason
// when the corpus already holds it; after adding, says which story the article joined.
import type { TabAnalysis } from '../shared/tab-analysis.ts';
import { USER_ARTICLE_ID, type AddedToCorpus } from '../shared/user-corpus.ts';
import type { AddState } from './use-user-corpus.ts';

function listOf(names: string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

export function confirmation({ story }: AddedToCorpus): string {
  return story.joined
    ? `Added to your corpus. It joined the story “${story.title}”${story.outlets.length ? `, with ${listOf(story.outlets)}` : ''}.`
    : 'Added to your corpus. It starts a new story: when you open another outlet’s version of it, Parallax will compare the two.';
}

interface Props {
  analysis: TabAnalysis | null;
  state: AddState;
  onAdd: () => void;
}

export function AddToCorpus({ analysis, state, onAdd }: Props) {
  if (state.phase === 'added') {
    return (
      <section class="add-corpus">
        <p class="confirm" role="status" data-testid="add-confirmation" data-story-id={state.added.story.id} data-joined={String(state.added.story.joined)}>
          {confirmation(state.added)}
        </p>
      </section>
    );
  }
  if (!analysis) return null; // not an article, or not read yet
  const known = analysis.corpusArticleId;
  const inCorpus = known ? (USER_ARTICLE_ID.test(known) ? 'This article is in your corpus.' : 'This article is part of Parallax’s own corpus.') : null;
  return (
    <section class="add-corpus">
      <button type="button" class="action" data-testid="add-to-corpus" disabled={inCorpus !== null || state.phase === 'adding'} aria-describedby="add-corpus-note" onClick={onAdd}>
        {state.phase === 'adding' ? 'Adding…' : 'Add this article to my corpus'}
      </button>
      <p id="add-corpus-note" class="hint" data-testid="add-to-corpus-note">
        {inCorpus ?? 'Parallax will compare other outlets’ versions of this story with it. Kept on this device only, never synced.'}
      </p>
      {state.phase === 'failed' && <p class="error" role="alert">{state.error}</p>}
    </section>
  );
}
