// The outlets that covered the story, with their dates: this page's outlet first, then the others.
// Publication-date differences are shown here, as context, never marked on the page.
import type { TabAnalysis } from '../shared/tab-analysis.ts';
import { formatDate, hostOf } from './format.ts';

export function OutletList({ analysis }: { analysis: TabAnalysis }) {
  const story = analysis.story;
  const publication = analysis.differences.filter((d) => d.kind === 'date' && d.about === 'publication');
  const noteFor = (articleId: string) => publication.find((d) => d.there?.articleId === articleId)?.explanation ?? null;
  const here = analysis.article.siteName ?? hostOf(analysis.article.url) ?? 'This page';
  return (
    <ul class="outlets" data-testid="outlet-list" aria-label="Outlets covering this story">
      <li data-testid="outlet" data-this-page="true">
        <span class="outlet-name">{here}</span> <span class="tag">this page</span>
        {analysis.article.publishedAt && <span class="date"> · {formatDate(analysis.article.publishedAt)}</span>}
      </li>
      {story?.versions.map((v) => {
        const note = noteFor(v.articleId);
        return (
          <li key={v.articleId} data-testid="outlet" data-this-page="false">
            <span class="outlet-name">{v.outlet}</span>
            {v.publishedAt && <span class="date"> · {formatDate(v.publishedAt)}</span>}
            {v.machineTranslated && <span class="tag">machine-translated</span>}
            <div class="outlet-title">{v.title}</div>
            {note && <div class="note" data-testid="publication-date">{note}</div>}
          </li>
        );
      })}
    </ul>
  );
}
