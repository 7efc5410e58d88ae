import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { generateHubKeys, type HubKeys, type RunningSubgraph, type Viewer } from '@kaarst/kit';
import { fetchFromSubgraph, startTestSubgraph, subgraphRequest } from '@kaarst/kit/testing';
// s3rver: an S3 server in Node. It knows the access key S3RVER but does not verify V4 signatures.
import S3rver from 's3rver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { folderStore, s3Store } from '../src/attachments/store.ts';
import type { PrismaClient } from '../src/generated/prisma/client.ts';
import { requestsSubgraph } from '../src/subgraph.ts';

const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

describe('attachments in an S3-compatible bucket', () => {
  let server: S3rver;
  let dir: string;
  let endpoint: string;
  const credentials = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER', region: 'eu-central-1' };

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'kaarst-s3rver-'));
    server = new S3rver({
      address: '127.0.0.1',
      port: 0,
      silent: true,
      directory: dir,
      configureBuckets: [{ name: 'kaarst' }],
    });
    const address = (await server.run()) as { port: number };
    endpoint = `http://127.0.0.1:${address.port}`;
  });
  afterAll(async () => {
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('stores, reads and deletes an object; an unknown key or bucket fails loudly', async () => {
    const store = s3Store({ endpoint, bucket: 'kaarst', prefix: 'test/', ...credentials });
    const key = randomUUID();
    await store.put(key, PNG);
    expect((await store.get(key))?.equals(PNG)).toBe(true);
    await store.delete(key);
    expect(await store.get(key)).toBeNull();
    await store.delete(key); // deleting twice is fine
    const stranger = s3Store({ endpoint, bucket: 'kaarst', ...credentials, accessKeyId: 'UNKNOWN' });
    await expect(stranger.put(randomUUID(), PNG)).rejects.toThrow(/HTTP 403/);
    const noBucket = s3Store({ endpoint, bucket: 'missing', ...credentials });
    await expect(noBucket.put(randomUUID(), PNG)).rejects.toThrow(/HTTP 404/);
  });

  describe('the requests subgraph configured for S3', () => {
    let keys: HubKeys;
    let subgraph: RunningSubgraph<PrismaClient>;
    const anna: Viewer = { id: randomUUID(), roles: ['citizen'] };

    beforeAll(async () => {
      Object.assign(process.env, {
        ATTACHMENTS_S3_BUCKET: 'kaarst',
        ATTACHMENTS_S3_ENDPOINT: endpoint,
        ATTACHMENTS_S3_ACCESS_KEY_ID: credentials.accessKeyId,
        ATTACHMENTS_S3_SECRET_ACCESS_KEY: credentials.secretAccessKey,
        ATTACHMENTS_S3_REGION: credentials.region,
      });
      keys = await generateHubKeys();
      subgraph = await startTestSubgraph(requestsSubgraph, { keys });
    });
    afterAll(async () => subgraph?.close());

    it('an upload lands in the bucket and is downloaded from there', async () => {
      const request = <T>(query: string, variables: Record<string, unknown>) =>
        subgraphRequest<T>(subgraph.url, keys, anna, query, variables);
      const submitted = await request<{ submitRequest: { id: string } }>(
        'mutation ($input: SubmitRequestInput!) { submitRequest(input: $input) { id } }',
        {
          input: { typeCode: 'frage', description: 'Foto vom Aushang', idempotencyKey: `s3-${randomUUID()}` },
        },
      );
      const started = await request<{
        startRequestAttachment: { uploadUrl: string; attachment: { id: string } };
      }>(
        'mutation ($id: ID!, $input: AttachmentInput!) { startRequestAttachment(requestId: $id, input: $input) { uploadUrl attachment { id } } }',
        {
          id: submitted.data?.submitRequest.id,
          input: { fileName: 'aushang.png', contentType: 'image/png', size: PNG.length },
        },
      );
      const origin = new URL(subgraph.url).origin;
      const put = await fetchFromSubgraph(
        new URL(started.data?.startRequestAttachment.uploadUrl as string, origin),
        keys,
        { method: 'PUT', body: PNG },
      );
      expect(put.status).toBe(201);
      const id = started.data?.startRequestAttachment.attachment.id as string;
      const inBucket = s3Store({ endpoint, bucket: 'kaarst', prefix: 'attachments/', ...credentials });
      expect((await inBucket.get(id))?.equals(PNG)).toBe(true);
      // Not in the folder store.
      expect(await folderStore().get(id)).toBeNull();
      const listed = await request<{ serviceRequest: { attachments: Array<{ downloadUrl: string }> } }>(
        'query ($id: ID!) { serviceRequest(id: $id) { attachments { downloadUrl } } }',
        { id: submitted.data?.submitRequest.id },
      );
      const download = await fetchFromSubgraph(
        new URL(listed.data?.serviceRequest.attachments[0]?.downloadUrl as string, origin),
        keys,
      );
      expect(Buffer.from(await download.arrayBuffer()).equals(PNG)).toBe(true);
    });
  });
});
