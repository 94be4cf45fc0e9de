import {readFileSync} from 'node:fs';

const {version} = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

// Local times in the tests are written for UTC; workers inherit this.
process.env.TZ = 'UTC';

/** @type {import('jest').Config} */
export default {
    testEnvironment: 'jsdom',
    roots: ['<rootDir>/src'],
    transform: {'^.+\\.[tj]sx?$': ['ts-jest', {tsconfig: '<rootDir>/tsconfig.json'}]},
    // react-intl and its formatjs helpers ship ESM only, so jest must compile them too.
    transformIgnorePatterns: ['/node_modules/(?!(typebox|cookie|react-intl|@formatjs|intl-messageformat)/)'],
    globals: {__PLUGIN_VERSION__: version},
    setupFilesAfterEnv: ['@testing-library/jest-dom'],
};
