// The arguments of `npm run -s analyze`: files, and the output format (`json`, the default, or `w3c`).

export const USAGE = 'usage: npm run -s analyze -- [--format json|w3c] FILE [FILE...]   (.html/.htm is extracted; anything else is plain text)';
const FORMATS = ['json', 'w3c'] as const;
export type Format = (typeof FORMATS)[number];

export function parseAnalyzeArgs(args: string[]): { format: Format; files: string[] } | string {
  let format: Format = 'json';
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const inline = /^--format=(.*)$/.exec(arg);
    if (arg === '--format' || inline) {
      const value = inline ? inline[1] : args[++i];
      if (!FORMATS.includes(value as Format)) return `--format takes ${FORMATS.join(' or ')}, not ${value === undefined ? 'nothing' : `"${value}"`}`;
      format = value as Format;
    } else if (arg === '--') {
      files.push(...args.slice(i + 1));
      break;
    } else if (arg.startsWith('--')) {
      return `unknown option ${arg}`;
    } else {
      files.push(arg);
    }
  }
  return files.length ? { format, files } : 'no FILE given';
}

