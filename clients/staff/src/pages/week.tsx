/**
 * The Bürgerbüro's week: one location's appointments for seven days from a Monday, as a grid
 * of counters (rows) and days (columns). One appointmentSchedule call with days: 7 and only
 * what the grid shows (time, code, state), so it stays under the gateway's cost limit. The
 * day's screen (check-in, cancel) opens from each day's heading.
 */
import { createResource, createSignal, For, Show } from 'solid-js';
import { selectedLocation } from '../access.ts';
import { formatTime, localToday } from '../dates.ts';
import { WorkbenchWeekDocument, type WorkbenchWeekQuery } from '../generated/graphql.ts';
import { client, errorCode } from '../graphql-client.ts';
import { LocationPicker } from './location-picker.tsx';

type Day = WorkbenchWeekQuery['appointmentSchedule'][number];
type Slot = Day['counters'][number]['appointments'][number];

/** The Monday of the week a local date (YYYY-MM-DD) lies in. */
export function mondayOf(date: string): string {
  const day = new Date(`${date}T12:00:00Z`);
  const shift = (day.getUTCDay() + 6) % 7;
  day.setUTCDate(day.getUTCDate() - shift);
  return day.toISOString().slice(0, 10);
}

const addDays = (date: string, days: number): string => {
  const day = new Date(`${date}T12:00:00Z`);
  day.setUTCDate(day.getUTCDate() + days);
  return day.toISOString().slice(0, 10);
};

const dayName = (date: string): string =>
  new Intl.DateTimeFormat('de-DE', {
    timeZone: 'UTC',
    weekday: 'short',
    day: '2-digit',
    month: '2-digit',
  }).format(new Date(`${date}T12:00:00Z`));

function stateOf(slot: Slot): string {
  if (slot.status === 'CANCELLED') return 'abgesagt';
  if (slot.attendance === 'CHECKED_IN') return 'eingecheckt';
  if (slot.attendance === 'NO_SHOW') return 'nicht erschienen';
  return 'gebucht';
}

export function WeekPage() {
  const [monday, setMonday] = createSignal(mondayOf(localToday()));
  const [week] = createResource(
    () => ({ locationId: selectedLocation(), from: monday() }),
    async (variables) => {
      const result = await client()
        .query(WorkbenchWeekDocument, variables, { requestPolicy: 'network-only' })
        .toPromise();
      if (result.error)
        throw new Error(
          errorCode(result.error) === 'FORBIDDEN'
            ? 'Dafür fehlen Ihrem Konto die Rechte.'
            : result.error.message,
        );
      return result.data?.appointmentSchedule ?? [];
    },
  );
  const counters = () => week()?.[0]?.counters.map((c) => c.counter) ?? [];
  const cell = (day: Day, counter: number) =>
    day.counters.find((c) => c.counter === counter)?.appointments.filter((a) => a.status !== 'CANCELLED') ??
    [];
  const booked = () =>
    (week() ?? []).reduce(
      (sum, day) =>
        sum +
        day.counters.reduce((n, c) => n + c.appointments.filter((a) => a.status !== 'CANCELLED').length, 0),
      0,
    );

  return (
    <section aria-labelledby="week-title">
      <h1 id="week-title" tabindex="-1">
        Wochenübersicht
      </h1>
      <div class="toolbar">
        <LocationPicker id="week-location" />
        <div class="field">
          <label for="week-date">Woche mit dem Tag</label>
          <input
            id="week-date"
            type="date"
            value={monday()}
            onChange={(e) => e.currentTarget.value && setMonday(mondayOf(e.currentTarget.value))}
          />
        </div>
        <div class="actions">
          <button type="button" onClick={() => setMonday(addDays(monday(), -7))}>
            Vorige Woche
          </button>
          <button type="button" onClick={() => setMonday(addDays(monday(), 7))}>
            Nächste Woche
          </button>
        </div>
      </div>
      <Show when={!week.error} fallback={<p class="message error">{String(week.error?.message)}</p>}>
        <Show when={week()} fallback={<p role="status">Wird geladen …</p>}>
          {(days) => (
            <>
              <p role="status" data-testid="week-summary">
                Woche ab {dayName(monday())}: {booked()} gebuchte Termine (ohne Absagen).
              </p>
              <table class="schedule week" data-testid="week-grid">
                <caption class="visually-hidden">Termine je Schalter und Tag</caption>
                <thead>
                  <tr>
                    <th scope="col">Schalter</th>
                    <For each={days()}>{(day) => <th scope="col">{dayName(day.date)}</th>}</For>
                  </tr>
                </thead>
                <tbody>
                  <For each={counters()}>
                    {(counter) => (
                      <tr>
                        <th scope="row">Schalter {counter}</th>
                        <For each={days()}>
                          {(day) => (
                            <td data-testid={`week-${day.date}-${counter}`}>
                              <Show when={cell(day, counter).length > 0} fallback={<span>–</span>}>
                                <ul class="week-slots">
                                  <For each={cell(day, counter)}>
                                    {(slot) => (
                                      <li>
                                        {formatTime(slot.start)} {slot.code}
                                        <span class="week-state"> ({stateOf(slot)})</span>
                                      </li>
                                    )}
                                  </For>
                                </ul>
                              </Show>
                            </td>
                          )}
                        </For>
                      </tr>
                    )}
                  </For>
                </tbody>
              </table>
            </>
          )}
        </Show>
      </Show>
    </section>
  );
}
