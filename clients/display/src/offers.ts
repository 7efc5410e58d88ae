/**
 * The main area's slides: the approved items of the screen's schedule, then the town's offers
 * from the graph (Kaarst Pass offers, a participatory budget open for voting, the council meeting
 * live on RATS-TV, the Bürgerbüro's waiting time). Town events reach the screens as approved
 * items (departments submit them): the graph has no events calendar of its own.
 */
import type {
  DisplayCouncilFragment,
  DisplayPassOffersQuery,
  DisplaySnapshotQuery,
  DisplayVotesQuery,
  DisplayWaitingFragment,
} from './generated/graphql.ts';

export type SlideKind = 'item' | 'pass' | 'vote' | 'council' | 'waiting';

export interface Slide {
  /** Unique in the rotation: `<kind>:<id>`. */
  key: string;
  kind: SlideKind;
  /** A small heading above the title (what kind of offer this is); none for items. */
  kicker?: string;
  title: string;
  body: string;
  imageUrl?: string | null;
}

export interface TownOffers {
  passOffers: DisplayPassOffersQuery['kaarstPassOffers'];
  votes: DisplayVotesQuery['participatoryBudgets'];
  council: DisplayCouncilFragment | null;
  waiting: DisplayWaitingFragment | null;
}

export const noOffers: TownOffers = { passOffers: [], votes: [], council: null, waiting: null };

/** At most this many pass offers in one round (the rest in later rounds would need paging). */
const MAX_PASS_OFFERS = 5;

const euros = new Intl.NumberFormat('de-DE', { style: 'currency', currency: 'EUR' });
const day = new Intl.DateTimeFormat('de-DE', { timeZone: 'Europe/Berlin', day: 'numeric', month: 'long' });

const limit = (text: string, max: number) =>
  text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;

export function townSlides(offers: TownOffers, now: Date): Slide[] {
  const slides: Slide[] = [];
  const council = offers.council;
  if (council?.status === 'LIVE') {
    const item = council.currentAgendaItem;
    const current = item ? [item.number, item.name].filter(Boolean).join(' ') : '';
    slides.push({
      key: `council:${council.id}`,
      kind: 'council',
      kicker: 'Jetzt live: Ratssitzung',
      title: council.meeting.name ?? 'Sitzung des Rates',
      body: `${current ? `Gerade beraten: ${current}. ` : ''}Live auf RATS-TV im Bürgerportal.`,
    });
  }
  for (const vote of offers.votes.filter((b) => b.phase === 'VOTE')) {
    slides.push({
      key: `vote:${vote.id}`,
      kind: 'vote',
      kicker: 'Bürgerbeteiligung: jetzt abstimmen',
      title: vote.title,
      body: 'Stimmen Sie online im Bürgerportal unter „Beteiligung“ ab.',
    });
  }
  const waiting = offers.waiting;
  if (waiting?.walkInsOpen && waiting.estimatedWaitMinutes != null) {
    const minutes = waiting.estimatedWaitMinutes;
    slides.push({
      key: `waiting:${waiting.location.id}`,
      kind: 'waiting',
      kicker: 'Bürgerbüro: Wartezeit jetzt',
      title: minutes === 0 ? 'Keine Wartezeit' : `Etwa ${minutes} ${minutes === 1 ? 'Minute' : 'Minuten'}`,
      body: `${waiting.location.name}, ohne Termin. ${
        waiting.waiting === 1 ? '1 Person wartet' : `${waiting.waiting} Personen warten`
      }. Termine bucht man online.`,
    });
  }
  const current = offers.passOffers.filter((o) => new Date(o.validUntil) > now).slice(0, MAX_PASS_OFFERS);
  for (const offer of current) {
    slides.push({
      key: `pass:${offer.id}`,
      kind: 'pass',
      kicker: 'Mit dem Kaarst-Pass',
      title: offer.title,
      body: `${limit(offer.description, 160)} ${offer.free ? 'Kostenlos' : euros.format(offer.priceCents / 100)}, bei ${
        offer.partner.name
      }, bis ${day.format(new Date(offer.validUntil))}.`,
    });
  }
  return slides;
}

export function itemSlides(playlist: DisplaySnapshotQuery['screenSnapshot']['playlist']): Slide[] {
  return playlist.map(({ item }) => ({
    key: `item:${item.id}`,
    kind: 'item',
    title: item.title,
    body: item.body,
    imageUrl: item.imageUrl,
  }));
}
