import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { createHttpServer, createLogger } from '@kaarst/kit';
import { restRoutes } from '@kaarst/kit/registry';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerCors } from '../src/http/cors.ts';
import { type RestRoute, registerRestRoutes } from '../src/http/rest-routes.ts';

type Seen = { method?: string; url?: string; headers: IncomingHttpHeaders; body: string };

describe('REST passthrough to subgraphs', () => {
  let upstream: Server;
  let gateway: FastifyInstance;
  let base = '';
  const seen: Seen[] = [];
  let upstreamUrl = '';

  beforeAll(async () => {
    upstream = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk) => (body += chunk));
      request.on('end', () => {
        seen.push({ method: request.method, url: request.url, headers: request.headers, body });
        response.writeHead(request.url?.includes('missing') ? 404 : 200, {
          'content-type': 'application/json',
          'set-cookie': 'internal=1',
          'x-internal': 'yes',
        });
        response.end(JSON.stringify({ ok: true }));
      });
    });
    await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve));
    const address = upstream.address();
    upstreamUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/graphql`;
    const log = createLogger('gateway');
    gateway = await createHttpServer('gateway', log);
    // As in the gateway (server.ts): CORS first, for the graph's own origins only.
    await registerCors(gateway, (origin) => origin === 'http://localhost:5173');
    const urls: Record<string, string> = { council: upstreamUrl };
    const options = {
      subgraphUrl: (name: string) => urls[name],
      log,
      contextToken: async () => 'signed-context',
      publicUrl: () => 'https://hub.kaarst.example',
    };
    await registerRestRoutes(gateway, options, [
      // The council's as its registry entry declares it (subgraphs/council/package.json).
      restRoutes().find((route) => route.prefix === '/oparl') as RestRoute,
      { prefix: '/open311', subgraph: 'nowhere' },
      { prefix: '/down', subgraph: 'down', anyOrigin: true },
    ]);
    urls.down = 'http://127.0.0.1:1/graphql';
    await gateway.listen({ port: 0, host: '127.0.0.1' });
    const gatewayAddress = gateway.server.address();
    base = `http://127.0.0.1:${typeof gatewayAddress === 'object' && gatewayAddress ? gatewayAddress.port : 0}`;
  });
  afterAll(async () => {
    await gateway?.close();
    await new Promise((resolve) => upstream?.close(resolve));
  });

  it('forwards path and query, with the context token and public URL, and no credentials either way', async () => {
    const response = await fetch(`${base}/oparl/v1.1/body/1/paper?page=2&limit=5`, {
      headers: { authorization: 'Bearer secret', cookie: 'session=1', accept: 'application/json' },
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true });
    expect(response.headers.get('set-cookie')).toBeNull();
    expect(response.headers.get('x-internal')).toBeNull();
    const request = seen.at(-1) as Seen;
    expect(request.url).toBe('/oparl/v1.1/body/1/paper?page=2&limit=5');
    expect(request.headers.authorization).toBeUndefined();
    expect(request.headers.cookie).toBeUndefined();
    expect(request.headers['x-hub-context']).toBe('signed-context');
    // The configured public URL, never the caller's Host header.
    expect(request.headers['x-hub-public-url']).toBe('https://hub.kaarst.example');
    expect(request.headers['x-forwarded-host']).toBeUndefined();
  });

  it('keeps the upstream status, and passes bodies on as they came', async () => {
    expect((await fetch(`${base}/oparl/v1.1/meeting/missing`)).status).toBe(404);
    const form = 'service_code=001&description=Schlagloch';
    const posted = await fetch(`${base}/oparl/requests.json`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: form,
    });
    expect(posted.status).toBe(200);
    expect(seen.at(-1)).toMatchObject({ method: 'POST', body: form });
    expect(seen.at(-1)?.headers['content-type']).toBe('application/x-www-form-urlencoded');
  });

  it('answers 502 SUBGRAPH_UNAVAILABLE when the subgraph is unknown or unreachable', async () => {
    for (const path of ['/open311/services.json', '/down/x']) {
      const response = await fetch(`${base}${path}`);
      expect(response.status).toBe(502);
      expect(
        ((await response.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0]?.extensions
          .code,
      ).toBe('SUBGRAPH_UNAVAILABLE');
    }
    expect(seen.every((request) => !request.url?.startsWith('/open311'))).toBe(true);
  });

  it("lets any web page read an anyOrigin route, the gateway's own refusals included", async () => {
    const origin = { origin: 'https://app.example.org' };
    const read = await fetch(`${base}/oparl/v1.1/system`, { headers: origin });
    expect(read.headers.get('access-control-allow-origin')).toBe('*');
    const down = await fetch(`${base}/down/x`, { headers: origin });
    expect([down.status, down.headers.get('access-control-allow-origin')]).toEqual([502, '*']);
    const preflight = await fetch(`${base}/oparl/v1.1/system`, {
      method: 'OPTIONS',
      headers: { ...origin, 'access-control-request-method': 'GET' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
    expect(preflight.headers.get('access-control-allow-methods')).toContain('GET');
    // Writes reach the subgraph, which answers them (405 for OParl).
    const deleted = await fetch(`${base}/oparl/v1.1/meeting/1`, { method: 'DELETE', headers: origin });
    expect([deleted.status, deleted.headers.get('access-control-allow-origin')]).toEqual([200, '*']);
    expect(seen.at(-1)).toMatchObject({ method: 'DELETE', url: '/oparl/v1.1/meeting/1' });
    // Other routes stay with the graph's CORS: a foreign page gets no header.
    const other = await fetch(`${base}/open311/services.json`, { headers: origin });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });
});
