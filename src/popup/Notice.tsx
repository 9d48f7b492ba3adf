// A message the background kept for the reader (e.g. "your saved grouping was rebuilt"): shown
// in this popup for as long as it is open, and marked as seen so the next popup does not repeat it.
import { useEffect, useState } from 'preact/hooks';
import { command } from './commands.ts';

export function Notice({ notice }: { notice: string | null }) {
  const [shown, setShown] = useState<string | null>(null);
  useEffect(() => {
    if (!notice || shown) return;
    setShown(notice);
    void command({ type: 'dismissNotice' });
  }, [notice, shown]);
  if (!shown) return null;
  return <p class="notice" role="status" data-testid="notice">{shown}</p>;
}
