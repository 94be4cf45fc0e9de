// `npm run bench`: build the bundle it measures, then run the benchmark in TypeScript.
import {spawnSync} from 'node:child_process';
import {repoRoot} from './plugin_manifest.mjs';

for (const cmd of ['npm run --silent build -w webapp', 'npx tsx test/bench/main.ts']) {
    const {status} = spawnSync(cmd, {cwd: repoRoot, stdio: ['ignore', 'inherit', 'inherit'], shell: true});
    if (status !== 0) {
        process.exit(status ?? 1);
    }
}
