/**
 * A failed readiness check with a message fit for a probe's answer: the check's own words, or an
 * error's name and driver code, never a driver's message (those can carry URLs, users or values).
 */
export class CheckFailure extends Error {
  override name = 'CheckFailure';
}

export function safeReason(error: unknown): string {
  if (error instanceof CheckFailure) return error.message;
  const name = error instanceof Error ? error.name : typeof error;
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? `${name} (${code})` : name;
}

/** Runs a check body, turning any error into a CheckFailure with a safe message for terminus. */
export async function guarded<T>(body: () => Promise<T>): Promise<T> {
  try {
    return await body();
  } catch (error) {
    throw new CheckFailure(safeReason(error));
  }
}
