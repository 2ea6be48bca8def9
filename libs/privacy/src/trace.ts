import { randomBytes } from 'node:crypto';
import { type TraceContext, traceIdFromTraceparent } from '#domain';

/** This request's trace: the caller's trace id when it sent a valid `traceparent`, else a new one; always a new span. */
export function traceFrom(traceparent: string | string[] | undefined): TraceContext {
  const header = Array.isArray(traceparent) ? traceparent[0] : traceparent;
  return { traceId: traceIdFromTraceparent(header) ?? randomBytes(16).toString('hex'), spanId: randomBytes(8).toString('hex') };
}


const traces = new WeakMap<object, TraceContext>();

/** The trace of one HTTP request, the same for its log lines and its processing-log records. */
export function requestTrace(req: { readonly headers: Readonly<Record<string, string | string[] | undefined>> }): TraceContext {
  let trace = traces.get(req);
  if (!trace) traces.set(req, (trace = traceFrom(req.headers.traceparent)));
  return trace;
}
