// The tablet's and the screen's offline shell: a reload while the server is away still opens the page, which then
// shows its calm "reconnecting" picture and comes back by itself. Only these two pages and their files are kept.
const CACHE = 'circletime-shell-v1';
/** The pages kept, each under the address its HTML is served at (every /j/<code> gets the /j page). */
const SHELLS = ['/j', '/screen'];

function shellFor(path) {
  if (path === '/j' || path.startsWith('/j/')) return '/j';
  if (path === '/screen') return '/screen';
  return null;
}

/** Each shell's HTML and the files it names (Vite's hashed /assets/…), fetched fresh at install. */
async function precache() {
  const cache = await caches.open(CACHE);
  for (const shell of SHELLS) {
    const res = await fetch(shell, { cache: 'no-store' });
    if (!res.ok) continue;
    const html = await res.clone().text();
    await cache.put(shell, res);
    const files = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((m) => m[1]);
    await cache.addAll([...new Set(files)]);
  }
}

self.addEventListener('install', (event) => {
  event.waitUntil(precache().then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const req = event.request;
  if (req.method !== 'GET') return;
  const url = new URL(req.url);
  // The API, Socket.IO, the console and the review always go to the server.
  if (url.origin !== self.location.origin) return;
  if (req.mode === 'navigate') {
    const shell = shellFor(url.pathname);
    if (!shell) return;
    // The network first (a new version of the page wins); the kept shell when the server does not answer.
    event.respondWith(
      fetch(req)
        .then((res) => {
          if (res.ok) {
            const copy = res.clone();
            void caches.open(CACHE).then((c) => c.put(shell, copy));
          }
          return res;
        })
        .catch(async () => (await caches.match(shell)) ?? Response.error()),
    );
    return;
  }
  if (url.pathname.startsWith('/assets/')) {
    // Hashed file names never change content: the kept copy first, and any file loaded later is kept too.
    event.respondWith(
      caches.match(req).then(
        (hit) =>
          hit ??
          fetch(req).then((res) => {
            if (res.ok) {
              const copy = res.clone();
              void caches.open(CACHE).then((c) => c.put(req, copy));
            }
            return res;
          }),
      ),
    );
  }
});
