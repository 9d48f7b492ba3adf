export function removeClutterElements(doc: Document): void {
  void doc;
}
