import {resolve} from 'node:path';
import {SANDBOX_PASSWORD} from './server/index.ts';
import {startStack} from './stack.ts';

// `npm start`, after the builds: the sandbox on :8065 and the companion on :8090 with PGlite in ./data.
const stack = await startStack({
    dataDir: resolve(process.env.DATA_DIR ?? 'data'),
    sandboxPort: Number(process.env.SANDBOX_PORT ?? 8065),
    companionPort: Number(process.env.PORT ?? 8090),
    // Quiet by default so the URL and logins stay on screen; LOG_LEVEL=info shows every request.
    logLevel: process.env.LOG_LEVEL ?? 'warn',
});

console.log(`
  SRE Toolkit is running.

  Open        ${stack.url}
  Log in as   alice / ${SANDBOX_PASSWORD}   (SRE lead, system admin)
              bob, erin (SRE) · carol (developer) · dave (support)  — same password
  Companion   ${stack.url}/sre-toolkit/healthz (proxied; direct: ${stack.companion.url})
  Data        PGlite in ${resolve(process.env.DATA_DIR ?? 'data')} (kept between starts; the sandbox reseeds)

  Ctrl-C stops everything.
`);

let stopping = false;
const stop = () => {
    if (stopping) {
        return;
    }
    stopping = true;
    console.log('\nStopping: draining the companion, closing the database and the sandbox…');
    void stack.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
