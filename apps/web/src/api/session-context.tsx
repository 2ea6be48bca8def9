import { ApolloProvider } from '@apollo/client/react';
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { SIGN_OUT } from '../sign-in/sign-in.operations';
import { connectClient } from './apollo-client';
import { clearSession, loadSession, saveSession, type Session } from './session';

interface SessionState {
  session: Session | null;
  /** True after the hub or the clock ended the session, so sign-in can say why. */
  expired: boolean;
  signIn: (session: Session) => void;
  signOut: () => void;
}

const SessionContext = createContext<SessionState | null>(null);

/** Holds who is signed in and gives every screen an Apollo client bound to that token. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<Session | null>(() => loadSession());
  const [expired, setExpired] = useState(false);
  const end = useCallback((becauseExpired: boolean) => {
    clearSession();
    setSession(null);
    setExpired(becauseExpired);
  }, []);
  const expire = useCallback(() => end(true), [end]);
  const signIn = useCallback((next: Session) => {
    saveSession(next);
    setSession(next);
    setExpired(false);
  }, []);
  const connected = useMemo(() => connectClient(session?.token ?? null, expire), [session?.token, expire]);
  // The hub revokes the session, so the token is dead on every hub even if a copy of it lives on.
  const signOut = useCallback(() => {
    void connected.client
      .mutate({ mutation: SIGN_OUT })
      .catch(() => undefined)
      .finally(() => end(false));
  }, [connected, end]);
  useEffect(() => () => connected.dispose(), [connected]);
  useEffect(() => {
    if (!session) return;
    const timer = setTimeout(expire, Math.max(0, Date.parse(session.expiresAt) - Date.now()));
    return () => clearTimeout(timer);
  }, [session, expire]);
  const state = useMemo(() => ({ session, expired, signIn, signOut }), [session, expired, signIn, signOut]);
  return (
    <SessionContext.Provider value={state}>
      <ApolloProvider client={connected.client}>{children}</ApolloProvider>
    </SessionContext.Provider>
  );
}

export function useSession(): SessionState {
  const state = useContext(SessionContext);
  if (!state) throw new Error('useSession outside SessionProvider');
  return state;
}

/** The signed-in session; only for screens rendered behind the sign-in. */
export function useSignedIn(): Session {
  const { session } = useSession();
  if (!session) throw new Error('useSignedIn without a session');
  return session;
}
