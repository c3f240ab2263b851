// The console's app state (zustand): who is signed in, whether setup is needed, and the current route.
import { createStore } from 'zustand/vanilla';
import type { StaffInfo } from '../../shared/api/schemas';
import { parseRoute, type Route } from './router';

export type Phase = 'loading' | 'setup' | 'login' | 'ready';

interface AppState {
  phase: Phase;
  me: StaffInfo | null;
  route: Route;
  setPhase: (phase: Phase) => void;
  signedIn: (me: StaffInfo) => void;
  signedOut: () => void;
  setRoute: (route: Route) => void;
}

export const appStore = createStore<AppState>((set) => ({
  phase: 'loading',
  me: null,
  route: parseRoute(window.location.hash),
  setPhase: (phase) => set({ phase }),
  signedIn: (me) => set({ me, phase: 'ready' }),
  signedOut: () => set({ me: null, phase: 'login' }),
  setRoute: (route) => set({ route }),
}));
