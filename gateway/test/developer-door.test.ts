import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createHttpServer, createLogger } from '@kaarst/kit';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerDeveloperDoor } from '../src/http/developer-door.ts';
import {
  DEVELOPERS_CSP,
  PORTAL_CSP,
  portalCsp,
  registerStaticClients,
  type StaticClient,
} from '../src/http/web-portal.ts';
import { DEFAULT_LIMITS } from '../src/protection/limits.ts';

/** A built client: an index.html and a hashed asset. */
function fakeBuild(title: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'kaarst-client-'));
  mkdirSync(path.join(dir, 'assets'));
  writeFileSync(path.join(dir, 'index.html'), `<!doctype html><title>${title}</title>`);
  writeFileSync(path.join(dir, 'assets', 'app-1234.js'), 'console.log(1)');
  return dir;
}

describe("gateway: the developers' door and the static clients", () => {
  let app: FastifyInstance;
  let base = '';

  beforeAll(async () => {
    const log = createLogger('gateway');
    app = await createHttpServer('gateway', log);
    registerDeveloperDoor(app, {
      limits: { ...DEFAULT_LIMITS, depth: 7 },
      requestTimeoutMs: 15_000,
      bodyLimitBytes: 1_048_576,
      anonymousPerMinute: 0,
    });
    app.post('/graphql', async () => ({ data: { ok: true } }));
    app.get('/graphql', async () => ({ data: { ok: true } }));
    const clients: StaticClient[] = [
      { name: 'web portal', prefix: '/', candidates: [fakeBuild('Portal')], csp: PORTAL_CSP },
      {
        name: 'developers page',
        prefix: '/developers/',
        candidates: [fakeBuild('Entwickler')],
        csp: DEVELOPERS_CSP,
      },
    ];
    await registerStaticClients(app, log, clients);
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.server.address();
    base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  });
  afterAll(async () => app?.close());

  it('sends a browser at /graphql to the developers page, and nobody else', async () => {
    const browser = await fetch(`${base}/graphql`, {
      headers: { accept: 'text/html,*/*' },
      redirect: 'manual',
    });
    expect([browser.status, browser.headers.get('location')]).toEqual([302, '/developers/']);
    const client = await fetch(`${base}/graphql?query=%7Bok%7D`, { headers: { accept: 'text/html' } });
    expect(client.status).toBe(200);
    const json = await fetch(`${base}/graphql`, { headers: { accept: 'application/json' } });
    expect(json.status).toBe(200);
  });

  it("lets the portal's RATS-TV player fetch and play streams from the media origins, scripts still 'self'", () => {
    const csp = portalCsp('https://ratstv.example.org');
    expect(csp).toContain("connect-src 'self' https://ratstv.example.org;");
    expect(csp).toContain("media-src 'self' blob: https://ratstv.example.org");
    expect(csp).toContain("script-src 'self';");
    expect(portalCsp()).toContain("connect-src 'self' https:;");
    expect(() => portalCsp("https://x.example 'unsafe-inline'")).toThrow(/RATS_TV_MEDIA_ORIGINS/);
  });

  it('serves both clients, each with its content security policy', async () => {
    const portal = await fetch(`${base}/`);
    expect(await portal.text()).toContain('Portal');
    expect(portal.headers.get('content-security-policy')).toBe(PORTAL_CSP);
    const page = await fetch(`${base}/developers/`);
    expect(await page.text()).toContain('Entwickler');
    const csp = page.headers.get('content-security-policy') ?? '';
    expect(csp).toBe(DEVELOPERS_CSP);
    // Scripts stay strict on both; only GraphiQL's styles, fonts and workers get more.
    expect(csp).toContain("script-src 'self';");
    expect(csp).toContain("worker-src 'self'");
    expect(csp).not.toMatch(/https?:/);
    const asset = await fetch(`${base}/developers/assets/app-1234.js`);
    expect(asset.headers.get('cache-control')).toContain('immutable');
    const bare = await fetch(`${base}/developers`, { redirect: 'manual' });
    expect([bare.status, bare.headers.get('location')]).toEqual([301, '/developers/']);
  });

  it('tells the page the limits this gateway enforces, as configured', async () => {
    const hub = (await (await fetch(`${base}/developers/hub.json`)).json()) as Record<string, unknown>;
    expect(hub).toMatchObject({
      operation: { depth: 7, cost: DEFAULT_LIMITS.cost, listSize: DEFAULT_LIMITS.listSize },
      codes: { depth: 'QUERY_TOO_DEEP', cost: 'QUERY_TOO_COSTLY' },
      requestTimeoutSeconds: 15,
      apiKeys: { selfServicePerMinute: 60, selfServiceActiveKeys: 5 },
      anonymousPerMinute: 0,
      openDataLicense: 'https://creativecommons.org/licenses/by/4.0/',
    });
  });
});
