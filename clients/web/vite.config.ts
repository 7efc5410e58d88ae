import { defineConfig } from 'vite';
import solid from 'vite-plugin-solid';

// In development (`pnpm --filter @kaarst/web dev`) the portal runs on Vite's server and
// reaches the hub started by `npm start` through this proxy, WebSocket included, so the
// page talks to its own origin exactly as when the gateway serves the built portal.
const hub = process.env.HUB_URL ?? 'http://127.0.0.1:4000';

export default defineConfig({
  plugins: [solid()],
  server: { proxy: { '/graphql': { target: hub, ws: true } } },
  build: { target: 'es2022', sourcemap: true },
});
