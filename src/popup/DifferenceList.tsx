// Differences between this article and the other versions, grouped by kind. Publication dates are
// context (shown with the outlets), not differences. Notes below their kind's line (see
// src/core/compare/note-model.ts) are listed apart, collapsed, as possible differences.
// Claims only one side reports show their surest few, then "show all".
import { useId, useState } from 'preact/hooks';
import type { Difference } from '../core/types.ts';
import type { TabAnalysis } from '../shared/tab-analysis.ts';
import { isAboveLine } from '../core/compare/note-model.ts';
import { DIFFERENCE_LABELS, KIND_ORDER } from '../shared/diff-sides.ts';
import { versionPublishedAt } from '../shared/evidence-link.ts';
import { DifferenceItem } from './DifferenceItem.tsx';

/** Claims only one side reports can be many; the surest few come first, the rest on request. */
const COVERAGE_PREVIEW = 3;
const isCoverage = (kind: Difference['kind']) => kind === 'only-here' || kind === 'only-elsewhere';

function Group({ analysis, kind, group, tabId, anchored }: { analysis: TabAnalysis; kind: Difference['kind']; group: Difference[]; tabId: number; anchored: ReadonlySet<string> }) {
  const [all, setAll] = useState(false);
  const ranked = isCoverage(kind) ? [...group].sort((a, b) => b.confidence - a.confidence) : group;
  const shown = all || !isCoverage(kind) ? ranked : ranked.slice(0, COVERAGE_PREVIEW);
  const listId = `differences-${kind}-${useId()}`;
  return (
    <div class="group" data-testid="difference-group" data-kind={kind}>
      <h3>{DIFFERENCE_LABELS[kind]} <span class="count">{group.length}</span></h3>
      <ul id={listId}>{shown.map((d) => <DifferenceItem key={d.id} difference={d} tabId={tabId} anchored={anchored} therePublishedAt={versionPublishedAt(analysis, d.there?.articleId)} />)}</ul>
      {ranked.length > COVERAGE_PREVIEW && isCoverage(kind) && (
        <button type="button" class="link" data-testid="show-all-differences" aria-expanded={all} aria-controls={listId} onClick={() => setAll(!all)}>
          {all ? `Show the surest ${COVERAGE_PREVIEW}` : `Show all ${ranked.length}`}
        </button>
      )}
    </div>
  );
}

function Groups({ analysis, notes, tabId, anchored }: { analysis: TabAnalysis; notes: Difference[]; tabId: number; anchored: ReadonlySet<string> }) {
  return (
    <>
      {KIND_ORDER.map((kind) => {
        const group = notes.filter((d) => d.kind === kind);
        return group.length ? <Group key={kind} analysis={analysis} kind={kind} group={group} tabId={tabId} anchored={anchored} /> : null;
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
