/**
 * The driver's screen: the trip they drive (taken with driveTrip, kept on this device for the
 * day), its wheelchair pickup requests (stop and time, never who asked), new ones arriving live
 * (pickupRequested) and announced, and "Bestätigen", which the citizen sees at once.
 */
import { createEffect, createResource, createSignal, For, on, onCleanup, Show } from 'solid-js';
import { formatTime, localToday } from '../dates.ts';
import {
  type PickupRequestStatus,
  WorkbenchAcknowledgePickupDocument,
  WorkbenchDriveTripDocument,
  type WorkbenchPickupFragment,
  WorkbenchPickupRequestedDocument,
  WorkbenchTripPickupsDocument,
} from '../generated/graphql.ts';
import { client, errorCode } from '../graphql-client.ts';
import { Loaded } from '../loaded-table.tsx';
import { type Departure, DriverTripPicker } from './driver-trip-picker.tsx';

interface DrivenTrip {
  tripId: string;
  serviceDate: string;
  /** "K1 Richtung Neuss Hbf, ab Kaarst Rathaus 08:05". */
  label: string;
}

const TRIP_KEY = 'kaarst-staff-driven-trip';
const STATUS: Record<PickupRequestStatus, string> = {
  REQUESTED: 'wartet auf Ihre Bestätigung',
  ACKNOWLEDGED: 'bestätigt',
  EXPIRED: 'vorbei',
};
const ERRORS: Record<string, string> = {
  FORBIDDEN: 'Dafür fehlen Ihrem Konto die Rechte (nur das Fahrpersonal dieser Fahrt).',
  NOT_FOUND: 'Diese Fahrt oder Anmeldung gibt es nicht (mehr).',
  CONFLICT: 'Das geht in diesem Zustand nicht (mehr).',
};
const message = (code: string | undefined) => ERRORS[code ?? ''] ?? 'Das hat nicht geklappt.';

function storedTrip(): DrivenTrip | null {
  try {
    const trip = JSON.parse(localStorage.getItem(TRIP_KEY) ?? 'null') as DrivenTrip | null;
    // Yesterday's trip is not today's: a new day starts with the choice.
    return trip && trip.serviceDate >= localToday() ? trip : null;
  } catch {
    return null;
  }
}

const byTime = (a: WorkbenchPickupFragment, b: WorkbenchPickupFragment) =>
  a.scheduledDeparture.localeCompare(b.scheduledDeparture);

export function DriverPage() {
  const [trip, setTrip] = createSignal<DrivenTrip | null>(storedTrip());
  const [note, setNote] = createSignal('');
  const [announcement, setAnnouncement] = createSignal('');
  const [pickups, { mutate }] = createResource(trip, async (current) => {
    const result = await client()
      .query(
        WorkbenchTripPickupsDocument,
        { tripId: current.tripId, serviceDate: current.serviceDate },
        { requestPolicy: 'network-only' },
      )
      .toPromise();
    if (result.error) throw new Error(message(errorCode(result.error)));
    return [...(result.data?.tripPickupRequests ?? [])].sort(byTime);
  });
  const upsert = (pickup: WorkbenchPickupFragment) =>
    mutate((list) => [...(list ?? []).filter((p) => p.id !== pickup.id), pickup].sort(byTime));

  async function take(departure: Departure) {
    const { id: tripId, serviceDate } = departure.trip;
    const result = await client().mutation(WorkbenchDriveTripDocument, { tripId, serviceDate }).toPromise();
    if (!result.data) return setNote(message(errorCode(result.error)));
    const taken: DrivenTrip = {
      tripId,
      serviceDate,
      label: `${departure.route.shortName} Richtung ${departure.headsign ?? '–'}, ab ${formatTime(departure.scheduledTime)}`,
    };
    localStorage.setItem(TRIP_KEY, JSON.stringify(taken));
    setTrip(taken);
    setNote(`Sie fahren jetzt ${taken.label}.`);
  }

  function leave() {
    localStorage.removeItem(TRIP_KEY);
    setTrip(null);
    setNote('Fahrt abgegeben.');
  }

  async function acknowledge(pickup: WorkbenchPickupFragment) {
    const result = await client().mutation(WorkbenchAcknowledgePickupDocument, { id: pickup.id }).toPromise();
    const done = result.data?.acknowledgePickupRequest;
    if (!done) return setNote(message(errorCode(result.error)));
    upsert(done);
    setNote(
      `Bestätigt: Halt an ${done.stop?.name ?? 'der Haltestelle'} um ${formatTime(done.scheduledDeparture)}.`,
    );
  }

  // New requests on the trip, live; the subscription follows the trip chosen.
  createEffect(
    on(trip, (current) => {
      if (!current) return;
      const live = client()
        .subscription(WorkbenchPickupRequestedDocument, {
          tripId: current.tripId,
          serviceDate: current.serviceDate,
        })
        .subscribe((result) => {
          const pickup = result.data?.pickupRequested;
          if (!pickup) return;
          upsert(pickup);
          setAnnouncement(
            `Neue Rollstuhl-Anmeldung: ${pickup.stop?.name ?? 'Haltestelle'} um ${formatTime(pickup.scheduledDeparture)}.`,
          );
        });
      onCleanup(() => live.unsubscribe());
    }),
  );

  return (
    <section aria-labelledby="driver-title">
      <h1 id="driver-title" tabindex="-1">
        Fahrdienst
      </h1>
      <p role="status" class="message" data-testid="driver-note">
        {note()}
      </p>
      <Show when={trip()} fallback={<DriverTripPicker onChoose={(departure) => void take(departure)} />}>
        {(current) => (
          <>
            <p data-testid="driven-trip">
              Ihre Fahrt: <strong>{current().label}</strong> ({current().serviceDate})
            </p>
            <button type="button" onClick={leave}>
              Andere Fahrt wählen
            </button>
            <h2>Rollstuhl-Anmeldungen</h2>
            <p class="pickup-requested" role="alert" data-testid="pickup-announcement">
              {announcement()}
            </p>
            <Loaded list={pickups} empty="Keine Anmeldungen für diese Fahrt.">
              {(list) => (
                <ul class="choice-list" data-testid="pickup-list">
                  <For each={list}>
                    {(pickup) => (
                      <li class="card">
                        <p>
                          <strong>{pickup.stop?.name ?? 'Haltestelle nicht mehr im Fahrplan'}</strong> um{' '}
                          {formatTime(pickup.scheduledDeparture)}: {STATUS[pickup.status]}
                        </p>
                        <Show when={pickup.status === 'REQUESTED'}>
                          <button type="button" onClick={() => void acknowledge(pickup)}>
                            Bestätigen: Halt an {pickup.stop?.name ?? 'der Haltestelle'} um{' '}
                            {formatTime(pickup.scheduledDeparture)}
                          </button>
                        </Show>
                      </li>
                    )}
                  </For>
                </ul>
              )}
            </Loaded>
          </>
        )}
      </Show>
    </section>
  );
}
