// Things the reader should hear about once, in the next popup they open (e.g. a damaged cache
// that Parallax rebuilt): kept until a popup has shown them.
import * as v from 'valibot';
import { browser } from '../shared/browser.ts';

export const NOTICE_KEY = 'px:notice';
const NoticeSchema = v.object({ v: v.literal(1), text: v.pipe(v.string(), v.maxLength(500)), at: v.number() });

export async function recordNotice(text: string): Promise<void> {
  await browser.storage.local.set({ [NOTICE_KEY]: { v: 1, text, at: Date.now() } }).catch(() => {
    // Telling the reader is a courtesy: without room for it, the rebuild still happened.
  });
}

export async function readNotice(): Promise<string | null> {
  const parsed = v.safeParse(NoticeSchema, (await browser.storage.local.get(NOTICE_KEY))[NOTICE_KEY]);
  return parsed.success ? parsed.output.text : null;
}

export async function dismissNotice(): Promise<void> {
  await browser.storage.local.remove(NOTICE_KEY);
}
