/**
 * What a booking needs besides a time: what to bring and what it costs, from the
 * service catalogue (the appointments subgraph), and for the mobile office where
 * its van stands that day. Texts from the catalogue are German (the town's own).
 */
import { createResource, For, Show } from 'solid-js';
import { formatDay, townDay } from '../dates.ts';
import { type PortalCatalogueQuery, PortalMobileOfficeStopsDocument } from '../generated/graphql.ts';
import { client } from '../graphql-client.ts';
import { locale } from '../i18n.ts';
import { tfd } from '../i18n-front.ts';

type Service = PortalCatalogueQuery['appointmentServices'][number];
type Place = PortalCatalogueQuery['officeLocations'][number];

const euros = (cents: number) =>
  new Intl.NumberFormat(locale(), { style: 'currency', currency: 'EUR' }).format(cents / 100);

const fee = (service: Service) =>
  service.feeCents == null ? tfd().feeUnknown : service.feeCents === 0 ? tfd().free : euros(service.feeCents);

/** For the chosen services: one list of what to bring (no item twice) and the fee of each. */
export function BringAndCost(props: { services: Service[] }) {
  const bring = () => [...new Set(props.services.flatMap((s) => s.whatToBring))];
  const known = () => props.services.every((s) => s.feeCents != null);
  const total = () => props.services.reduce((sum, s) => sum + (s.feeCents ?? 0), 0);
  return (
    <div class="booking-info" data-testid="bring-and-cost">
      <h3>{tfd().bringTitle}</h3>
      <Show when={bring().length > 0} fallback={<p>{tfd().bringNothing}</p>}>
        <ul>
          <For each={bring()}>{(item) => <li>{item}</li>}</For>
        </ul>
      </Show>
      <h3>{tfd().costTitle}</h3>
      <ul>
        <For each={props.services}>
          {(service) => (
            <li>
              {service.name}: <strong>{fee(service)}</strong>
              <Show when={service.feeNote}>
                <span class="meta block">{service.feeNote}</span>
              </Show>
            </li>
          )}
        </For>
      </ul>
      <Show when={props.services.length > 1 && known()}>
        <p>
          {tfd().total}: <strong>{total() === 0 ? tfd().free : euros(total())}</strong>
        </p>
      </Show>
    </div>
  );
}

/** Local HH:MM of an instant in the town (for comparing with a stop's hours). */
const townTime = (iso: string) =>
  new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Berlin',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(iso));

/**
 * Where the van stands on the chosen day. A stop location (with a district) names
 * its place itself; the general mobile office looks the day's stop up, matched by
 * the chosen time when there is one, and says plainly when none is entered.
 */
export function MobileOfficeWhere(props: { place: Place; day: string; time: string | null }) {
  const [stops] = createResource(
    () => (props.place.mobile && !props.place.district ? client() : null),
    async (current) => {
      const result = await current.query(PortalMobileOfficeStopsDocument, {}).toPromise();
      return result.data?.mobileOfficeStops ?? [];
    },
  );
  const stop = () => {
    const date = townDay(props.day);
    const at = props.time ? townTime(props.time) : null;
    return (stops() ?? []).find((s) => s.date === date && (at === null || (s.opens <= at && at < s.closes)));
  };
  return (
    <Show when={props.place.mobile}>
      <div class="booking-info">
        <p>
          <strong>
            {tfd().vanWhere} ({formatDay(props.day)})
          </strong>
        </p>
        <Show
          when={props.place.district}
          fallback={
            <Show when={!stops.loading}>
              <Show when={stop()} fallback={<p class="message warning">{tfd().vanUnknown}</p>}>
                {(found) => (
                  <p data-testid="van-place">
                    <strong>{found().location.name}</strong>, {found().location.address} ·{' '}
                    {tfd().vanHours(found().opens, found().closes)}
                  </p>
                )}
              </Show>
            </Show>
          }
        >
          <p data-testid="van-place">
            <strong>{props.place.name}</strong>, {props.place.address}
          </p>
        </Show>
      </div>
    </Show>
  );
}
