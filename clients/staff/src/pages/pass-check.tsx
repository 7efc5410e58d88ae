/**
 * "Pass prüfen" for Kaarst Pass partners at the counter: the citizen shows the QR code of the
 * portal's pass page (or of the Kaarst App); the camera reads it, or the code is pasted, and it
 * is checked on this device alone with the cached pass key and revocation lists
 * (pass-check/verification-data.ts), so it works with the network gone. The lists are
 * refreshed whenever the device is online; their age is always shown.
 */
import { createSignal, onCleanup, onMount, Show } from 'solid-js';
import { formatDateTime } from '../dates.ts';
import { WorkbenchPassVerificationDocument } from '../generated/graphql.ts';
import { client } from '../graphql-client.ts';
import { CameraError, type CameraFailure, startCameraScanner } from '../pass-check/camera-scanner.ts';
import { passVerdict, type Verdict } from '../pass-check/verdict.ts';
import {
  ageText,
  isStale,
  loadVerificationData,
  storeVerificationData,
  type VerificationData,
} from '../pass-check/verification-data.ts';

const REFRESH_EVERY_MS = 15 * 60 * 1000;
const CAMERA_ERRORS: Record<CameraFailure, string> = {
  DENIED: 'Der Zugriff auf die Kamera wurde nicht erlaubt. Den Code bitte unten eingeben.',
  NO_CAMERA: 'Dieses Gerät hat keine Kamera. Den Code bitte unten eingeben.',
  UNAVAILABLE: 'Die Kamera lässt sich hier nicht öffnen. Den Code bitte unten eingeben.',
};

export function PassCheckPage() {
  const [data, setData] = createSignal<VerificationData | null>(loadVerificationData());
  const [refreshNote, setRefreshNote] = createSignal('');
  const [verdict, setVerdict] = createSignal<Verdict | null>(null);
  const [cameraOn, setCameraOn] = createSignal(false);
  const [cameraError, setCameraError] = createSignal('');
  const [now, setNow] = createSignal(new Date());
  let video: HTMLVideoElement | undefined;
  let stopCamera: (() => void) | undefined;

  async function refresh() {
    const result = await client()
      .query(WorkbenchPassVerificationDocument, {}, { requestPolicy: 'network-only' })
      .toPromise()
      .catch(() => null);
    const answer = result?.data;
    if (!answer) {
      setRefreshNote('Keine Verbindung: geprüft wird mit dem gespeicherten Stand.');
      return;
    }
    const fresh: VerificationData = {
      key: answer.kaarstPassVerificationKey,
      revokedNumbers: answer.kaarstPassRevocations,
      revokedDevices: answer.kaarstPassRevokedDevices,
      fetchedAt: new Date().toISOString(),
    };
    storeVerificationData(fresh);
    setData(fresh);
    setRefreshNote('');
  }

  async function check(code: string) {
    const cached = data();
    if (!cached || !code.trim()) return;
    setVerdict(await passVerdict(code, cached, new Date()));
  }

  async function toggleCamera() {
    if (stopCamera) {
      stopCamera();
      stopCamera = undefined;
      setCameraOn(false);
      return;
    }
    setCameraError('');
    try {
      if (!video) return;
      stopCamera = await startCameraScanner(video, (text) => void check(text));
      setCameraOn(true);
    } catch (error) {
      setCameraError(CAMERA_ERRORS[error instanceof CameraError ? error.failure : 'UNAVAILABLE']);
    }
  }

  function submit(event: SubmitEvent) {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    void check(String(new FormData(form).get('code') ?? ''));
  }

  onMount(() => {
    void refresh();
    const timer = setInterval(() => void refresh(), REFRESH_EVERY_MS);
    const ticker = setInterval(() => setNow(new Date()), 30_000);
    const online = () => void refresh();
    window.addEventListener('online', online);
    onCleanup(() => {
      clearInterval(timer);
      clearInterval(ticker);
      window.removeEventListener('online', online);
      stopCamera?.();
    });
  });

  return (
    <section aria-labelledby="pass-check-title" class="pass-check">
      <h1 id="pass-check-title" tabindex="-1">
        Pass prüfen
      </h1>
      <p>
        Lassen Sie sich den QR-Code des Kaarst-Passes zeigen (im Bürgerportal oder in der Kaarst-App). Geprüft
        wird auf diesem Gerät, auch ohne Netz.
      </p>
      <Show
        when={data()}
        fallback={
          <p class="message error" role="alert" data-testid="verification-data">
            Noch kein Prüfschlüssel auf diesem Gerät: bitte die Seite einmal mit Netz öffnen.
          </p>
        }
      >
        {(current) => (
          <p class={isStale(current(), now()) ? 'message error' : 'message'} data-testid="verification-data">
            Schlüssel und Sperrliste ({current().revokedNumbers.length} gesperrte Pässe): Stand{' '}
            {formatDateTime(current().fetchedAt)} ({ageText(current().fetchedAt, now())}).
            {isStale(current(), now()) ? ' Älter als ein Tag: bitte mit Netz aktualisieren.' : ''}
          </p>
        )}
      </Show>
      <p role="status" class="hint">
        {refreshNote()}
      </p>
      <button type="button" onClick={() => void refresh()}>
        Prüfdaten aktualisieren
      </button>

      <div class="verdict-area" role="status" aria-live="assertive" data-testid="pass-verdict">
        <Show when={verdict()}>
          {(current) => (
            <div class={`verdict verdict-${current().kind}`}>
              <p class="verdict-word">{current().word}</p>
              <p>{current().detail}</p>
              <Show when={current().passNumber}>
                <p>
                  Passnummer <strong>{current().passNumber}</strong>
                </p>
              </Show>
            </div>
          )}
        </Show>
      </div>

      <h2>Mit der Kamera</h2>
      <button type="button" onClick={() => void toggleCamera()} aria-pressed={cameraOn()}>
        {cameraOn() ? 'Kamera beenden' : 'Kamera starten'}
      </button>
      <Show when={cameraError()}>
        <p class="message error" role="alert">
          {cameraError()}
        </p>
      </Show>
      {/* biome-ignore lint/a11y/useMediaCaption: the camera's live picture for aiming, muted and without speech */}
      <video ref={video} class="scanner" classList={{ hidden: !cameraOn() }} aria-label="Kamerabild" />

      <h2>Code eingeben</h2>
      <form onSubmit={submit}>
        <label for="pass-code">Code aus dem QR-Code (z. B. vom Lesegerät eingefügt)</label>
        <textarea id="pass-code" name="code" rows="3" autocomplete="off" spellcheck={false} />
        <button type="submit" disabled={!data()}>
          Prüfen
        </button>
      </form>
    </section>
  );
}
