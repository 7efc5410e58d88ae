import { randomBytes } from 'node:crypto';
import { startTracing, stopTracing } from '@kaarst/kit';
import { InMemorySpanExporter } from '@kaarst/kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANNA, startHub, type TestHub } from '../harness.ts';

type Span = ReturnType<InMemorySpanExporter['getFinishedSpans']>[number];

describe('tracing: one trace from the caller through the gateway, both subgraphs and their SQL', () => {
  const exporter = new InMemorySpanExporter();
  let hub: TestHub;
  let token: string;

  beforeAll(async () => {
    startTracing('hub-tests', { exporter });
    hub = await startHub();
    token = await hub.signIn(ANNA);
  });
  afterAll(async () => {
    await hub?.close();
    await stopTracing();
  });

  /** Sends a query that needs citizens and appointments, continuing the caller's trace. */
  async function tracedQuery(traceId: string, callerSpanId: string) {
    const response = await fetch(hub.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${token}`,
        traceparent: `00-${traceId}-${callerSpanId}-01`,
      },
      body: JSON.stringify({
        query: 'query MeWithAppointments { me { displayName appointments { code } } }',
      }),
    });
    const body = (await response.json()) as { data?: { me?: { displayName: string } }; errors?: unknown };
    expect(body.errors).toBeUndefined();
    expect(body.data?.me?.displayName).toBeTruthy();
  }

  it('continues the caller traceparent and links gateway fetches, subgraph requests, resolvers and SQL', async () => {
    const traceId = randomBytes(16).toString('hex');
    const callerSpanId = randomBytes(8).toString('hex');
    await tracedQuery(traceId, callerSpanId);

    const spans = exporter.getFinishedSpans().filter((span) => span.spanContext().traceId === traceId);
    const byId = new Map(spans.map((span) => [span.spanContext().spanId, span]));
    const parentOf = (span: Span) => byId.get(span.parentSpanContext?.spanId ?? '');
    const ancestors = (span: Span) => {
      const chain: string[] = [];
      for (let p = parentOf(span); p; p = parentOf(p)) chain.push(p.name);
      return chain;
    };
    const serverSpan = (service: string) =>
      spans.find((span) => span.attributes['hub.service'] === service && span.name === 'POST /graphql');

    // The gateway's request span is a child of the caller's span.
    const gatewayRequest = serverSpan('gateway');
    expect(gatewayRequest?.parentSpanContext?.spanId).toBe(callerSpanId);
    // Apollo's own spans (planning, each fetch of the plan) sit under it.
    expect(spans.some((span) => span.name === 'gateway.plan')).toBe(true);
    expect(spans.filter((span) => span.name === 'gateway.fetch').length).toBeGreaterThanOrEqual(2);

    for (const subgraph of hub.subgraphs.keys()) {
      const client = spans.find((span) => span.name === `POST ${subgraph}`);
      const server = serverSpan(subgraph);
      expect(client, `gateway fetch span for ${subgraph}`).toBeDefined();
      expect(server, `${subgraph} request span`).toBeDefined();
      // Only the traceparent header crosses the HTTP hop: the subgraph's span names the fetch as parent.
      expect(server?.parentSpanContext?.spanId).toBe(client?.spanContext().spanId);
      expect(ancestors(server as Span)).toContain('POST /graphql');
    }

    const me = spans.find((span) => span.name === 'Query.me');
    const appointments = spans.find((span) => span.name === 'Citizen.appointments');
    expect(me && ancestors(me)).toContain('POST /graphql');
    expect(appointments && ancestors(appointments)).toContain('POST /graphql');

    // The SQL of each resolver lies under that resolver's span.
    const sql = spans.filter((span) => span.name === 'prisma:client:db_query');
    expect(sql.some((span) => ancestors(span).includes('Query.me'))).toBe(true);
    expect(sql.some((span) => ancestors(span).includes('Citizen.appointments'))).toBe(true);
    expect(sql.some((span) => String(span.attributes['db.query.text'] ?? '').includes('SELECT'))).toBe(true);
  });

  it('starts a new trace when the caller sends none, and keeps traces apart', async () => {
    const before = new Set(exporter.getFinishedSpans().map((span) => span.spanContext().traceId));
    await hub.request('{ appointmentServices { id } }');
    // Background work (the outbox publisher's polls) makes traces of its own: look at request traces only.
    const requestTraces = new Set(
      exporter
        .getFinishedSpans()
        .filter((span) => span.attributes['hub.service'] === 'gateway' && span.name === 'POST /graphql')
        .map((span) => span.spanContext().traceId)
        .filter((traceId) => !before.has(traceId)),
    );
    expect(requestTraces.size).toBe(1);
    const fresh = exporter.getFinishedSpans().filter((span) => requestTraces.has(span.spanContext().traceId));
    expect(fresh.some((span) => span.attributes['hub.service'] === 'appointments')).toBe(true);
    expect(fresh.some((span) => span.attributes['hub.service'] === 'citizens')).toBe(false);
  });
});
