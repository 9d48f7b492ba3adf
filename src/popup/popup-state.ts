// Which screen the popup shows for a tab, decided from its stored state and the site's switches.
import type { TabView } from '../shared/storage.ts';

export type PopupState = 'loading' | 'not-article' | 'no-story' | 'site-off' | 'paused' | 'failed' | 'no-overlay' | 'story';

export function popupState(view: TabView): PopupState {
  if (!view.site) return 'not-article';
  if (view.paused) return 'paused';
  if (!view.siteEnabled) return 'site-off';
  const state = view.state;
  if (!state || state.status === 'loading') return 'loading';
  if (state.status === 'off') return 'site-off';
  if (state.status === 'not-article') return 'not-article';
  if (state.status === 'no-overlay') return 'no-overlay';
  if (state.status === 'failed' || !state.analysis) return 'failed';
  return state.analysis.story ? 'story' : 'no-story';
}
