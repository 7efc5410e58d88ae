/**
 * Kita & Familie: search the Kita directory (district, weekly hours) as a map (clients/ui's
 * HubMap: choosing a Kita there opens its profile) and a list (each Kita's
 * name links to its profile, kita.tsx; the birth bundle is birth-bundle.tsx), and, signed
 * in, the children's wish lists with status and the reason of every refusal; add a Kita to a
 * child's list, withdraw a wish, accept an offer. The wishes change live (myKitaApplicationChanged).
 */
import { featureCollection, HubMap, pointFeature } from '@kaarst/ui/map';
import { mapTiles } from '@kaarst/ui/map-tiles';
import { createEffect, createResource, createSignal, For, onCleanup, Show } from 'solid-js';
import { formatDateTime } from '../dates.ts';
import {
  PortalAcceptKitaOfferDocument,
  PortalApplyForKitaDocument,
  PortalKitaApplicationChangedDocument,
  PortalKitasDocument,
  PortalMyChildrenDocument,
  PortalWithdrawKitaApplicationDocument,
} from '../generated/graphql.ts';
import { client } from '../graphql-client.ts';
import { tf } from '../i18n-family.ts';
import { href, kitaHref, signInThenReturn } from '../router.ts';
import { session } from '../session.ts';

const DISTRICTS = ['Kaarst', 'Büttgen', 'Holzbüttgen', 'Vorst', 'Driesch'];
export function FamilyPage() {
  const [search, setSearch] = createSignal<{ district?: string; weeklyHours?: number }>({});
  const [message, setMessage] = createSignal('');
  const [kitas] = createResource(search, async (s) => {
    const result = await client().query(PortalKitasDocument, { search: s }).toPromise();
    if (result.error) throw result.error;
    return result.data?.kitas ?? [];
  });
  const [children, { refetch }] = createResource(
    () => session()?.token,
    async () => {
      const result = await client()
        .query(PortalMyChildrenDocument, {}, { requestPolicy: 'network-only' })
        .toPromise();
      if (result.error) throw result.error;
      return result.data?.myChildren ?? [];
    },
  );
  // Live while the page is open: an offer released by the providers, a refusal, a freed place.
  createEffect(() => {
    if (!session()) return;
    const subscription = client()
      .subscription(PortalKitaApplicationChangedDocument, {})
      .subscribe((result) => {
        if (result.data) void refetch();
      });
    onCleanup(() => subscription.unsubscribe());
  });
  const act = async (run: () => Promise<{ error?: { message: string } }>) => {
    const result = await run();
    setMessage(result.error ? `${tf().errorPrefix} ${result.error.message.replace(/^\[\w+\] /, '')}` : '');
    await refetch();
  };
  const onSearch = (event: SubmitEvent) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    const district = String(form.get('district') ?? '');
    const hours = Number(form.get('hours') ?? 0);
    setSearch({ ...(district ? { district } : {}), ...(hours ? { weeklyHours: hours } : {}) });
  };
  return (
    <section aria-labelledby="family-title">
      <h1 id="family-title" tabindex="-1">
        {tf().familyTitle}
      </h1>
      <p>{tf().familyIntro}</p>
      <p>
        <a href={href('birth')}>{tf().birthLink}</a>
      </p>
      <section class="card" aria-labelledby="kita-search-title">
        <h2 id="kita-search-title">{tf().searchTitle}</h2>
        <form onSubmit={onSearch}>
          <label>
            {tf().district}
            <select name="district">
              <option value="">{tf().allDistricts}</option>
              <For each={DISTRICTS}>{(d) => <option value={d}>{d}</option>}</For>
            </select>
          </label>
          <label>
            {tf().hours}
            <select name="hours">
              <option value="">{tf().anyHours}</option>
              <For each={[25, 35, 45]}>{(h) => <option value={h}>{h}</option>}</For>
            </select>
          </label>
          <button type="submit">{tf().searchButton}</button>
        </form>
        <Show when={kitas()}>
          {(list) => (
            <>
              <p role="status">{tf().found(list().length)}</p>
              <p class="hub-map-note">{tf().mapNote}</p>
              <HubMap
                label={tf().mapLabel}
                features={featureCollection(
                  list().map((kita) =>
                    pointFeature(kita.longitude, kita.latitude, {
                      id: kita.id,
                      kind: 'kita',
                      label: `${kita.name}: ${tf().freePlaces(kita.freePlaces)}`,
                    }),
                  ),
                )}
                tileUrl={mapTiles.url}
                attribution={mapTiles.attribution}
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
                        {kita.sample ? ` · ${tf().sample}` : ''}
                      </p>
                      <For each={children() ?? []}>
                        {(child) => (
                          <button
                            type="button"
                            onClick={() =>
                              act(() =>
                                client()
                                  .mutation(PortalApplyForKitaDocument, {
                                    childId: child.id,
                                    kitaId: kita.id,
                                  })
                                  .toPromise(),
                              )
                            }
                          >
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
      <section class="card" aria-labelledby="wishes-title">
        <h2 id="wishes-title">{tf().wishesTitle}</h2>
        <p role="alert">{message()}</p>
        <Show
          when={session()}
          fallback={
            <p>
              {tf().needSignIn}{' '}
              <button type="button" onClick={() => signInThenReturn('family')}>
                {tf().signIn}
              </button>
            </p>
          }
        >
          <Show when={(children() ?? []).length > 0} fallback={<p>{tf().noChildren}</p>}>
            <For each={children() ?? []}>
              {(child) => (
                <section aria-label={child.firstName}>
                  <h3>{child.firstName}</h3>
                  <Show when={child.applications.length > 0} fallback={<p>{tf().noWishes}</p>}>
                    <ol class="wishes">
                      <For each={child.applications}>
                        {(wish) => (
                          <li data-testid="wish">
                            <strong>{wish.kita.name}</strong>:{' '}
                            <span data-testid="wish-status">{tf().status[wish.status]}</span>
                            {wish.offerExpiresAt
                              ? ` (${tf().until(formatDateTime(wish.offerExpiresAt))})`
                              : ''}
                            <Show when={wish.reason}>
                              <span class="meta block">{wish.reason}</span>
                            </Show>
                            <Show when={wish.status === 'OFFERED'}>
                              <button
                                type="button"
                                onClick={() =>
                                  act(() =>
                                    client()
                                      .mutation(PortalAcceptKitaOfferDocument, { id: wish.id })
                                      .toPromise(),
                                  )
                                }
                              >
                                {tf().accept(wish.kita.name)}
                              </button>
                            </Show>
                            <Show when={wish.status !== 'WITHDRAWN' && wish.status !== 'LAPSED'}>
                              <button
                                type="button"
                                onClick={() =>
                                  act(() =>
                                    client()
                                      .mutation(PortalWithdrawKitaApplicationDocument, { id: wish.id })
                                      .toPromise(),
                                  )
                                }
                              >
                                {tf().withdraw(wish.kita.name)}
                              </button>
                            </Show>
                          </li>
                        )}
                      </For>
                    </ol>
                  </Show>
                </section>
              )}
            </For>
          </Show>
        </Show>
      </section>
    </section>
  );
}
