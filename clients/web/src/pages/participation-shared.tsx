/**
 * What the participation pages share: the focus moving to the heading of a loaded detail
 * (the route stays "participation" between the overview and its details, so the frame does
 * not move it) and the link back to the overview.
 */
import { createEffect, on } from 'solid-js';
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
