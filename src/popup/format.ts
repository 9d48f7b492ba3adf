// Dates as a reader expects them in the popup ("8 Sept 2021"), from ISO strings.
import { readableDate } from '../shared/evidence-link.ts';

export const formatDate = readableDate;

export function hostOf(url: string | null): string | null {
  try {
    return url ? new URL(url).hostname.replace(/^www\./, '') : null;
  } catch {
    return null;
  }
}
