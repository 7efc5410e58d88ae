/**
 * Reads QR codes from the device camera: getUserMedia into a <video>, each frame drawn on a
 * canvas and decoded with jsQR (pure JavaScript: Chromium here has no BarcodeDetector). A few
 * frames a second are enough for a code held still at the counter and keep the device cool.
 */
import jsQR from 'jsqr';

const FRAME_INTERVAL_MS = 150;

export type CameraFailure = 'NO_CAMERA' | 'DENIED' | 'UNAVAILABLE';

export class CameraError extends Error {
  constructor(readonly failure: CameraFailure) {
    super(failure);
  }
}

function failureOf(error: unknown): CameraFailure {
  const name = (error as { name?: string } | null)?.name;
  if (name === 'NotAllowedError' || name === 'SecurityError') return 'DENIED';
  if (name === 'NotFoundError' || name === 'OverconstrainedError') return 'NO_CAMERA';
  return 'UNAVAILABLE';
}

/**
 * Starts the camera on `video` and calls `onCode` with the text of each QR code it sees (the same
 * code again only after another was seen, so a held code is checked once). Returns the stop.
 */
export async function startCameraScanner(
  video: HTMLVideoElement,
  onCode: (text: string) => void,
): Promise<() => void> {
  if (!navigator.mediaDevices?.getUserMedia) throw new CameraError('UNAVAILABLE');
  let stream: MediaStream;
  try {
    stream = await navigator.mediaDevices.getUserMedia({
      video: { facingMode: 'environment' },
      audio: false,
    });
  } catch (error) {
    throw new CameraError(failureOf(error));
  }
  video.srcObject = stream;
  video.muted = true;
  video.playsInline = true;
  await video.play().catch(() => undefined);

  const canvas = document.createElement('canvas');
  const context = canvas.getContext('2d', { willReadFrequently: true });
  let last = '';
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;

  const scan = () => {
    if (stopped) return;
    const { videoWidth: width, videoHeight: height } = video;
    if (context && width > 0 && height > 0) {
      canvas.width = width;
      canvas.height = height;
      context.drawImage(video, 0, 0, width, height);
      const found = jsQR(context.getImageData(0, 0, width, height).data, width, height, {
        inversionAttempts: 'dontInvert',
      });
      if (found?.data && found.data !== last) {
        last = found.data;
        onCode(found.data);
      }
    }
    timer = setTimeout(scan, FRAME_INTERVAL_MS);
  };
  scan();

  return () => {
    stopped = true;
    clearTimeout(timer);
    for (const track of stream.getTracks()) track.stop();
    video.srcObject = null;
  };
}
