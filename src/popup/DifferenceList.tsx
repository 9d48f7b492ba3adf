// Differences between this article and the other versions, grouped by kind. Publication dates are
// context (shown with the outlets), not differences. Notes below their kind's line (see
// src/core/compare/note-model.ts) are listed apart, collapsed, as possible differences.
import type { Difference } from '../core/types.ts';
import type { TabAnalysis } from '../shared/tab-analysis.ts';
import { isAboveLine } from '../core/compare/note-model.ts';
import { DIFFERENCE_LABELS, KIND_ORDER } from '../shared/diff-sides.ts';
import { versionPublishedAt } from '../shared/evidence-link.ts';
import { DifferenceItem } from './DifferenceItem.tsx';

function Groups({ analysis, notes, tabId, anchored }: { analysis: TabAnalysis; notes: Difference[]; tabId: number; anchored: ReadonlySet<string> }) {
  return (
    <>
      {KIND_ORDER.map((kind) => {
        const group = notes.filter((d) => d.kind === kind);
        if (!group.length) return null;
        return (
          <div key={kind} class="group">
            <h3>{DIFFERENCE_LABELS[kind]} <span class="count">{group.length}</span></h3>
            <ul>{group.map((d) => <DifferenceItem key={d.id} difference={d} tabId={tabId} anchored={anchored} therePublishedAt={versionPublishedAt(analysis, d.there?.articleId)} />)}</ul>
          </div>
        );
      })}
    </>
  );
}

export function DifferenceList({ analysis, tabId, anchored }: { analysis: TabAnalysis; tabId: number; anchored: ReadonlySet<string> }) {
  const listed = analysis.differences.filter((d) => !(d.kind === 'date' && d.about === 'publication'));
  const shown = listed.filter((d) => isAboveLine(d));
  const possible = listed.filter((d) => !isAboveLine(d));
  return (
    <section class="section" aria-labelledby="differences-heading">
      <h2 id="differences-heading">How the versions differ</h2>
      {shown.length === 0 && (
        <p class="meta" data-testid="no-differences">
          {analysis.story?.versions.length
            ? 'Parallax found no difference it is sure of between the versions.'
            : 'No other version of this story is in the corpus yet. When you open another outlet’s report of it, Parallax will compare it with this one.'}
        </p>
      )}
      <Groups analysis={analysis} notes={shown} tabId={tabId} anchored={anchored} />
      {possible.length > 0 && (
        <details class="possible" data-testid="possible-differences">
          <summary>Possible differences, not marked on the page <span class="count">{possible.length}</span></summary>
          <p class="meta">Parallax is not sure of these: read both sides before you trust one.</p>
          <Groups analysis={analysis} notes={possible} tabId={tabId} anchored={anchored} />
        </details>
      )}
    </section>
  );
}
