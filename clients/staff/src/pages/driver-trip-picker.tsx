/**
 * How a driver says which trip they drive: search their first stop, choose the departure there.
 * The timetable (GTFS) is the only source: no trip number to type in by hand.
 */
import { createResource, createSignal, For, Show } from 'solid-js';
import { formatTime } from '../dates.ts';
import {
  WorkbenchDriverDeparturesDocument,
  type WorkbenchDriverDeparturesQuery,
  WorkbenchDriverStopsDocument,
} from '../generated/graphql.ts';
import { client } from '../graphql-client.ts';

export type Departure = WorkbenchDriverDeparturesQuery['departures'][number];

export function DriverTripPicker(props: { onChoose: (departure: Departure) => void }) {
  const [search, setSearch] = createSignal('');
  const [stopId, setStopId] = createSignal('');
  const [stops] = createResource(search, async (text) => {
    if (!text.trim()) return [];
    const result = await client().query(WorkbenchDriverStopsDocument, { search: text.trim() }).toPromise();
    const found = result.data?.transitStops ?? [];
    setStopId(found[0]?.id ?? '');
    return found;
  });
  const [departures] = createResource(stopId, async (id) => {
    if (!id) return [];
    const result = await client()
      .query(WorkbenchDriverDeparturesDocument, { stopId: id }, { requestPolicy: 'network-only' })
      .toPromise();
    return result.data?.departures ?? [];
  });

  return (
    <section aria-labelledby="trip-picker-title" class="card">
      <h2 id="trip-picker-title">Fahrt übernehmen</h2>
      <form
        class="inline"
        onSubmit={(event) => {
          event.preventDefault();
          setSearch(String(new FormData(event.currentTarget).get('stop') ?? ''));
        }}
      >
        <label for="driver-stop-search">Haltestelle, an der die Fahrt beginnt</label>
        <input id="driver-stop-search" name="stop" type="search" autocomplete="off" />
        <button type="submit">Suchen</button>
      </form>
      <Show when={(stops() ?? []).length > 0}>
        <label for="driver-stop">Gefundene Haltestellen</label>
        <select id="driver-stop" value={stopId()} onChange={(e) => setStopId(e.currentTarget.value)}>
          <For each={stops()}>{(stop) => <option value={stop.id}>{stop.name}</option>}</For>
        </select>
      </Show>
      <Show when={search() && stops() && stops()?.length === 0}>
        <p role="status">Keine Haltestelle gefunden.</p>
      </Show>
      <Show when={(departures() ?? []).length > 0}>
        <ul class="choice-list" data-testid="driver-departures">
          <For each={departures()}>
            {(departure) => (
              <li>
                <button type="button" onClick={() => props.onChoose(departure)}>
                  Übernehmen: {departure.route.shortName} um {formatTime(departure.scheduledTime)} Richtung{' '}
                  {departure.headsign ?? departure.trip.headsign ?? '–'}
                </button>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </section>
  );
}
