/**
 * The journey planner: from, to, when (the town's local time) and whether
 * only wheelchair-usable trips and stops count. Each journey lists its legs
 * in words: walks and rides with line, direction and times.
 */
import { createSignal, For, Show } from 'solid-js';
import { formatTime, fromTownWallClock, townWallClock } from '../dates.ts';
import { HubJourneysDocument, type HubJourneysQuery } from '../generated/graphql.ts';
import { client } from '../graphql-client.ts';
import { t } from '../i18n.ts';
import { tt } from '../i18n-transit.ts';
import { type Stop, StopPicker } from './stop-picker.tsx';

type Journey = HubJourneysQuery['journeys'][number];

export function JourneyPlanner() {
  const [from, setFrom] = createSignal<Stop | null>(null);
  const [to, setTo] = createSignal<Stop | null>(null);
  const [found, setFound] = createSignal<{ journeys: Journey[]; wheelchairOnly: boolean } | null>(null);
  const [note, setNote] = createSignal('');

  async function plan(event: SubmitEvent) {
    event.preventDefault();
    const data = new FormData(event.currentTarget as HTMLFormElement);
    const [origin, destination] = [from(), to()];
    if (!origin || !destination) return setNote(tt().chooseStops);
    const wheelchairOnly = data.get('wheelchairOnly') === 'on';
    setNote(t().loading);
    const result = await client()
      .query(HubJourneysDocument, {
        from: origin.id,
        to: destination.id,
        at: fromTownWallClock(String(data.get('departAt'))),
        wheelchairOnly,
      })
      .toPromise();
    if (result.error) return setNote(`${t().errorPrefix} ${result.error.message}`);
    const journeys = result.data?.journeys ?? [];
    setFound({ journeys, wheelchairOnly });
    setNote(
      journeys.length > 0
        ? tt().journeyFound(journeys.length)
        : wheelchairOnly
          ? tt().noWheelchairJourneys
          : tt().noJourneys,
    );
  }

  return (
    <form class="card" onSubmit={plan} aria-labelledby="journeys-title">
      <h2 id="journeys-title">{tt().journeysTitle}</h2>
      <StopPicker id="from" role={tt().stopRoleFrom} onChoose={setFrom} />
      <StopPicker id="to" role={tt().stopRoleTo} onChoose={setTo} />
      <label for="depart-at">{tt().departAt}</label>
      <input
        id="depart-at"
        name="departAt"
        type="datetime-local"
        required
        value={townWallClock(new Date())}
      />
      <label class="choice">
        <input type="checkbox" name="wheelchairOnly" aria-describedby="wheelchair-only-hint" />
        <span>
          {tt().wheelchairOnly}
          <span id="wheelchair-only-hint" class="meta block">
            {tt().wheelchairOnlyHint}
          </span>
        </span>
      </label>
      <button type="submit" class="primary">
        {tt().findJourneys}
      </button>
      <p role="status" class={note() ? 'hint' : 'visually-hidden'}>
        {note()}
      </p>
      <Show when={found()}>
        {(result) => (
          <ol class="journeys">
            <For each={result().journeys}>
              {(journey) => (
                <li class="journey">
                  <h3>
                    {tt().journeySummary(
                      formatTime(journey.departure),
                      formatTime(journey.arrival),
                      journey.transfers,
                    )}
                    {result().wheelchairOnly ? ` · ${tt().access.POSSIBLE}` : ''}
                  </h3>
                  <ol class="legs">
                    <For each={journey.legs}>
                      {(leg) => (
                        <li>
                          {formatTime(leg.departure)}–{formatTime(leg.arrival)}:{' '}
                          {leg.walking
                            ? tt().walk
                            : `${tt().line} ${leg.route?.shortName ?? ''} ${tt().towards} ${leg.headsign ?? ''}`}
                          , {leg.fromStop.name} → {leg.toStop.name}
                        </li>
                      )}
                    </For>
                  </ol>
                </li>
              )}
            </For>
          </ol>
        )}
      </Show>
    </form>
  );
}
