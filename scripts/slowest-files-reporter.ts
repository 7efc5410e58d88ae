/**
 * A vitest reporter that prints the slowest test files of a run with their time (import plus
 * every test and hook, beforeAll's start of a hub included): CI must stay under 30 minutes on
 * 2 cores, and this says where its time goes when it grows.
 */
import path from 'node:path';
import type { Reporter, TestModule } from 'vitest/node';

const SHOWN = 15;

export default class SlowestFilesReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const timed = testModules
      .map((module) => {
        const diagnostic = module.diagnostic();
        return {
          where: path.relative(process.cwd(), module.moduleId),
          ms: diagnostic.collectDuration + diagnostic.duration,
        };
      })
      .sort((a, b) => b.ms - a.ms);
    if (timed.length === 0) return;
    const total = timed.reduce((sum, file) => sum + file.ms, 0);
    console.log(
      `slowest test files (import, tests and hooks; ${(total / 1000).toFixed(0)} s over ${timed.length} files):`,
    );
    for (const file of timed.slice(0, SHOWN))
      console.log(`  ${(file.ms / 1000).toFixed(1).padStart(6)} s  ${file.where}`);
  }
}
