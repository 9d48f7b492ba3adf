// The popup for one tab: header with the switches, then the state's screen.
import type { TabView } from '../shared/storage.ts';
import { AddToCorpus } from './AddToCorpus.tsx';
import { CorpusPacks } from './CorpusPacks.tsx';
import { command } from './commands.ts';
import { DifferenceList } from './DifferenceList.tsx';
import { ExportAnnotations } from './ExportAnnotations.tsx';
import { Header } from './Header.tsx';
import { popupState } from './popup-state.ts';
import { SpeakerList } from './SpeakerList.tsx';
import { MyArticles } from './MyArticles.tsx';
import { Notice } from './Notice.tsx';
import { RememberedArticles } from './RememberedArticles.tsx';
import { StateMessage } from './StateMessage.tsx';
import { useAddToCorpus } from './use-user-corpus.ts';

export function PopupView({ view }: { view: TabView }) {
  const state = popupState(view);
  const analysis = state === 'story' || state === 'no-story' ? view.state!.analysis! : null;
  const anchored = new Set(view.state?.anchored ?? []);
  // Held here, not in AddToCorpus: the re-analysis after adding briefly unmounts the analysis.
  const [adding, add] = useAddToCorpus(view.tabId);
  return (
    <main class="popup">
      <Header view={view} analysis={analysis} />
      <Notice notice={view.notice} />
      {state !== 'story' && (
        <StateMessage state={state} site={view.site} corpusStories={analysis?.corpusStories ?? null} reason={view.state?.error ?? null}>
          {(state === 'failed' || state === 'no-overlay') && (
            <button type="button" class="link" onClick={() => void command({ type: 'reanalyze', tabId: view.tabId })}>Try again</button>
          )}
        </StateMessage>
      )}
      <AddToCorpus analysis={analysis} state={adding} onAdd={() => void add()} />
      <MyArticles count={view.userArticles} />
      <RememberedArticles count={view.remembered} />
      <CorpusPacks />
      {analysis && <SpeakerList analysis={analysis} tabId={view.tabId} anchored={anchored} />}
      {analysis?.story && <DifferenceList analysis={analysis} tabId={view.tabId} anchored={anchored} />}
      {analysis && <ExportAnnotations tabId={view.tabId} shown={analysis} pageUrl={view.url} />}
    </main>
  );
}
