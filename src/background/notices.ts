// Things the reader should hear about once, in the next popup they open (e.g. a damaged cache
// that Parallax rebuilt): kept in the extension's database until a popup has shown them.
import * as v from 'valibot';
import { database } from './store/db.ts';
import { signalChange } from './change-signal.ts';

const NOTICE = 'notice';
const NoticeSchema = v.object({ v: v.literal(1), text: v.pipe(v.string(), v.maxLength(500)), at: v.number() });

export async function recordNotice(text: string): Promise<void> {
  try {
    await (await database()).put('prefs', { v: 1, text, at: Date.now() }, NOTICE);
    await signalChange();
  } catch {
    // Telling the reader is a courtesy: without room for it, the rebuild still happened.
  }
}

export async function readNotice(): Promise<string | null> {
  const parsed = v.safeParse(NoticeSchema, await (await database()).get('prefs', NOTICE));
  return parsed.success ? parsed.output.text : null;
}

export async function dismissNotice(): Promise<void> {
  await (await database()).delete('prefs', NOTICE);
}
