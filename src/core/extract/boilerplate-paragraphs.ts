export function dropBoilerplateParagraphs(paragraphs: string[], context: { title: string | null; byline: string | null }): string[] {
  void context;
  return paragraphs;
}
