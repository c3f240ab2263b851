// The review page's state: sign-in phase, who is signed in, and the current route.
import { createStore } from 'zustand/vanilla';
import type { StaffInfo } from '../../shared/api/schemas';
import { parseRoute, type Route } from './router';

export type Phase = 'loading' | 'setup' | 'login' | 'ready';

interface ReviewState {
  phase: Phase;
  me: StaffInfo | null;
  route: Route;
  setPhase: (phase: Phase) => void;
  signedIn: (me: StaffInfo) => void;
  signedOut: () => void;
  setRoute: (route: Route) => void;
}

export const reviewStore = createStore<ReviewState>((set) => ({
  phase: 'loading',
  me: null,
  route: parseRoute(window.location.hash),
  setPhase: (phase) => set({ phase }),
  signedIn: (me) => set({ me, phase: 'ready' }),
  signedOut: () => set({ me: null, phase: 'login' }),
  setRoute: (route) => set({ route }),
}));
