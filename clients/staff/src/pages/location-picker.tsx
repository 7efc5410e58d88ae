import { createResource, For } from 'solid-js';
import { selectedLocation, selectLocation } from '../access.ts';
import { WorkbenchLocationsDocument } from '../generated/graphql.ts';
import { client } from '../graphql-client.ts';

export type Location = { id: string; name: string; counters: number; mobile: boolean };

/** The office locations (public data), fetched once. */
export const [locations] = createResource(
  async () => (await client().query(WorkbenchLocationsDocument, {}).toPromise()).data?.officeLocations ?? [],
);

export const currentLocation = (): Location | undefined =>
  locations()?.find((location) => location.id === selectedLocation());

/** Choose the location the screen shows (remembered for the next visit). */
export function LocationPicker(props: { id: string }) {
  return (
    <div class="field">
      <label for={props.id}>Standort</label>
      <select
        id={props.id}
        value={selectedLocation()}
        onChange={(e) => selectLocation(e.currentTarget.value)}
      >
        <For each={locations() ?? []}>
          {(location) => (
            <option value={location.id} selected={location.id === selectedLocation()}>
              {location.name}
            </option>
          )}
        </For>
      </select>
    </div>
  );
}
