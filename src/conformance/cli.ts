#!/usr/bin/env node
/**
 * The package's command, `civic-widgets` (package.json "bin"): `civic-widgets conformance <url>`
 * checks a backend against the contract (docs/conformance.md). Plain Node 20 (its global fetch),
 * no dependencies beyond the package's own (zod), so it runs from the installed package.
 */
import { formatReport, exitCode } from './report.js';
import { CHECKS, runConformance, type RunOptions } from './run.js';

interface Proc {
  readonly argv: readonly string[];
  readonly stdout: { write(s: string): unknown };
  readonly stderr: { write(s: string): unknown };
  exitCode?: number;
}
// Node's `process`, typed here so the build needs no Node types.
const proc = (globalThis as unknown as { process: Proc }).process;

const USAGE = `Usage: civic-widgets conformance <base-url> [options]

Checks a backend that implements the civic-widgets API (contract v1) against the contract and
prints each rule with PASS, FAIL or SKIP. <base-url> is the URL the /v1/... paths hang under,
e.g. https://staging.example.org/api. It WRITES test data (an idea and a volunteer signup, which
it cancels again, named "Conformance Test", conformance@example.org): use a staging backend.

Options:
  --origin <origin>     page origin for the CORS checks; the backend must allow it
                        (default https://www.example.org)
  --fill-ms <ms>        fillMs sent with submissions (default 45000: a person's pace)
  --read-only           leave out the checks that write
  --only <rules>        comma-separated rule names or prefixes (e.g. ideas,cors.preflight)
  --timeout-ms <ms>     time to wait for each answer (default 15000)
  --json                print the results as JSON
  --list                list the rules and exit

Exit code: 0 when every rule passed, 1 when one failed or could not run, 2 for a usage error.
`;

async function main(args: readonly string[]): Promise<number> {
  const [command, ...rest] = args;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    proc.stdout.write(USAGE);
    return command === undefined ? 2 : 0;
  }
  if (command !== 'conformance') {
    proc.stderr.write(`Unknown command "${command}".\n\n${USAGE}`);
    return 2;
  }
  const opts: { -readonly [K in keyof RunOptions]: RunOptions[K] } = {};
  let base: string | undefined;
  let json = false;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? arg.split(/=(.*)/s) : [arg, undefined];
    const value = (): string => {
      const v = inline ?? rest[++i];
      if (v === undefined) throw new UsageError(`${flag} needs a value`);
      return v;
    };
    const number = (): number => {
      const v = value();
      if (!/^\d+$/.test(v)) throw new UsageError(`${flag} needs a whole number, not "${v}"`);
      return Number(v);
    };
    switch (flag) {
      case '--help':
      case '-h':
        proc.stdout.write(USAGE);
        return 0;
      case '--list':
        for (const c of CHECKS) proc.stdout.write(`${c.rule}${c.writes ? ' (writes)' : ''}: ${c.title}\n`);
        return 0;
      case '--origin':
        opts.origin = value();
        break;
      case '--fill-ms':
        opts.fillMs = number();
        break;
      case '--timeout-ms':
        opts.timeoutMs = number();
        break;
      case '--read-only':
        opts.readOnly = true;
        break;
      case '--only':
        opts.only = value()
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean);
        break;
      case '--json':
        json = true;
        break;
      default:
        if (arg.startsWith('-') || base !== undefined) throw new UsageError(`unknown argument "${arg}"`);
        base = arg;
    }
  }
  if (base === undefined) throw new UsageError('give the base URL of the backend');
  try {
    new URL(base);
  } catch {
    throw new UsageError(`"${base}" is not a URL`);
  }
  const run = await runConformance(base, opts);
  proc.stdout.write(json ? JSON.stringify(run, null, 2) + '\n' : formatReport(run));
  return exitCode(run);
}

class UsageError extends Error {}

main(proc.argv.slice(2)).then(
  (code) => {
    proc.exitCode = code;
  },
  (e: unknown) => {
    proc.stderr.write(e instanceof UsageError ? `${e.message}\n\n${USAGE}` : `${String(e)}\n`);
    proc.exitCode = e instanceof UsageError ? 2 : 1;
  },
);
