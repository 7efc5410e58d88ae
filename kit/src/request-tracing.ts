import { type Context, context, propagation, SpanKind, trace } from '@opentelemetry/api';
import type { FastifyPluginCallback, FastifyRequest, RouteHandlerMethod } from 'fastify';
import { fastifySpans, tracingExports, untracedPath } from './tracing.ts';

const kTraceContext = Symbol('kaarst request trace context');
type TracedRequest = FastifyRequest & { [kTraceContext]: Context | null };

/** A tracer of the global provider (a proxy: it follows startTracing and stopTracing). */
const tracer = trace.getTracer('kaarst.http');

/**
 * The trace context of every request, for every hub service (createHttpServer registers it
 * before any route, so every handler runs inside its request's trace):
 * - when spans are exported (tracingExports()), @fastify/otel records a server span per request
 *   (continuing the caller's trace) and a span for the handler;
 * - when nothing is exported (the default), no span is recorded, yet the trace goes on as before:
 *   the caller's `traceparent` (or a new trace id) is continued in a non-recording span, and the
 *   handler runs inside it, so log lines carry the trace id and calls to other services pass it
 *   on. This path does only that: one span context per request, no per-handler span, no span
 *   attributes or names, no response and error hooks. @fastify/otel did all of that for spans
 *   nobody records; it was a fifth of a subgraph's samples per request (bench/RESULTS.md, issue 19).
 * Which path a request takes is decided per request, so startTracing may come before or after
 * the server is built.
 */
export function requestTracing(service: string): FastifyPluginCallback {
  const spans = fastifySpans(service);
  const plugin: FastifyPluginCallback = (app, _options, done) => {
    app.decorateRequest(kTraceContext, null);
    app.addHook('onRoute', (route) => {
      if (untracedPath(route.url)) return;
      const handler = route.handler as RouteHandlerMethod;
      // Body parsing ends in the socket's async context, not the onRequest hook's: the handler
      // re-enters its request's context (as @fastify/otel's handler span does).
      route.handler = function tracedHandler(request, reply) {
        const traceContext = (request as TracedRequest)[kTraceContext];
        return traceContext === null
          ? handler.call(this, request, reply)
          : context.with(traceContext, handler, this, request, reply);
      } as RouteHandlerMethod;
    });
    app.addHook('onRequest', (request, _reply, hookDone) => {
      if (tracingExports() || untracedPath(request.url)) return hookDone();
      const active = context.active();
      const parent = trace.getSpan(active) ? active : propagation.extract(active, request.headers);
      // The provider's sampler decides (nothing recorded without an exporter); the span gets
      // its own id under the caller's, as @fastify/otel's request span did.
      const span = tracer.startSpan('request', { kind: SpanKind.SERVER }, parent);
      const traceContext = trace.setSpan(parent, span);
      (request as TracedRequest)[kTraceContext] = traceContext;
      context.with(traceContext, hookDone);
    });
    app.register(spans);
    done();
  };
  Object.assign(plugin, {
    [Symbol.for('skip-override')]: true,
    [Symbol.for('fastify.display-name')]: 'kaarst-request-tracing',
  });
  return plugin;
}
