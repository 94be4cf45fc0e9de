import {SANDBOX_PASSWORD, startSandbox} from './index';

// `npx tsx test/sandbox/server/main.ts`: PORT (default 8065), COMPANION_URL (optional), SANDBOX_LOG=1 for request logs.
async function main(): Promise<void> {
    const sandbox = await startSandbox({
        port: Number(process.env.PORT ?? 8065),
        companionUrl: process.env.COMPANION_URL ?? '',
        logger: process.env.SANDBOX_LOG === '1',
    });
    console.log(`Mattermost sandbox: ${sandbox.url}`);
    console.log(`Logins (password "${SANDBOX_PASSWORD}"): alice (SRE lead, system admin), bob, erin (SRE), carol (developer), dave (support)`);
    console.log(`Companion proxy: /sre-toolkit/* -> ${process.env.COMPANION_URL ?? '(not set: 502)'}`);
    console.log(`SANDBOX_BOT_TOKEN=${sandbox.botToken}`);
    const stop = () => {
        sandbox.close().then(() => process.exit(0), (err: unknown) => {
            console.error(err);
            process.exit(1);
        });
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
}

main().catch((err: unknown) => {
    console.error(err);
    process.exit(1);
});
