import {defineConfig} from 'vitest/config';

// Cross-part suites: the sandbox's contract tests, the tarball, companion + sandbox integration,
// and the browser flows. They start real servers, so files run one at a time and get generous timeouts.
export default defineConfig({
    test: {
        root: new URL('..', import.meta.url).pathname,
        include: ['test/**/*.test.ts'],
        exclude: ['**/node_modules/**', 'test/sandbox/host/dist/**'],
        fileParallelism: false,
        testTimeout: 60_000,
        hookTimeout: 120_000,
    },
});
