// The reader's own corpus in the popup: their list (asked of the background only when the reader
// opens it, and again when the count in the tab's view changes), and adding the tab's article,
// whose confirmation outlives the re-analysis that follows it.
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { AddedToCorpus, UserCorpusList } from '../shared/user-corpus.ts';
import { command } from './commands.ts';

export type ListState = { list: UserCorpusList | null; error: string | null };

/** The list, fetched while `open` and again whenever the number of articles changes. */
export function useUserArticleList(open: boolean, count: number | null): [ListState, (id: string) => Promise<void>] {
  const [state, setState] = useState<ListState>({ list: null, error: null });
  useEffect(() => {
    if (!open) return;
    let current = true;
    void command({ type: 'listUserArticles' }).then((reply) => {
      if (!current) return;
      setState(reply.ok && Array.isArray(reply.articles) ? { list: { articles: reply.articles, usage: reply.usage }, error: null } : { list: null, error: reply.ok ? 'no answer' : reply.error });
    });
    return () => {
      current = false;
    };
  }, [open, count]);
  const remove = useCallback(async (id: string) => {
    const reply = await command({ type: 'removeUserArticle', id });
    if (!reply.ok) setState((s) => ({ ...s, error: reply.error }));
  }, []);
  return [state, remove];
}

export type AddState =
  | { phase: 'idle' }
  | { phase: 'adding' }
  | { phase: 'added'; added: AddedToCorpus }
  | { phase: 'failed'; error: string };

export function useAddToCorpus(tabId: number): [AddState, () => Promise<void>] {
  const [state, setState] = useState<AddState>({ phase: 'idle' });
  const add = useCallback(async () => {
    setState({ phase: 'adding' });
    const reply = await command({ type: 'addArticleToCorpus', tabId });
    setState(reply.ok ? { phase: 'added', added: { article: reply.article, story: reply.story } } : { phase: 'failed', error: reply.error });
  }, [tabId]);
  return [state, add];
}
