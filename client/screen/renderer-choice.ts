// Picks Phaser's renderer: WebGL on a real GPU, Canvas where WebGL is software-emulated.
// A software WebGL (SwiftShader, llvmpipe: no GPU, a blocklisted driver, headless test browsers)
// drew this 1920×1080 scene at about 2 frames a second, so tweens crawled; Phaser's Canvas
// renderer (deprecated in v4 but still shipped) draws the same scene at 40+ on the same machine.
import Phaser from 'phaser';

const SOFTWARE = /swiftshader|llvmpipe|softpipe|software|microsoft basic render/i;

function softwareWebGl(): boolean {
  try {
    const canvas = document.createElement('canvas');
    const gl = canvas.getContext('webgl');
    if (!gl) return true;
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const name = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return SOFTWARE.test(name);
  } catch {
    return true;
  }
}

/** `?renderer=canvas` or `?renderer=webgl` overrides the guess (for troubleshooting on site). */
export function chooseRenderer(): number {
  const asked = new URLSearchParams(window.location.search).get('renderer');
  if (asked === 'canvas') return Phaser.CANVAS;
  if (asked === 'webgl') return Phaser.WEBGL;
  return softwareWebGl() ? Phaser.CANVAS : Phaser.AUTO;
}
