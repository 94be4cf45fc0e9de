// `npm test`: every suite, in the order that gives the fastest useful failure. Each step runs even when
// an earlier one failed (except where it needs that step's output), and a table says what passed.
import {spawnSync} from 'node:child_process';
import {repoRoot} from './plugin_manifest.mjs';

const steps = [
    {name: 'lint', cmd: 'npx eslint . --max-warnings 0'},
    {name: 'typecheck', cmd: 'npm run --silent typecheck'},
    {name: 'webapp unit (jest)', cmd: 'npx jest', cwd: 'webapp'},
    {name: 'companion unit + db on PGlite and PostgreSQL (vitest)', cmd: 'npx vitest run', cwd: 'server-ts'},
    {name: 'build plugin, companion and sandbox host page', cmd: 'npm run --silent dist && npm run --silent build -w server-ts && node test/sandbox/host/build.mjs', gate: true},
    {name: 'sandbox contract, tarball, integration and browser (vitest)', cmd: 'npx vitest run --config test/vitest.config.mts'},
];

const results = [];
for (const step of steps) {
    console.log(`\n━━ ${step.name}\n`);
    const started = Date.now();
    const {status} = spawnSync(step.cmd, {cwd: step.cwd ? `${repoRoot}/${step.cwd}` : repoRoot, stdio: 'inherit', shell: true});
    results.push({step: step.name, ok: status === 0, seconds: Math.round((Date.now() - started) / 1000)});
    // Later suites test the built artefacts; without them they could only fail confusingly.
    if (status !== 0 && step.gate) {
        break;
    }
}

console.log('\n━━ summary');
for (const r of results) {
    console.log(`${r.ok ? 'PASS' : 'FAIL'}  ${String(r.seconds).padStart(4)} s  ${r.step}`);
}
const skipped = steps.length - results.length;
if (skipped > 0) {
    console.log(`SKIP  ${skipped} step(s) after a failed build`);
}
process.exit(results.every((r) => r.ok) && skipped === 0 ? 0 : 1);
