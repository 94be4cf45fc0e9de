import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {list} from 'tar';
import {describe, expect, it} from 'vitest';

// `npm test` runs `npm run dist` before this suite; it opens what Mattermost would be given.
const root = join(import.meta.dirname, '..', '..');
const {version} = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {version: string};
const id = 'com.mattermost.sre-toolkit';
const tarball = join(root, 'build', 'dist', `${id}-${version}.tar.gz`);

async function readTarball(): Promise<Map<string, string>> {
    const files = new Map<string, string>();
    await list({
        file: tarball,
        onReadEntry: (entry) => {
            const chunks: Buffer[] = [];
            entry.on('data', (c: Buffer) => chunks.push(c));
            entry.on('end', () => files.set(entry.path, Buffer.concat(chunks).toString('utf8')));
        },
    });
    return files;
}

describe('the plugin tarball', () => {
    it('has Mattermost\'s layout under one folder named after the id', async () => {
        const files = await readTarball();
        const paths = [...files.keys()].filter((p) => !p.endsWith('/'));
        expect(paths.every((p) => p.startsWith(`${id}/`))).toBe(true);
        expect(paths).toEqual(expect.arrayContaining([`${id}/plugin.json`, `${id}/webapp/dist/main.js`, `${id}/assets/icon.svg`]));
    });

    it('carries a manifest with the package.json version and the bundle path it ships', async () => {
        const files = await readTarball();
        const manifest = JSON.parse(files.get(`${id}/plugin.json`) ?? '{}') as Record<string, unknown>;
        expect(manifest).toMatchObject({id, name: 'SRE Toolkit', version, webapp: {bundle_path: 'webapp/dist/main.js'}});
        expect(manifest.min_server_version).toMatch(/^\d+\.\d+\.\d+$/);
        expect(JSON.stringify(manifest.settings_schema)).toContain('/sre-toolkit');
    });

    it('ships a main.js that registers the plugin and borrows React from the host', async () => {
        const mainJs = (await readTarball()).get(`${id}/webapp/dist/main.js`) ?? '';
        expect(mainJs).toContain(id);
        expect(mainJs).toContain('registerPlugin');
        // The libraries the plugin imports arrive as webpack externals read off window.
        for (const hostGlobal of ['React', 'ReactRedux', 'ReactIntl', 'Luxon']) {
            expect(mainJs).toContain(`window.${hostGlobal}`);
        }
        // Markers that only a bundled copy of React, ReactDOM or the JSX runtime would bring.
        for (const reactInternal of ['__SECRET_INTERNALS', 'react.element', 'Minified React error', 'prototype.setState']) {
            expect(mainJs).not.toContain(reactInternal);
        }
    });
});
