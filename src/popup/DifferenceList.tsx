// Differences between this article and the other versions, grouped by kind. Publication dates are
// context (shown with the outlets), not differences.
import type { TabAnalysis } from '../shared/tab-analysis.ts';
import { DIFFERENCE_LABELS, KIND_ORDER } from '../shared/diff-sides.ts';
import { versionPublishedAt } from '../shared/evidence-link.ts';
import { DifferenceItem } from './DifferenceItem.tsx';

export function DifferenceList({ analysis, tabId, anchored }: { analysis: TabAnalysis; tabId: number; anchored: ReadonlySet<string> }) {
  const shown = analysis.differences.filter((d) => !(d.kind === 'date' && d.about === 'publication'));
  return (
    <section class="section" aria-labelledby="differences-heading">
      <h2 id="differences-heading">How the versions differ</h2>
      {shown.length === 0 && (
        <p class="meta" data-testid="no-differences">
          {analysis.story?.versions.length
            ? 'The other versions tell this story the same way.'
            : 'No other version of this story is in the corpus yet. When you open another outlet’s report of it, Parallax will compare it with this one.'}
        </p>
      )}
      {KIND_ORDER.map((kind) => {
        const group = shown.filter((d) => d.kind === kind);
        if (!group.length) return null;
        return (
          <div key={kind} class="group">
            <h3>{DIFFERENCE_LABELS[kind]} <span class="count">{group.length}</span></h3>
            <ul>{group.map((d) => <DifferenceItem key={d.id} difference={d} tabId={tabId} anchored={anchored} therePublishedAt={versionPublishedAt(analysis, d.there?.articleId)} />)}</ul>
          </div>
        );
      })}
    </section>
  );
}
