import {readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';

export const repoRoot = fileURLToPath(new URL('..', import.meta.url));

// The version is written once, in package.json; plugin.json gets it only when the tarball is made.
export function pluginManifest() {
    const {version} = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
    const manifest = JSON.parse(readFileSync(new URL('../plugin.json', import.meta.url), 'utf8'));
    return {...manifest, version};
}
