/**
 * The maps' tile server in the content security policy: the origin of VITE_MAP_TILE_URL joins
 * img-src of the clients that draw maps (portal, staff workbench, app), and the header the
 * gateway sends for /staff/ carries it; unset, the policies stay as they were.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createHttpServer, createLogger } from '@kaarst/kit';
import { afterEach, describe, expect, it } from 'vitest';
import {
  PORTAL_CSP,
  registerStaticClients,
  staticClients,
  tileImageSource,
  withTileSource,
} from '../src/http/web-portal.ts';

const imgSrc = (csp: string) => csp.split('; ').find((directive) => directive.startsWith('img-src'));

describe('gateway: map tiles in the content security policy', () => {
  const saved = process.env.VITE_MAP_TILE_URL;
  afterEach(() => {
    if (saved === undefined) delete process.env.VITE_MAP_TILE_URL;
    else process.env.VITE_MAP_TILE_URL = saved;
  });

  it('takes the origin of the tile URL template, a {s} subdomain as a wildcard', () => {
    expect(tileImageSource('https://tiles.example.org/{z}/{x}/{y}.png')).toBe('https://tiles.example.org');
    expect(tileImageSource('https://{s}.tile.example.org/{z}/{x}/{y}{r}.png')).toBe(
      'https://*.tile.example.org',
    );
    expect(tileImageSource('http://127.0.0.1:8080/tiles/{z}/{x}/{y}.png')).toBe('http://127.0.0.1:8080');
    expect(tileImageSource('')).toBeUndefined();
    expect(() => tileImageSource('javascript:alert(1)')).toThrow(/VITE_MAP_TILE_URL/);
    expect(() => tileImageSource('tiles/{z}/{x}/{y}.png')).toThrow(/VITE_MAP_TILE_URL/);
    expect(() => tileImageSource('https://tiles.{s}.example.org/{z}/{x}/{y}.png')).toThrow(
      /VITE_MAP_TILE_URL/,
    );
  });

  it('adds it to img-src only, and leaves the policy alone without tiles', () => {
    const csp = withTileSource(PORTAL_CSP, 'https://tiles.example.org');
    expect(imgSrc(csp)).toBe("img-src 'self' data: blob: https://tiles.example.org");
    expect(csp.replace(' https://tiles.example.org', '')).toBe(PORTAL_CSP);
    expect(withTileSource(PORTAL_CSP, undefined)).toBe(PORTAL_CSP);
  });

  it('sends the tile origin in the header of the staff workbench, the portal and the app', async () => {
    process.env.VITE_MAP_TILE_URL = 'https://tiles.example.org/{z}/{x}/{y}.png';
    const clients = staticClients();
    for (const name of ['web portal', 'staff workbench', 'Kaarst App'])
      expect(imgSrc(clients.find((c) => c.name === name)?.csp ?? ''), name).toContain(
        'https://tiles.example.org',
      );
    expect(imgSrc(clients.find((c) => c.name === 'developers page')?.csp ?? '')).not.toContain('tiles');

    const build = mkdtempSync(path.join(tmpdir(), 'kaarst-staff-build-'));
    writeFileSync(path.join(build, 'index.html'), '<!doctype html><title>Arbeitsplatz</title>');
    const staff = clients.find((c) => c.name === 'staff workbench');
    if (!staff) throw new Error('no staff workbench client');
    const log = createLogger('gateway');
    const app = await createHttpServer('gateway', log);
    try {
      await registerStaticClients(app, log, [{ ...staff, candidates: [build] }]);
      const response = await app.inject({ method: 'GET', url: '/staff/' });
      expect(response.statusCode).toBe(200);
      expect(imgSrc(String(response.headers['content-security-policy']))).toBe(
        "img-src 'self' data: blob: https://tiles.example.org",
      );
    } finally {
      await app.close();
    }
  });

  it('refuses to start with a tile setting that is no URL', () => {
    process.env.VITE_MAP_TILE_URL = 'not a url';
    expect(() => staticClients()).toThrow(/VITE_MAP_TILE_URL/);
  });
});
