/**
 * One city display, full screen: the main area cycles through the approved items,
 * departures from the nearest stop, a ticker, date and time. An emergency replaces
 * everything. Live over graphql-ws; after a reconnect it fetches its snapshot; while
 * the hub is unreachable it keeps the last good content, marked "Stand: hh:mm".
 *
 * URL: /display/?screen=<screenId>#credential=<secret> (the credential is kept in this
 * browser's storage and removed from the address bar); `&rotate=<seconds>` per slide.
 */
import { createSignal, For, onCleanup, onMount, Show } from 'solid-js';
import {
  DisplayCouncilChangesDocument,
  DisplayCouncilLiveDocument,
  type DisplayDepartureFragment,
  DisplayDeparturesDocument,
  DisplayDeparturesLiveDocument,
  DisplayEventsDocument,
  DisplayHeartbeatDocument,
  DisplayPassOffersDocument,
  DisplaySnapshotDocument,
  type DisplaySnapshotQuery,
  DisplayVotesDocument,
  DisplayWaitingLiveDocument,
  DisplayWaitingTimeDocument,
} from './generated/graphql.ts';
import { client, connectLive } from './hub.ts';
import { itemSlides, noOffers, type TownOffers, townSlides } from './offers.ts';

const CLIENT_VERSION = 'display-client 0.2.0';
/** One slide this long; `?rotate=<seconds>` (3 to 60) sets it per screen. */
const ROTATE_MS = (() => {
  const asked = Number(new URLSearchParams(window.location.search).get('rotate'));
  return Number.isFinite(asked) && asked >= 3 && asked <= 60 ? asked * 1000 : 10_000;
})();
const HEARTBEAT_MS = 30_000;
/** Pass offers and votes have no change subscription in the graph: fetched again this often. */
const OFFERS_REFRESH_MS = 15 * 60_000;

type Snapshot = DisplaySnapshotQuery['screenSnapshot'];
type Emergency = NonNullable<Snapshot['emergency']>;
type Departure = DisplayDepartureFragment;

const time = new Intl.DateTimeFormat('de-DE', {
  timeZone: 'Europe/Berlin',
  hour: '2-digit',
  minute: '2-digit',
});
const date = new Intl.DateTimeFormat('de-DE', {
  timeZone: 'Europe/Berlin',
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});

function screenAndCredential(): { screenId: string; credential: string | null } {
  const screenId = new URLSearchParams(window.location.search).get('screen') ?? '';
  const key = `kaarst-display:${screenId}:credential`;
  const fromHash = new URLSearchParams(window.location.hash.slice(1)).get('credential');
  if (fromHash) {
    localStorage.setItem(key, fromHash);
    history.replaceState(null, '', window.location.pathname + window.location.search);
  }
  return { screenId, credential: localStorage.getItem(key) };
}

interface Kept {
  snapshot: Snapshot;
  fetchedAt: string;
  offers?: TownOffers;
}

export function App() {
  const { screenId, credential } = screenAndCredential();
  const keptKey = `kaarst-display:${screenId}:snapshot`;
  const kept = (() => {
    try {
      return JSON.parse(localStorage.getItem(keptKey) ?? 'null') as Kept | null;
    } catch {
      return null;
    }
  })();
  const [snapshot, setSnapshot] = createSignal<Snapshot | null>(kept?.snapshot ?? null);
  const [fetchedAt, setFetchedAt] = createSignal<Date | null>(kept ? new Date(kept.fetchedAt) : null);
  const [emergency, setEmergency] = createSignal<Emergency | null>(kept?.snapshot.emergency ?? null);
  const [version, setVersion] = createSignal(kept?.snapshot.version ?? -1);
  const [connected, setConnected] = createSignal(false);
  const [reachable, setReachable] = createSignal(true);
  const [refused, setRefused] = createSignal<string | null>(credential ? null : 'missing');
  const [departures, setDepartures] = createSignal<Departure[]>([]);
  const [index, setIndex] = createSignal(0);
  const [now, setNow] = createSignal(new Date());
  const [offers, setOffers] = createSignal<TownOffers>(kept?.offers ?? noOffers);

  const playlist = () => snapshot()?.playlist ?? [];
  // The schedule's items first, then the town's offers; one slide per ROTATE_MS.
  const slides = () => [...itemSlides(playlist()), ...townSlides(offers(), now())];
  const item = () => {
    const list = slides();
    return list.length ? list[index() % list.length] : undefined;
  };
  const activeEmergency = () => {
    const e = emergency();
    return e && (!e.expiresAt || new Date(e.expiresAt) > now()) ? e : null;
  };
  const stale = () => !connected() || !reachable();

  async function loadSnapshot() {
    if (!credential) return;
    const result = await client.query(DisplaySnapshotDocument, { screenId, credential }).toPromise();
    const code = result.error?.graphQLErrors[0]?.extensions?.code;
    if (code === 'FORBIDDEN' || code === 'NOT_FOUND') {
      setRefused(String(code));
      return;
    }
    const fresh = result.data?.screenSnapshot;
    if (!fresh) {
      setReachable(false);
      return;
    }
    setReachable(true);
    setRefused(null);
    const current = fresh.current?.id;
    const start = current ? fresh.playlist.findIndex((p) => p.item.id === current) : 0;
    setSnapshot(fresh);
    setIndex(Math.max(start, 0));
    setEmergency(fresh.emergency ?? null);
    setVersion(fresh.version);
    const at = new Date();
    setFetchedAt(at);
    keep();
    void loadDepartures();
    void loadOffers();
  }

  function keep() {
    const shown = snapshot();
    const at = fetchedAt();
    if (!shown || !at) return;
    localStorage.setItem(
      keptKey,
      JSON.stringify({ snapshot: shown, fetchedAt: at.toISOString(), offers: offers() } satisfies Kept),
    );
  }

  // The town's offers: each from its own subgraph, so one that is away leaves the others (and
  // what was shown before stays). Council and waiting time then follow their subscriptions.
  async function loadOffers() {
    const officeId = snapshot()?.screen.nearestOffice.id;
    const [pass, votes, council, waiting] = await Promise.all([
      client.query(DisplayPassOffersDocument, {}).toPromise(),
      client.query(DisplayVotesDocument, {}).toPromise(),
      client.query(DisplayCouncilLiveDocument, {}).toPromise(),
      officeId ? client.query(DisplayWaitingTimeDocument, { locationId: officeId }).toPromise() : undefined,
    ]);
    setOffers((before) => ({
      passOffers: pass.data?.kaarstPassOffers ?? before.passOffers,
      votes: votes.data?.participatoryBudgets ?? before.votes,
      council: council.data ? council.data.councilLiveBroadcast : before.council,
      waiting: waiting?.data?.callDisplay ?? before.waiting,
    }));
    keep();
    if (!live) return;
    if (!following.has('council'))
      follow('council', (ended) =>
        live?.subscribe(
          DisplayCouncilChangesDocument,
          {},
          ({ councilLive }) => setOffers((o) => ({ ...o, council: councilLive })),
          ended,
        ),
      );
    if (officeId && !following.has(`waiting:${officeId}`))
      follow(`waiting:${officeId}`, (ended) =>
        live?.subscribe(
          DisplayWaitingLiveDocument,
          { locationId: officeId },
          ({ callDisplayChanged }) => setOffers((o) => ({ ...o, waiting: callDisplayChanged })),
          ended,
        ),
      );
  }

  // Subscriptions followed while they run; one that ended is taken up again by the next snapshot.
  const following = new Map<string, () => void>();
  function follow(key: string, start: (ended: () => void) => (() => void) | undefined) {
    const stop = start(() => following.delete(key));
    if (stop) following.set(key, stop);
  }

  async function loadDepartures() {
    const stopId = snapshot()?.screen.nearestStop.id;
    if (!stopId) return;
    if (stopId !== departuresStop) followDepartures(stopId);
    const result = await client.query(DisplayDeparturesDocument, { stopId }).toPromise();
    if (result.data) setDepartures(result.data.departures);
  }

  // Live departures of the screen's stop (the list once on each snapshot, then every change).
  let live: ReturnType<typeof connectLive> | undefined;
  let departuresStop: string | undefined;
  let stopDepartures = () => {};
  function followDepartures(stopId: string) {
    if (!live) return;
    stopDepartures();
    departuresStop = stopId;
    stopDepartures = live.subscribe(
      DisplayDeparturesLiveDocument,
      { stopId },
      ({ departuresChanged }) => setDepartures(departuresChanged),
      () => {
        // ended: the next snapshot (after the reconnect) follows the stop again
        departuresStop = undefined;
      },
    );
  }

  async function heartbeat() {
    if (!credential || refused()) return;
    const e = activeEmergency();
    const shown = item();
    const showing = e
      ? `emergency:${e.id}`
      : shown
        ? shown.kind === 'item'
          ? shown.key.slice('item:'.length)
          : shown.key
        : 'idle';
    await client
      .mutation(DisplayHeartbeatDocument, {
        input: {
          screenId,
          credential,
          clientVersion: `${CLIENT_VERSION} (${live?.transport() ?? 'websocket'})`,
          showing,
        },
      })
      .toPromise();
  }

  onMount(() => {
    if (!credential) return;
    const connection = connectLive();
    live = connection;
    connection.onConnectionChange(setConnected);
    connection.onReconnected(() => void loadSnapshot());
    // The fleet's health view learns at once that this screen fell back to SSE.
    connection.onTransportChange(() => void heartbeat());
    let unsubscribe = () => {};
    let retry: ReturnType<typeof setTimeout> | undefined;
    const subscribe = () => {
      unsubscribe = connection.subscribe(
        DisplayEventsDocument,
        { screenId, credential },
        ({ screenEvents: event }) => {
          if (event.version <= version()) return; // older than what is shown
          setVersion(event.version);
          setEmergency(event.emergency ?? null);
          if (event.kind === 'CONTENT_CHANGED') void loadSnapshot();
        },
        (code) => {
          if (code === 'FORBIDDEN' || code === 'NOT_FOUND') return setRefused(code);
          // ended (the hub restarted, a subgraph went away): subscribe again and catch up
          retry = setTimeout(() => {
            subscribe();
            void loadSnapshot();
          }, 2000);
        },
      );
    };
    subscribe();
    void loadSnapshot();
    const timers = [
      setInterval(() => setNow(new Date()), 1000),
      setInterval(() => setIndex((i) => i + 1), ROTATE_MS),
      setInterval(() => void heartbeat(), HEARTBEAT_MS),
      setInterval(() => void loadOffers(), OFFERS_REFRESH_MS),
    ];
    setTimeout(() => void heartbeat(), 2000);
    onCleanup(() => {
      for (const t of timers) clearInterval(t);
      clearTimeout(retry);
      unsubscribe();
      stopDepartures();
      for (const stop of following.values()) stop();
    });
  });

  return (
    <div class="screen" classList={{ emergency: !!activeEmergency() }}>
      <Show when={!refused()} fallback={<Refused reason={refused() ?? ''} />}>
        <header class="top">
          <h1>{snapshot()?.screen.name ?? 'Stadtinformation Kaarst'}</h1>
          <div class="clock">
            <span class="time">{time.format(now())}</span>
            <span class="date">{date.format(now())}</span>
          </div>
        </header>
        <Show when={stale() && fetchedAt()}>
          <p class="stale" role="status">
            Keine Verbindung – Stand: {time.format(fetchedAt() as Date)}
          </p>
        </Show>
        <Show
          when={activeEmergency()}
          fallback={
            <div class="layout">
              <main class="main" aria-live="polite">
                <Show when={item()} fallback={<p class="idle">Willkommen in Kaarst</p>}>
                  {(shown) => (
                    <article
                      class={`item ${shown().kind}`}
                      data-slide={shown().key}
                      data-item-id={shown().kind === 'item' ? shown().key.slice('item:'.length) : undefined}
                    >
                      <Show when={shown().kicker}>{(kicker) => <p class="kicker">{kicker()}</p>}</Show>
                      <h2>{shown().title}</h2>
                      <p>{shown().body}</p>
                      <Show when={shown().imageUrl}>{(src) => <img src={src()} alt="" />}</Show>
                    </article>
                  )}
                </Show>
              </main>
              <aside class="departures" aria-label="Abfahrten">
                <h2>Abfahrten {snapshot()?.screen.nearestStop.name ?? ''}</h2>
                <table>
                  <thead>
                    <tr>
                      <th scope="col">Linie</th>
                      <th scope="col">Ziel</th>
                      <th scope="col">Abfahrt</th>
                    </tr>
                  </thead>
                  <tbody>
                    <For each={departures()}>
                      {(d) => (
                        <tr>
                          <td class="line">{d.route.shortName ?? ''}</td>
                          <td>{d.headsign ?? ''}</td>
                          <td>
                            {time.format(new Date(d.expectedTime))}
                            <Show when={d.delayMinutes}>
                              {(delay) => <span class="delay"> {delay() > 0 ? `+${delay()}` : delay()}</span>}
                            </Show>
                          </td>
                        </tr>
                      )}
                    </For>
                  </tbody>
                </table>
              </aside>
            </div>
          }
        >
          {(e) => (
            <main class="takeover" role="alert" data-emergency-id={e().id}>
              <p class="severity">{e().severity === 'DANGER' ? 'Gefahr' : 'Warnung'}</p>
              <h2>{e().title}</h2>
              <p>{e().message}</p>
            </main>
          )}
        </Show>
        <footer class="ticker">
          <p>
            {activeEmergency()
              ? `${activeEmergency()?.title}  +++  ${activeEmergency()?.message}`
              : slides()
                  .map((slide) => slide.title)
                  .join('  +++  ') || 'Stadt Kaarst'}
          </p>
        </footer>
      </Show>
    </div>
  );
}

function Refused(props: { reason: string }) {
  return (
    <main class="refused">
      <h1>Stadtinformation Kaarst</h1>
      <p>
        {props.reason === 'missing'
          ? 'Diese Anzeige ist nicht eingerichtet: der Zugangsschlüssel fehlt.'
          : props.reason === 'NOT_FOUND'
            ? 'Diese Anzeige ist unbekannt.'
            : 'Der Zugang dieser Anzeige ist gesperrt.'}
      </p>
    </main>
  );
}
