// Packs the plugin the way Mattermost's plugin upload expects: one top folder named after the id,
// holding plugin.json, the webapp bundle at its bundle_path, and the assets.
import {cpSync, existsSync, mkdirSync, rmSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {create} from 'tar';
import {pluginManifest, repoRoot} from './plugin_manifest.mjs';

const manifest = pluginManifest();
const bundle = join(repoRoot, manifest.webapp.bundle_path);
if (!existsSync(bundle)) {
    console.error(`dist: ${manifest.webapp.bundle_path} is missing; run "npm run build -w webapp" first`);
    process.exit(1);
}

const outDir = join(repoRoot, 'build', 'dist');
const stage = join(outDir, 'stage');
const top = join(stage, manifest.id);
rmSync(stage, {recursive: true, force: true});
mkdirSync(join(top, 'webapp', 'dist'), {recursive: true});
writeFileSync(join(top, 'plugin.json'), `${JSON.stringify(manifest, null, 2)}\n`);
cpSync(bundle, join(top, manifest.webapp.bundle_path));
// Only what Mattermost reads: the icon. Templates belong to the companion, screenshots to the README.
cpSync(join(repoRoot, manifest.icon_path), join(top, manifest.icon_path));

const tarball = join(outDir, `${manifest.id}-${manifest.version}.tar.gz`);
await create({gzip: true, file: tarball, cwd: stage, portable: true}, [manifest.id]);
rmSync(stage, {recursive: true, force: true});
console.log(`dist: wrote ${tarball}`);
