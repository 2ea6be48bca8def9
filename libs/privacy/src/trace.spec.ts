import { describe, expect, it } from '@jest/globals';
import { requestTrace, traceFrom } from './trace.js';

describe('traceFrom', () => {
  it('continues the caller\'s trace with a span of its own', () => {
    const trace = traceFrom('00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01');
    expect(trace.traceId).toBe('4bf92f3577b34da6a3ce929d0e0e4736');
    expect(trace.spanId).toMatch(/^[0-9a-f]{16}$/);
    expect(trace.spanId).not.toBe('00f067aa0ba902b7');
  });

  it('starts a new trace without a valid header', () => {
    const a = traceFrom(undefined);
    const b = traceFrom(['not a traceparent']);
    expect(a.traceId).toMatch(/^[0-9a-f]{32}$/);
    expect(b.traceId).not.toBe(a.traceId);
  });
});

describe('requestTrace', () => {
  it('gives one request one trace, whoever asks (its log lines and its processing-log records)', () => {
    const request = { headers: {} };
    expect(requestTrace(request)).toBe(requestTrace(request));
    expect(requestTrace({ headers: {} }).traceId).not.toBe(requestTrace(request).traceId);
    expect(requestTrace({ headers: { traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01' } }).traceId).toBe('4bf92f3577b34da6a3ce929d0e0e4736');
  });
});
