// The review page's state: sign-in phase, who is signed in, and the current route.
import { createSignedInStore } from '../common/signed-in-store';
import { parseRoute } from './router';

export const reviewStore = createSignedInStore(parseRoute(window.location.hash));
