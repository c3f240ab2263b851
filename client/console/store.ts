// The console's app state (zustand): who is signed in, whether setup is needed, and the current route.
import { createSignedInStore } from '../common/signed-in-store';
import { parseRoute } from './router';

export type { Phase } from '../common/signed-in-store';

export const appStore = createSignedInStore(parseRoute(window.location.hash));
