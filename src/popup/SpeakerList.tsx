// Every speaker quoted on this page, most quoted first.
import { isSpeech } from '../core/types.ts';
import type { TabAnalysis } from '../shared/tab-analysis.ts';
import { SpeakerCard } from './SpeakerCard.tsx';
import { UnattributedQuotes } from './UnattributedQuotes.tsx';

export function SpeakerList({ analysis, tabId, anchored }: { analysis: TabAnalysis; tabId: number; anchored: ReadonlySet<string> }) {
  const speakers = analysis.speakers.filter((s) => s.quotes.some((i) => !!analysis.quotes[i] && isSpeech(analysis.quotes[i]!)));
  const attributed = new Set(analysis.speakers.flatMap((s) => s.quotes));
  const unattributed = analysis.quotes.some((q, i) => isSpeech(q) && !attributed.has(i));
  if (!speakers.length && !unattributed) return null;
  const ordered = [...speakers].sort((a, b) => b.quotes.length - a.quotes.length);
  return (
    <section class="section" aria-labelledby="speakers-heading">
      <h2 id="speakers-heading">Who is quoted</h2>
      {ordered.map((s) => <SpeakerCard key={s.key} speaker={s} analysis={analysis} tabId={tabId} anchored={anchored} />)}
      <UnattributedQuotes analysis={analysis} tabId={tabId} anchored={anchored} />
    </section>
  );
}
