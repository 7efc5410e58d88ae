/**
 * A Kita's profile (#/kita/<id>): provider, address, ages, care hours, opening times, concept,
 * languages, places and free places by age group, and the published admission criteria.
 * Public, from the directory; reached from the Kita search's list.
 */
import { createResource, For, Show } from 'solid-js';
import { PortalKitaDocument } from '../generated/graphql.ts';
import { client } from '../graphql-client.ts';
import { tf } from '../i18n-family.ts';
import { href, routeId } from '../router.ts';
import './family.css';

export function KitaPage() {
  const [kita] = createResource(routeId, async (id) => {
    const result = await client().query(PortalKitaDocument, { id }).toPromise();
    if (result.error) throw result.error;
    return result.data?.kita ?? null;
  });
  return (
    <section aria-labelledby="kita-title">
      <p>
        <a href={href('family')}>{tf().backToSearch}</a>
      </p>
      <Show
        when={!kita.loading}
        fallback={
          <h1 id="kita-title" tabindex="-1">
            {tf().loading}
          </h1>
        }
      >
        <Show
          when={kita()}
          fallback={
            <>
              <h1 id="kita-title" tabindex="-1">
                {tf().kitaTitle}
              </h1>
              <p role="alert">
                {kita.error ? `${tf().errorPrefix} ${kita.error.message}` : tf().kitaNotFound}
              </p>
            </>
          }
        >
          {(k) => (
            <>
              <h1 id="kita-title" tabindex="-1">
                {k().name}
              </h1>
              <Show when={k().sample}>
                <p class="meta">{tf().sampleNote}</p>
              </Show>
              <section class="card" aria-labelledby="kita-facts">
                <h2 id="kita-facts">{tf().profileFacts}</h2>
                <dl class="facts">
                  <dt>{tf().provider}</dt>
                  <dd>{k().provider.name}</dd>
                  <dt>{tf().address}</dt>
                  <dd>
                    {k().street}, {k().postalCode} Kaarst-{k().district}
                  </dd>
                  <dt>{tf().ages}</dt>
                  <dd>{tf().ageRange(k().minAgeMonths, k().maxAgeMonths)}</dd>
                  <dt>{tf().weeklyHours}</dt>
                  <dd>{tf().hoursList(k().weeklyHours)}</dd>
                  <dt>{tf().openingTimes}</dt>
                  <dd>{k().openingTimes}</dd>
                  <dt>{tf().languages}</dt>
                  <dd>{k().languages.join(', ')}</dd>
                  <dt>{tf().freeTotal}</dt>
                  <dd data-testid="kita-free">{tf().freePlaces(k().freePlaces)}</dd>
                </dl>
              </section>
              <section class="card" aria-labelledby="kita-concept">
                <h2 id="kita-concept">{tf().concept}</h2>
                <p>{k().concept}</p>
              </section>
              <section class="card" aria-labelledby="kita-places">
                <h2 id="kita-places">{tf().placesTitle}</h2>
                <table class="family-table">
                  <thead>
                    <tr>
                      <th scope="col">{tf().ageGroupHead}</th>
                      <th scope="col">{tf().placesHead}</th>
                      <th scope="col">{tf().freeHead}</th>
                    </tr>
                  </thead>
                  <tbody>
                    <For each={k().places}>
                      {(group) => (
                        <tr>
                          <th scope="row">{tf().ageGroup[group.ageGroup]}</th>
                          <td class="number">{group.places}</td>
                          <td class="number">{group.freePlaces}</td>
                        </tr>
                      )}
                    </For>
                  </tbody>
                </table>
              </section>
              <section class="card" aria-labelledby="kita-criteria">
                <h2 id="kita-criteria">{tf().criteriaTitle}</h2>
                <Show when={k().criteria.length > 0} fallback={<p>{tf().noCriteria}</p>}>
                  <p>{tf().criteriaIntro}</p>
                  <table class="family-table">
                    <thead>
                      <tr>
                        <th scope="col">{tf().criterionHead}</th>
                        <th scope="col">{tf().pointsHead}</th>
                      </tr>
                    </thead>
                    <tbody>
                      <For each={k().criteria}>
                        {(criterion) => (
                          <tr>
                            <th scope="row">{criterion.label}</th>
                            <td class="number">{criterion.points}</td>
                          </tr>
                        )}
                      </For>
                    </tbody>
                  </table>
                </Show>
              </section>
            </>
          )}
        </Show>
      </Show>
    </section>
  );
}
