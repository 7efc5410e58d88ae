import { defineConfig } from 'vite';
import solid from 'vite-plugin-solid';

// In development (`pnpm --filter @kaarst/staff dev`) the workbench runs on Vite's server and
// reaches the hub started by `npm start` through this proxy, WebSocket included.
const hub = process.env.HUB_URL ?? 'http://127.0.0.1:4000';

export default defineConfig({
  // The gateway serves the build at /staff/ (gateway/src/http/web-portal.ts).
  base: '/staff/',
  plugins: [solid()],
  server: { proxy: { '/graphql': { target: hub, ws: true } } },
  build: { target: 'es2022', sourcemap: true },
});
