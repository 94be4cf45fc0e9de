import {readFileSync} from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

import webpack from 'webpack';

const here = path.dirname(fileURLToPath(import.meta.url));
const readJson = (file) => JSON.parse(readFileSync(path.join(here, file), 'utf8'));
const manifest = readJson('../plugin.json');
// The version lives only in the root package.json; the bundle gets it at build time.
const {version} = readJson('../package.json');

/** @type {import('webpack').Configuration} */
export default {
    entry: './src/index.tsx',
    output: {
        path: path.join(here, 'dist'),
        filename: 'main.js',
        devtoolNamespace: manifest.id,
    },
    // Source maps would either bloat main.js (inline) or ship a second file Mattermost never serves.
    devtool: false,
    resolve: {
        extensions: ['.ts', '.tsx', '.js'],
        alias: {
            // React's own jsx-runtime carries React internals; ours only calls the host's React.createElement.
            'react/jsx-runtime$': path.join(here, 'src/jsx_runtime.ts'),
        },
    },
    module: {
        rules: [{
            test: /\.tsx?$/,
            exclude: /node_modules/,
            // tsconfig says noEmit so that a bare `tsc -p webapp` never writes .js beside the sources.
            use: {loader: 'ts-loader', options: {onlyCompileBundledFiles: true, compilerOptions: {noEmit: false}}},
        }],
    },
    // Mattermost puts these on window; bundling them would mean two Reacts and a far bigger main.js.
    externalsType: 'window',
    externals: {
        react: 'React',
        'react-dom': 'ReactDOM',
        redux: 'Redux',
        'react-redux': 'ReactRedux',
        'prop-types': 'PropTypes',
        'react-intl': 'ReactIntl',
        luxon: 'Luxon',
    },
    plugins: [new webpack.DefinePlugin({__PLUGIN_VERSION__: JSON.stringify(version)})],
    performance: {hints: false},
};
