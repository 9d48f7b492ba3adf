// Why Parallax names this speaker for a quotation: the words of the attribution ("he told
// reporters"), and for a pronoun, a surname or a carried-over quote, where the person is named.
import type { TabQuote } from '../shared/tab-analysis.ts';

export function AttributionWhy({ quote, quotes }: { quote: TabQuote; quotes: TabQuote[] }) {
  if (!quote.source) return null;
  const carried = quote.carriedFrom !== null ? quotes[quote.carriedFrom] : undefined;
  const attribution = [quote.source.text, quote.cue?.text].filter(Boolean).join(' … ');
  return (
    <p class="why" data-testid="attribution-why">
      {carried ? 'Continues the quote attributed by ' : 'Attributed by '}
      <q>{attribution}</q>
      {quote.namedAt && quote.namedAt.text !== quote.source.text && (
        <>
          {'; named as '}
          <q>{quote.namedAt.text}</q>
        </>
      )}
      {` (confidence ${Math.round(quote.confidence * 100)}%)`}
    </p>
  );
}
