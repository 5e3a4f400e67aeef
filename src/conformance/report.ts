/** The report of a run, as text for a terminal (or a CI log) and as the exit code. */
import { CONTRACT_VERSION } from '../schema/index.js';
import { TEST_EMAIL, TEST_NAME, type ConformanceRun } from './run.js';

/** 0 when every rule that ran passed; 1 when one failed or could not run. */
export const exitCode = (run: ConformanceRun): number => (run.results.every((r) => r.status === 'pass') ? 0 : 1);

const LABEL = { pass: 'PASS', fail: 'FAIL', skip: 'SKIP' } as const;

/** The report: one line per rule, what broke under it, what was written, and the counts. */
export function formatReport(run: ConformanceRun): string {
  const width = Math.max(...run.results.map((r) => r.rule.length), 10);
  const lines = [
    `civic-widgets conformance (contract ${CONTRACT_VERSION}) against ${run.base}`,
    run.results.some((r) => r.writes) || run.written.length > 0
      ? `This run writes test data (name "${TEST_NAME}", e-mail ${TEST_EMAIL}): run it against a staging backend.`
      : 'Only reads: no check that writes was selected.',
    '',
  ];
  for (const r of run.results) {
    lines.push(`${LABEL[r.status]}  ${r.rule.padEnd(width)}  ${r.title}`);
    for (const p of r.problems) lines.push(`${' '.repeat(width + 8)}- ${p}`);
    for (const n of r.notes) lines.push(`${' '.repeat(width + 8)}  (${n})`);
  }
  if (run.written.length > 0) {
    lines.push('', 'Written to the backend:');
    for (const w of run.written) lines.push(`  - ${w}`);
  }
  const count = (s: 'pass' | 'fail' | 'skip') => run.results.filter((r) => r.status === s).length;
  lines.push('', `${count('pass')} passed, ${count('fail')} failed, ${count('skip')} skipped`);
  return lines.join('\n') + '\n';
}
