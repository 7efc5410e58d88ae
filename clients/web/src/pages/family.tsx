/**
 * Kita & Familie: where to search (family-where.tsx: near me or a district, radius), the Kita
 * search (family-kita-search.tsx) and counselling offers (family-offers.tsx), each as a map and
 * a list (a Kita's profile is kita.tsx; the birth bundle is birth-bundle.tsx), and, signed
 * in, the family's children (family-children.tsx: entered, corrected, removed) and their wish
 * lists with status and the reason of every refusal; add a Kita to a
 * child's list, withdraw a wish, accept an offer. The wishes change live (myKitaApplicationChanged).
 */
import { createEffect, createResource, createSignal, For, onCleanup, Show } from 'solid-js';
import { formatDateTime } from '../dates.ts';
import {
  PortalAcceptKitaOfferDocument,
  PortalApplyForKitaDocument,
  PortalKitaApplicationChangedDocument,
  PortalMyChildrenDocument,
  PortalWithdrawKitaApplicationDocument,
} from '../generated/graphql.ts';
import { client } from '../graphql-client.ts';
import { tf } from '../i18n-family.ts';
import { href, signInThenReturn } from '../router.ts';
import { session } from '../session.ts';
import { FamilyChildren } from './family-children.tsx';
import { KitaSearch } from './family-kita-search.tsx';
import { FamilyOffers } from './family-offers.tsx';
import { createWhere, WhereChooser } from './family-where.tsx';
import './family.css';

export function FamilyPage() {
  const [message, setMessage] = createSignal('');
  const where = createWhere();
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
  return (
    <section aria-labelledby="family-title">
      <h1 id="family-title" tabindex="-1">
        {tf().familyTitle}
      </h1>
      <p>{tf().familyIntro}</p>
      <p>
        <a href={href('birth')}>{tf().birthLink}</a>
      </p>
      <WhereChooser where={where} />
      <KitaSearch
        where={where}
        familyChildren={children() ?? []}
        onApply={(childId, kitaId) =>
          act(() => client().mutation(PortalApplyForKitaDocument, { childId, kitaId }).toPromise())
        }
      />
      <FamilyOffers where={where} />
      <Show when={session()}>
        <FamilyChildren familyChildren={children() ?? []} onChanged={async () => refetch()} />
      </Show>
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
