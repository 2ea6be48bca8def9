import type { Actor } from '#domain';

/** A verified bearer token: who it speaks for, the sign-in session it belongs to, and until when. */
export interface AccessGrant {
  readonly actor: Actor;
  /** The sign-in session (`sid`, or the provider's `sid`/`jti`); revoking it ends every token of it. */
  readonly sessionId: string | null;
  readonly expiresAt: Date;
}
