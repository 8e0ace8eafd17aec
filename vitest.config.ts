import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // expect.poll waits on browsers and servers; its 1 s default is too short on a loaded 2-core CI machine
    expect: { poll: { timeout: 15_000 } },
  },
});
