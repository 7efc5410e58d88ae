import { tracingExports } from '@kaarst/kit/common';
import { SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import type { FetchStep } from './fetch-steps.ts';

const tracer = trace.getTracer('kaarst.gateway');

/**
 * A client span per subgraph fetch, active while it runs so the subgraph continues the trace
 * from it. Nothing recorded (no exporter): no span of its own; the caller's trace context still
 * goes out in traceparent (request-headers.ts), as the request's. Saves a context switch per fetch.
 */
export function tracingStep(serviceName: string, url: () => string | undefined): FetchStep {
  return (options, next) => {
    if (!tracingExports()) return next(options);
    return tracer.startActiveSpan(
      `POST ${serviceName}`,
      {
        kind: SpanKind.CLIENT,
        attributes: { 'hub.subgraph': serviceName, 'server.address': url() ?? '' },
      },
      async (span) => {
        try {
          return await next(options);
        } catch (error) {
          span.setStatus({ code: SpanStatusCode.ERROR, message: (error as Error).message });
          throw error;
        } finally {
          span.end();
        }
      },
    );
  };
}
