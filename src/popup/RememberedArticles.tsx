// "Remembered articles": what Parallax kept as the reader read (on sites where they switched it
// on), by story, most recent first; forget one, a story, a site or everything; the room used.
import { useState } from 'preact/hooks';
import { formatBytes } from '../shared/user-corpus.ts';
import { plural } from '../shared/diff-sides.ts';
import { formatDate } from './format.ts';
import { RememberedStoryItem } from './RememberedStoryItem.tsx';
import { useRemembered } from './use-remembered.ts';

/** Stories shown at first; the rest on request (thousands would not fit a popup). */
const FIRST_STORIES = 20;

export function RememberedArticles({ count }: { count: number }) {
  const [open, setOpen] = useState(false);
  const [all, setAll] = useState(false);
  const [{ list, error }, forget] = useRemembered(open, count);
  const stories = list ? (all ? list.stories : list.stories.slice(0, FIRST_STORIES)) : [];
  return (
    <section class="section remembered">
      <details data-testid="remembered" onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}>
        <summary>
          <h2>
            Remembered articles <span class="count" data-testid="remembered-count">{count}</span>
          </h2>
        </summary>
        <p class="hint">
          On sites where you switch “Remember articles I read” on, Parallax keeps each article it reads, so that another outlet’s
          telling of the story is compared with it; the articles of packs you import are kept here too. Kept in this browser only,
          never synced, never sent anywhere.
        </p>
        {error && <p class="error" role="alert">{error}</p>}
        {list?.problem && <p class="error" role="alert" data-testid="remembered-problem">{list.problem}</p>}
        {list && list.usage.count === 0 && <p class="meta" data-testid="remembered-empty">Nothing remembered yet.</p>}
        {list && list.usage.count > 0 && (
          <>
            <p class="meta" data-testid="remembered-usage">
              {list.usage.count.toLocaleString('en')} of {list.usage.maxArticles.toLocaleString('en')} articles · {formatBytes(list.usage.bytes)} of{' '}
              {formatBytes(list.usage.maxBytes)}. Beyond that, the oldest read are dropped first.
            </p>
            <ul class="remembered-stories" aria-label="Remembered stories">
              {stories.map((s) => <RememberedStoryItem key={s.id} story={s} onForget={forget} formatDate={formatDate} />)}
            </ul>
            {!all && list.stories.length > FIRST_STORIES && (
              <button type="button" class="link" onClick={() => setAll(true)}>
                Show {plural(list.stories.length - FIRST_STORIES, 'more story', 'more stories')}
              </button>
            )}
            <h3 class="remembered-sites-heading">By site</h3>
            <ul class="remembered-sites">
              {list.sites.map(({ site, count: n }) => (
                <li key={site} data-testid="remembered-site" data-site={site}>
                  <span>{site}</span> <span class="count">{plural(n, 'article')}</span>{' '}
                  <button type="button" class="link" data-testid="forget-site" aria-label={`Forget this site: ${site} (${plural(n, 'article')})`} onClick={() => void forget({ type: 'forgetRemembered', scope: 'site', key: site })}>
                    Forget this site
                  </button>
                </li>
              ))}
            </ul>
            <button type="button" class="action danger" data-testid="forget-all" onClick={() => void forget({ type: 'forgetRemembered', scope: 'all' })}>
              Forget everything remembered
            </button>
          </>
        )}
      </details>
    </section>
  );
}
