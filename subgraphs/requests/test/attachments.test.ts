import { randomUUID } from 'node:crypto';
import { generateHubKeys, type HubKeys, type RunningSubgraph, type Viewer } from '@kaarst/kit';
import {
  fetchFromSubgraph,
  type GraphQLResponse,
  startTestSubgraph,
  subgraphRequest,
} from '@kaarst/kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PrismaClient } from '../src/generated/prisma/client.ts';
import { eraseRequests } from '../src/privacy.ts';
import { type RequestsServices, requestsSubgraph } from '../src/subgraph.ts';

const codes = (response: Pick<GraphQLResponse<unknown>, 'errors'>) =>
  (response.errors ?? []).map((e) => e.extensions?.code);

// A real 1x1 PNG and a minimal PDF: their first bytes are what the type check reads.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const TEXT = Buffer.from('#!/bin/sh\necho this is no photo\n');

const START = `mutation ($id: ID!, $input: AttachmentInput!) {
  startRequestAttachment(requestId: $id, input: $input) { uploadUrl expiresAt attachment { id uploadedAt } } }`;
const ATTACHMENTS = `query ($id: ID!) { serviceRequest(id: $id) {
  attachments { id fileName contentType size uploadedAt downloadUrl } } }`;

type Started = { startRequestAttachment: { uploadUrl: string; attachment: { id: string } } };
type Listed = {
  serviceRequest: {
    attachments: Array<{ id: string; fileName: string; size: number; downloadUrl: string | null }>;
  };
};

describe('requests: attachments (photos and PDFs, kept outside the database)', () => {
  let keys: HubKeys;
  let subgraph: RunningSubgraph<PrismaClient, RequestsServices>;
  let origin: string;
  let requestId: string;
  const anna: Viewer = { id: randomUUID(), roles: ['citizen'] };
  const ben: Viewer = { id: randomUUID(), roles: ['citizen'] };
  const request = <T = Record<string, unknown>>(
    viewer: Viewer | null,
    query: string,
    variables?: Record<string, unknown>,
  ) => subgraphRequest<T>(subgraph.url, keys, viewer, query, variables);
  const start = (viewer: Viewer, fileName: string, contentType: string, size: number) =>
    request<Started>(viewer, START, { id: requestId, input: { fileName, contentType, size } });
  const put = (url: string, body: Buffer) =>
    fetchFromSubgraph(new URL(url, origin), keys, { method: 'PUT', body });
  const count = async () =>
    Number(
      (await subgraph.db.$queryRawUnsafe<[{ n: bigint }]>('SELECT count(*) AS n FROM request_attachment'))[0]
        .n,
    );

  beforeAll(async () => {
    keys = await generateHubKeys();
    subgraph = await startTestSubgraph(requestsSubgraph, { keys });
    origin = new URL(subgraph.url).origin;
    const submitted = await request<{ submitRequest: { id: string } }>(
      anna,
      'mutation ($input: SubmitRequestInput!) { submitRequest(input: $input) { id } }',
      {
        input: {
          typeCode: 'strassenschaden',
          description: 'Gehwegplatte gebrochen',
          answers: [{ field: 'art', value: 'gehweg' }],
          latitude: 51.2293,
          longitude: 6.6177,
          idempotencyKey: `attachments-${randomUUID()}`,
        },
      },
    );
    expect(submitted.errors).toBeUndefined();
    requestId = submitted.data?.submitRequest.id as string;
  });
  afterAll(async () => subgraph?.close());

  it('a photo and a PDF: announced, sent once, listed, downloaded byte for byte', async () => {
    for (const [name, type, bytes] of [
      ['schaden.png', 'image/png', PNG],
      ['skizze.pdf', 'application/pdf', PDF],
    ] as const) {
      const started = await start(anna, name, type, bytes.length);
      expect(started.errors).toBeUndefined();
      const url = started.data?.startRequestAttachment.uploadUrl as string;
      const uploaded = await put(url, bytes);
      expect(uploaded.status).toBe(201);
      // The upload URL is single-use.
      expect((await put(url, bytes)).status).toBe(404);
    }
    const listed = await request<Listed>(anna, ATTACHMENTS, { id: requestId });
    const attachments = listed.data?.serviceRequest.attachments ?? [];
    expect(attachments.map((a) => [a.fileName, a.size])).toEqual([
      ['schaden.png', PNG.length],
      ['skizze.pdf', PDF.length],
    ]);
    const download = await fetchFromSubgraph(new URL(attachments[0]?.downloadUrl as string, origin), keys);
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('image/png');
    expect(download.headers.get('content-disposition')).toContain('schaden.png');
    expect(Buffer.from(await download.arrayBuffer()).equals(PNG)).toBe(true);
    // A tampered link is refused.
    const link = attachments[0]?.downloadUrl as string;
    const tampered = link.replace(/signature=(.)/, (_all, first: string) =>
      first === 'A' ? 'signature=B' : 'signature=A',
    );
    expect((await fetchFromSubgraph(new URL(tampered, origin), keys)).status).toBe(403);
  });

  it('refuses a wrong type, an oversized file, a lie about the bytes, and strangers; stores nothing then', async () => {
    const before = await count();
    expect(codes(await start(anna, 'programm.exe', 'application/x-msdownload', 100))).toEqual([
      'UNSUPPORTED_FILE_TYPE',
    ]);
    expect(codes(await start(anna, 'riesig.png', 'image/png', 50 * 1024 * 1024))).toEqual(['FILE_TOO_LARGE']);
    expect(codes(await start(ben, 'fremd.png', 'image/png', PNG.length))).toEqual(['NOT_FOUND']);
    expect(await count()).toBe(before);

    // Announced as a photo, but the bytes are a script.
    const lying = await start(anna, 'foto.png', 'image/png', TEXT.length);
    const refused = await put(lying.data?.startRequestAttachment.uploadUrl as string, TEXT);
    expect(refused.status).toBe(415);
    expect(
      ((await refused.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0]?.extensions
        .code,
    ).toBe('UNSUPPORTED_FILE_TYPE');
    // More or fewer bytes than announced.
    const short = await start(anna, 'kurz.png', 'image/png', PNG.length + 10);
    expect((await put(short.data?.startRequestAttachment.uploadUrl as string, PNG)).status).toBe(400);
    const listed = await request<Listed>(anna, ATTACHMENTS, { id: requestId });
    expect(listed.data?.serviceRequest.attachments).toHaveLength(2);
    expect((await put('/attachments/uploads/not-a-token', PNG)).status).toBe(404);
  });

  it('takes at most five files per request', async () => {
    // Two stored and two announced above are held; one more fits.
    const fifth = await start(anna, 'fuenf.png', 'image/png', PNG.length);
    expect(fifth.errors).toBeUndefined();
    expect(codes(await start(anna, 'sechs.png', 'image/png', PNG.length))).toEqual(['TOO_MANY_ATTACHMENTS']);
  });

  it('an erased account takes its files with it', async () => {
    const stored = await subgraph.db.requestAttachment.findMany({
      where: { requestId, storedAt: { not: null } },
    });
    expect(stored.length).toBeGreaterThan(0);
    for (const { id } of stored) expect(await subgraph.services.attachments.get(id)).not.toBeNull();
    await eraseRequests(subgraph.db, anna.id, subgraph.services.attachments);
    for (const { id } of stored) expect(await subgraph.services.attachments.get(id)).toBeNull();
    expect(await subgraph.db.requestAttachment.count({ where: { requestId } })).toBe(0);
  });
});
