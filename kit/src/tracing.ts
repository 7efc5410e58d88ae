import { FastifyOtelInstrumentation } from '@fastify/otel';
import { context, propagation, type Span, SpanStatusCode, trace } from '@opentelemetry/api';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import {
  AlwaysOffSampler,
  AlwaysOnSampler,
  BatchSpanProcessor,
  ParentBasedSampler,
  SimpleSpanProcessor,
  type SpanExporter,
} from '@opentelemetry/sdk-trace-base';
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import { ATTR_SERVICE_NAME } from '@opentelemetry/semantic-conventions';
import { PrismaInstrumentation } from '@prisma/instrumentation';
import type { FastifyPluginCallback } from 'fastify';
import { env } from './config.ts';

/**
 * OpenTelemetry for the process: W3C trace context always (a caller's
 * `traceparent` is continued, passed on to subgraphs and written into log
 * lines), spans recorded and exported only when an exporter is configured
 * (`OTEL_EXPORTER_OTLP_ENDPOINT`, or one given by a test). One provider per
 * process: the first call decides, later calls (other services started in
 * the same process, as in tests) join it.
 */
interface TracingState {
  provider: NodeTracerProvider;
  exporting: boolean;
  prisma?: PrismaInstrumentation;
}

let state: TracingState | undefined;

export interface TracingOptions {
  /** Export to this exporter synchronously (tests); otherwise OTLP over HTTP when configured. */
  exporter?: SpanExporter;
}

function otlpConfigured(): boolean {
  return Boolean(env('OTEL_EXPORTER_OTLP_ENDPOINT') || env('OTEL_EXPORTER_OTLP_TRACES_ENDPOINT'));
}

export function startTracing(service: string, options: TracingOptions = {}): void {
  if (state && !options.exporter) return;
  if (state) stopTracingNow();
  const exporter = options.exporter ?? (otlpConfigured() ? new OTLPTraceExporter() : undefined);
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({
      [ATTR_SERVICE_NAME]: env('OTEL_SERVICE_NAME') ?? `kaarst-${service}`,
    }),
    // Without an exporter nothing is recorded, but trace ids still flow (sampled flag off).
    sampler: exporter ? new ParentBasedSampler({ root: new AlwaysOnSampler() }) : new AlwaysOffSampler(),
    spanProcessors: exporter
      ? [options.exporter ? new SimpleSpanProcessor(exporter) : new BatchSpanProcessor(exporter)]
      : [],
  });
  provider.register(); // AsyncLocalStorage context manager + W3C trace-context propagator
  state = { provider, exporting: Boolean(exporter) };
  syncFastifySpans();
  if (exporter) {
    // Prisma reports each query (compile, db_query with the SQL) through a global hook.
    state.prisma = new PrismaInstrumentation();
    state.prisma.setTracerProvider(provider);
    state.prisma.enable();
  }
}

/** Whether spans are being recorded and exported (resolver spans are only made then). */
export function tracingExports(): boolean {
  return state?.exporting ?? false;
}

/** Sends what is buffered (graceful shutdown). */
export async function flushTracing(): Promise<void> {
  await state?.provider.forceFlush();
}

function stopTracingNow(): void {
  state?.prisma?.disable();
  void state?.provider.shutdown();
  trace.disable();
  context.disable();
  propagation.disable();
  state = undefined;
  syncFastifySpans();
}

/** Tests: back to no tracing. */
export async function stopTracing(): Promise<void> {
  await flushTracing();
  stopTracingNow();
}

/** The ids of the active span, for log lines (empty outside a trace). */
export function activeTraceIds(): { trace_id?: string; span_id?: string } {
  const span = trace.getSpan(context.active());
  if (!span) return {};
  const { traceId, spanId } = span.spanContext();
  return { trace_id: traceId, span_id: spanId };
}

/** Paths no trace is kept for (probes and scrapes). */
export const untracedPath = (url: string): boolean => url.startsWith('/health') || url === '/metrics';

const fastifyInstrumentations = new Map<string, FastifyOtelInstrumentation>();

/** @fastify/otel records spans only while they are exported (request-tracing.ts does the rest). */
function syncFastifySpans(): void {
  for (const instrumentation of fastifyInstrumentations.values()) {
    if (state?.exporting) {
      // The provider of this start (an instrumentation made earlier holds the tracer of its time).
      instrumentation.setTracerProvider(state.provider);
      instrumentation.enable();
    } else instrumentation.disable();
  }
}

/**
 * @fastify/otel for one service: a server span per request (continuing the
 * caller's trace), and the route handler run inside it, so everything the
 * handler does (query planning, fetches, resolvers, SQL) joins that trace.
 * Enabled only while spans are exported; register it through `requestTracing`
 * (request-tracing.ts), which keeps the trace context when they are not.
 */
export function fastifySpans(service: string): FastifyPluginCallback {
  let instrumentation = fastifyInstrumentations.get(service);
  if (!instrumentation) {
    instrumentation = new FastifyOtelInstrumentation({
      registerOnInitialization: false,
      instrumentHooks: false,
      ignorePaths: (route) => untracedPath(route.url),
      requestHook: (span, request) => {
        span.updateName(`${request.method} ${request.routeOptions.url ?? request.url}`);
        span.setAttribute('hub.service', service);
      },
      // The handler span would be named after the handler's file path otherwise.
      lifecycleHook: (span, info) => span.updateName(`${info.hookName} ${info.request.routeOptions.url}`),
    });
    fastifyInstrumentations.set(service, instrumentation);
    syncFastifySpans();
  }
  return instrumentation.plugin() as FastifyPluginCallback;
}

const isThenable = (value: unknown): value is PromiseLike<unknown> =>
  typeof (value as PromiseLike<unknown> | null)?.then === 'function';

/** Runs `work` in a new active span; ends it with the outcome. */
export function inSpan<T>(tracerName: string, name: string, work: (span: Span) => T): T {
  return trace.getTracer(tracerName).startActiveSpan(name, (span) => {
    const fail = (error: unknown) => {
      span.recordException(error as Error);
      span.setStatus({ code: SpanStatusCode.ERROR, message: (error as Error)?.message });
      span.end();
      throw error;
    };
    try {
      const result = work(span);
      // Any thenable: a Prisma query is lazy and runs when `then` is called, here inside the span.
      if (isThenable(result)) {
        return result.then((value) => {
          span.end();
          return value;
        }, fail) as T;
      }
      span.end();
      return result;
    } catch (error) {
      return fail(error);
    }
  });
}

type ResolverFn = (...args: unknown[]) => unknown;

const isScalar = (value: object) => 'serialize' in value && 'parseValue' in value;

/**
 * The subgraph's own resolvers (not graphql-js' default property reads), each
 * in a span named `Type.field`, so a slow field shows with its SQL under it.
 * Subscriptions are left alone: their spans would outlive any request.
 */
export function traceResolvers<T extends object>(service: string, resolvers: T): T {
  const tracer = `kaarst.${service}`;
  const wrap =
    (name: string, resolve: ResolverFn): ResolverFn =>
    (...args) =>
      inSpan(tracer, name, () => resolve(...args));
  const traced: Record<string, unknown> = {};
  for (const [typeName, fields] of Object.entries(resolvers)) {
    if (typeName === 'Subscription' || !fields || typeof fields !== 'object' || isScalar(fields)) {
      traced[typeName] = fields;
      continue;
    }
    const tracedFields: Record<string, unknown> = {};
    for (const [field, value] of Object.entries(fields as Record<string, unknown>)) {
      const name = `${typeName}.${field}`;
      if (typeof value === 'function' && (!field.startsWith('__') || field === '__resolveReference')) {
        tracedFields[field] = wrap(name, value as ResolverFn);
      } else if (
        value &&
        typeof value === 'object' &&
        typeof (value as { resolve?: unknown }).resolve === 'function'
      ) {
        tracedFields[field] = { ...value, resolve: wrap(name, (value as { resolve: ResolverFn }).resolve) };
      } else {
        tracedFields[field] = value;
      }
    }
    traced[typeName] = tracedFields;
  }
  return traced as T;
}
