/**
 * The Kaarst Pass on this phone. Once saved here (the phone's own key, certified by
 * the hub), the QR code is made on the phone every 30 seconds and shown without
 * network; a verifier accepts each code for a minute, so a screenshot is worthless
 * soon after. Online and signed in, the app renews the certificate and learns when
 * the phone was revoked from the portal.
 */

import { DEVICE_CODE_REFRESH_SECONDS } from '@kaarst/pass-verify';
import { qrPath } from '@kaarst/ui/qr-code';
import { createMemo, createSignal, Match, onCleanup, onMount, Show, Switch } from 'solid-js';
import { formatDate, formatDateTime } from '../dates.ts';
import { bindOrRenew, codeFor, type DevicePass, loadDevicePass } from '../device-pass.ts';
import { AppMyKaarstPassDocument } from '../generated/graphql.ts';
import { client } from '../graphql-client.ts';
import { online } from '../online.ts';
import { signInThenReturn } from '../router.ts';
import { session } from '../session.ts';

type PassState = { status: string; number: string } | 'none' | 'unknown';

export function PassPage() {
  const [stored, setStored] = createSignal<DevicePass | null>(null);
  const [loaded, setLoaded] = createSignal(false);
  const [pass, setPass] = createSignal<PassState>('unknown');
  const [message, setMessage] = createSignal<{ kind: 'error' | 'success' | 'warning'; text: string } | null>(
    null,
  );
  const [busy, setBusy] = createSignal(false);
  const [code, setCode] = createSignal<string | null>(null);
  const [madeAt, setMadeAt] = createSignal(Date.now());
  const [now, setNow] = createSignal(Date.now());
  let label!: HTMLInputElement;

  async function showCode() {
    const current = stored();
    if (!current) return setCode(null);
    const at = new Date();
    setCode(await codeFor(current, at));
    setMadeAt(at.getTime());
  }

  async function sync() {
    if (!online() || !session()) return;
    const current = stored();
    if (current) {
      const renewed = await bindOrRenew(current.label, current);
      if (renewed.ok) setStored(renewed.pass);
      else if (renewed.reason === 'DEVICE_REVOKED') {
        setStored(null);
        setCode(null);
        setMessage({
          kind: 'warning',
          text: 'Dieses Handy wurde für Ihren Kaarst-Pass gesperrt. Speichern Sie den Pass neu, um ihn hier wieder zu nutzen.',
        });
      }
    }
    const result = await client()
      .query(AppMyKaarstPassDocument, {}, { requestPolicy: 'network-only' })
      .toPromise();
    if (result.data) {
      const mine = result.data.myKaarstPass;
      setPass(mine ? { status: mine.status, number: mine.number } : 'none');
    }
  }

  onMount(() => {
    void (async () => {
      setStored(await loadDevicePass());
      setLoaded(true);
      await showCode();
      await sync();
    })();
    const ticker = setInterval(() => {
      setNow(Date.now());
      if (Date.now() - madeAt() >= DEVICE_CODE_REFRESH_SECONDS * 1000) void showCode();
    }, 1_000);
    onCleanup(() => clearInterval(ticker));
  });

  async function saveHere(event: SubmitEvent) {
    event.preventDefault();
    setBusy(true);
    setMessage(null);
    const result = await bindOrRenew(label.value.trim() || 'Mein Handy', null);
    setBusy(false);
    if (!result.ok) {
      setMessage({
        kind: 'error',
        text:
          result.code === 'NETWORK'
            ? 'Keine Verbindung: Speichern geht nur mit Netz.'
            : result.reason === 'TOO_MANY_DEVICES'
              ? 'Ihr Pass ist schon auf fünf Geräten gespeichert. Sperren Sie eines im Bürgerportal.'
              : result.code === 'PASS_NOT_ACTIVE'
                ? 'Ihr Kaarst-Pass ist nicht aktiv.'
                : 'Das hat nicht geklappt. Bitte versuchen Sie es noch einmal.',
      });
      return;
    }
    setStored(result.pass);
    await showCode();
    setMessage({
      kind: 'success',
      text: 'Gespeichert: Ihr Pass funktioniert auf diesem Handy jetzt auch ohne Netz.',
    });
  }

  const qr = createMemo(() => {
    const text = code();
    return text ? qrPath(text) : null;
  });
  const secondsLeft = () => Math.max(0, DEVICE_CODE_REFRESH_SECONDS - Math.floor((now() - madeAt()) / 1000));

  return (
    <section aria-labelledby="pass-title">
      <h1 id="pass-title" tabindex="-1">
        Kaarst-Pass
      </h1>
      <Show when={message()}>
        {(current) => (
          <p class={`message ${current().kind}`} role={current().kind === 'error' ? 'alert' : 'status'}>
            {current().text}
          </p>
        )}
      </Show>
      <Switch>
        <Match when={!loaded()}>
          <p class="hint">Einen Moment …</p>
        </Match>
        <Match when={stored()}>
          {(current) => (
            <div class="card pass-card">
              <h2>{current().passNumber}</h2>
              <p>Gültig bis {formatDate(current().passValidUntil)}</p>
              <Show when={qr()}>
                {(path) => (
                  <figure class="pass-qr" data-code={code() ?? ''}>
                    <svg
                      class="qr"
                      role="img"
                      aria-label={`QR-Code des Kaarst-Passes ${current().passNumber}, gültig bis ${formatDate(current().passValidUntil)}`}
                      viewBox={`0 0 ${path().size} ${path().size}`}
                      shape-rendering="crispEdges"
                    >
                      <rect width={path().size} height={path().size} fill="#fff" />
                      <path d={path().d} fill="#000" />
                    </svg>
                    <figcaption>
                      Neuer Code in <span class="countdown">{secondsLeft()}</span> Sekunden. Ein
                      Bildschirmfoto gilt nach einer Minute nicht mehr.
                    </figcaption>
                  </figure>
                )}
              </Show>
              <p class="hint">
                Gespeichert auf „{current().label}“. Funktioniert auch ohne Netz bis{' '}
                {formatDateTime(current().certificateExpiresAt)}; mit Netz verlängert die App das von selbst.
              </p>
            </div>
          )}
        </Match>
        <Match when={!session()}>
          <div class="card">
            <p>Melden Sie sich an, um Ihren Kaarst-Pass auf diesem Handy zu speichern.</p>
            <Show
              when={online()}
              fallback={<p class="message warning">Sie sind offline: Anmelden geht erst wieder mit Netz.</p>}
            >
              <button type="button" class="primary" onClick={() => signInThenReturn('pass')}>
                Anmelden
              </button>
            </Show>
          </div>
        </Match>
        <Match when={pass() === 'none'}>
          <div class="card">
            <p>Sie haben noch keinen Kaarst-Pass.</p>
            <p>
              <a href="/#/kaarst-pass">Kaarst-Pass im Bürgerportal beantragen</a>
            </p>
          </div>
        </Match>
        <Match when={typeof pass() === 'object' && (pass() as { status: string }).status !== 'ACTIVE'}>
          <div class="card">
            <p>Ihr Kaarst-Pass ist nicht aktiv; speichern können Sie nur einen aktiven Pass.</p>
          </div>
        </Match>
        <Match when={typeof pass() === 'object'}>
          <form class="card" onSubmit={saveHere}>
            <h2>Pass {(pass() as { number: string }).number} auf diesem Handy speichern</h2>
            <p>
              Das Handy bekommt einen eigenen Schlüssel, der es nie verlässt. Danach zeigt die App den Pass
              auch ohne Netz. Geht das Handy verloren, sperren Sie es im Bürgerportal.
            </p>
            <label for="device-label">Name dieses Geräts</label>
            <input ref={label} id="device-label" name="label" maxLength={60} value="Mein Handy" required />
            <button type="submit" class="primary" disabled={busy() || !online()}>
              Auf diesem Handy speichern
            </button>
          </form>
        </Match>
        <Match when={pass() === 'unknown'}>
          <p class="hint">
            {online() ? 'Einen Moment …' : 'Sie sind offline und der Pass ist hier noch nicht gespeichert.'}
          </p>
        </Match>
      </Switch>
    </section>
  );
}
