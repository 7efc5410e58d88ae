/**
 * A picture for Chromium's fake camera (`--use-file-for-fake-video-capture=<file>.y4m`): the QR
 * code a page draws as one SVG path of unit squares (clients/ui's qrPath), painted black on white
 * into a single-frame Y4M file (raw YUV 4:2:0, which Chromium loops). No ffmpeg needed.
 */
import { writeFileSync } from 'node:fs';

const WIDTH = 640;
const HEIGHT = 480;

/** The dark modules of a path made of `M x y h1v1h-1z` squares. */
function darkModules(d: string): Array<[number, number]> {
  return [...d.matchAll(/M(\d+) (\d+)h1v1h-1z/g)].map((m) => [Number(m[1]), Number(m[2])]);
}

/** Writes the QR code (`size` modules a side, quiet zone included) centred in a 640×480 frame. */
export function writeQrVideo(file: string, d: string, size: number): void {
  const modules = darkModules(d);
  if (modules.length === 0) throw new Error('no QR modules in the path');
  const scale = Math.floor((HEIGHT - 20) / size);
  if (scale < 2) throw new Error(`QR code of ${size} modules too large for the frame`);
  const left = Math.floor((WIDTH - size * scale) / 2);
  const top = Math.floor((HEIGHT - size * scale) / 2);
  const luma = Buffer.alloc(WIDTH * HEIGHT, 255);
  for (const [x, y] of modules)
    for (let row = 0; row < scale; row++) {
      const start = (top + y * scale + row) * WIDTH + left + x * scale;
      luma.fill(0, start, start + scale);
    }
  const chroma = Buffer.alloc((WIDTH / 2) * (HEIGHT / 2) * 2, 128);
  const header = Buffer.from(`YUV4MPEG2 W${WIDTH} H${HEIGHT} F10:1 Ip A1:1 C420jpeg\nFRAME\n`, 'ascii');
  writeFileSync(file, Buffer.concat([header, luma, chroma]));
}

/** A white frame: the camera sees no code yet. */
export function writeBlankVideo(file: string): void {
  const header = Buffer.from(`YUV4MPEG2 W${WIDTH} H${HEIGHT} F10:1 Ip A1:1 C420jpeg\nFRAME\n`, 'ascii');
  writeFileSync(
    file,
    Buffer.concat([header, Buffer.alloc(WIDTH * HEIGHT, 255), Buffer.alloc((WIDTH * HEIGHT) / 2, 128)]),
  );
}
