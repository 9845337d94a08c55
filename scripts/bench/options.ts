// Command-line options of `npm run bench`.

export interface BenchOptions {
  json: boolean;
  build: boolean;
  /** Only the first N corpus pages (all dev pages): a quick look, not a benchmark. */
  limit?: number;
  help: boolean;
  /** Highlight every claim, unrelated ones too: the highlight layer's worst case. */
  showUnrelated?: boolean;
  /** Also write the JSON object to this file (the table still goes to stdout). */
  out?: string;
}

export function parseArgs(argv: readonly string[]): BenchOptions {
  const options: BenchOptions = { json: false, build: true, help: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--json') options.json = true;
    else if (arg === '--no-build') options.build = false;
    else if (arg === '--help' || arg === '-h') options.help = true;
    else if (arg === '--show-unrelated') options.showUnrelated = true;
    else if (arg === '--out' || arg.startsWith('--out=')) {
      const value = arg.includes('=') ? arg.slice('--out='.length) : argv[++i];
      if (!value) throw new Error('--out needs a file name');
      options.out = value;
    }
    else if (arg === '--limit' || arg.startsWith('--limit=')) {
      const value = arg.includes('=') ? arg.slice('--limit='.length) : argv[++i];
      const n = Number(value);
      if (!Number.isInteger(n) || n < 1) throw new Error(`--limit needs a positive whole number, got ${value}`);
      options.limit = n;
    } else throw new Error(`unknown option ${arg} (try --help)`);
  }
  return options;
}
