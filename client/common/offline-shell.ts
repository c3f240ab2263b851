// Registers the service worker that keeps the tablet and screen pages for a reload while the server is away.
/**
 * Browsers allow service workers only in a secure context: https, or localhost. On a plain-http LAN address
 * this does nothing (README says how to get it there); the page then relies on never being reloaded by accident.
 */
export function keepShellOffline(): void {
  if (!('serviceWorker' in navigator) || !window.isSecureContext) return;
  void navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch(() => undefined);
}
