import { defineConfig } from "vitest/config";
import FiguresReporter from "./test/faults/support/figures-reporter";

/**
 * `npm run test:faults`: the standing fault and attack suite (test/faults/, issue 13). One file at
 * a time: several cases measure answers against Teams' 5 s and /healthz's 1 s, and the load case
 * measures the process's memory, so they must not share the two cores with each other.
 */
export default defineConfig({
  test: {
    include: ["test/faults/**/*.test.ts"],
    fileParallelism: false,
    maxWorkers: 1,
    testTimeout: 300_000,
    hookTimeout: 120_000,
    reporters: ["default", new FiguresReporter()],
  },
});
