import {readFileSync} from 'node:fs';
import {dirname, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
export const PLUGIN_ID = 'com.mattermost.sre-toolkit';
export const PLUGIN_BUNDLE_ROUTE = `/static/plugins/${PLUGIN_ID}/${PLUGIN_ID}_bundle.js`;
export const MATTERMOST_VERSION = '11.1.0';

export function pluginVersion(): string {
    const pkg = JSON.parse(readFileSync(resolve(REPO_ROOT, 'package.json'), 'utf8')) as {version?: string};
    return pkg.version ?? '0.0.0';
}
