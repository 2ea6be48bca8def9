import type { SignInMutation } from '../gql/graphql';

export type Session = SignInMutation['signIn'];

const STORAGE_KEY = 'loketlijn.session';

/**
 * The token lives in sessionStorage: it survives a reload but not closing the tab, and it is
 * short-lived on the hub anyway.
 */
export function loadSession(now = Date.now()): Session | null {
  const raw = sessionStorage.getItem(STORAGE_KEY);
  if (!raw) return null;
  try {
    const session = JSON.parse(raw) as Session;
    if (Date.parse(session.expiresAt) > now) return session;
  } catch {
    // unreadable: treat as signed out
  }
  sessionStorage.removeItem(STORAGE_KEY);
  return null;
}

export function saveSession(session: Session): void {
  sessionStorage.setItem(STORAGE_KEY, JSON.stringify(session));
}

export function clearSession(): void {
  sessionStorage.removeItem(STORAGE_KEY);
}
