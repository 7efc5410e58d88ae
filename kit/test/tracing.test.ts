import { createServer } from 'node:http';
import { Writable } from 'node:stream';
import { context, propagation, trace } from '@opentelemetry/api';
import { afterEach, describe, expect, it } from 'vitest';
import { createLogger } from '../src/logger.ts';
import { InMemorySpanExporter } from '../src/testing.ts';
import {
  flushTracing,
  inSpan,
  startTracing,
  stopTracing,
  traceResolvers,
  tracingExports,
} from '../src/tracing.ts';

const TRACE_ID = '4bf92f3577b34da6a3ce929d0e0e4736';
const CALLER_SPAN = '00f067aa0ba902b7';

function capturedLogger() {
  const lines: Array<Record<string, unknown>> = [];
  const destination = new Writable({
    write(chunk, _encoding, done) {
      lines.push(JSON.parse(String(chunk)));
      done();
    },
  });
  return { log: createLogger('tracing-test', destination), lines };
}

/** The context a server builds from a caller's traceparent header. */
const incoming = () =>
  propagation.extract(context.active(), { traceparent: `00-${TRACE_ID}-${CALLER_SPAN}-01` });

describe('tracing without an exporter (the default)', () => {
  afterEach(() => stopTracing());

  it('records nothing, yet continues the caller trace into log lines and outgoing headers', () => {
    startTracing('test');
    expect(tracingExports()).toBe(false);
    const { log, lines } = capturedLogger();
    const outgoing: Record<string, string> = {};
    context.with(incoming(), () =>
      inSpan('test', 'work', (span) => {
        expect(span.isRecording()).toBe(false);
        log.info('inside');
        propagation.inject(context.active(), outgoing);
      }),
    );
    log.info('outside');
    expect(lines[0]?.trace_id).toBe(TRACE_ID);
    expect(lines[1]?.trace_id).toBeUndefined();
    expect(outgoing.traceparent).toMatch(new RegExp(`^00-${TRACE_ID}-[0-9a-f]{16}-0[01]$`));
  });
});

describe('tracing with an exporter', () => {
  afterEach(() => stopTracing());

  it('exports spans with the ids that the log lines carry, and the error of a failed span', async () => {
    const exporter = new InMemorySpanExporter();
    startTracing('test', { exporter });
    const { log, lines } = capturedLogger();
    await context.with(incoming(), () =>
      inSpan('test', 'slow work', async () => {
        log.info('working');
        await new Promise((resolve) => setTimeout(resolve, 5));
      }),
    );
    expect(() =>
      inSpan('test', 'failing work', () => {
        throw new Error('boom');
      }),
    ).toThrow('boom');
    const [slow, failing] = exporter.getFinishedSpans();
    expect(slow?.name).toBe('slow work');
    expect(slow?.spanContext().traceId).toBe(TRACE_ID);
    expect(slow?.parentSpanContext?.spanId).toBe(CALLER_SPAN);
    expect(lines[0]?.span_id).toBe(slow?.spanContext().spanId);
    expect(failing?.status.code).toBe(2); // SpanStatusCode.ERROR
    expect(failing?.events[0]?.name).toBe('exception');
  });

  it('wraps own resolvers (and entity references), not scalars, enums or subscriptions', async () => {
    const exporter = new InMemorySpanExporter();
    startTracing('test', { exporter });
    const scalar = { serialize: () => 1, parseValue: () => 1, name: 'DateTime' };
    const subscribe = () => 'iterator';
    const resolvers = traceResolvers('test', {
      DateTime: scalar,
      Status: { OPEN: 'open' },
      Query: { thing: async () => 'thing', other: { resolve: () => 'other' } },
      Thing: { __resolveReference: () => ({ id: 1 }), __resolveType: () => 'Thing' },
      Subscription: { changed: { subscribe } },
    });
    expect(resolvers.DateTime).toBe(scalar);
    expect(resolvers.Status).toEqual({ OPEN: 'open' });
    expect(resolvers.Subscription.changed.subscribe).toBe(subscribe);
    expect(await resolvers.Query.thing()).toBe('thing');
    expect(resolvers.Query.other.resolve()).toBe('other');
    expect(resolvers.Thing.__resolveReference()).toEqual({ id: 1 });
    expect(resolvers.Thing.__resolveType()).toBe('Thing');
    expect(exporter.getFinishedSpans().map((span) => span.name)).toEqual([
      'Query.thing',
      'Query.other',
      'Thing.__resolveReference',
    ]);
    expect(trace.getActiveSpan()).toBeUndefined();
  });
});

describe('OTLP export', () => {
  afterEach(async () => {
    await stopTracing();
    delete process.env.OTEL_EXPORTER_OTLP_ENDPOINT;
  });

  it('sends spans to OTEL_EXPORTER_OTLP_ENDPOINT over OTLP/HTTP when it is set', async () => {
    const received: Array<{ path: string; body: string }> = [];
    const collector = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk) => {
        body += chunk;
      });
      request.on('end', () => {
        received.push({ path: request.url ?? '', body });
        response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
      });
    });
    await new Promise<void>((resolve) => collector.listen(0, '127.0.0.1', resolve));
    const address = collector.address();
    process.env.OTEL_EXPORTER_OTLP_ENDPOINT = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    try {
      startTracing('otlp-test');
      expect(tracingExports()).toBe(true);
      inSpan('test', 'exported work', () => undefined);
      await flushTracing();
      expect(received.map((r) => r.path)).toEqual(['/v1/traces']);
      expect(received[0]?.body).toContain('exported work');
      expect(received[0]?.body).toContain('kaarst-otlp-test');
    } finally {
      await new Promise((resolve) => collector.close(resolve));
    }
  });
});
