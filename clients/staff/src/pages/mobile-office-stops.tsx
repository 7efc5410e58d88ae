/**
 * The mobile office on the Bürgerbüro's day: where the van stands each day from the chosen date
 * on (mobileOfficeStops), each day openable in the day view, and a new stop planned (its slots
 * can be booked at once; the same stop twice changes nothing, an overlapping one is refused).
 */
import { createResource, createSignal, For } from 'solid-js';
import { selectLocation } from '../access.ts';
import { localToday } from '../dates.ts';
import {
  WorkbenchMobileOfficeStopsDocument,
  WorkbenchScheduleMobileStopDocument,
} from '../generated/graphql.ts';
import { client, errorCode } from '../graphql-client.ts';
import { ListTable, Loaded } from '../loaded-table.tsx';
import { locations } from './location-picker.tsx';

const ERRORS: Record<string, string> = {
  BAD_USER_INPUT: 'Bitte einen mobilen Standort, einen Tag ab heute und „von“ vor „bis“ angeben.',
  CONFLICT: 'Dort steht das Mobil an dem Tag schon zu einer überschneidenden Zeit.',
  FORBIDDEN: 'Dafür fehlen Ihrem Konto die Rechte.',
};
const DAY = new Intl.DateTimeFormat('de-DE', {
  weekday: 'short',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  timeZone: 'UTC',
});
const dayName = (date: string) => DAY.format(new Date(`${date}T12:00:00Z`));

export function MobileOfficeStops(props: { from: string; onOpenDay: (date: string) => void }) {
  const [note, setNote] = createSignal('');
  const [stops, { refetch }] = createResource(
    () => props.from,
    async (from) => {
      const result = await client()
        .query(WorkbenchMobileOfficeStopsDocument, { from }, { requestPolicy: 'network-only' })
        .toPromise();
      if (result.error) throw new Error(ERRORS[errorCode(result.error) ?? ''] ?? result.error.message);
      return result.data?.mobileOfficeStops ?? [];
    },
  );
  const mobileLocations = () => (locations() ?? []).filter((location) => location.mobile);

  async function schedule(event: SubmitEvent) {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const data = new FormData(form);
    const input = {
      locationId: String(data.get('locationId') ?? ''),
      date: String(data.get('date') ?? ''),
      opens: String(data.get('opens') ?? ''),
      closes: String(data.get('closes') ?? ''),
    };
    const result = await client().mutation(WorkbenchScheduleMobileStopDocument, { input }).toPromise();
    const stop = result.data?.scheduleMobileOfficeStop;
    if (!stop)
      return setNote(`Nicht geplant: ${ERRORS[errorCode(result.error) ?? ''] ?? 'Unbekannter Fehler.'}`);
    setNote(`Geplant: ${stop.location.name} am ${dayName(stop.date)}, ${stop.opens}–${stop.closes} Uhr.`);
    form.reset();
    await refetch();
  }

  return (
    <section aria-labelledby="mobile-stops-title" class="card">
      <h2 id="mobile-stops-title">Mobiles Bürgerbüro: wo das Mobil steht</h2>
      <Loaded list={stops} empty="Ab diesem Tag sind keine Standorte geplant.">
        {(list) => (
          <ListTable testId="mobile-stops" columns={['Tag', 'Zeit', 'Ort', 'Termine']}>
            <For each={list}>
              {(stop) => (
                <tr>
                  <td>{dayName(stop.date)}</td>
                  <td>
                    {stop.opens}–{stop.closes} Uhr
                  </td>
                  <td>
                    {stop.location.name}, {stop.location.address}
                  </td>
                  <td>
                    <button
                      type="button"
                      onClick={() => {
                        selectLocation(stop.location.id);
                        props.onOpenDay(stop.date);
                      }}
                    >
                      Termine am {dayName(stop.date)} in {stop.location.name} zeigen
                    </button>
                  </td>
                </tr>
              )}
            </For>
          </ListTable>
        )}
      </Loaded>
      <h3>Neuen Standort planen</h3>
      <form class="inline" onSubmit={schedule}>
        <label for="stop-location">Halteplatz des Mobils</label>
        <select id="stop-location" name="locationId">
          <For each={mobileLocations()}>
            {(location) => <option value={location.id}>{location.name}</option>}
          </For>
        </select>
        <label for="stop-date">Datum des Halts</label>
        <input id="stop-date" name="date" type="date" min={localToday()} required />
        <label for="stop-opens">von</label>
        <input id="stop-opens" name="opens" type="time" value="09:00" required />
        <label for="stop-closes">bis</label>
        <input id="stop-closes" name="closes" type="time" value="12:00" required />
        <button type="submit">Standort planen</button>
      </form>
      <p role="status" class="message" data-testid="mobile-stop-note">
        {note()}
      </p>
    </section>
  );
}
