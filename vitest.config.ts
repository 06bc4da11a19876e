import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // The test machines have 2 cores; the default (one worker fewer than the cores) would run the files one at a time.
    maxWorkers: 2,
    projects: [
      {
        test: {
          name: "unit",
          include: ["tests/**/*.test.ts"],
          exclude: ["tests/e2e/**"],
          environment: "node",
        },
      },
      {
        test: {
          name: "e2e",
          include: ["tests/e2e/**/*.test.ts"],
          environment: "node",
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
