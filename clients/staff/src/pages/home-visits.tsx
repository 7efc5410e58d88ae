/**
 * Home visits of the mobile citizens' office (Bürgerbüro): the open visit requests on a map
 * (the graph's homeVisitMap GeoJSON) and in a list; choose the day's visits, preview the route
 * (homeVisitRoute: order, arrival and window per visit, drawn on the map as numbered stops and a
 * line from the town hall and back), then confirm it (confirmHomeVisitDay: each citizen gets their
 * window in a message and live). The list is where keyboard users choose; the map shows the same.
 */
import { featureCollection, HubMap, type MapFeatureCollection, pointFeature } from '@kaarst/ui/map';
import { mapTiles } from '@kaarst/ui/map-tiles';
import { createMemo, createResource, createSignal, For, Show } from 'solid-js';
import { formatTime, localToday } from '../dates.ts';
import {
  WorkbenchConfirmHomeVisitDayDocument,
  WorkbenchHomeVisitMapDocument,
  WorkbenchHomeVisitRouteDocument,
  type WorkbenchHomeVisitRouteViewFragment,
} from '../generated/graphql.ts';
import { client, errorCode } from '../graphql-client.ts';

/** Where the van starts and ends (as the requests subgraph plans it). */
const TOWN_HALL = { latitude: 51.2262, longitude: 6.6193 };

interface VisitFeature {
  id: string;
  geometry: { type: 'Point'; coordinates: [number, number] };
  properties: {
    referenceNumber: string;
    address: string | null;
    status: string;
    plannedDate: string | null;
    windowStart: string | null;
  };
}

const tomorrow = () => {
  const day = new Date(`${localToday()}T12:00:00Z`);
  day.setUTCDate(day.getUTCDate() + 1);
  return day.toISOString().slice(0, 10);
};

const explain = (error: Parameters<typeof errorCode>[0]) =>
  errorCode(error) === 'BAD_USER_INPUT'
    ? `Die Auswahl passt nicht: ${error?.graphQLErrors[0]?.message ?? ''}`
    : errorCode(error) === 'FORBIDDEN'
      ? 'Dafür fehlen Ihrem Konto die Rechte.'
      : (error?.message ?? 'Unbekannter Fehler');

export function HomeVisitsPage() {
  const [date, setDate] = createSignal(tomorrow());
  const [startTime, setStartTime] = createSignal('09:00');
  const [visitMinutes, setVisitMinutes] = createSignal(30);
  const [chosen, setChosen] = createSignal<string[]>([]);
  const [route, setRoute] = createSignal<WorkbenchHomeVisitRouteViewFragment | undefined>();
  const [confirmed, setConfirmed] = createSignal(false);
  const [message, setMessage] = createSignal('');

  const [visits, { refetch }] = createResource(async () => {
    const result = await client()
      .query(WorkbenchHomeVisitMapDocument, {}, { requestPolicy: 'network-only' })
      .toPromise();
    if (result.error) throw new Error(explain(result.error));
    const map = result.data?.homeVisitMap as { features?: VisitFeature[]; unplaced?: string[] } | undefined;
    return { features: map?.features ?? [], unplaced: map?.unplaced ?? [] };
  });

  const input = () => ({
    date: date(),
    requestIds: chosen(),
    startTime: startTime(),
    visitMinutes: visitMinutes(),
  });
  function toggle(id: string, on: boolean) {
    setChosen((now) => (on ? [...now.filter((x) => x !== id), id] : now.filter((x) => x !== id)));
    setRoute(undefined);
    setConfirmed(false);
  }

  async function preview(event: SubmitEvent) {
    event.preventDefault();
    setMessage('');
    setConfirmed(false);
    if (chosen().length === 0) return setMessage('Bitte wählen Sie mindestens einen Besuch.');
    const result = await client()
      .query(WorkbenchHomeVisitRouteDocument, { input: input() }, { requestPolicy: 'network-only' })
      .toPromise();
    if (result.error) return setMessage(`Nicht möglich: ${explain(result.error)}`);
    setRoute(result.data?.homeVisitRoute);
    setMessage(`Route berechnet: ${result.data?.homeVisitRoute.stops.length ?? 0} Besuche.`);
  }

  async function confirm() {
    const result = await client()
      .mutation(WorkbenchConfirmHomeVisitDayDocument, { input: input() })
      .toPromise();
    if (result.error) return setMessage(`Nicht möglich: ${explain(result.error)}`);
    const day = result.data?.confirmHomeVisitDay;
    setRoute(day);
    setConfirmed(true);
    setMessage(
      `Tag bestätigt: ${day?.stops.length ?? 0} Bürgerinnen und Bürger erhalten ihr Zeitfenster als Nachricht.`,
    );
    await refetch();
  }

  const features = createMemo((): MapFeatureCollection => {
    const planned = route();
    if (planned) {
      const stops = planned.stops.flatMap((s) =>
        s.request.latitude != null && s.request.longitude != null
          ? [{ ...s, latitude: s.request.latitude, longitude: s.request.longitude }]
          : [],
      );
      const line: [number, number][] = [
        [TOWN_HALL.longitude, TOWN_HALL.latitude],
        ...stops.map((s): [number, number] => [s.longitude, s.latitude]),
        [TOWN_HALL.longitude, TOWN_HALL.latitude],
      ];
      return featureCollection([
        {
          type: 'Feature',
          geometry: { type: 'LineString', coordinates: line },
          properties: { kind: 'route', label: `Route am ${planned.date}, ${planned.distanceKm} km` },
        },
        pointFeature(TOWN_HALL.longitude, TOWN_HALL.latitude, {
          kind: 'depot',
          label: 'Rathaus Kaarst (Start und Ziel)',
        }),
        ...stops.map((s) =>
          pointFeature(s.longitude, s.latitude, {
            id: s.request.id,
            kind: 'visit',
            order: s.position,
            label: `${s.position}. ${s.request.referenceNumber}, ${formatTime(s.windowStart)}–${formatTime(s.windowEnd)} Uhr`,
          }),
        ),
      ]);
    }
    return featureCollection(
      (visits()?.features ?? []).map((f) =>
        pointFeature(f.geometry.coordinates[0], f.geometry.coordinates[1], {
          id: f.id,
          kind: 'visit',
          selected: chosen().includes(f.id),
          label: `${f.properties.referenceNumber}${f.properties.address ? `, ${f.properties.address}` : ''}`,
        }),
      ),
    );
  });

  return (
    <section aria-labelledby="visits-title">
      <h1 id="visits-title" tabindex="-1">
        Hausbesuche
      </h1>
      <Show when={!visits.error} fallback={<p class="message error">{String(visits.error?.message)}</p>}>
        <Show when={visits()} fallback={<p role="status">Wird geladen …</p>}>
          {(open) => (
            <form onSubmit={preview}>
              <fieldset class="card">
                <legend>Offene Hausbesuche ({open().features.length})</legend>
                <Show when={open().features.length > 0} fallback={<p>Keine offenen Hausbesuche mit Ort.</p>}>
                  <ul class="visit-list" data-testid="visit-list">
                    <For each={open().features}>
                      {(f) => (
                        <li>
                          <label class="check">
                            <input
                              type="checkbox"
                              checked={chosen().includes(f.id)}
                              onChange={(e) => toggle(f.id, e.currentTarget.checked)}
                            />
                            {f.properties.referenceNumber}
                            {f.properties.address ? `, ${f.properties.address}` : ''}
                            {f.properties.plannedDate
                              ? ` (geplant am ${f.properties.plannedDate}${f.properties.windowStart ? `, ab ${formatTime(f.properties.windowStart)} Uhr` : ''})`
                              : ''}
                          </label>
                        </li>
                      )}
                    </For>
                  </ul>
                </Show>
                <Show when={open().unplaced.length > 0}>
                  <p>Ohne Ort (erst ergänzen, dann planen): {open().unplaced.join(', ')}</p>
                </Show>
              </fieldset>
              <div class="toolbar">
                <div class="field">
                  <label for="visit-date">Tag</label>
                  <input
                    id="visit-date"
                    type="date"
                    value={date()}
                    min={localToday()}
                    onChange={(e) => {
                      setDate(e.currentTarget.value);
                      setRoute(undefined);
                    }}
                  />
                </div>
                <div class="field">
                  <label for="visit-start">Abfahrt am Rathaus</label>
                  <input
                    id="visit-start"
                    type="time"
                    value={startTime()}
                    onChange={(e) => setStartTime(e.currentTarget.value)}
                  />
                </div>
                <div class="field">
                  <label for="visit-minutes">Minuten je Besuch</label>
                  <input
                    id="visit-minutes"
                    type="number"
                    min="5"
                    max="180"
                    value={visitMinutes()}
                    onChange={(e) => setVisitMinutes(Number(e.currentTarget.value) || 30)}
                  />
                </div>
                <button type="submit" class="primary">
                  Route berechnen
                </button>
              </div>
            </form>
          )}
        </Show>
      </Show>
      <p role="status" class="message" data-testid="visit-message">
        {message()}
      </p>
      <section class="card" aria-labelledby="visit-map-title">
        <h2 id="visit-map-title">Karte</h2>
        <HubMap
          label={route() ? 'Karte der Route des Tages' : 'Karte der offenen Hausbesuche'}
          features={features()}
          tileUrl={mapTiles.url}
          attribution={mapTiles.attribution}
          onSelect={(id) => !route() && toggle(id, !chosen().includes(id))}
          testId="visit-map"
        />
      </section>
      <Show when={route()}>
        {(day) => (
          <section class="card" aria-labelledby="route-title">
            <h2 id="route-title">
              Route am {day().date}: {day().stops.length} Besuche, {day().distanceKm.toLocaleString('de-DE')}{' '}
              km
            </h2>
            <p>
              Abfahrt {formatTime(day().start)} Uhr am Rathaus, zurück etwa {formatTime(day().returnAt)} Uhr.
            </p>
            <table class="schedule" data-testid="route-table">
              <thead>
                <tr>
                  <th scope="col">Nr.</th>
                  <th scope="col">Anliegen</th>
                  <th scope="col">Adresse</th>
                  <th scope="col">Fahrzeit</th>
                  <th scope="col">Ankunft</th>
                  <th scope="col">Zeitfenster</th>
                </tr>
              </thead>
              <tbody>
                <For each={day().stops}>
                  {(stop) => (
                    <tr data-testid={`route-stop-${stop.position}`}>
                      <td>{stop.position}</td>
                      <td>{stop.request.referenceNumber}</td>
                      <td>{stop.request.address ?? '–'}</td>
                      <td>{stop.travelMinutes} min</td>
                      <td>{formatTime(stop.arrival)}</td>
                      <td>
                        {formatTime(stop.windowStart)}–{formatTime(stop.windowEnd)}
                      </td>
                    </tr>
                  )}
                </For>
              </tbody>
            </table>
            <Show
              when={!confirmed()}
              fallback={<p data-testid="route-confirmed">Bestätigt; die Zeitfenster sind mitgeteilt.</p>}
            >
              <button type="button" class="primary" onClick={confirm}>
                Tag bestätigen und Zeitfenster mitteilen
              </button>
            </Show>
          </section>
        )}
      </Show>
    </section>
  );
}
