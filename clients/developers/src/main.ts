/** The developers' page: key self-service, GraphiQL, examples, limits, open data, the schema reference. */
import './styles.css';
import { byId, show } from './dom.ts';
import { EXAMPLES, renderExamples } from './examples.ts';
import { renderKeys } from './keys.ts';
import { renderLimits } from './limits.ts';
import { renderOpenData } from './open-data.ts';
import { renderReference } from './reference.ts';
import { currentApiKey, onApiKeyChange } from './state.ts';

const keyState = byId('explorer-key-state');
const describeKey = (key: string | undefined) =>
  show(
    keyState,
    key
      ? `GraphiQL sendet Ihren API-Schlüssel (…${key.slice(-6)}).`
      : 'GraphiQL sendet noch keinen API-Schlüssel: stellen Sie oben einen aus. Ohne Schlüssel führt der Hub in Produktion nur die registrierten Dokumente seiner eigenen Clients aus.',
  );
describeKey(currentApiKey());
onApiKeyChange(describeKey);

renderKeys(byId('schluessel'));
void renderLimits(byId('grenzen'));
void renderOpenData(byId('offene-daten'));
renderReference(byId('referenz'));

// GraphiQL (React and Monaco) loads on its own, after the rest of the page.
const explorer = import('./explorer.tsx').then(({ mountExplorer }) =>
  mountExplorer(byId('graphiql'), (EXAMPLES[0] as (typeof EXAMPLES)[number]).query),
);
renderExamples(byId('beispiele'), (example) => {
  void explorer.then((e) => {
    e.open(example.query, example.variables);
    byId('explorer').scrollIntoView();
  });
});
