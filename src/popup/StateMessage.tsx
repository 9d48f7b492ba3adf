// The popup's empty and error states, each saying what happened and what the reader can do.
import type { ComponentChildren } from 'preact';
import type { PopupState } from './popup-state.ts';

interface Props {
  state: Exclude<PopupState, 'story'>;
  site: string | null;
  corpusStories?: number | null;
  reason?: string | null;
  children?: ComponentChildren;
}

function text({ state, site, corpusStories, reason }: Props): [string, string] {
  switch (state) {
    case 'loading':
      return ['Reading the article…', 'If nothing appears, reload the page.'];
    case 'not-article':
      return site
        ? ['This page is not a news article', 'Parallax annotates single articles, not front pages, lists or other pages.']
        : ['Nothing to annotate here', 'Parallax works on news articles on the web.'];
    case 'no-story':
      return [
        'No other coverage of this story',
        `None of the ${corpusStories ?? 'known'} ${corpusStories === 1 ? 'story' : 'stories'} in Parallax's corpus matches this article.`,
      ];
    case 'site-off':
      return [`Parallax is off on ${site ?? 'this site'}`, 'Switch it on above to see quotes, speakers and differences.'];
    case 'paused':
      return ['Parallax is paused', 'Resume it to annotate articles again.'];
    case 'failed':
      return ['The analysis failed', reason ? `Reason: ${reason}` : 'Reload the page to try again.'];
    case 'no-overlay':
      return ['Parallax could not show its cards on this page', 'The page removes or blocks the element Parallax draws its cards in. Reload the page to try again.'];
  }
}

export function StateMessage(props: Props) {
  const [title, detail] = text(props);
  return (
    <section class="state" data-testid="state" data-state={props.state} role="status">
      <h2>{title}</h2>
      <p>{detail}</p>
      {props.children}
    </section>
  );
}
