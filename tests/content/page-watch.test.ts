// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { watchMutations } from '../../src/content/page-watch.ts';
import { createOverlay } from '../../src/content/overlay.ts';

// The e2e flavour: the overlay writes its state attributes, which must not count as page changes.
vi.mock('../../src/shared/build-flags.ts', () => ({ E2E_BUILD: true }));

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('watching the page', () => {
  it('never fires for Parallax\'s own nodes; fires once, debounced, for page changes', async () => {
    document.body.innerHTML = '<article><p>One.</p></article>';
    const controller = new AbortController();
    const overlay = createOverlay(document, { signal: controller.signal, onLost: () => undefined })!;
    const onChange = vi.fn();
    watchMutations(document.documentElement, overlay.host, controller.signal, { onChange, debounceMs: 20 });
    overlay.setState('ready', 3);
    overlay.layer.append(document.createElement('div'));
    overlay.host.remove(); // the host guard puts it back
    await wait(60);
    expect(overlay.host.parentNode).toBe(document.documentElement);
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
