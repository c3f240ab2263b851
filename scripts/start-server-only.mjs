// Runs the server without building the client (tests, benchmarks, and development with a separate build).
const { register } = await import('tsx/esm/api');
register();
await import(new URL('../server/main.ts', import.meta.url).href);
