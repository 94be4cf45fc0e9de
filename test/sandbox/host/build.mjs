// Builds the sandbox host page into dist/: host.js (webpack), index.html, host.css and the
// compass-icons font Mattermost's web app ships (plugins use its `icon icon-*` classes).
import {cp, mkdir, rm} from 'node:fs/promises';
import {createRequire} from 'node:module';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

import webpack from 'webpack';

import config from './webpack.config.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const dist = path.join(here, 'dist');
const require = createRequire(import.meta.url);
const icons = path.dirname(require.resolve('@mattermost/compass-icons/package.json'));

await rm(dist, {recursive: true, force: true});
await mkdir(dist, {recursive: true});
const stats = await new Promise((resolve, reject) => {
    webpack(config, (err, result) => (err ? reject(err) : resolve(result)));
});
if (stats.hasErrors()) {
    console.error(stats.toString({colors: false, all: false, errors: true}));
    process.exit(1);
}
await cp(path.join(here, 'public'), dist, {recursive: true});
await cp(path.join(icons, 'css/compass-icons.css'), path.join(dist, 'compass-icons/css/compass-icons.css'));
await cp(path.join(icons, 'font'), path.join(dist, 'compass-icons/font'), {recursive: true});
console.log(`sandbox host built into ${path.relative(process.cwd(), dist) || dist} in ${stats.endTime - stats.startTime} ms`);
