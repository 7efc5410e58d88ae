import { readFileSync } from 'node:fs';
import { CatalogueDocument } from '@kaarst/contract';
import { clientDocuments } from '@kaarst/kit/registry';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PortalCatalogueDocument } from '../../clients/web/src/generated/graphql.ts';
import { codes, postGraphQL, ROOT, SHIPPED_DOCUMENTS, startHub, type TestHub } from '../harness.ts';

/** The document id codegen gave an operation ("sha256:" and the sha256 of its text). */
const idOf = (document: unknown) =>
  (document as { __meta__: { hash: string } }).__meta__.hash.replace(/^sha256:/, '');
/** A test operation (clients/contract), trusted by test hubs only. */
const catalogueId = idOf(CatalogueDocument);
const byId = (sha256Hash: string, query?: string) => ({
  ...(query ? { query } : {}),
  extensions: { persistedQuery: { version: 1, sha256Hash } },
});

describe('trusted documents and automatic persisted queries (default: not enforced)', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startHub();
  });
  afterAll(() => hub?.close());

  it('runs a first-party operation sent by its document id alone', async () => {
    const response = await postGraphQL<{ appointmentServices: unknown[] }>(hub.url, byId(catalogueId));
    expect(response.errors).toBeUndefined();
    expect(response.data?.appointmentServices.length).toBeGreaterThan(0);
  });

  it('registers other documents the APQ way: unknown id, then id with text, then id alone', async () => {
    const query = '{ officeLocations { id district } }';
    const id = await sha256(query);
    expect(codes(await postGraphQL(hub.url, byId(id)))).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
    expect((await postGraphQL(hub.url, byId(id, query))).errors).toBeUndefined();
    const again = await postGraphQL<{ officeLocations: unknown[] }>(hub.url, byId(id));
    expect(again.errors).toBeUndefined();
    expect(again.data?.officeLocations.length).toBeGreaterThan(0);
  });

  it('refuses an id that does not match the text sent with it', async () => {
    const response = await postGraphQL(hub.url, byId(catalogueId, '{ officeLocations { id } }'));
    expect(response.status).toBe(400);
    expect(codes(response)).toEqual(['BAD_REQUEST']);
  });
});

describe("trusted documents enforced as in production: the shipped clients' only", () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startHub({ gateway: { trustedDocuments: { enforce: true, files: SHIPPED_DOCUMENTS } } });
  });
  afterAll(() => hub?.close());

  it("runs the portal's documents by id", async () => {
    expect((await postGraphQL(hub.url, byId(idOf(PortalCatalogueDocument)))).errors).toBeUndefined();
  });

  it('refuses the test operations of clients/contract: no shipped client sends them', async () => {
    expect(codes(await postGraphQL(hub.url, byId(catalogueId)))).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
    const contract = clientDocuments(ROOT).find((client) => client.name === 'contract');
    const text = JSON.parse(readFileSync(contract?.file as string, 'utf8'))[`sha256:${catalogueId}`];
    expect(text).toContain('appointmentServices');
    const refused = await postGraphQL(hub.url, byId(catalogueId, text));
    expect(codes(refused)).toEqual(['PERSISTED_QUERY_NOT_TRUSTED']);
  });

  it('refuses any other document, also one registered through APQ, before any subgraph is asked', async () => {
    const query = '{ officeLocations { id } }';
    const refused = await hub.request(query);
    expect(refused.status).toBe(400);
    expect(codes(refused)).toEqual(['PERSISTED_QUERY_NOT_TRUSTED']);
    expect(refused.data ?? null).toBeNull();
    const viaApq = await postGraphQL(hub.url, byId(await sha256(query), query));
    expect(codes(viaApq)).toEqual(['PERSISTED_QUERY_NOT_TRUSTED']);
  });
});

async function sha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Buffer.from(digest).toString('hex');
}
