// Saves text as a file from the popup: a Blob URL clicked through an <a download>, in Chrome and
// Firefox alike (no `downloads` permission). The URL is released once the browser has read it.
const RELEASE_AFTER_MS = 60_000;

export function downloadText(doc: Document, fileName: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = doc.createElement('a');
  a.href = url;
  a.download = fileName;
  a.hidden = true;
  doc.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), RELEASE_AFTER_MS);
}

/** A file name from the page: "parallax-herald.example-harbour-bridge-closure.jsonld". */
export function exportFileName(url: string | null, title: string | null, extension: string): string {
  let host = '';
  try {
    host = url ? new URL(url).hostname.replace(/^www\./, '') : '';
  } catch {
    host = '';
  }
  const slug = (title ?? '')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48)
    .replace(/-+$/, '');
  return `${['parallax', host, slug].filter(Boolean).join('-')}.${extension}`;
}
