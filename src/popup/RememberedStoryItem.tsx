// One remembered story: its title, its articles (outlet, title, date), forget one or the story.
import type { RememberedStory } from '../shared/remembered.ts';
import type { ForgetMessage } from './use-remembered.ts';

interface Props {
  story: RememberedStory;
  onForget: (message: ForgetMessage) => Promise<void>;
  formatDate: (iso: string | null) => string | null;
}

export function RememberedStoryItem({ story, onForget, formatDate }: Props) {
  return (
    <li class="remembered-story" data-testid="remembered-story" data-story-id={story.id}>
      <div class="remembered-story-title">{story.title}</div>
      <ul class="remembered-articles">
        {story.articles.map((a) => {
          const date = formatDate(a.publishedAt);
          return (
            <li key={a.id} data-testid="remembered-article" data-article-id={a.id}>
              <span class="outlet-name">{a.outlet}</span>
              {date && <span class="date"> · {date}</span>}
              {a.title !== story.title && <div class="remembered-article-title">{a.title}</div>}
              <button type="button" class="link" data-testid="forget-article" aria-label={`Forget: “${a.title}” (${a.outlet})`} onClick={() => void onForget({ type: 'forgetRemembered', scope: 'article', key: a.id })}>
                Forget
              </button>
            </li>
          );
        })}
      </ul>
      {story.articles.length > 1 && (
        <button type="button" class="link" data-testid="forget-story" aria-label={`Forget this story: “${story.title}”`} onClick={() => void onForget({ type: 'forgetRemembered', scope: 'story', key: story.id })}>
          Forget this story
        </button>
      )}
    </li>
  );
}
