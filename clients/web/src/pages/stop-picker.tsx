/**
 * Choosing a stop: type part of its name, search, and pick one of the stops
 * found in a labelled list (a select: keyboard and screen readers know it).
 * Each stop says in words whether it can be used with a wheelchair.
 */
import { createSignal, For, Show } from 'solid-js';
import { PortalTransitStopsDocument, type PortalTransitStopsQuery } from '../generated/graphql.ts';
import { client } from '../graphql-client.ts';
import { t } from '../i18n.ts';
import { tt } from '../i18n-transit.ts';

export type Stop = PortalTransitStopsQuery['transitStops'][number];

export function StopPicker(props: { id: string; role: string; onChoose: (stop: Stop | null) => void }) {
  const [stops, setStops] = createSignal<Stop[] | null>(null);
  const [note, setNote] = createSignal('');
  let input!: HTMLInputElement;

  async function search() {
    const text = input.value.trim();
    if (text.length < 2) return setNote(tt().searchTooShort);
    setNote(t().loading);
    const result = await client().query(PortalTransitStopsDocument, { search: text }).toPromise();
    if (result.error) return setNote(`${t().errorPrefix} ${result.error.message}`);
    const found = result.data?.transitStops ?? [];
    setStops(found);
    setNote(found.length === 0 ? tt().noStops : '');
    props.onChoose(found[0] ?? null);
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
          id={`${props.id}-stop`}
          onChange={(event) =>
            props.onChoose(stops()?.find((stop) => stop.id === event.currentTarget.value) ?? null)
          }
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
    </div>
  );
}
