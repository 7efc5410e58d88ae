import { href } from '../router.ts';
import { session } from '../session.ts';

export function StartPage() {
  return (
    <section aria-labelledby="start-title">
      <h1 id="start-title" tabindex="-1">
        Kaarst App
      </h1>
      <p>
        {session() ? `Hallo ${session()?.displayName}.` : 'Willkommen.'} Die App der Stadt Kaarst – auch ohne
        Netz.
      </p>
      <ul class="tiles">
        <li>
          <a class="tile" href={href('pass')}>
            <strong>Kaarst-Pass</strong>
            <span>Ihr Pass auf dem Handy, auch offline vorzeigen</span>
          </a>
        </li>
        <li>
          <a class="tile" href={href('offers')}>
            <strong>Angebote</strong>
            <span>Was der Kaarst-Pass in der Stadt öffnet</span>
          </a>
        </li>
        <li>
          <a class="tile" href={href('transit')}>
            <strong>Unterwegs</strong>
            <span>Abfahrten, Verbindungen, Hilfe beim Einstieg</span>
          </a>
        </li>
      </ul>
    </section>
  );
}
