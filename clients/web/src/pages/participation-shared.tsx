/**
 * What the participation pages share: the focus moving to the heading of a loaded detail
 * (the route stays "participation" between the overview and its details, so the frame does
 * not move it), the link back to the overview, and a detail's loading and not-found states.
 */
import { type Accessor, createEffect, type JSX, on, type Resource, Show } from 'solid-js';
import { tb } from '../i18n-participation.ts';
import { href, routeId } from '../router.ts';

/**
 * The route stays "participation" between the overview and its details, so the frame does not
 * move the focus: after a change of detail, the heading that shows the loaded page takes it.
 */
let focusPending = false;
export function focusHeading() {
  createEffect(
    on(
      routeId,
      () => {
        focusPending = true;
      },
      { defer: true },
    ),
  );
}
export const claimFocus = (heading: HTMLElement) => {
  if (!focusPending) return;
  focusPending = false;
  queueMicrotask(() => heading.focus());
};

export function BackLink() {
  return (
    <p>
      <a href={href('participation')}>{tb().back}</a>
    </p>
  );
}

/** A detail once loaded: "loading" while it comes, "not found" (with the way back) if it does not. */
export function LoadedDetail<T>(props: {
  resource: Resource<T | null>;
  children: (value: Accessor<NonNullable<T>>) => JSX.Element;
}) {
  return (
    <Show
      when={!props.resource.loading || props.resource()}
      fallback={
        <h1 tabindex="-1" aria-busy="true">
          {tb().loading}
        </h1>
      }
    >
      <Show
        when={props.resource()}
        fallback={
          <>
            <h1 ref={claimFocus} tabindex="-1">
              {tb().notFound}
            </h1>
            <BackLink />
          </>
        }
      >
        {(value) => props.children(value as Accessor<NonNullable<T>>)}
      </Show>
    </Show>
  );
}
