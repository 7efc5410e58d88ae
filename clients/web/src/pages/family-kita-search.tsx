/**
 * The Kita search: district, weekly hours, the child's age at the start (from its birth date
 * and the wanted start) and the point and radius of "Wo suchen?" (family-where.tsx); the Kitas
 * found on a map (clients/ui's HubMap: choosing one opens its profile) and as a list, nearest
 * first with a point. Signed in, each Kita can go on a child's wish list.
 */
import { createResource, createSignal, For, Show } from 'solid-js';
import { PortalKitasDocument } from '../generated/graphql.ts';
import { client } from '../graphql-client.ts';
import { tf } from '../i18n-family.ts';
import { ts } from '../i18n-family-search.ts';
import { kitaHref } from '../router.ts';
import { PlacesMap } from './family-map.tsx';
import { DISTRICT_CENTRES, type Where } from './family-where.tsx';

/** Whole months from birth to start (as the family subgraph counts them); null if a date is missing. */
export function ageMonthsAtStart(birth: string, start: string): number | null {
  if (!birth || !start) return null;
  const [b, s] = [new Date(`${birth}T00:00:00Z`), new Date(`${start}T00:00:00Z`)];
  let months = (s.getUTCFullYear() - b.getUTCFullYear()) * 12 + s.getUTCMonth() - b.getUTCMonth();
  if (s.getUTCDate() < b.getUTCDate()) months--;
  return months;
}

interface Filters {
  district?: string;
  weeklyHours?: number;
  ageMonthsAtStart?: number;
}

export function KitaSearch(props: {
  where: Where;
  familyChildren: Array<{ id: string; firstName: string }>;
  onApply: (childId: string, kitaId: string) => void;
}) {
  const [filters, setFilters] = createSignal<Filters>({});
  const [problem, setProblem] = createSignal('');
  const [kitas] = createResource(
    () => ({ ...filters(), ...(props.where.near() ? { near: props.where.near() } : {}) }),
    async (search) => {
      const result = await client().query(PortalKitasDocument, { search }).toPromise();
      if (result.error) throw result.error;
      return result.data?.kitas ?? [];
    },
  );
  const onSearch = (event: SubmitEvent) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    const district = String(form.get('district') ?? '');
    const hours = Number(form.get('hours') ?? 0);
    const [birth, start] = [String(form.get('birthDate') ?? ''), String(form.get('startDate') ?? '')];
    const age = ageMonthsAtStart(birth, start);
    if ((birth || start) && age === null) return setProblem(ts().bothDates);
    if (age !== null && age < 0) return setProblem(ts().startBeforeBirth);
    setProblem('');
    setFilters({
      ...(district ? { district } : {}),
      ...(hours ? { weeklyHours: hours } : {}),
      ...(age !== null ? { ageMonthsAtStart: age } : {}),
    });
  };
  return (
    <section class="card" aria-labelledby="kita-search-title">
      <h2 id="kita-search-title">{tf().searchTitle}</h2>
      <form onSubmit={onSearch}>
        <label>
          {tf().district}
          <select name="district">
            <option value="">{tf().allDistricts}</option>
            <For each={DISTRICT_CENTRES}>{(d) => <option value={d.name}>{d.name}</option>}</For>
          </select>
        </label>
        <label>
          {tf().hours}
          <select name="hours">
            <option value="">{tf().anyHours}</option>
            <For each={[25, 35, 45]}>{(h) => <option value={h}>{h}</option>}</For>
          </select>
        </label>
        <label>
          {ts().birthDate}
          <input type="date" name="birthDate" aria-describedby="kita-age-hint" />
        </label>
        <label>
          {ts().startDate}
          <input type="date" name="startDate" aria-describedby="kita-age-hint" />
        </label>
        <p id="kita-age-hint" class="meta">
          {ts().ageHint}
        </p>
        <button type="submit">{tf().searchButton}</button>
      </form>
      <Show when={problem()}>
        <p role="alert">{problem()}</p>
      </Show>
      <Show when={kitas()}>
        {(list) => (
          <>
            <p role="status">
              {tf().found(list().length)}
              {filters().ageMonthsAtStart != null
                ? ` ${ts().ageAtStart(filters().ageMonthsAtStart as number)}`
                : ''}
            </p>
            <PlacesMap
              note={tf().mapNote}
              label={tf().mapLabel}
              kind="kita"
              places={list().map((kita) => ({
                ...kita,
                label: `${kita.name}: ${tf().freePlaces(kita.freePlaces)}`,
              }))}
              onSelect={(id) => {
                window.location.hash = kitaHref(id);
              }}
              testId="kita-map"
            />
            <ul class="kitas">
              <For each={list()}>
                {(kita) => (
                  <li>
                    <h3>
                      <a href={kitaHref(kita.id)}>{kita.name}</a>
                    </h3>
                    <p class="meta">
                      {kita.street}, {kita.postalCode} Kaarst-{kita.district} · {kita.provider.name} ·{' '}
                      {tf().hoursList(kita.weeklyHours)} · {tf().freePlaces(kita.freePlaces)}
                      {kita.distanceKm != null ? ` · ${ts().distance(kita.distanceKm)}` : ''}
                      {kita.sample ? ` · ${tf().sample}` : ''}
                    </p>
                    <For each={props.familyChildren}>
                      {(child) => (
                        <button type="button" onClick={() => props.onApply(child.id, kita.id)}>
                          {tf().addWish(kita.name, child.firstName)}
                        </button>
                      )}
                    </For>
                  </li>
                )}
              </For>
            </ul>
          </>
        )}
      </Show>
    </section>
  );
}
