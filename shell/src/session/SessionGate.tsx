import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { Session } from '@tiffin/slice-contract';
import { useShell } from '../app/ShellContext';
import { StartupScreen } from '../layout/StartupScreen';
import { SessionContext, type SignedIn } from './SessionContext';
import { fetchSession, signOut as endSession } from './sessionApi';
import { SignInPage } from './SignInPage';

const sessionKey = ['shell', 'session'] as const;

/**
 * Nothing of Tiffin shows before the edge says who this browser is signed in as: without a session
 * every path shows the sign-in page, and after sign-in the same path opens.
 */
export function SessionGate({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const { cart, events } = useShell();
  const current = useQuery({ queryKey: sessionKey, queryFn: () => fetchSession(), staleTime: Infinity, refetchOnWindowFocus: false });
  const [notice, setNotice] = useState<string | null>(null);

  const forget = useCallback(
    (reason: string | null) => {
      setNotice(reason);
      // The next person at this browser must not see the last one's orders, tickets or cart.
      // The session query itself stays (its observer below must see it change), set to nobody.
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== 'shell' });
      queryClient.setQueryData(sessionKey, null);
      cart.clear();
    },
    [queryClient, cart],
  );

  // A BFF answered 401: the session ended elsewhere (signed out in another tab, expired).
  useEffect(() => events.on('session.ended', () => forget('Your session has ended. Please sign in again.')), [events, forget]);

  const session = current.data;
  const signedIn = useMemo<SignedIn | null>(
    () =>
      session
        ? {
            session,
            signOut: () => {
              void endSession(session)
                .catch((error: unknown) => console.error('[shell] sign-out failed on the server', error))
                .finally(() => forget(null));
            },
          }
        : null,
    [session, forget],
  );

  if (current.isError) return <StartupScreen problem={current.error.message} onRetry={() => void current.refetch()} />;
  if (current.isPending) return <StartupScreen />;
  if (!signedIn) {
    return (
      <SignInPage
        notice={notice}
        onSignedIn={(next: Session) => {
          setNotice(null);
          queryClient.setQueryData(sessionKey, next);
        }}
      />
    );
  }
  return <SessionContext.Provider value={signedIn}>{children}</SessionContext.Provider>;
}
