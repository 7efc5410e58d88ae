/**
 * "Wo suchen?": the point and radius both family searches use. The point is a street address
 * in Kaarst chosen from the hub's suggestions (family-address.tsx: the official house
 * coordinates, no online geocoder), the device's position (the browser's geolocation, asked
 * only on the button) or the centre of one of Kaarst's districts; without one the searches
 * cover all of Kaarst.
 */
import { createSignal, For, Show } from 'solid-js';
import { ts } from '../i18n-family-search.ts';
import { AddressCombobox } from './family-address.tsx';

export interface Near {
  latitude: number;
  longitude: number;
  radiusKm: number;
}

/** Approximate centres of Kaarst's districts (WGS 84). */
export const DISTRICT_CENTRES = [
  { name: 'Kaarst', latitude: 51.2279, longitude: 6.6169 },
  { name: 'Büttgen', latitude: 51.2005, longitude: 6.6 },
  { name: 'Holzbüttgen', latitude: 51.2222, longitude: 6.6398 },
  { name: 'Vorst', latitude: 51.2378, longitude: 6.5826 },
  { name: 'Driesch', latitude: 51.2093, longitude: 6.6277 },
] as const;
const RADII = [1, 2, 5, 10, 20];

interface Origin {
  latitude: number;
  longitude: number;
  /** Who it is: the device, or a district's name. */
  label: string;
}

/** The chooser's state: `near()` is what the searches send (null: no radius). */
export function createWhere() {
  const [origin, setOrigin] = createSignal<Origin | null>(null);
  const [radiusKm, setRadiusKm] = createSignal(5);
  const near = (): Near | null => {
    const o = origin();
    return o ? { latitude: o.latitude, longitude: o.longitude, radiusKm: radiusKm() } : null;
  };
  return { origin, setOrigin, radiusKm, setRadiusKm, near };
}
export type Where = ReturnType<typeof createWhere>;

export function WhereChooser(props: { where: Where }) {
  const [message, setMessage] = createSignal('');
  const [district, setDistrict] = createSignal('');
  const locate = () => {
    if (!navigator.geolocation) return setMessage(ts().noLocation);
    setMessage(ts().locating);
    navigator.geolocation.getCurrentPosition(
      (position) => {
        setDistrict('');
        props.where.setOrigin({
          latitude: position.coords.latitude,
          longitude: position.coords.longitude,
          label: ts().myPosition,
        });
        setMessage('');
      },
      () => setMessage(ts().noLocation),
      { timeout: 15_000, maximumAge: 60_000 },
    );
  };
  const chooseDistrict = (name: string) => {
    setDistrict(name);
    const centre = DISTRICT_CENTRES.find((d) => d.name === name);
    props.where.setOrigin(
      centre ? { latitude: centre.latitude, longitude: centre.longitude, label: name } : null,
    );
  };
  return (
    <section class="card" aria-labelledby="where-title">
      <h2 id="where-title">{ts().whereTitle}</h2>
      <p>{ts().whereIntro}</p>
      <AddressCombobox
        onChoose={(address) => {
          setDistrict('');
          setMessage('');
          props.where.setOrigin({
            latitude: address.latitude,
            longitude: address.longitude,
            label: address.label,
          });
        }}
      />
      <div class="where">
        <button type="button" onClick={locate}>
          {ts().nearMe}
        </button>
        {/* Labels beside (not around) the selects: their names stay the label alone. */}
        <label for="where-origin">{ts().origin}</label>
        <select id="where-origin" value={district()} onChange={(e) => chooseDistrict(e.currentTarget.value)}>
          <option value="">{ts().noOrigin}</option>
          <For each={DISTRICT_CENTRES}>{(d) => <option value={d.name}>{d.name}</option>}</For>
        </select>
        <label for="where-radius">{ts().radius}</label>
        <select
          id="where-radius"
          value={String(props.where.radiusKm())}
          onChange={(e) => props.where.setRadiusKm(Number(e.currentTarget.value))}
        >
          <For each={RADII}>{(km) => <option value={km}>{ts().km(km)}</option>}</For>
        </select>
      </div>
      <p role="status" data-testid="where-status">
        {(() => {
          const o = props.where.origin();
          return o ? ts().searchingAround(props.where.radiusKm(), o.label) : ts().searchingEverywhere;
        })()}
      </p>
      <Show when={message()}>
        <p role="alert">{message()}</p>
      </Show>
    </section>
  );
}
