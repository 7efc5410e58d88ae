import { MyRequestsDocument, RequestTypesDocument, SubmitRequestDocument } from '@kaarst/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANNA, issueApiKey, startHub, type TestHub } from '../harness.ts';

/** Open311 GeoReport v2 names (wiki.open311.org/GeoReport_v2). */
const SERVICE_KEYS = ['service_code', 'service_name', 'description', 'metadata', 'type', 'keywords', 'group'];
const REQUEST_KEYS = [
  'service_request_id',
  'status',
  'service_name',
  'service_code',
  'agency_responsible',
  'requested_datetime',
  'updated_datetime',
  'expected_datetime',
  'address',
  'lat',
  'long',
];

describe('requests through the gateway: the contract and Open311', () => {
  let hub: TestHub;
  let base: string;
  beforeAll(async () => {
    hub = await startHub({ subgraphs: ['requests'] });
    base = new URL('/open311/v2', hub.url).href;
  });
  afterAll(() => hub?.close());

  it('a citizen submits and follows a request (contract operations)', async () => {
    const anna = await hub.signIn(ANNA);
    const submitted = await hub.execute(
      SubmitRequestDocument,
      {
        input: {
          typeCode: 'frage',
          description: 'Wann ist der Wertstoffhof samstags geöffnet?',
          idempotencyKey: 'e2e-question-1',
        },
      },
      anna,
    );
    expect(submitted.errors).toBeUndefined();
    expect(submitted.data?.submitRequest).toMatchObject({ status: 'RECEIVED' });
    const mine = await hub.execute(MyRequestsDocument, undefined, anna);
    const listed = mine.data?.myRequests.find((r) => r.id === submitted.data?.submitRequest.id);
    expect(listed?.referenceNumber).toBe(submitted.data?.submitRequest.referenceNumber);
    expect(listed?.history.map((h) => h.status)).toEqual(['RECEIVED']);
  });

  it('the catalogue with every field and choice fits the cost limit (the lists declare their sizes)', async () => {
    const catalogue = await hub.execute(RequestTypesDocument);
    expect(catalogue.errors).toBeUndefined();
    const visit = catalogue.data?.requestTypes.find((t) => t.code === 'hausbesuch');
    expect(visit?.fields.find((f) => f.code === 'leistungen')?.values.length).toBeGreaterThan(3);
  });

  it('GET services.json and a service definition, with the spec’s field names', async () => {
    const services = (await (await fetch(`${base}/services.json`)).json()) as Record<string, unknown>[];
    expect(services.length).toBeGreaterThanOrEqual(5);
    for (const service of services) expect(Object.keys(service).sort()).toEqual([...SERVICE_KEYS].sort());
    expect(services.find((s) => s.service_code === 'strassenschaden')).toMatchObject({
      metadata: true,
      type: 'realtime',
    });
    const definition = (await (await fetch(`${base}/services/strassenschaden.json`)).json()) as {
      service_code: string;
      attributes: Record<string, unknown>[];
    };
    expect(definition.service_code).toBe('strassenschaden');
    expect(definition.attributes[0]).toMatchObject({
      variable: true,
      code: 'art',
      datatype: 'singlevaluelist',
      required: true,
      order: 1,
    });
    expect((await fetch(`${base}/services/gibtsnicht.json`)).status).toBe(404);
  });

  it('POST requests.json (a form, with an API key) creates a report that GET requests.json lists without personal data', async () => {
    const { key } = await issueApiKey(hub, await hub.signIn(ANNA), 'Open311 app');
    const form = new URLSearchParams({
      api_key: key,
      service_code: 'strassenschaden',
      lat: '51.2290',
      long: '6.6180',
      email: 'melder@example.org',
      first_name: 'Max',
      description: 'Laterne flackert seit Tagen',
      'attribute[art]': 'laterne',
    });
    const posted = await fetch(`${base}/requests.json`, { method: 'POST', body: form });
    expect(posted.status).toBe(201);
    const [created] = (await posted.json()) as { service_request_id: string }[];
    expect(created?.service_request_id).toMatch(/^KA-\d{4}-\d{6}$/);

    const listed = (await (
      await fetch(`${base}/requests.json?service_request_id=${created?.service_request_id}`)
    ).json()) as Record<string, unknown>[];
    expect(listed).toHaveLength(1);
    expect(Object.keys(listed[0] ?? {}).sort()).toEqual([...REQUEST_KEYS].sort());
    expect(listed[0]).toMatchObject({
      status: 'open',
      service_code: 'strassenschaden',
      lat: 51.229,
      long: 6.618,
    });
    expect(JSON.stringify(listed)).not.toMatch(/melder@|Max|flackert/);

    const noKey = await fetch(`${base}/requests.json`, {
      method: 'POST',
      body: new URLSearchParams({ service_code: 'strassenschaden' }),
    });
    expect(noKey.status).toBe(403);
    const bad = await fetch(`${base}/requests.json`, {
      method: 'POST',
      body: new URLSearchParams({
        api_key: key,
        service_code: 'strassenschaden',
        description: 'x y z',
        lat: '51.229',
        long: '6.618',
      }),
    });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { code: number; description: string }[])[0]?.description).toContain(
      'Art des Schadens',
    );
    // A question is not about a public place: not in the public list.
    const all = (await (await fetch(`${base}/requests.json`)).json()) as { service_code: string }[];
    expect(all.every((r) => r.service_code !== 'frage')).toBe(true);
  });

  it('a home visit is nowhere on Open311: not listed by its type, not found by its number', async () => {
    const visit = await hub.request<{ submitRequest: { referenceNumber: string } }>(
      'mutation ($input: SubmitRequestInput!) { submitRequest(input: $input) { referenceNumber } }',
      {
        input: {
          typeCode: 'hausbesuch',
          description: 'Ich kann nach einer Operation nicht ins Rathaus kommen.',
          answers: [
            { field: 'anlass', value: 'krankheit' },
            { field: 'leistungen', value: 'personalausweis' },
          ],
          address: 'Am Holzweg 3, Kaarst',
          latitude: 51.2291,
          longitude: 6.6172,
          idempotencyKey: 'e2e-home-visit',
        },
      },
      await hub.signIn(ANNA),
    );
    const reference = visit.data?.submitRequest.referenceNumber as string;
    expect(reference).toMatch(/^KA-\d{4}-\d{6}$/);
    const listed = await fetch(
      `${base}/requests.json?service_code=hausbesuch&service_request_id=${reference}`,
    );
    expect(await listed.json()).toEqual([]);
    expect((await fetch(`${base}/requests/${reference}.json`)).status).toBe(404);
  });

  it('a photo goes up and comes back through the gateway’s port (upload URL, signed download link)', async () => {
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
      'base64',
    );
    const anna = await hub.signIn(ANNA);
    const mine = await hub.execute(MyRequestsDocument, undefined, anna);
    const requestId = mine.data?.myRequests.find((r) => r.status !== 'DONE' && r.status !== 'REJECTED')?.id;
    expect(requestId).toBeDefined();
    const started = await hub.request<{ startRequestAttachment: { uploadUrl: string } }>(
      `mutation ($id: ID!, $input: AttachmentInput!) { startRequestAttachment(requestId: $id, input: $input) { uploadUrl } }`,
      { id: requestId, input: { fileName: 'foto.png', contentType: 'image/png', size: png.length } },
      anna,
    );
    expect(started.errors).toBeUndefined();
    const uploaded = await fetch(new URL(started.data?.startRequestAttachment.uploadUrl as string, hub.url), {
      method: 'PUT',
      headers: { 'content-type': 'image/png' },
      body: png,
    });
    expect(uploaded.status).toBe(201);
    const listed = await hub.request<{ serviceRequest: { attachments: Array<{ downloadUrl: string }> } }>(
      'query ($id: ID!) { serviceRequest(id: $id) { attachments { downloadUrl } } }',
      { id: requestId },
      anna,
    );
    const link = listed.data?.serviceRequest.attachments.at(-1)?.downloadUrl as string;
    const downloaded = await fetch(new URL(link, hub.url));
    expect(downloaded.status).toBe(200);
    expect(downloaded.headers.get('content-disposition')).toContain('foto.png');
    expect(Buffer.from(await downloaded.arrayBuffer()).equals(png)).toBe(true);
  });
});
