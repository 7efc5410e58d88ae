/**
 * The rotating QR code of an active Kaarst Pass. The token is signed for a
 * 30-second window and refused a minute after it began, so the page asks for
 * the next one when the graph says (refreshAt) and shows the seconds left.
 * Screen readers get the pass number and validity, never the token itself.
 */
import { createMemo, createSignal, onCleanup, onMount, Show } from 'solid-js';
import { formatDate } from '../dates.ts';
import { PortalKaarstPassTokenDocument } from '../generated/graphql.ts';
import { client } from '../graphql-client.ts';
import { tp } from '../i18n-pass.ts';
import { qrPath } from '../qr-code.ts';

const WINDOW_MS = 30_000;
/** A device clock ahead of the hub's would otherwise ask again and again for the same token. */
const MIN_DELAY_MS = 2_000;
const RETRY_MS = 10_000;

type Token = { token: string; refreshAt: string };

export function PassQrCode(props: { number: string; validUntil: string }) {
  const [token, setToken] = createSignal<Token | null>(null);
  const [failed, setFailed] = createSignal(false);
  const [now, setNow] = createSignal(Date.now());
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;

  async function refresh() {
    const result = await client()
      .query(PortalKaarstPassTokenDocument, {}, { requestPolicy: 'network-only' })
      .toPromise();
    if (stopped) return;
    const next = result.data?.kaarstPassToken;
    setFailed(!next);
    const same = next?.token === token()?.token;
    if (next) setToken(next);
    const untilRefresh = next ? Date.parse(next.refreshAt) - Date.now() : RETRY_MS;
    const delay = Math.min(WINDOW_MS, Math.max(same ? RETRY_MS / 2 : MIN_DELAY_MS, untilRefresh));
    timer = setTimeout(refresh, delay);
  }

  onMount(() => {
    void refresh();
    const ticker = setInterval(() => setNow(Date.now()), 1_000);
    onCleanup(() => {
      stopped = true;
      clearTimeout(timer);
      clearInterval(ticker);
    });
  });

  const path = createMemo(() => {
    const current = token();
    return current ? qrPath(current.token) : null;
  });
  const secondsLeft = () => {
    const current = token();
    if (!current) return 0;
    return Math.max(0, Math.ceil((Date.parse(current.refreshAt) - now()) / 1000));
  };

  return (
    <section class="card" aria-labelledby="pass-qr-title">
      <h2 id="pass-qr-title">{tp().qrTitle}</h2>
      <p>{tp().qrIntro}</p>
      <Show when={failed()}>
        <p class="message error" role="alert">
          {tp().qrFailed}
        </p>
      </Show>
      <Show when={path()} fallback={<p class="hint">{tp().loading}</p>}>
        {(qr) => (
          <figure class="pass-qr">
            <svg
              class="qr"
              role="img"
              aria-label={tp().qrAlt(props.number, formatDate(props.validUntil))}
              viewBox={`0 0 ${qr().size} ${qr().size}`}
              shape-rendering="crispEdges"
            >
              <rect width={qr().size} height={qr().size} fill="#ffffff" />
              <path d={qr().d} fill="#000000" />
            </svg>
            <figcaption>
              <span class="code">{props.number}</span>
              <span class="hint">{tp().secondsLeft(secondsLeft())}</span>
            </figcaption>
          </figure>
        )}
      </Show>
    </section>
  );
}
