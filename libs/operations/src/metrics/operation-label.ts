/** The label value for every operation name beyond the cap, and for names that could carry data. */
export const OTHER_OPERATION = 'other';

/** GraphQL names up to a sensible length, without long digit runs (which could be a BSN or a phone number). */
const SAFE_NAME = /^(?!.*\d{5})[A-Za-z_][A-Za-z0-9_]{0,63}$/;

/**
 * Operation names are chosen by clients, so each distinct name would be a new time series. Only
 * operations that validated against the schema get here; the first `cap` safe names keep their own
 * label (the web app's few dozen operations fit easily), every other name counts as "other".
 */
export class OperationLabels {
  private readonly known = new Set<string>();

  constructor(private readonly cap: number) {}

  label(name: string | null | undefined): string {
    if (!name) return 'anonymous';
    if (this.known.has(name)) return name;
    if (!SAFE_NAME.test(name) || name === OTHER_OPERATION || this.known.size >= this.cap) return OTHER_OPERATION;
    this.known.add(name);
    return name;
  }
}
