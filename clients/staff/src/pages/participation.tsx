/**
 * "Mitmachen" for staff: four parts of the MITMACH portal's back office, each a tab of its own
 * (§ 24 suggestions handed to the council, the moderation queue, surveys, paper and counter
 * ballots). Only staff and admins see the screen; the graph checks every operation again.
 */
import { createSignal, For, Match, Switch } from 'solid-js';
import { BallotsPanel } from './participation/ballots.tsx';
import { ModerationPanel } from './participation/moderation.tsx';
import { SuggestionsPanel } from './participation/suggestions.tsx';
import { SurveysPanel } from './participation/surveys.tsx';

const PARTS = {
  suggestions: 'Anregungen und Beschwerden (§ 24)',
  moderation: 'Moderation',
  surveys: 'Umfragen',
  ballots: 'Stimmzettel erfassen',
} as const;
type Part = keyof typeof PARTS;

export function ParticipationPage() {
  const [part, setPart] = createSignal<Part>('suggestions');
  return (
    <section aria-labelledby="participation-title">
      <h1 id="participation-title" tabindex="-1">
        Mitmachen
      </h1>
      <nav aria-label="Bereiche von Mitmachen">
        <ul class="actions">
          <For each={Object.keys(PARTS) as Part[]}>
            {(key) => (
              <li>
                <button
                  type="button"
                  aria-current={part() === key ? 'page' : undefined}
                  onClick={() => setPart(key)}
                >
                  {PARTS[key]}
                </button>
              </li>
            )}
          </For>
        </ul>
      </nav>
      <Switch>
        <Match when={part() === 'suggestions'}>
          <SuggestionsPanel />
        </Match>
        <Match when={part() === 'moderation'}>
          <ModerationPanel />
        </Match>
        <Match when={part() === 'surveys'}>
          <SurveysPanel />
        </Match>
        <Match when={part() === 'ballots'}>
          <BallotsPanel />
        </Match>
      </Switch>
    </section>
  );
}
