import type { Reporter, TestModule } from 'vitest/node';

/**
 * Ends the run with one plain line, "vitest: N passed, N failed", which CI
 * reads as the test runner's verdict.
 */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    for (const module of testModules) {
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') passed += 1;
        else if (state === 'failed') failed += 1;
        else skipped += 1;
      }
      // A file that failed outside its tests (an import, a beforeAll) fails the run
      // even though vitest marks its tests skipped.
      const failedTests = [...module.children.allTests()].some((test) => test.result().state === 'failed');
      if (module.state() === 'failed' && !failedTests) failed += 1;
    }
    process.stdout.write(`\nvitest: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}\n`);
  }
}
