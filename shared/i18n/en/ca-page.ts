// English strings of the /ca page: a tablet installs the laptop's certificate authority once (HTTPS on the laptop).
export const caPage = {
  title: 'Let this tablet trust the laptop',
  why: 'Once per tablet. Then a page reloaded while the laptop is away waits calmly and comes back by itself.',
  download: 'Download the certificate',
  devices: { android: 'Android', ipad: 'iPad', chromebook: 'Chromebook' },
  steps: {
    android: [
      'Tap “Download the certificate”.',
      'Settings → Security → Encryption & credentials → Install a certificate → CA certificate.',
      'Pick circletime-local-ca.crt, then Install.',
    ],
    ipad: [
      'In Safari, tap “Download the certificate”, then Allow.',
      'Settings → General → VPN & Device Management → Circletime local CA → Install.',
      'Settings → General → About → Certificate Trust Settings → turn on Circletime local CA.',
    ],
    chromebook: [
      'Tap “Download the certificate”.',
      'Open chrome://settings/certificates → Authorities → Import, and pick the file.',
      'Tick “Trust this certificate for identifying websites” → OK.',
    ],
  },
  androidNote: 'Menu names differ a little between makers.',
  thenOpen: 'Then open',
  fingerprint: 'Fingerprint (SHA-256), the same as on the laptop’s screen:',
};
