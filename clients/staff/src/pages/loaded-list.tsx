/**
 * A screen's list from a resource: its error, "Wird geladen …" while it loads, a sentence when
 * it is empty, else the list. (The Kita screens use it; the older screens still spell it out.)
 */
import type { Accessor, JSX, Resource } from 'solid-js';
import { Show } from 'solid-js';

export function LoadedList<T>(props: {
  list: Resource<T[]>;
  empty: string;
  children: (list: Accessor<T[]>) => JSX.Element;
}) {
  return (
    <Show
      when={!props.list.error}
      fallback={<p class="message error">{String(props.list.error?.message)}</p>}
    >
      <Show when={props.list()} fallback={<p role="status">Wird geladen …</p>}>
        {(list) => (
          <Show when={list().length > 0} fallback={<p>{props.empty}</p>}>
            {props.children(list)}
          </Show>
        )}
      </Show>
    </Show>
  );
}
