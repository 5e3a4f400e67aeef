/**
 * Runs the contract's checks against a backend, in order (reads first, then writes), and gives one
 * result per rule: `pass`, `fail` with what broke, or `skip` with why it could not run.
 */
import { type Check, readChecks } from './checks-read.js';
import { writeChecks } from './checks-write.js';
import { probe, type ConformanceOptions, type Context } from './context.js';
import { CheckFailure, CheckSkipped, requester } from './http.js';

export { TEST_EMAIL, TEST_NAME, type ConformanceOptions } from './context.js';
export type { Check } from './checks-read.js';

/** Every check, in the order it runs. */
export const CHECKS: readonly Check[] = [...readChecks, ...writeChecks];

export interface CheckResult {
  readonly rule: string;
  readonly title: string;
  readonly status: 'pass' | 'fail' | 'skip';
  /** The check writes to the backend. */
  readonly writes: boolean;
  /** What broke (`fail`), or why it did not run (`skip`). */
  readonly problems: readonly string[];
  /** Remarks (what was tried). */
  readonly notes: readonly string[];
}

export interface ConformanceRun {
  readonly base: string;
  readonly results: readonly CheckResult[];
  /** What the run wrote to the backend, one line each. */
  readonly written: readonly string[];
}

export interface RunOptions extends Partial<ConformanceOptions> {
  /** Leave out the checks that write. */
  readonly readOnly?: boolean;
  /** Run only the rules with these names or name prefixes (`ideas` = every `ideas.*` rule). */
  readonly only?: readonly string[];
  /** Milliseconds to wait for each answer. */
  readonly timeoutMs?: number;
  /** The fetch to use (the global one by default). */
  readonly fetch?: typeof fetch;
}

/** The rule `rule` is selected by `only` (a name or a prefix before a dot). */
export const selected = (rule: string, only: readonly string[] | undefined): boolean =>
  only === undefined || only.length === 0 || only.some((o) => rule === o || rule.startsWith(`${o}.`));

/** Runs the checks against `base` (the URL the paths `/v1/...` hang under). */
export async function runConformance(base: string, opts: RunOptions = {}): Promise<ConformanceRun> {
  const ctx: Context = {
    send: requester(base, opts.timeoutMs ?? 15_000, opts.fetch),
    options: { origin: opts.origin ?? 'https://www.example.org', fillMs: opts.fillMs ?? 45_000 },
    runId: crypto.randomUUID().slice(0, 8),
    written: [],
  };
  const results: CheckResult[] = [];
  const checks = CHECKS.filter((c) => !(c.writes && opts.readOnly));
  const wanted = new Set(checks.filter((c) => selected(c.rule, opts.only)).map((c) => c.rule));
  // The checks a selected one needs run too, for their data, unreported.
  const running = new Set(wanted);
  for (let grew = true; grew;) {
    grew = false;
    for (const c of checks)
      for (const n of running.has(c.rule) ? (c.needs ?? []) : []) if (!running.has(n)) grew = running.add(n) !== null;
  }
  for (const check of checks) {
    if (!running.has(check.rule)) continue;
    const problems: string[] = [];
    const notes: string[] = [];
    let status: CheckResult['status'] = 'pass';
    try {
      await check.run(probe(ctx, problems, notes));
    } catch (e) {
      if (e instanceof CheckSkipped) {
        status = 'skip';
        problems.push(e.message);
      } else {
        problems.push(e instanceof CheckFailure ? e.message : `the check itself failed: ${String(e)}`);
      }
    }
    if (status === 'pass' && problems.length > 0) status = 'fail';
    if (wanted.has(check.rule))
      results.push({ rule: check.rule, title: check.title, status, writes: !!check.writes, problems, notes });
  }
  // Whatever was selected, a signup this run made does not stay: it would hold a place.
  if (ctx.signup && !ctx.signupCancelled) {
    const id = ctx.signup.id;
    const a = await ctx
      .send('DELETE', `/v1/volunteer-signups/${encodeURIComponent(id)}`, {
        headers: { 'X-Cancel-Token': ctx.signup.cancelToken },
      })
      .catch(() => undefined);
    ctx.written.push(
      a?.status === 200 ? `signup ${id} cancelled` : `signup ${id} NOT cancelled (${a?.status ?? 'no answer'})`,
    );
  }
  return { base, results, written: ctx.written };
}
