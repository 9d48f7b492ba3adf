// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { watchMutations } from '../../src/content/page-watch.ts';
import { createOverlay } from '../../src/content/overlay.ts';

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('watching the page', () => {
  it('never fires for Parallax\'s own nodes; fires once, debounced, for page changes', async () => {
    document.body.innerHTML = '<article><p>One.</p></article>';
    const overlay = createOverlay(document);
    const controller = new AbortController();
    const onChange = vi.fn();
    watchMutations(document.documentElement, overlay.host, controller.signal, { onChange, debounceMs: 20 });
    overlay.setState('ready', 3);
    overlay.layer.append(document.createElement('div'));
    overlay.remove();
    overlay.reattach();
    await wait(60);
    expect(onChange).not.toHaveBeenCalled();
    document.querySelector('article')!.append(document.createElement('p'));
    document.querySelector('article')!.append(document.createElement('p'));
    await wait(60);
    expect(onChange).toHaveBeenCalledTimes(1);
    controller.abort();
    document.body.append(document.createElement('div'));
    await wait(60);
    expect(onChange).toHaveBeenCalledTimes(1);
    overlay.remove();
  });
});
