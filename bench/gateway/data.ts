/**
 * The fixed data the four benchmark subgraphs serve: six users, five products
 * and eighteen reviews, made by fixed rules so every run answers the same.
 */

export interface User {
  id: string;
  name: string;
  username: string;
  birthday: number;
}

export interface Product {
  upc: string;
  name: string;
  price: number;
  weight: number;
}

export interface Review {
  id: string;
  body: string;
  authorId: string;
  upc: string;
}

const FIRST_NAMES = ['Anna', 'Ben', 'Clara', 'Deniz', 'Emil', 'Frieda'];
const LAST_NAMES = ['Schmitz', 'Hoffmann', 'Yilmaz', 'Becker', 'Wagner', 'Krüger'];

export const USERS: User[] = FIRST_NAMES.map((first, i) => ({
  id: String(i + 1),
  name: `${first} ${LAST_NAMES[i]}`,
  username: `${first.toLowerCase()}.${i + 1}`,
  birthday: 19_700_101 + i * 30_107,
}));

const PRODUCT_NAMES = ['Stadtplan Kaarst', 'Fahrradklingel', 'Regenschirm', 'Thermobecher', 'Bürgerbuch'];

export const PRODUCTS: Product[] = PRODUCT_NAMES.map((name, i) => ({
  upc: String(i + 1),
  name,
  price: 399 + i * 450,
  weight: 120 + i * 85,
}));

/** Whether each product is in stock (the inventory subgraph's own field). */
export const IN_STOCK: Record<string, boolean> = Object.fromEntries(
  PRODUCTS.map((product, i) => [product.upc, i % 3 !== 2]),
);

/** The inventory subgraph's rule, from the fields it `@requires` of the products subgraph. */
export const shippingEstimate = (price: number, weight: number) =>
  price >= 1000 ? 0 : Math.round(weight / 2);

const PHRASES = [
  'Pünktlich geliefert, gut verpackt.',
  'Hält, was die Beschreibung verspricht, und sieht im Alltag ordentlich aus.',
  'Für den Weg zum Rathaus und zurück genau richtig; beim Regen am Vorster Wald hat es sich bewährt.',
  'Nach drei Wochen täglicher Nutzung kein Mangel zu sehen, nur die Farbe ist heller als auf dem Bild.',
];

export const REVIEWS: Review[] = Array.from({ length: 18 }, (_, i) => ({
  id: String(i + 1),
  body: Array.from({ length: 1 + (i % 4) }, (_, k) => PHRASES[(i + k) % PHRASES.length]).join(' '),
  authorId: String((i % USERS.length) + 1),
  upc: String(((i * 7) % PRODUCTS.length) + 1),
}));

export const userById = new Map(USERS.map((user) => [user.id, user]));
export const productByUpc = new Map(PRODUCTS.map((product) => [product.upc, product]));
export const reviewById = new Map(REVIEWS.map((review) => [review.id, review]));
