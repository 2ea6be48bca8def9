import { useCallback, useSyncExternalStore } from 'react';
import type { Role } from './gql/graphql';

export type Screen = 'desk' | 'line' | 'monitor';

/** Paths are Dutch, as users read them in the address bar. */
export const PATHS: Record<Screen | 'signIn', string> = { signIn: '/inloggen', desk: '/balie', line: '/lijn', monitor: '/monitor' };

/** Each role has exactly one screen; a role without one (machines, the privacy officer's API) gets none. */
export function screenFor(role: Role): Screen | null {
  switch (role) {
    case 'DESK_WORKER':
      return 'desk';
    case 'AGENCY_SPECIALIST':
    case 'AGENCY_COORDINATOR':
      return 'line';
    case 'MONITOR':
    case 'ADMIN':
      return 'monitor';
    case 'AGENCY_SYSTEM':
    case 'PRIVACY_OFFICER':
      return null;
  }
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  return () => window.removeEventListener('popstate', onChange);
}

/** The current path and a way to replace it; enough routing for three screens. */
export function usePath(): [string, (path: string) => void] {
  const path = useSyncExternalStore(subscribe, () => location.pathname);
  const go = useCallback((next: string) => {
    if (location.pathname === next) return;
    history.replaceState(null, '', next);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, []);
  return [path, go];
}
