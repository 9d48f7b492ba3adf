// B-cubed precision and recall of a clustering against gold classes (Bagga and Baldwin, 1998):
// per item, the share of its cluster that shares its class, and the share of its class that
// shares its cluster; both averaged over items.

export interface BCubed {
  precision: number;
  recall: number;
  f1: number;
  items: number;
}

/** `clusterOf` and `classOf` map every scored item; `items` restricts the average (default: all). */
export function bcubed(clusterOf: Map<string, string>, classOf: Map<string, string>, items: Iterable<string> = clusterOf.keys()): BCubed {
  const clusterMembers = groupBy(clusterOf);
  const classMembers = groupBy(classOf);
  let precision = 0;
  let recall = 0;
  let n = 0;
  for (const item of items) {
    const cluster = clusterMembers.get(clusterOf.get(item)!) ?? [item];
    const klass = classMembers.get(classOf.get(item)!) ?? [item];
    const both = cluster.filter((other) => classOf.get(other) === classOf.get(item)).length;
    precision += both / cluster.length;
    recall += both / klass.length;
    n++;
  }
  const p = n ? precision / n : 0;
  const r = n ? recall / n : 0;
  return { precision: p, recall: r, f1: p + r ? (2 * p * r) / (p + r) : 0, items: n };
}

function groupBy(labels: Map<string, string>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [item, label] of labels) {
    const list = out.get(label);
    if (list) list.push(item);
    else out.set(label, [item]);
  }
  return out;
}
