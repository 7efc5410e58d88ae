/**
 * Choosing a stop: type part of its name, search, and pick one of the stops
 * found in a labelled list (a select: keyboard and screen readers know it),
 * or on the map beside it, which shows where the stops found are.
 * Each stop says in words whether it can be used with a wheelchair.
 */
import { featureCollection, HubMap, pointFeature } from '@kaarst/ui/map';
import { mapTiles } from '@kaarst/ui/map-tiles';
import { createSignal, For, Show } from 'solid-js';
import { HubTransitStopsDocument, type HubTransitStopsQuery } from '../generated/graphql.ts';
import { client } from '../graphql-client.ts';
import { t } from '../i18n.ts';
import { tt } from '../i18n-transit.ts';

export type Stop = HubTransitStopsQuery['transitStops'][number];

export function StopPicker(props: { id: string; role: string; onChoose: (stop: Stop | null) => void }) {
  const [stops, setStops] = createSignal<Stop[] | null>(null);
  const [note, setNote] = createSignal('');
  const [chosen, setChosen] = createSignal<string | null>(null);
  let input!: HTMLInputElement;
  let select: HTMLSelectElement | undefined;

  function choose(stop: Stop | null) {
    setChosen(stop?.id ?? null);
    if (select && stop) select.value = stop.id;
    props.onChoose(stop);
  }

  const located = () =>
    featureCollection(
      (stops() ?? []).flatMap((stop) =>
        stop.latitude === null ||
        stop.latitude === undefined ||
        stop.longitude === null ||
        stop.longitude === undefined
          ? []
          : [
              pointFeature(stop.longitude, stop.latitude, {
                id: stop.id,
                label: stop.name,
                kind: 'stop',
                selected: stop.id === chosen(),
              }),
            ],
      ),
    );

  async function search() {
    const text = input.value.trim();
    if (text.length < 2) return setNote(tt().searchTooShort);
    setNote(t().loading);
    const result = await client().query(HubTransitStopsDocument, { search: text }).toPromise();
    if (result.error) return setNote(`${t().errorPrefix} ${result.error.message}`);
    const found = result.data?.transitStops ?? [];
    setStops(found);
    setNote(found.length === 0 ? tt().noStops : '');
    choose(found[0] ?? null);
  }

  return (
    <div class="stop-picker">
      <label for={`${props.id}-search`}>{tt().stopSearch(props.role)}</label>
      <div class="inline">
        <input
          ref={input}
          id={`${props.id}-search`}
          type="text"
          autocomplete="off"
          onKeyDown={(event) => {
            // Enter searches here instead of submitting the form around it.
            if (event.key === 'Enter') {
              event.preventDefault();
              void search();
            }
          }}
        />
        <button type="button" onClick={search}>
          {tt().search}
        </button>
      </div>
      <p class="hint" role="status">
        {note()}
      </p>
      <Show when={(stops()?.length ?? 0) > 0}>
        <label for={`${props.id}-stop`}>{tt().stopChoice(props.role)}</label>
        <select
          ref={select}
          id={`${props.id}-stop`}
          onChange={(event) => choose(stops()?.find((stop) => stop.id === event.currentTarget.value) ?? null)}
        >
          <For each={stops()}>
            {(stop) => (
              <option value={stop.id}>
                {stop.name} ({tt().access[stop.wheelchairBoarding]})
              </option>
            )}
          </For>
        </select>
      </Show>
      <Show when={located().features.length > 0}>
        <HubMap
          label={tt().stopsMap(props.role)}
          features={located()}
          tileUrl={mapTiles.url}
          attribution={mapTiles.attribution}
          onSelect={(id) => choose(stops()?.find((stop) => stop.id === id) ?? null)}
          testId={`${props.id}-map`}
        />
      </Show>
    </div>
  );
}
