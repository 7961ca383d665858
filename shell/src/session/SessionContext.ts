import { createContext, useContext } from 'react';
import type { Session } from '@tiffin/slice-contract';

export interface SignedIn {
  session: Session;
  /** Ends the session here and on the server, then shows the sign-in page. */
  signOut: () => void;
}

export const SessionContext = createContext<SignedIn | null>(null);

/** Who is signed in; only the shell inside <SessionGate> may ask, and there someone always is. */
export function useSession(): SignedIn {
  const signedIn = useContext(SessionContext);
  if (!signedIn) throw new Error('useSession must be used inside <SessionGate>');
  return signedIn;
}
