/**
 * A QR code as one SVG path: uqr encodes the text into modules, and the dark
 * ones become unit squares of a path. Rendered as SVG elements by Solid (no
 * markup strings, no canvas), so the portal's content security policy stays as
 * it is, and the browser test can draw the same path from a token it fetched.
 */
import { encode } from 'uqr';

export interface QrPath {
  /** Modules per side, the quiet zone included. */
  size: number;
  /** An SVG path of the dark modules, one `M x y h1 v1 h-1 z` square each. */
  d: string;
}

/** Four modules of quiet zone, as the QR standard asks for scanners to find the code. */
const QUIET_ZONE = 4;

export function qrPath(text: string): QrPath {
  // Medium error correction: a phone screen with a crack or glare still scans.
  const { data, size } = encode(text, { ecc: 'M', border: QUIET_ZONE });
  const squares: string[] = [];
  data.forEach((row, y) => {
    row.forEach((dark, x) => {
      if (dark) squares.push(`M${x} ${y}h1v1h-1z`);
    });
  });
  return { size, d: squares.join('') };
}
