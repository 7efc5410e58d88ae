/**
 * GraphiQL from the npm package (no CDN), with its Monaco workers bundled by Vite. It
 * knows the schema from the build (virtual:hub-schema), so it needs no introspection,
 * which the gateway answers only outside production. Queries go out with the chosen
 * API key: with one, the gateway runs any document within the key's limits.
 */
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import { apiSdl } from 'virtual:hub-schema';
import { GraphiQL } from 'graphiql';
import { buildSchema } from 'graphql';
import { createRoot, type Root } from 'react-dom/client';
import { runWithKey } from './api.ts';
import { currentApiKey } from './state.ts';

const schema = buildSchema(apiSdl);

/** GraphiQL keeps tabs in storage; a fresh store per opening lets an example's query show. */
function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, value),
  };
}

export interface Explorer {
  open(query: string, variables?: Record<string, unknown>): void;
}

export function mountExplorer(element: HTMLElement, query: string): Explorer {
  const root: Root = createRoot(element);
  let opened = 0;
  const render = (initialQuery: string, variables?: Record<string, unknown>) => {
    opened += 1;
    root.render(
      <GraphiQL
        key={opened}
        schema={schema}
        fetcher={(params) => runWithKey(params, currentApiKey()) as never}
        storage={memoryStorage()}
        initialQuery={initialQuery}
        initialVariables={variables ? JSON.stringify(variables, null, 2) : ''}
        defaultEditorToolsVisibility={variables ? 'variables' : false}
        isHeadersEditorEnabled={false}
        forcedTheme="light"
      />,
    );
  };
  render(query);
  return { open: render };
}
