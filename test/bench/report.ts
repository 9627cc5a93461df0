/** One measurement line for test/bench/run.mjs. */
export interface Measurement {
  section: string;
  what: string;
  value: number;
  unit: string;
  target?: string;
  pass?: boolean;
  note?: string;
}

export function report(m: Measurement): void {
  process.stdout.write(`BENCH ${JSON.stringify(m)}\n`);
}

export function percentile(samples: number[], p: number): number {
  const s = [...samples].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))] ?? NaN;
}

export const median = (samples: number[]) => percentile(samples, 50);

/** Runs a bench script's main, exiting 0 when it finishes and 1 with its stack when it throws. */
export function runBench(main: () => Promise<void>): void {
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
      process.exit(1);
    },
  );
}
