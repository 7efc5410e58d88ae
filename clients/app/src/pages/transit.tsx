import { href } from '../router.ts';

/** Getting around: not built yet in the app; the portal has departures and journeys. */
export function TransitPage() {
  return (
    <section aria-labelledby="transit-title">
      <h1 id="transit-title" tabindex="-1">
        Unterwegs
      </h1>
      <p>
        Abfahrten und Verbindungen finden Sie vorerst im{' '}
        <a href="/#/fahrplan">Bürgerportal unter Bus &amp; Bahn</a>.
      </p>
      <p>
        <a href={href('start')}>Zurück zum Start</a>
      </p>
    </section>
  );
}
