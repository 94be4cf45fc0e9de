import {defineConfig} from 'drizzle-kit';

// Only `generate` is used: the SQL it writes is committed and applied by the companion at start.
export default defineConfig({
    dialect: 'postgresql',
    schema: './src/db/schema.ts',
    out: './drizzle',
});
