import { createContext, useContext } from 'react';
import type { User } from '../lib/api/types.ts';

export interface Session {
  user: User;
  setUser(user: User | null): void;
}

export const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('no session');
  return session;
}
