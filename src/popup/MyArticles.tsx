// "My articles": the articles the reader added to their own corpus, folded away until opened
// (listing them asks the background to read every one).
import { useState } from 'preact/hooks';
import { formatBytes } from '../shared/user-corpus.ts';
import { UserArticleItem } from './UserArticleItem.tsx';
import { useUserArticleList } from './use-user-corpus.ts';

export function MyArticles({ count }: { count: number }) {
  const [open, setOpen] = useState(false);
  const [{ list, error }, remove] = useUserArticleList(open, count);
  return (
    <section class="section my-articles">
      <details data-testid="my-articles" onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}>
        <summary>
          <h2>
            My articles <span class="count" data-testid="my-articles-count">{count}</span>
          </h2>
        </summary>
        <p class="hint">Articles you added. They stay in this browser, on this device only: never synced, never sent anywhere.</p>
        {error && <p class="error" role="alert">{error}</p>}
        {list && list.articles.length === 0 && (
          <p class="meta" data-testid="my-articles-empty">None yet. Add the article you are reading, and Parallax will compare other outlets’ versions of its story with it.</p>
        )}
        {list && list.articles.length > 0 && (
          <>
            <ul class="user-articles">{list.articles.map((a) => <UserArticleItem key={a.id} article={a} onRemove={remove} />)}</ul>
            <p class="meta" data-testid="my-articles-usage">
              {list.usage.count} of {list.usage.maxArticles} articles · {formatBytes(list.usage.bytes)} of {formatBytes(list.usage.maxBytes)}
            </p>
          </>
        )}
      </details>
    </section>
  );
}
