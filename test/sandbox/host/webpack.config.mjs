import path from 'node:path';
import {fileURLToPath} from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));

// The host page bundles React, Redux, react-intl… itself: it is the web app that provides them to plugins.
export default {
    mode: process.env.NODE_ENV === 'development' ? 'development' : 'production',
    entry: path.join(here, 'src/main.tsx'),
    output: {path: path.join(here, 'dist'), filename: 'host.js', publicPath: '/static/host/'},
    devtool: 'source-map',
    resolve: {extensions: ['.tsx', '.ts', '.js']},
    module: {
        rules: [{
            test: /\.tsx?$/,
            exclude: /node_modules/,
            use: {
                loader: 'ts-loader',
                options: {
                    configFile: path.join(here, '../../tsconfig.json'),
                    // Type-checking is `tsc -p test`; the bundle only needs the transpile.
                    transpileOnly: true,
                    compilerOptions: {noEmit: false, allowImportingTsExtensions: false, sourceMap: true},
                },
            },
        }],
    },
    performance: {hints: false},
};
