import { defineConfig } from 'vite';
import solid from 'vite-plugin-solid';

// Served by the gateway at /display/ (gateway/src/http/web-portal.ts); in development
// (`pnpm --filter @kaarst/display-client dev`) Vite proxies the graph to `npm start`'s hub.
const hub = process.env.HUB_URL ?? 'http://127.0.0.1:4000';

export default defineConfig({
  base: '/display/',
  plugins: [solid()],
  server: { proxy: { '/graphql': { target: hub, ws: true } } },
  build: { target: 'es2022', sourcemap: true },
});
