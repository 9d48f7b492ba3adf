// One article of the reader's corpus: title, outlet and date, where it belongs, and a way out.
import { useState } from 'preact/hooks';
import { plural } from '../shared/diff-sides.ts';
import type { UserArticleSummary } from '../shared/user-corpus.ts';
import { formatDate } from './format.ts';

function place(a: UserArticleSummary): string {
  if (!a.story) return a.problem ?? 'Set aside.';
  return a.story.outlets.length
    ? `In “${a.story.title}”, with ${plural(a.story.outlets.length, 'other outlet')}`
    : 'A story of its own so far';
}

export function UserArticleItem({ article: a, onRemove }: { article: UserArticleSummary; onRemove: (id: string) => Promise<void> }) {
  const [busy, setBusy] = useState(false);
  const date = formatDate(a.publishedAt);
  return (
    <li class="user-article" data-testid="user-article" data-article-id={a.id} data-story-id={a.story?.id ?? ''}>
      <div class="user-article-title">{a.title}</div>
      <div class="meta">{a.outlet}{date && ` · ${date}`}</div>
      <div class={a.story ? 'meta' : 'meta problem'}>{place(a)}</div>
      <button
        type="button"
        class="link"
        data-testid="remove-user-article"
        aria-label={`Remove “${a.title}” from my corpus`}
        disabled={busy}
        onClick={() => {
          setBusy(true);
          void onRemove(a.id).finally(() => setBusy(false));
        }}
      >
        Remove
      </button>
    </li>
  );
}
