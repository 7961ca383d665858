import { defineConfig } from 'drizzle-kit';

// Generates the SQL migrations in drizzle/ from the schema; no database connection needed.
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/db/schema.ts',
  out: './drizzle',
});
