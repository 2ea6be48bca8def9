/** W3C Trace Context identifiers of the request a processing belongs to. */
export interface TraceContext {
  /** 32 lowercase hex digits, shared by every service the request passes through. */
  readonly traceId: string;
  /** 16 lowercase hex digits: this service's own span. */
  readonly spanId: string;
}

const TRACEPARENT = /^([0-9a-f]{2})-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})$/;

/** The trace id of a valid `traceparent` header (version 00 or later, ids not all zeros), else null. */
export function traceIdFromTraceparent(header: string | undefined): string | null {
  const match = TRACEPARENT.exec(header?.trim().toLowerCase() ?? '');
  if (!match) return null;
  const [, version, traceId, parentId] = match as unknown as [string, string, string, string];
  if (version === 'ff' || /^0+$/.test(traceId) || /^0+$/.test(parentId)) return null;
  return traceId;
}
