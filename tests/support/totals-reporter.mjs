// Prints one plain line at the end of a run, `N passed, N failed`, which CI reads.
function count(suite, totals) {
  if (!suite) return;
  for (const t of suite.tests ?? []) {
    if (t.passed) totals.passed++;
    else if (t.error) totals.failed++;
    else totals.skipped++;
  }
  for (const s of suite.suites ?? []) count(s, totals);
}

export function totalsReporter() {
  let totals = { passed: 0, failed: 0, skipped: 0 };
  return {
    start() {
      totals = { passed: 0, failed: 0, skipped: 0 };
    },
    onTestRunFinished({ sessions }) {
      for (const s of sessions) {
        count(s.testResults, totals);
        // A file that fails to load or errors outside a test counts as one failure.
        if (!s.passed && (s.errors?.length ?? 0) > 0) totals.failed++;
      }
    },
    stop() {
      console.log(
        `\n${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`,
      );
    },
  };
}
