import {existsSync} from 'node:fs';
import {mkdtemp, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';

import {afterAll, beforeAll} from 'vitest';

import {startStack, type Stack} from '../../sandbox/stack.ts';

const REPO = new URL('../../../', import.meta.url).pathname;
// The suite drives what `npm test` built before it; it does not build, so it says what to run instead.
const ARTEFACTS = ['webapp/dist/main.js', 'test/sandbox/host/dist/index.html', 'test/sandbox/host/dist/host.js'];

export const PLUGIN_BUNDLE = join(REPO, 'webapp/dist/main.js');

function checkBuilt(): void {
    const missing = ARTEFACTS.filter((path) => !existsSync(join(REPO, path)));
    if (missing.length > 0) {
        throw new Error(`The browser suite needs built artefacts, missing: ${missing.join(', ')}. ` +
            'Run `npm run build -w webapp && node test/sandbox/host/build.mjs` first (npm test does).');
    }
}

/** One sandbox Mattermost + companion (PGlite in a fresh temp dir) per test file. */
export function useStack(): () => Stack {
    let dataDir = '';
    let stack: Stack | null = null;
    beforeAll(async () => {
        checkBuilt();
        dataDir = await mkdtemp(join(tmpdir(), 'sre-e2e-data-'));
        stack = await startStack({dataDir});
    });
    afterAll(async () => {
        await stack?.close();
        if (dataDir) {
            await rm(dataDir, {recursive: true, force: true});
        }
    });
    return () => {
        if (!stack) {
            throw new Error('The stack did not start (see beforeAll)');
        }
        return stack;
    };
}
