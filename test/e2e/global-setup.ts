// E2E global setup: make sure the client pages are built before any browser opens them.
import { buildClientIfStale } from '../../scripts/build-client.mjs';

export default function setup(): void {
  buildClientIfStale();
}
