import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codes, startHub, type TestHub } from '../harness.ts';

/** The gateway as NODE_ENV=production runs it (this file runs in its own process). */
describe('production mode: nothing internal in answers', () => {
  let hub: TestHub;
  let previous: string | undefined;
  beforeAll(async () => {
    previous = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    hub = await startHub();
  });
  afterAll(async () => {
    await hub?.close();
    process.env.NODE_ENV = previous;
  });

  it('answers errors without stack traces or file paths', async () => {
    for (const query of [
      '{ passwords }',
      '{ appointmentServices { id ',
      'query ($c: String!) { appointmentByCode(code: $c) { id } }',
    ]) {
      const response = await hub.request(query);
      expect(response.status).toBe(400);
      const text = JSON.stringify(response);
      expect(text).not.toContain('stacktrace');
      expect(text).not.toMatch(/node_modules|\.ts:\d+|\/work\//);
    }
  });

  it('refuses introspection', async () => {
    const response = await hub.request('{ __schema { types { name } } }');
    expect(response.status).toBe(400);
    expect(codes(response)).toContain('GRAPHQL_VALIDATION_FAILED');
    expect(JSON.stringify(response)).toContain('introspection');
  });

  it('lets no loopback page call from a browser unless CORS_ORIGINS names it', async () => {
    const preflight = await fetch(hub.url, {
      method: 'OPTIONS',
      headers: { origin: 'http://localhost:5173', 'access-control-request-method': 'POST' },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('still answers a normal query', async () => {
    const response = await hub.request<{ appointmentServices: unknown[] }>('{ appointmentServices { id } }');
    expect(response.errors).toBeUndefined();
    expect(response.data?.appointmentServices.length).toBeGreaterThan(0);
  });
});
