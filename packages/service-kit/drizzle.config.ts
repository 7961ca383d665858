import { defineConfig } from 'drizzle-kit';

// The kit's own tables; `pnpm --filter @tiffin/service-kit db:generate` writes their migrations.
export default defineConfig({
  dialect: 'postgresql',
  schema: ['./src/outbox/outbox-table.ts', './src/inbox/received-messages-table.ts', './src/saga/saga-instances-table.ts'],
  out: './migrations',
});
