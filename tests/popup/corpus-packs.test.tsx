// @vitest-environment happy-dom
// The popup's "Corpus packs": export downloads the background's pack (all its parts) through a
// Blob URL; import reads the chosen file (a huge one is never read), sends it in parts, and shows
// the count or the refusal.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { fakeBrowser } from '@webext-core/fake-browser';
import { MAX_PACK_CHARS } from '../../src/core/corpus/pack.ts';

vi.mock('../../src/shared/browser.ts', async () => ({ browser: (await import('@webext-core/fake-browser')).fakeBrowser }));
const { CorpusPacks } = await import('../../src/popup/CorpusPacks.tsx');
const { packFileName } = await import('../../src/popup/pack-transfer.ts');

type Message = { type: string; [key: string]: unknown };
let asked: Message[];
function answer(reply: (m: Message) => unknown): void {
  (fakeBrowser.runtime as unknown as { sendMessage: unknown }).sendMessage = vi.fn(async (m: Message) => (asked.push(m), reply(m)));
}

beforeEach(() => {
  fakeBrowser.reset();
  asked = [];
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

function choose(file: File): void {
  const input = screen.getByLabelText('Import a pack…') as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
}

describe('"Export my corpus as a pack"', () => {
  it('downloads every part of the pack as parallax-corpus-YYYY-MM-DD.json through a Blob URL', async () => {
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => (blobs.push(blob as Blob), 'blob:popup/pack-1'));
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const clicks: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push(this.download);
    });
    answer((m) =>
      m.type === 'exportPack' ? { ok: true, transfer: 'transfer-1', parts: 3, first: '{"a":', articles: 4, stories: 2, chars: 11, leftOut: 0 }
      : m.type === 'readPackPart' ? { ok: true, text: m.part === 1 ? '"b",' : '"c":1}' }
      : { ok: false, error: 'unexpected' });
    render(<CorpusPacks />);
    fireEvent.click(screen.getByRole('button', { name: 'Export my corpus as a pack' }));
    await waitFor(() => expect(clicks).toHaveLength(1));
    expect(clicks[0]).toMatch(/^parallax-corpus-\d{4}-\d{2}-\d{2}\.json$/);
    expect(asked.map((m) => [m.type, m.part])).toEqual([['exportPack', undefined], ['readPackPart', 1], ['readPackPart', 2]]);
    expect(await blobs[0]!.text()).toBe('{"a":"b","c":1}');
    expect(blobs[0]!.type).toBe('application/json');
    expect(screen.getByTestId('export-pack-status').textContent).toBe(`Saved 4 articles (2 stories) as ${clicks[0]}.`);
    expect(screen.getByTestId('export-pack-status').getAttribute('role')).toBe('status');
  });

  it('says why when there is nothing to export', async () => {
    answer(() => ({ ok: false, error: 'your corpus is empty: add articles to it' }));
    render(<CorpusPacks />);
    fireEvent.click(screen.getByTestId('export-pack'));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('Could not export: your corpus is empty: add articles to it.'));
  });

  it('names the file by the local date', () => {
    expect(packFileName(new Date(2026, 0, 9, 23, 59))).toBe('parallax-corpus-2026-01-09.json');
  });
});

describe('"Import a pack…"', () => {
  it('is a labelled file input for JSON files, reachable from the keyboard', () => {
    render(<CorpusPacks />);
    const input = screen.getByLabelText('Import a pack…') as HTMLInputElement;
    expect(input.type).toBe('file');
    expect(input.accept).toContain('application/json');
    expect(input.tabIndex).not.toBe(-1);
    expect(input.getAttribute('aria-describedby')).toBe('packs-note');
  });

  it('sends the file\'s text and shows how many articles came in and how many were there already', async () => {
    answer((m) =>
      m.type === 'sendPackPart' ? { ok: true, received: 1 }
      : m.type === 'importPack' ? { ok: true, imported: 3, skipped: 1, skippedExamples: [{ title: 'Old', reason: 'in-corpus' }], joined: 1, founded: 1 }
      : { ok: false, error: 'unexpected' });
    render(<CorpusPacks />);
    choose(new File(['{"format":"parallax-corpus-pack"}'], 'parallax-corpus-2026-01-09.json', { type: 'application/json' }));
    await waitFor(() => expect(screen.getByTestId('import-pack-status').getAttribute('data-state')).toBe('done'));
    const sent = asked.find((m) => m.type === 'sendPackPart')!;
    expect(sent).toMatchObject({ part: 0, parts: 1, text: '{"format":"parallax-corpus-pack"}', transfer: expect.stringMatching(/^[0-9a-f-]{36}$/) });
    expect(asked.at(-1)).toEqual({ type: 'importPack', transfer: sent.transfer });
    expect(screen.getByTestId('import-pack-status').textContent).toBe(
      'Imported 3 articles from parallax-corpus-2026-01-09.json into your remembered articles: they joined 1 story of your corpus and started 1 new story. 1 article was already there and left as it was.',
    );
  });

  it('says when nothing in the pack was new', async () => {
    answer((m) => (m.type === 'sendPackPart' ? { ok: true, received: 1 } : { ok: true, imported: 0, skipped: 2, skippedExamples: [], joined: 0, founded: 0 }));
    render(<CorpusPacks />);
    choose(new File(['{}'], 'p.json'));
    await waitFor(() => expect(screen.getByTestId('import-pack-status').textContent).toBe('Nothing new in p.json: its 2 articles are already in your corpus.'));
  });

  it('shows the background\'s refusal as an alert', async () => {
    answer((m) => (m.type === 'sendPackPart' ? { ok: true, received: 1 } : { ok: false, error: 'the pack\'s checksum does not match its content: it was changed or damaged after it was made; get a fresh copy' }));
    render(<CorpusPacks />);
    choose(new File(['{}'], 'bad.json'));
    const alert = await screen.findByRole('alert');
    expect(alert.getAttribute('data-testid')).toBe('import-pack-error');
    expect(alert.textContent).toBe('Could not import bad.json: the pack\'s checksum does not match its content: it was changed or damaged after it was made; get a fresh copy. Your corpus is unchanged.');
  });

  it('never reads a file larger than a pack may be', async () => {
    answer(() => ({ ok: false, error: 'nothing should be sent' }));
    render(<CorpusPacks />);
    const huge = new File(['x'], 'huge.json');
    Object.defineProperty(huge, 'size', { value: MAX_PACK_CHARS + 1 });
    const text = vi.spyOn(huge, 'text');
    choose(huge);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/^Could not import huge\.json: the file is 64\.0 MB, more than the 64\.0 MB a pack may have/);
    expect(text).not.toHaveBeenCalled();
    expect(asked).toEqual([]);
  });
});
