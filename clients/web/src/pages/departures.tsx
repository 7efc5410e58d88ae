/**
 * Departures at a stop with their delays in words (never by colour alone),
 * and for a trip with a wheelchair place at a stop usable with one, a button
 * to ask the driver for the ramp: the request's status follows the driver's
 * acknowledgement live (pickupRequestChanged).
 */
import { createSignal, For, onCleanup, Show } from 'solid-js';
import { formatTime } from '../dates.ts';
import {
  HubDeparturesDocument,
  type HubDeparturesQuery,
  HubPickupRequestChangedDocument,
  HubRequestWheelchairPickupDocument,
  type PickupRequestStatus,
} from '../generated/graphql.ts';
import { client } from '../graphql-client.ts';
import { t } from '../i18n.ts';
import { tt } from '../i18n-transit.ts';
import { session } from '../session.ts';
import { type Stop, StopPicker } from './stop-picker.tsx';

type Departure = HubDeparturesQuery['departures'][number];
type Pickup = { id: string; stopName: string; at: string; status: PickupRequestStatus };

function delayText(departure: Departure): string {
  const minutes = departure.delayMinutes;
  if (minutes === null || minutes === undefined) return tt().noRealtime;
  if (minutes === 0) return tt().onTime;
  const expected = formatTime(departure.expectedTime);
  return minutes > 0 ? tt().late(minutes, expected) : tt().early(-minutes, expected);
}

function PickupStatus(props: { pickup: Pickup }) {
  const [status, setStatus] = createSignal(props.pickup.status);
  const subscription = client()
    .subscription(HubPickupRequestChangedDocument, { id: props.pickup.id })
    .subscribe((result) => {
      if (result.data) setStatus(result.data.pickupRequestChanged.status);
    });
  onCleanup(() => subscription.unsubscribe());
  return (
    <p class="message success" role="status" data-testid="pickup-status">
      {tt().pickupFor(props.pickup.stopName, formatTime(props.pickup.at))}{' '}
      <strong>{tt().pickupStatus[status()]}</strong>
    </p>
  );
}

export function DeparturesSection() {
  const [stop, setStop] = createSignal<Stop | null>(null);
  const [departures, setDepartures] = createSignal<Departure[] | null>(null);
  const [failure, setFailure] = createSignal('');
  const [pickup, setPickup] = createSignal<Pickup | null>(null);

  async function show(event: SubmitEvent) {
    event.preventDefault();
    const chosen = stop();
    if (!chosen) return;
    setFailure('');
    const result = await client()
      .query(HubDeparturesDocument, { stopId: chosen.id }, { requestPolicy: 'network-only' })
      .toPromise();
    if (result.error) return setFailure(`${t().errorPrefix} ${result.error.message}`);
    setDepartures(result.data?.departures ?? []);
  }

  async function requestPickup(departure: Departure) {
    const chosen = stop();
    if (!chosen) return;
    setFailure('');
    const result = await client()
      .mutation(HubRequestWheelchairPickupDocument, {
        input: {
          tripId: departure.trip.id,
          serviceDate: departure.trip.serviceDate,
          stopId: departure.stop.id,
        },
      })
      .toPromise();
    const asked = result.data?.requestWheelchairPickup;
    if (!asked)
      return setFailure(
        `${t().errorPrefix} ${result.error?.graphQLErrors[0]?.message ?? result.error?.message}`,
      );
    setPickup({
      id: asked.id,
      stopName: asked.stop?.name ?? chosen.name,
      at: asked.scheduledDeparture,
      status: asked.status,
    });
  }

  const canAskForRamp = (departure: Departure) =>
    departure.trip.wheelchairAccessible === 'POSSIBLE' && departure.stop.wheelchairBoarding === 'POSSIBLE';

  return (
    <form class="card" onSubmit={show} aria-labelledby="departures-title">
      <h2 id="departures-title">{tt().departuresTitle}</h2>
      <StopPicker id="departures" role={tt().stopRoleDepartures} onChoose={setStop} />
      <button type="submit" class="primary" disabled={!stop()}>
        {tt().showDepartures}
      </button>
      <Show when={failure()}>
        <p class="message error" role="alert">
          {failure()}
        </p>
      </Show>
      <Show when={pickup()} keyed>
        {(current) => <PickupStatus pickup={current} />}
      </Show>
      <Show when={!session() && departures()?.some(canAskForRamp)}>
        <p class="hint">{tt().pickupSignIn}</p>
      </Show>
      <Show when={departures()}>
        {(list) => (
          <Show when={list().length > 0} fallback={<p>{tt().noDepartures}</p>}>
            <ul class="departures">
              <For each={list()}>
                {(departure) => (
                  <li>
                    <strong>{formatTime(departure.scheduledTime)}</strong> {tt().line}{' '}
                    <strong>{departure.route.shortName}</strong> {tt().towards} {departure.headsign} ·{' '}
                    <span data-testid="delay">{delayText(departure)}</span> ·{' '}
                    {tt().access[departure.trip.wheelchairAccessible]}
                    <Show when={session() && canAskForRamp(departure)}>
                      <br />
                      <button type="button" onClick={() => requestPickup(departure)}>
                        {tt().pickupButton(
                          departure.route.shortName ?? '',
                          formatTime(departure.scheduledTime),
                        )}
                      </button>
                    </Show>
                  </li>
                )}
              </For>
            </ul>
          </Show>
        )}
      </Show>
    </form>
  );
}
