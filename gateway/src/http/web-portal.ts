/**
 * The hub's browser clients on the gateway's port, each a Vite build served when it
 * exists: the citizens' portal (clients/web) at / and the developers' page
 * (clients/developers) at /developers/, the staff workbench (clients/staff) at /staff/. `npm start` is one address for the graph and
 * both. They call /graphql on the same origin: no CORS needed.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import { env, type Logger, workspaceRoot } from '@kaarst/kit/common';
import type { FastifyInstance } from 'fastify';

const BASE_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
];

/**
 * Only our own files and our own origin: no inline script or style (Vite's build has
 * none), the graph over HTTP and WebSocket on the same origin ('self' covers ws: there),
 * the .ics download as a blob: URL, and no framing by other sites.
 */
export const PORTAL_CSP = BASE_CSP.join('; ');

/**
 * The citizens' portal plays RATS-TV recordings in the page with hls.js: it fetches the
 * HLS playlist and segments (connect-src) and plays them through a blob: MediaSource
 * (media-src). Where the streams come from is set by RATS_TV_MEDIA_ORIGINS (space-separated
 * origins, e.g. "https://ratstv.kaarst.de"); by default any https origin, since staff
 * attach recordings by URL. Scripts stay 'self' only.
 */
export function portalCsp(mediaOrigins = env('RATS_TV_MEDIA_ORIGINS') ?? 'https:'): string {
  const origins = mediaOrigins.split(/\s+/).filter(Boolean);
  for (const origin of origins)
    if (!/^https?:(\/\/[A-Za-z0-9.-]+(:\d+)?)?$/.test(origin))
      throw new Error(
        `RATS_TV_MEDIA_ORIGINS: "${origin}" is not an http(s) origin (e.g. https://ratstv.example.org)`,
      );
  const extra = origins.join(' ');
  return [
    ...BASE_CSP.map((directive) =>
      directive.startsWith('connect-src') ? `${directive} ${extra}`.trim() : directive,
    ),
    `media-src 'self' blob: ${extra}`.trim(),
  ].join('; ');
}

/**
 * The portal's policy with what GraphiQL 5 needs: its editor (Monaco) writes its styles
 * into <style> elements it creates without a nonce, so styles may be inline (scripts
 * still may not); its stylesheet embeds its fonts as data: URLs; its language services
 * run as workers from our own files.
 */
const DEVELOPERS_EXCEPTIONS: Record<string, string> = {
  'style-src': "style-src 'self' 'unsafe-inline'",
  'font-src': "font-src 'self' data:",
};
export const DEVELOPERS_CSP = [
  ...BASE_CSP.map((directive) => DEVELOPERS_EXCEPTIONS[directive.split(' ')[0] ?? ''] ?? directive),
  "worker-src 'self'",
].join('; ');

/** The city displays show the items' images, which departments link from their https sites. */
export const DISPLAY_CSP = BASE_CSP.map((directive) =>
  directive.startsWith('img-src') ? "img-src 'self' data: https:" : directive,
).join('; ');

/**
 * The maps' tile server: the clients are built with VITE_MAP_TILE_URL (an XYZ template such as
 * https://{s}.tiles.example.org/{z}/{x}/{y}.png, see clients/ui/src/map-tiles.ts), and the
 * gateway serving them reads the same variable, so one setting draws the tiles and lets the
 * browser load them. Its origin joins img-src; a {s} subdomain becomes a leading wildcard.
 * Unset (the default): no tiles, nothing added. A template that is no http(s) URL stops the start.
 */
export function tileImageSource(template = env('VITE_MAP_TILE_URL')): string | undefined {
  if (!template) return undefined;
  const refused = () =>
    new Error(
      `VITE_MAP_TILE_URL: "${template}" is not an http(s) tile URL template (e.g. https://tiles.example.org/{z}/{x}/{y}.png)`,
    );
  let url: URL;
  try {
    url = new URL(template.replace(/\{s\}/g, 'tile-subdomain').replace(/\{[a-z0-9]+\}/gi, '0'));
  } catch {
    throw refused();
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw refused();
  const host = url.host.replace(/^tile-subdomain\./, '*.');
  // CSP allows a wildcard only as the host's first label; elsewhere {s} cannot be allowed.
  if (host.includes('tile-subdomain')) throw refused();
  return `${url.protocol}//${host}`;
}

/** The policy with the tile server's origin (tileImageSource) added to img-src. */
export function withTileSource(csp: string, source = tileImageSource()): string {
  return source ? csp.replace(/(^|; )img-src ([^;]*)/, `$1img-src $2 ${source}`) : csp;
}

export interface StaticClient {
  name: string;
  /** Where it is served, e.g. "/" or "/developers/". */
  prefix: string;
  /** Its build: the first of these folders holding an index.html. */
  candidates: Array<string | undefined>;
  csp: string;
}

/** The clients and where their builds are looked for: an env override, the workspace's build, a bundle's folder. */
export function staticClients(root = workspaceRoot()): StaticClient[] {
  return [
    {
      name: 'web portal',
      prefix: '/',
      candidates: [env('WEB_PORTAL_DIR'), path.join(root, 'clients', 'web', 'dist'), path.join(root, 'web')],
      csp: withTileSource(portalCsp()),
    },
    {
      name: 'developers page',
      prefix: '/developers/',
      candidates: [
        env('DEVELOPERS_PAGE_DIR'),
        path.join(root, 'clients', 'developers', 'dist'),
        path.join(root, 'developers'),
      ],
      csp: DEVELOPERS_CSP,
    },
    {
      name: 'staff workbench',
      prefix: '/staff/',
      candidates: [
        env('STAFF_APP_DIR'),
        path.join(root, 'clients', 'staff', 'dist'),
        path.join(root, 'staff'),
      ],
      csp: withTileSource(PORTAL_CSP),
    },
    {
      name: 'Kaarst App',
      prefix: '/app/',
      candidates: [env('KAARST_APP_DIR'), path.join(root, 'clients', 'app', 'dist'), path.join(root, 'app')],
      csp: withTileSource(PORTAL_CSP),
    },
    {
      name: 'city display',
      prefix: '/display/',
      candidates: [
        env('DISPLAY_CLIENT_DIR'),
        path.join(root, 'clients', 'display', 'dist'),
        path.join(root, 'display'),
      ],
      csp: DISPLAY_CSP,
    },
  ];
}

const builtIn = (client: StaticClient) =>
  client.candidates.find((dir): dir is string => !!dir && existsSync(path.join(dir, 'index.html')));

/** Where the portal's build is (undefined: none). */
export const findWebPortal = (): string | undefined => builtIn(staticClients()[0] as StaticClient);

/** Serves each built client at its prefix; the graph's routes keep precedence. */
export async function registerStaticClients(app: FastifyInstance, log: Logger, clients = staticClients()) {
  let decorated = false;
  for (const client of clients) {
    const dir = builtIn(client);
    if (!dir) {
      log.info(`no built ${client.name}: ${client.prefix} is not served`);
      continue;
    }
    await app.register(fastifyStatic, {
      root: dir,
      prefix: client.prefix,
      index: 'index.html',
      // One reply decoration for all: only the first registration may add it.
      decorateReply: !decorated,
      // Hashed asset names change with their content: cache them for good, the page itself never.
      setHeaders: (response, file) => {
        response.header('content-security-policy', client.csp);
        response.header(
          'cache-control',
          file.includes(`${path.sep}assets${path.sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache',
        );
      },
    });
    decorated = true;
    // /developers answers 301 to /developers/, where the page's relative URLs work.
    if (client.prefix !== '/')
      app.get(client.prefix.replace(/\/$/, ''), (_request, reply) => reply.redirect(client.prefix, 301));
    log.info({ dir }, `${client.name} served at ${client.prefix}`);
  }
}
