/**
 * What the workbench's list screens share: a list from the graph shown as its error, "Wird
 * geladen …", a sentence when it is empty, or a table with column headers.
 */
import { For, type JSX, type Resource, Show } from 'solid-js';

export function Loaded<T>(props: {
  list: Resource<T[] | undefined> | Resource<T[]>;
  empty: string;
  children: (list: T[]) => JSX.Element;
}) {
  return (
    <Show
      when={!props.list.error}
      fallback={<p class="message error">{String(props.list.error?.message ?? props.list.error)}</p>}
    >
      <Show when={props.list()} fallback={<p role="status">Wird geladen …</p>}>
        {(list) => (
          <Show when={list().length > 0} fallback={<p>{props.empty}</p>}>
            {props.children(list())}
          </Show>
        )}
      </Show>
    </Show>
  );
}

/** A schedule-style table: the column headers, then the rows given as children. */
export function ListTable(props: { columns: string[]; testId?: string; children: JSX.Element }) {
  return (
    <table class="schedule" data-testid={props.testId}>
      <thead>
        <tr>
          <For each={props.columns}>{(column) => <th scope="col">{column}</th>}</For>
        </tr>
      </thead>
      <tbody>{props.children}</tbody>
    </table>
  );
}
