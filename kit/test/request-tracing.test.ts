import { Writable } from 'node:stream';
import { context, propagation } from '@opentelemetry/api';
import type { FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { createHttpServer } from '../src/http.ts';
import { createLogger } from '../src/logger.ts';
import { InMemorySpanExporter } from '../src/testing.ts';
import { startTracing, stopTracing } from '../src/tracing.ts';

const TRACE_ID = '4bf92f3577b34da6a3ce929d0e0e4736';
const CALLER_SPAN = '00f067aa0ba902b7';

/** A service with one route that parses a body, waits, logs and calls "onwards" (the headers it would send). */
async function service() {
  const lines: Array<Record<string, unknown>> = [];
  const destination = new Writable({
    write(chunk, _encoding, done) {
      lines.push(JSON.parse(String(chunk)));
      done();
    },
  });
  const app: FastifyInstance = await createHttpServer('trace-test', createLogger('trace-test', destination));
  app.post('/work', async (request) => {
    await new Promise((resolve) => setTimeout(resolve, 2));
    request.log.info({ marker: (request.body as { marker: string }).marker }, 'working');
    const onwards: Record<string, string> = {};
    propagation.inject(context.active(), onwards);
    return onwards;
  });
  await app.ready();
  const call = async (marker: string, traceparent?: string) => {
    const response = await app.inject({
      method: 'POST',
      url: '/work',
      headers: { 'content-type': 'application/json', ...(traceparent ? { traceparent } : {}) },
      payload: { marker },
    });
    expect(response.statusCode).toBe(200);
    const line = lines.find((l) => l.marker === marker);
    return { onwards: response.json() as { traceparent?: string }, line };
  };
  return { app, call, lines };
}

describe('request tracing', () => {
  afterEach(() => stopTracing());

  it('without an exporter: no span recorded, the caller trace reaches log lines and onward calls', async () => {
    startTracing('trace-test');
    const { app, call } = await service();
    try {
      const traced = await call('a', `00-${TRACE_ID}-${CALLER_SPAN}-01`);
      expect(traced.line?.trace_id).toBe(TRACE_ID);
      expect(traced.line?.span_id).toMatch(/^[0-9a-f]{16}$/);
      expect(traced.line?.span_id).not.toBe(CALLER_SPAN);
      expect(traced.onwards.traceparent).toBe(`00-${TRACE_ID}-${traced.line?.span_id}-00`);

      // No traceparent: a trace of its own, the same in the log line and onwards; requests kept apart.
      const [first, second] = await Promise.all([call('b'), call('c')]);
      expect(first.line?.trace_id).toMatch(/^[0-9a-f]{32}$/);
      expect(first.line?.trace_id).not.toBe(second.line?.trace_id);
      expect(first.onwards.traceparent).toBe(`00-${first.line?.trace_id}-${first.line?.span_id}-00`);
      expect(second.onwards.traceparent).toBe(`00-${second.line?.trace_id}-${second.line?.span_id}-00`);
    } finally {
      await app.close();
    }
  });

  it('with an exporter: a server span under the caller, the handler inside it', async () => {
    const exporter = new InMemorySpanExporter();
    startTracing('trace-test', { exporter });
    const { app, call } = await service();
    try {
      const { line, onwards } = await call('d', `00-${TRACE_ID}-${CALLER_SPAN}-01`);
      const spans = exporter.getFinishedSpans();
      const server = spans.find((span) => span.name === 'POST /work');
      expect(server?.spanContext().traceId).toBe(TRACE_ID);
      expect(server?.parentSpanContext?.spanId).toBe(CALLER_SPAN);
      expect(server?.attributes['hub.service']).toBe('trace-test');
      const handler = spans.find((span) => span.parentSpanContext?.spanId === server?.spanContext().spanId);
      expect(handler?.name).toBe('handler /work');
      expect(line?.trace_id).toBe(TRACE_ID);
      expect(line?.span_id).toBe(handler?.spanContext().spanId);
      expect(onwards.traceparent).toBe(`00-${TRACE_ID}-${handler?.spanContext().spanId}-01`);
    } finally {
      await app.close();
    }
  });

  it('follows tracing switched on and off after the server was built', async () => {
    startTracing('trace-test');
    const { app, call } = await service();
    try {
      const exporter = new InMemorySpanExporter();
      startTracing('trace-test', { exporter });
      const on = await call('e', `00-${TRACE_ID}-${CALLER_SPAN}-01`);
      expect(exporter.getFinishedSpans().map((span) => span.name)).toEqual(['handler /work', 'POST /work']);
      expect(on.onwards.traceparent).toMatch(new RegExp(`^00-${TRACE_ID}-[0-9a-f]{16}-01$`));
      await stopTracing(); // (clears the exporter)
      startTracing('trace-test');
      const off = await call('f', `00-${TRACE_ID}-${CALLER_SPAN}-01`);
      expect(off.line?.trace_id).toBe(TRACE_ID);
      expect(off.onwards.traceparent).toMatch(new RegExp(`^00-${TRACE_ID}-[0-9a-f]{16}-00$`));
    } finally {
      await app.close();
    }
  });
});
