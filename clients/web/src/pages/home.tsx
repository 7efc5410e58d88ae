/**
 * The front door: what the hub offers, one link per offer with a sentence on
 * what it does, so a new citizen finds their way without knowing the menu.
 */
import { For } from 'solid-js';
import { tfd } from '../i18n-front.ts';
import { href, type Route } from '../router.ts';

const OFFERS: Array<Exclude<Route, 'meeting'>> = [
  'book',
  'cancel',
  'mine',
  'requests',
  'transit',
  'kaarst-pass',
  'energy',
  'budget',
  'family',
  'council',
];

export function HomePage() {
  return (
    <section aria-labelledby="home-title">
      <h1 id="home-title" tabindex="-1">
        {tfd().homeTitle}
      </h1>
      <p>{tfd().homeIntro}</p>
      <h2 id="offers-title">{tfd().offersTitle}</h2>
      <ul class="home-offers" aria-labelledby="offers-title">
        <For each={OFFERS}>
          {(offer) => {
            const text = () => tfd().offers[offer] ?? ['', ''];
            return (
              <li class="card home-offer">
                <a href={href(offer)}>{text()[0]}</a>
                <p>{text()[1]}</p>
              </li>
            );
          }}
        </For>
      </ul>
    </section>
  );
}
