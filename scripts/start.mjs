// `npm start`: build the client if it is missing or older than its sources, then run the server.
import { join } from 'node:path';
import { buildClientIfStale, top } from './build-client.mjs';

buildClientIfStale();

// Run the server in this same process, so its PID is the one to stop.
const { register } = await import('tsx/esm/api');
register();
await import(join(top, 'server/main.ts'));
