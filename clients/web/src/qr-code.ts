/** The QR code as one SVG path: shared with the Kaarst App (@kaarst/ui). */
export { type QrPath, qrPath } from '@kaarst/ui/qr-code';
