import {manifest} from './manifest';
import {SreToolkitPlugin} from './plugin';

window.registerPlugin(manifest.id, new SreToolkitPlugin());
