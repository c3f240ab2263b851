// The join QR code as a PNG data URL, made once per join URL and shared by the canvas and the DOM mirror.
import QRCode from 'qrcode';

/** Drawn at the size it is shown on the 1920 design, so the modules stay sharp. */
export const QR_PX = 320;

const cache = new Map<string, Promise<string>>();

export function qrDataUrl(joinUrl: string): Promise<string> {
  let url = cache.get(joinUrl);
  if (!url) {
    url = QRCode.toDataURL(joinUrl, {
      margin: 1,
      width: QR_PX,
      errorCorrectionLevel: 'M',
      color: { dark: '#2b1d17ff', light: '#ffffffff' },
    });
    cache.set(joinUrl, url);
  }
  return url;
}
