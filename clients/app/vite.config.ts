import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import solid from 'vite-plugin-solid';

// Served by the gateway at /app/ (gateway/src/http/web-portal.ts); in development
// (`pnpm --filter @kaarst/app dev`) Vite proxies the graph to `npm start`'s hub.
const hub = process.env.HUB_URL ?? 'http://127.0.0.1:4000';

export default defineConfig({
  base: '/app/',
  plugins: [
    solid(),
    VitePWA({
      // The registration is a file of its own (registerSW.js): the gateway's policy allows no inline script.
      injectRegister: 'script',
      registerType: 'autoUpdate',
      includeAssets: ['favicon.svg'],
      manifest: {
        id: '/app/',
        name: 'Kaarst App',
        short_name: 'Kaarst',
        description:
          'Die App der Stadt Kaarst: Kaarst-Pass auch ohne Netz, Angebote, Bus & Bahn, Mitteilungen',
        lang: 'de',
        dir: 'ltr',
        start_url: '/app/',
        scope: '/app/',
        display: 'standalone',
        orientation: 'portrait',
        theme_color: '#003a66',
        background_color: '#f4f5f7',
        icons: [
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        // The shell: every built file, so the app opens without network.
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
        navigateFallback: '/app/index.html',
        navigateFallbackAllowlist: [/^\/app\//],
        cleanupOutdatedCaches: true,
        clientsClaim: true,
        skipWaiting: true,
        // Web Push (push and notificationclick) beside Workbox's generated worker.
        importScripts: ['push-handler.js'],
      },
    }),
  ],
  server: { proxy: { '/graphql': { target: hub, ws: true } } },
  build: { target: 'es2022', sourcemap: true },
});
