import {startCompanion, StartupError} from './companion.js';
import {loadConfig} from './config.js';

const config = loadConfig();
if (!config.ok) {
    console.error(`SRE Toolkit companion: bad configuration: ${config.error}`);
    process.exit(1);
}

try {
    const companion = await startCompanion(config.value);
    const shutdown = (signal: string) => {
        companion.logger.info({signal}, 'shutting down: draining requests, stopping jobs, closing the database');
        void companion.close().then(() => process.exit(0));
    };
    process.once('SIGTERM', shutdown);
    process.once('SIGINT', shutdown);
} catch (error) {
    if (!(error instanceof StartupError)) {
        throw error;
    }
    console.error(`SRE Toolkit companion cannot start: ${error.message}`);
    process.exit(1);
}
