// `corpus add`: placeholder until the next commit.
export function runAdd(_positionals: string[], _values: Record<string, unknown>, usage: (m?: string) => never): number {
  usage('add is not implemented yet');
}
