/**
 * Counselling and family offers: by topic and target group (those the directory holds) and the point and
 * radius of "Wo suchen?"; on a map (those with a place) and as a list with contact and hours.
 */
import { createResource, createSignal, For, Show } from 'solid-js';
import { PortalFamilyOffersDocument, type PortalFamilyOffersQueryVariables } from '../generated/graphql.ts';
import { client } from '../graphql-client.ts';
import { tf } from '../i18n-family.ts';
import { ts } from '../i18n-family-search.ts';
import { PlacesMap } from './family-map.tsx';
import type { Where } from './family-where.tsx';

async function offers(search: PortalFamilyOffersQueryVariables['search']) {
  const result = await client().query(PortalFamilyOffersDocument, { search }).toPromise();
  if (result.error) throw result.error;
  return result.data?.familyOffers ?? [];
}

export function FamilyOffers(props: { where: Where }) {
  const [chosen, setChosen] = createSignal({ topic: '', targetGroup: '' });
  // The choices are what the directory holds (one look at every offer).
  const [choices] = createResource(async () => {
    const all = await offers({});
    const distinct = (values: string[]) => [...new Set(values)].sort((x, y) => x.localeCompare(y, 'de'));
    return {
      topics: distinct(all.map((o) => o.topic)),
      targetGroups: distinct(all.map((o) => o.targetGroup)),
    };
  });
  const [found] = createResource(
    () => ({
      ...(chosen().topic ? { topic: chosen().topic } : {}),
      ...(chosen().targetGroup ? { targetGroup: chosen().targetGroup } : {}),
      ...(props.where.near() ? { near: props.where.near() } : {}),
    }),
    offers,
  );
  const onSearch = (event: SubmitEvent) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    setChosen({ topic: String(form.get('topic') ?? ''), targetGroup: String(form.get('targetGroup') ?? '') });
  };
  return (
    <section class="card" aria-labelledby="offers-title">
      <h2 id="offers-title">{ts().offersTitle}</h2>
      <form onSubmit={onSearch}>
        <label>
          {ts().topic}
          <select name="topic">
            <option value="">{ts().allTopics}</option>
            <For each={choices()?.topics ?? []}>{(t) => <option value={t}>{t}</option>}</For>
          </select>
        </label>
        <label>
          {ts().targetGroup}
          <select name="targetGroup">
            <option value="">{ts().allTargetGroups}</option>
            <For each={choices()?.targetGroups ?? []}>{(t) => <option value={t}>{t}</option>}</For>
          </select>
        </label>
        <button type="submit">{ts().offersButton}</button>
      </form>
      <Show when={found()}>
        {(list) => (
          <>
            <p role="status">{ts().offersFound(list().length)}</p>
            <PlacesMap
              note={ts().offersMapNote}
              label={ts().offersMapLabel}
              kind="offer"
              places={list().flatMap((offer) =>
                offer.latitude != null && offer.longitude != null
                  ? [
                      {
                        id: offer.id,
                        latitude: offer.latitude,
                        longitude: offer.longitude,
                        label: offer.title,
                      },
                    ]
                  : [],
              )}
              testId="offer-map"
            />
            <ul class="offers">
              <For each={list()}>
                {(offer) => (
                  <li>
                    <h3>{offer.title}</h3>
                    <p class="meta">
                      {offer.topic} · {ts().for} {offer.targetGroup} · Kaarst-{offer.district} ·{' '}
                      {offer.provider.name}
                      {offer.distanceKm != null ? ` · ${ts().distance(offer.distanceKm)}` : ''}
                      {offer.sample ? ` · ${tf().sample}` : ''}
                    </p>
                    <p>
                      {ts().contact}: {offer.contact} · {ts().hours}: {offer.hours}
                    </p>
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
