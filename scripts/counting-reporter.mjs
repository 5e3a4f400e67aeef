// A web-test-runner reporter that counts passed, failed and skipped tests and writes them as JSON,
// so scripts/test.mjs can add them to the node and static-check counts in one closing line.
import { writeFileSync } from 'node:fs';

function countSuite(suite, counts) {
  for (const t of suite.tests) {
    if (t.skipped) counts.skipped++;
    else if (t.passed) counts.passed++;
    else counts.failed++;
  }
  for (const s of suite.suites) countSuite(s, counts);
}

export function countingReporter(file) {
  return {
    onTestRunFinished({ sessions }) {
      const counts = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        if (session.testResults) countSuite(session.testResults, counts);
        // A file that failed to load, or threw outside a test, counts as one failure.
        if (session.errors.length > 0) counts.failed++;
      }
      if (file) writeFileSync(file, JSON.stringify(counts));
    },
  };
}
