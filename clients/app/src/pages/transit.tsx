/**
 * Getting around: departures near me (the phone's position, or a stop chosen by name),
 * journeys from A to B (wheelchair only, if asked), and asking the driver for the ramp,
 * whose acknowledgement arrives live. Offline the last departures of a stop are shown
 * with their age.
 */
import { createSignal, For, onCleanup, Show } from 'solid-js';
import { createCachedQuery } from '../cached-query.ts';
import { formatTime } from '../dates.ts';
import {
  AppTransitStopsNearDocument,
  HubDeparturesDocument,
  HubJourneysDocument,
  HubPickupRequestChangedDocument,
  HubRequestWheelchairPickupDocument,
  HubTransitStopsDocument,
} from '../generated/graphql.ts';
import { client } from '../graphql-client.ts';
import { standText } from '../last-data.ts';
import { online } from '../online.ts';
import { signInThenReturn } from '../router.ts';
import { session } from '../session.ts';

type Stop = { id: string; name: string; wheelchairBoarding: string };

/** A stop by name: search, then choose from what was found. */
function StopChooser(props: { label: string; found?: Stop[]; onChoose: (stop: Stop | null) => void }) {
  const [found, setFound] = createSignal<Stop[]>([]);
  const [note, setNote] = createSignal('');
  let search!: HTMLInputElement;
  const id = props.label.toLowerCase().replace(/[^a-z]+/g, '-');
  const options = () =>
    props.found && props.found.length > 0 && found().length === 0 ? props.found : found();

  async function find(event: Event) {
    event.preventDefault();
    const text = search.value.trim();
    if (text.length < 2) return setNote('Bitte mindestens zwei Buchstaben.');
    const result = await client()
      .query(HubTransitStopsDocument, { search: text }, { requestPolicy: 'network-only' })
      .toPromise();
    const stops = result.data?.transitStops ?? [];
    setFound(stops);
    setNote(result.error ? 'Keine Verbindung: Suchen geht nur mit Netz.' : `${stops.length} gefunden`);
    props.onChoose(stops[0] ?? null);
  }

  return (
    <div class="stop-chooser">
      <label for={`${id}-search`}>{props.label}: Haltestelle suchen</label>
      <div class="search-row">
        <input
          ref={search}
          id={`${id}-search`}
          type="search"
          onKeyDown={(e) => e.key === 'Enter' && void find(e)}
        />
        <button type="button" onClick={(e) => void find(e)}>
          Suchen
        </button>
      </div>
      <p class="hint" role="status">
        {note()}
      </p>
      <Show when={options().length > 0}>
        <label for={`${id}-stop`}>{props.label}: Haltestelle wählen</label>
        <select
          id={`${id}-stop`}
          onChange={(event) =>
            props.onChoose(options().find((stop) => stop.id === event.currentTarget.value) ?? null)
          }
        >
          <For each={options()}>
            {(stop) => (
              <option value={stop.id}>
                {stop.name}
                {stop.wheelchairBoarding === 'POSSIBLE' ? ' ♿' : ''}
              </option>
            )}
          </For>
        </select>
      </Show>
    </div>
  );
}

function PickupStatus(props: { id: string; initial: string }) {
  const [status, setStatus] = createSignal(props.initial);
  const subscription = client()
    .subscription(HubPickupRequestChangedDocument, { id: props.id })
    .subscribe((result) => {
      const changed = result.data?.pickupRequestChanged;
      if (changed) setStatus(changed.status);
    });
  onCleanup(() => subscription.unsubscribe());
  return (
    <p class="message" role="status" data-testid="pickup-status">
      {status() === 'ACKNOWLEDGED'
        ? 'Bestätigt: Das Fahrpersonal hält und legt die Rampe an.'
        : status() === 'REQUESTED'
          ? 'Angemeldet – wartet auf die Bestätigung des Fahrpersonals.'
          : `Status: ${status()}`}
    </p>
  );
}

function Departures() {
  const [near, setNear] = createSignal<Stop[]>([]);
  const [where, setWhere] = createSignal('');
  const [stop, setStop] = createSignal<Stop | null>(null);
  const [pickup, setPickup] = createSignal<{ id: string; status: string; key: string } | null>(null);
  const [pickupError, setPickupError] = createSignal('');
  const departures = createCachedQuery('departures', HubDeparturesDocument);

  function choose(next: Stop | null) {
    setStop(next);
    if (next) void departures.load({ stopId: next.id }, next.id);
  }

  function nearMe() {
    if (!('geolocation' in navigator))
      return setWhere('Dieses Gerät kennt seinen Standort nicht: bitte wählen Sie unten.');
    setWhere('Standort wird bestimmt …');
    navigator.geolocation.getCurrentPosition(
      async (position) => {
        const result = await client()
          .query(
            AppTransitStopsNearDocument,
            { latitude: position.coords.latitude, longitude: position.coords.longitude },
            { requestPolicy: 'network-only' },
          )
          .toPromise();
        if (result.error && !result.data)
          return setWhere('Keine Verbindung: Haltestellen in der Nähe finden geht nur mit Netz.');
        const stops = result.data?.transitStopsNear ?? [];
        setNear(stops);
        setWhere(
          stops.length ? `Nächste Haltestelle: ${stops[0]?.name}` : 'Keine Haltestelle in der Nähe gefunden.',
        );
        choose(stops[0] ?? null);
      },
      () => setWhere('Standort nicht verfügbar: bitte wählen Sie die Haltestelle unten.'),
      { timeout: 15_000, maximumAge: 60_000 },
    );
  }

  async function requestPickup(tripId: string, serviceDate: string, stopId: string, key: string) {
    setPickupError('');
    // Refused, not queued: a pickup sent later could reach the driver after the bus has gone.
    if (!online()) return setPickupError('Sie sind offline: Die Anmeldung beim Fahrer geht nur mit Netz.');
    const result = await client()
      .mutation(HubRequestWheelchairPickupDocument, { input: { tripId, serviceDate, stopId } })
      .toPromise();
    const request = result.data?.requestWheelchairPickup;
    if (!request)
      return setPickupError(
        result.error?.networkError
          ? 'Keine Verbindung: Die Anmeldung beim Fahrer geht nur mit Netz.'
          : 'Die Anmeldung hat nicht geklappt. Bitte versuchen Sie es erneut.',
      );
    setPickup({ id: request.id, status: request.status, key });
  }

  return (
    <section class="card" aria-labelledby="departures-title">
      <h2 id="departures-title">Abfahrten</h2>
      <button type="button" class="primary" onClick={nearMe}>
        Haltestellen in meiner Nähe
      </button>
      <p class="hint" role="status">
        {where()}
      </p>
      <StopChooser label="Haltestelle" found={near()} onChoose={choose} />
      <Show when={departures.answer()?.stale}>
        <p class="message warning" role="status">
          Offline – {standText(departures.answer()?.at ?? '')}
        </p>
      </Show>
      <Show when={stop() && departures.answer()}>
        <ul class="departures">
          <For each={departures.answer()?.data.departures ?? []}>
            {(departure) => {
              const key = `${departure.trip.id}|${departure.trip.serviceDate}`;
              return (
                <li>
                  <strong>{formatTime(departure.expectedTime ?? departure.scheduledTime)}</strong>{' '}
                  {departure.route.shortName} → {departure.headsign}{' '}
                  <span class="hint" data-testid="delay">
                    {departure.delayMinutes === null
                      ? 'keine Echtzeitdaten'
                      : departure.delayMinutes === 0
                        ? 'pünktlich'
                        : `${departure.delayMinutes} Min. später`}
                  </span>
                  <Show when={departure.trip.wheelchairAccessible === 'POSSIBLE'}>
                    <Show
                      when={session()}
                      fallback={
                        <button type="button" class="link-button" onClick={() => signInThenReturn('transit')}>
                          Anmelden, um den Rollstuhl-Einstieg anzumelden
                        </button>
                      }
                    >
                      <Show
                        when={pickup()?.key === key}
                        fallback={
                          <button
                            type="button"
                            onClick={() =>
                              void requestPickup(
                                departure.trip.id,
                                departure.trip.serviceDate,
                                departure.stop.id,
                                key,
                              )
                            }
                          >
                            Rollstuhl-Einstieg anmelden: {departure.route.shortName} um{' '}
                            {formatTime(departure.scheduledTime)}
                          </button>
                        }
                      >
                        <PickupStatus id={pickup()?.id ?? ''} initial={pickup()?.status ?? ''} />
                      </Show>
                    </Show>
                  </Show>
                </li>
              );
            }}
          </For>
        </ul>
      </Show>
      <Show when={pickupError()}>
        <p class="message error" role="alert">
          {pickupError()}
        </p>
      </Show>
    </section>
  );
}

function Journeys() {
  const [from, setFrom] = createSignal<Stop | null>(null);
  const [to, setTo] = createSignal<Stop | null>(null);
  const [wheelchair, setWheelchair] = createSignal(false);
  const [found, setFound] = createSignal<NonNullable<Awaited<ReturnType<typeof search>>> | null>(null);
  const [note, setNote] = createSignal('');
  let at!: HTMLInputElement;

  async function search() {
    const origin = from();
    const destination = to();
    if (!origin || !destination) {
      setNote('Bitte wählen Sie Start und Ziel.');
      return null;
    }
    const when = at.value ? new Date(at.value) : new Date();
    const result = await client()
      .query(
        HubJourneysDocument,
        { from: origin.id, to: destination.id, at: when.toISOString(), wheelchairOnly: wheelchair() },
        { requestPolicy: 'network-only' },
      )
      .toPromise();
    if (!result.data) {
      setNote('Keine Verbindung zum Fahrplan: Suchen geht nur mit Netz.');
      return null;
    }
    const journeys = result.data.journeys;
    setNote(
      journeys.length === 0
        ? wheelchair()
          ? 'Keine barrierefreie Verbindung gefunden.'
          : 'Keine Verbindung gefunden.'
        : `${journeys.length} ${journeys.length === 1 ? 'Verbindung' : 'Verbindungen'} gefunden`,
    );
    return journeys;
  }

  return (
    <section class="card" aria-labelledby="journeys-title">
      <h2 id="journeys-title">Verbindung suchen</h2>
      <StopChooser label="Von" onChoose={setFrom} />
      <StopChooser label="Nach" onChoose={setTo} />
      <label for="journey-at">Abfahrt ab (leer: jetzt)</label>
      <input ref={at} id="journey-at" type="datetime-local" />
      <label class="check">
        <input type="checkbox" onChange={(event) => setWheelchair(event.currentTarget.checked)} /> Nur
        barrierefreie Verbindungen (Rollstuhl)
      </label>
      <button type="button" class="primary" onClick={async () => setFound(await search())}>
        Verbindungen suchen
      </button>
      <p class="hint" role="status">
        {note()}
      </p>
      <ol class="journeys">
        <For each={found() ?? []}>
          {(journey) => (
            <li class="journey">
              <h3>
                {formatTime(journey.departure)} – {formatTime(journey.arrival)},{' '}
                {journey.transfers === 0 ? 'ohne Umstieg' : `${journey.transfers} Umstieg(e)`}
                {wheelchair() ? ' · ♿ barrierefrei' : ''}
              </h3>
              <ul class="legs">
                <For each={journey.legs}>
                  {(leg) => (
                    <li>
                      {leg.walking
                        ? `Fußweg, ${leg.fromStop.name} → ${leg.toStop.name}`
                        : `${formatTime(leg.departure)}–${formatTime(leg.arrival)}: Linie ${leg.route?.shortName ?? ''} Richtung ${leg.headsign ?? ''}, ${leg.fromStop.name} → ${leg.toStop.name}`}
                    </li>
                  )}
                </For>
              </ul>
            </li>
          )}
        </For>
      </ol>
    </section>
  );
}

export function TransitPage() {
  return (
    <section aria-labelledby="transit-title">
      <h1 id="transit-title" tabindex="-1">
        Unterwegs
      </h1>
      <Departures />
      <Journeys />
    </section>
  );
}
