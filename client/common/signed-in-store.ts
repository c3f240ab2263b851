// A page's sign-in state as a zustand store: the phase (loading, setup, login, ready), who is signed in, the route.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { StaffInfo } from '../../shared/api/schemas';

export type Phase = 'loading' | 'setup' | 'login' | 'ready';

export interface SignedInState<R> {
  phase: Phase;
  me: StaffInfo | null;
  route: R;
  setPhase: (phase: Phase) => void;
  signedIn: (me: StaffInfo) => void;
  signedOut: () => void;
  setRoute: (route: R) => void;
}

/** The console and the review each keep one, with their own routes. */
export function createSignedInStore<R>(route: R): StoreApi<SignedInState<R>> {
  return createStore<SignedInState<R>>((set) => ({
    phase: 'loading',
    me: null,
    route,
    setPhase: (phase) => set({ phase }),
    signedIn: (me) => set({ me, phase: 'ready' }),
    signedOut: () => set({ me: null, phase: 'login' }),
    setRoute: (next) => set({ route: next }),
  }));
}
