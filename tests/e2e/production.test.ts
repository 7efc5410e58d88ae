import { CatalogueDocument } from '@kaarst/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANNA, codes, issueApiKey, postGraphQL, startHub, type TestHub } from '../harness.ts';
import { sseClient, wsClient } from '../live.ts';

const catalogueId = (CatalogueDocument as unknown as { __meta__: { hash: string } }).__meta__.hash.replace(
  /^sha256:/,
  '',
);

/** The gateway as NODE_ENV=production runs it (this file runs in its own process). */
describe('production mode: nothing internal in answers', () => {
  let hub: TestHub;
  let previous: string | undefined;
  let apiKey: string;
  // A third-party application's request: it may send its own documents.
  const withKey = (query: string) => postGraphQL(hub.url, { query }, undefined, { 'x-api-key': apiKey });
  beforeAll(async () => {
    previous = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    hub = await startHub();
    // Sign-in and issuing a key are registered portal documents, so they run in production too.
    apiKey = (await issueApiKey(hub, await hub.signIn(ANNA))).key;
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
      const response = await withKey(query);
      expect(response.status).toBe(400);
      const text = JSON.stringify(response);
      expect(text).not.toContain('stacktrace');
      expect(text).not.toMatch(/node_modules|\.ts:\d+|\/work\//);
    }
  });

  it('names no fields in validation errors ("Did you mean ...?"), over HTTP, WebSocket and SSE', async () => {
    const http = await withKey('{ appointmentServic { id } officeLocation { id } }');
    expect(codes(http)).toContain('GRAPHQL_VALIDATION_FAILED');
    expect(JSON.stringify(http)).not.toMatch(/Did you mean|appointmentServices|officeLocations/);
    const typo = 'subscription { availabilityChange(locationId: "rathaus-kaarst") { date } }';
    for (const client of [wsClient(hub.url), sseClient(hub.url)]) {
      const subscription = client.subscribe(typo);
      const { error } = await subscription.done;
      const errors = JSON.stringify(error ?? subscription.results);
      expect(errors).toContain('availabilityChange');
      expect(errors).not.toMatch(/Did you mean|availabilityChanged/);
      await client.dispose();
    }
  });

  it('refuses introspection', async () => {
    const response = await withKey('{ __schema { types { name } } }');
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

  it('runs registered documents only for callers without an API key', async () => {
    const registered = await postGraphQL<{ appointmentServices: unknown[] }>(hub.url, {
      extensions: { persistedQuery: { version: 1, sha256Hash: catalogueId } },
    });
    expect(registered.errors).toBeUndefined();
    expect(registered.data?.appointmentServices.length).toBeGreaterThan(0);
    const own = await hub.request('{ appointmentServices { id } }');
    expect(own.status).toBe(400);
    expect(codes(own)).toEqual(['PERSISTED_QUERY_NOT_TRUSTED']);
  });

  it('runs any document for an application with an API key', async () => {
    const response = await withKey('{ appointmentServices { id } }');
    expect(response.errors).toBeUndefined();
    expect((response.data as { appointmentServices: unknown[] }).appointmentServices.length).toBeGreaterThan(
      0,
    );
  });
});
