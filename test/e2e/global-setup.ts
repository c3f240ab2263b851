// E2E global setup: make sure the client pages are built before any browser opens them.
// @ts-expect-error — a plain .mjs script shared with `npm start`, no type declarations.
import { buildClientIfStale } from '../../scripts/build-client.mjs';

export default function setup(): void {
  buildClientIfStale();
}
