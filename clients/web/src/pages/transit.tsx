/** Bus & Bahn: departures at a stop (with the wheelchair pickup request) and the journey planner. */
import { tt } from '../i18n-transit.ts';
import { DeparturesSection } from './departures.tsx';
import { JourneyPlanner } from './journey-planner.tsx';
import './transit.css';

export function TransitPage() {
  return (
    <section aria-labelledby="transit-title">
      <h1 id="transit-title" tabindex="-1">
        {tt().transitTitle}
      </h1>
      <p>{tt().transitIntro}</p>
      <JourneyPlanner />
      <DeparturesSection />
    </section>
  );
}
