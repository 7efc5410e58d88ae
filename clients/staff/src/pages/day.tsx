/**
 * The Bürgerbüro's day: one location's appointments on one date, per counter (one
 * appointmentSchedule day: cheap for the gateway's cost limit). Check in, mark as not come,
 * cancel with a reason the citizen sees (audited by the subgraph).
 */
import { createResource, createSignal, For, Show } from 'solid-js';
import { selectedLocation } from '../access.ts';
import { formatTime, localToday } from '../dates.ts';
import {
  type WorkbenchAppointmentFragment,
  WorkbenchCancelAppointmentDocument,
  WorkbenchCheckInDocument,
  WorkbenchDayDocument,
  WorkbenchNoShowDocument,
} from '../generated/graphql.ts';
import { client, errorCode } from '../graphql-client.ts';
import { LocationPicker } from './location-picker.tsx';
import { MobileOfficeStops } from './mobile-office-stops.tsx';

const ATTENDANCE: Record<string, string> = {
  EXPECTED: 'erwartet',
  CHECKED_IN: 'eingecheckt',
  NO_SHOW: 'nicht erschienen',
};
const ERRORS: Record<string, string> = {
  CONFLICT: 'Das geht in diesem Zustand nicht (schon eingecheckt, abgesagt oder noch nicht begonnen).',
  BAD_USER_INPUT: 'Die Eingabe passt nicht (ein Grund braucht 3 bis 500 Zeichen).',
  FORBIDDEN: 'Dafür fehlen Ihrem Konto die Rechte.',
};

function state(appointment: WorkbenchAppointmentFragment): string {
  if (appointment.status === 'CANCELLED')
    return `abgesagt${appointment.cancellationReason ? `: ${appointment.cancellationReason}` : ''}`;
  const ticket = appointment.queueTicket ? ` (Wartemarke ${appointment.queueTicket.label})` : '';
  return `${ATTENDANCE[appointment.attendance] ?? appointment.attendance}${ticket}`;
}

export function DayPage() {
  const [date, setDate] = createSignal(localToday());
  const [message, setMessage] = createSignal('');
  const [cancelling, setCancelling] = createSignal<string | null>(null);
  const [day, { refetch }] = createResource(
    () => ({ locationId: selectedLocation(), date: date() }),
    async (variables) => {
      const result = await client()
        .query(WorkbenchDayDocument, variables, { requestPolicy: 'network-only' })
        .toPromise();
      if (result.error) throw new Error(ERRORS[errorCode(result.error) ?? ''] ?? result.error.message);
      return result.data?.appointmentSchedule[0];
    },
  );

  async function act(label: string, run: () => Promise<{ error?: Parameters<typeof errorCode>[0] }>) {
    setMessage('');
    const result = await run();
    if (result.error) {
      setMessage(`Nicht möglich: ${ERRORS[errorCode(result.error) ?? ''] ?? result.error.message}`);
      return false;
    }
    setMessage(label);
    await refetch();
    return true;
  }

  const checkIn = (a: WorkbenchAppointmentFragment) =>
    act(`${a.code} ist eingecheckt und wartet in der Warteschlange.`, () =>
      client().mutation(WorkbenchCheckInDocument, { appointmentId: a.id }).toPromise(),
    );
  const noShow = (a: WorkbenchAppointmentFragment) =>
    act(`${a.code}: nicht erschienen.`, () =>
      client().mutation(WorkbenchNoShowDocument, { appointmentId: a.id }).toPromise(),
    );
  async function cancel(event: SubmitEvent, a: WorkbenchAppointmentFragment) {
    event.preventDefault();
    const reason = String(new FormData(event.currentTarget as HTMLFormElement).get('reason') ?? '').trim();
    const done = await act(`${a.code} ist abgesagt; die Bürgerin oder der Bürger sieht den Grund.`, () =>
      client().mutation(WorkbenchCancelAppointmentDocument, { appointmentId: a.id, reason }).toPromise(),
    );
    if (done) setCancelling(null);
  }

  return (
    <section aria-labelledby="day-title">
      <h1 id="day-title" tabindex="-1">
        Termine des Tages
      </h1>
      <div class="toolbar">
        <LocationPicker id="day-location" />
        <div class="field">
          <label for="day-date">Tag</label>
          <input id="day-date" type="date" value={date()} onChange={(e) => setDate(e.currentTarget.value)} />
        </div>
      </div>
      <p role="status" class="message">
        {message()}
      </p>
      <Show
        when={!day.error}
        fallback={<p class="message error">{String(day.error?.message ?? day.error)}</p>}
      >
        <Show when={day()} fallback={<p role="status">Wird geladen …</p>}>
          {(schedule) => (
            <For each={schedule().counters}>
              {(counter) => (
                <section class="card" aria-labelledby={`counter-${counter.counter}`}>
                  <h2 id={`counter-${counter.counter}`}>Schalter {counter.counter}</h2>
                  <Show when={counter.appointments.length > 0} fallback={<p>Keine Termine.</p>}>
                    <table class="schedule">
                      <thead>
                        <tr>
                          <th scope="col">Zeit</th>
                          <th scope="col">Code</th>
                          <th scope="col">Person</th>
                          <th scope="col">Leistungen</th>
                          <th scope="col">Stand</th>
                          <th scope="col">Aktionen</th>
                        </tr>
                      </thead>
                      <tbody>
                        <For each={counter.appointments}>
                          {(a) => (
                            <tr data-testid={`appointment-${a.code}`}>
                              <td>
                                {formatTime(a.start)}–{formatTime(a.end)}
                              </td>
                              <td>{a.code}</td>
                              <td>{a.citizen?.displayName ?? '–'}</td>
                              <td>{a.services.map((s) => s.name).join(', ')}</td>
                              <td>{state(a)}</td>
                              <td class="actions">
                                <Show when={a.status === 'BOOKED' && a.attendance === 'EXPECTED'}>
                                  <button type="button" onClick={() => checkIn(a)}>
                                    Einchecken <span class="visually-hidden">{a.code}</span>
                                  </button>
                                  <button type="button" onClick={() => noShow(a)}>
                                    Nicht erschienen <span class="visually-hidden">{a.code}</span>
                                  </button>
                                </Show>
                                <Show when={a.status === 'BOOKED' && a.attendance !== 'CHECKED_IN'}>
                                  <Show
                                    when={cancelling() === a.id}
                                    fallback={
                                      <button type="button" onClick={() => setCancelling(a.id)}>
                                        Absagen <span class="visually-hidden">{a.code}</span>
                                      </button>
                                    }
                                  >
                                    <form class="inline" onSubmit={(e) => cancel(e, a)}>
                                      <label for={`reason-${a.id}`}>Grund der Absage</label>
                                      <input
                                        id={`reason-${a.id}`}
                                        name="reason"
                                        required
                                        minlength="3"
                                        maxlength="500"
                                      />
                                      <button type="submit" class="primary">
                                        Absage bestätigen
                                      </button>
                                      <button type="button" onClick={() => setCancelling(null)}>
                                        Zurück
                                      </button>
                                    </form>
                                  </Show>
                                </Show>
                              </td>
                            </tr>
                          )}
                        </For>
                      </tbody>
                    </table>
                  </Show>
                </section>
              )}
            </For>
          )}
        </Show>
      </Show>
      <MobileOfficeStops from={date()} onOpenDay={setDate} />
    </section>
  );
}
