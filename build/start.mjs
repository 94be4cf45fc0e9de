// `npm start`: build what the browser loads, then run the sandbox and the companion in one process.
import {spawn, spawnSync} from 'node:child_process';
import {repoRoot} from './plugin_manifest.mjs';

const builds = [
    ['the plugin bundle', 'npm run --silent build -w webapp'],
    ['the sandbox host page', 'node test/sandbox/host/build.mjs'],
];
for (const [what, cmd] of builds) {
    console.log(`Building ${what}…`);
    if (spawnSync(cmd, {cwd: repoRoot, stdio: ['ignore', 'ignore', 'inherit'], shell: true}).status !== 0) {
        console.error(`Could not build ${what} (${cmd}).`);
        process.exit(1);
    }
}

const child = spawn('npx', ['tsx', 'test/sandbox/start.ts'], {cwd: repoRoot, stdio: 'inherit'});
// Ctrl-C reaches the child too (same process group); we only wait for it to finish cleanly.
process.on('SIGINT', () => undefined);
process.on('SIGTERM', () => child.kill('SIGTERM'));
child.on('exit', (code) => process.exit(code ?? 0));
