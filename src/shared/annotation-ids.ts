// Annotation ids shared by the background (which makes them), the page (which anchors them) and
// the popup (which asks to show them): derived from positions in one Analysis.

export const quoteAnnotationId = (quoteIndex: number) => `q${quoteIndex}`;
export const entityAnnotationId = (entityIndex: number, mentionIndex: number) => `e${entityIndex}.${mentionIndex}`;
export const differenceAnnotationId = (differenceId: string) => `d:${differenceId}`;
