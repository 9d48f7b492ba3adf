// The popup's header: the story's title and the outlets covering it, then the switches.
import type { TabAnalysis } from '../shared/tab-analysis.ts';
import type { TabView } from '../shared/storage.ts';
import { OutletList } from './OutletList.tsx';
import { PauseSwitch } from './PauseSwitch.tsx';
import { SiteSwitch } from './SiteSwitch.tsx';
import { RememberSwitch } from './RememberSwitch.tsx';

export function Header({ view, analysis }: { view: TabView; analysis: TabAnalysis | null }) {
  const storyTitle = analysis?.story?.title ?? null;
  const articleTitle = storyTitle ? null : analysis?.article.title ?? null;
  return (
    <header class="header">
      <p class="brand">Parallax</p>
      {storyTitle && <h1 data-testid="story-title">{storyTitle}</h1>}
      {articleTitle && <h1 class="article-title">{articleTitle}</h1>}
      {analysis?.story && <OutletList analysis={analysis} />}
      <div class="switches">
        <SiteSwitch view={view} />
        <RememberSwitch view={view} />
        <PauseSwitch paused={view.paused} />
      </div>
    </header>
  );
}
