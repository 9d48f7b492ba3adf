// Paints anchored annotations with the CSS Custom Highlight API: no element is added to the page.
// Keeps its own name -> Highlight map (Firefox content scripts cannot iterate the registry). The
// registry is shared with the page, which can delete Parallax's names, register its own (empty)
// Highlight under them, or empty Parallax's Highlight objects: `ensureRegistered` checks that each
// name holds Parallax's own object with all its ranges, and registers a fresh one where not.
import type { PageAnnotation } from '../shared/page-model.ts';

export interface Anchored {
  annotation: PageAnnotation;
  range: Range;
  /** Position in the page's reading order. */
  order: number;
}

export const FOCUS = 'px-focus';
export const FLASH = 'px-flash';

export function highlightNames(a: PageAnnotation, diffKind: string | null): string[] {
  if (a.kind === 'quote') return [a.tint === null ? 'px-quote-unattributed' : `px-quote-${a.tint}`];
  if (a.kind === 'entity') return ['px-entity'];
  // A claim only this outlet makes is not a conflict: it gets its own, quieter mark.
  if (diffKind === 'only-here') return ['px-diff-only-here'];
  return diffKind ? ['px-diff', `px-diff-${diffKind}`] : ['px-diff'];
}

interface Registry {
  set(name: string, h: Highlight): unknown;
  get(name: string): Highlight | undefined;
  has(name: string): boolean;
  delete(name: string): boolean;
}

export function highlightsSupported(win: Window): boolean {
  const css = (win as unknown as { CSS?: { highlights?: unknown } }).CSS;
  return typeof css?.highlights === 'object' && css.highlights !== null && typeof (win as unknown as { Highlight?: unknown }).Highlight === 'function';
}

interface Painted {
  highlight: Highlight;
  ranges: Range[];
  priority: number;
}

export class HighlightPainter {
  private readonly registry: Registry;
  private readonly HighlightCtor: typeof Highlight;
  private readonly own = new Map<string, Painted>();

  constructor(win: Window) {
    this.registry = (win as unknown as { CSS: { highlights: Registry } }).CSS.highlights;
    this.HighlightCtor = (win as unknown as { Highlight: typeof Highlight }).Highlight;
  }

  paint(anchored: Anchored[], diffKindOf: (a: PageAnnotation) => string | null): void {
    const groups = new Map<string, Range[]>();
    for (const { annotation, range } of anchored) {
      for (const name of highlightNames(annotation, diffKindOf(annotation))) {
        let list = groups.get(name);
        if (!list) groups.set(name, (list = []));
        list.push(range);
      }
    }
    for (const [name, ranges] of groups) this.set(name, ranges, 0);
  }

  /** Paints one transient highlight (focus, flash) over the given ranges, or removes it. */
  setOnly(name: typeof FOCUS | typeof FLASH, range: Range | null): void {
    if (!range) return this.remove(name);
    this.set(name, [range], name === FLASH ? 20 : 10);
  }

  /**
   * Puts back every highlight the page removed, replaced with an object of its own, or emptied.
   * Returns how many. (Identity holds across Firefox's Xray wrappers: the registry hands back the
   * same wrapper for the same object.)
   */
  ensureRegistered(): number {
    let restored = 0;
    for (const [name, painted] of this.own) {
      if (this.registry.get(name) === painted.highlight && painted.highlight.size === painted.ranges.length) continue;
      this.set(name, painted.ranges, painted.priority);
      restored++;
    }
    return restored;
  }

  clear(): void {
    for (const name of this.own.keys()) this.registry.delete(name);
    this.own.clear();
  }

  get names(): string[] {
    return [...this.own.keys()];
  }

  private set(name: string, ranges: Range[], priority: number): void {
    const highlight = new this.HighlightCtor(...ranges);
    highlight.priority = priority;
    this.own.set(name, { highlight, ranges, priority });
    this.registry.set(name, highlight);
  }

  private remove(name: string): void {
    if (this.own.delete(name)) this.registry.delete(name);
  }
}
