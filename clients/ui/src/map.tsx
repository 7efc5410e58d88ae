/**
 * The hub's map (Leaflet 1.9): draws a GeoJSON FeatureCollection from the graph (points as
 * circles, or numbered stops when a feature has an `order`; lines; areas). The tile URL comes
 * from the client's configuration (`tileUrl`); without one (tests, a hub without a tile
 * server) the features are drawn on a plain background. Text shown on the map is set as text,
 * never as HTML: labels come from citizens' input.
 *
 * Feature properties it reads:
 * - `id`: the feature can be chosen (click, or Enter on a numbered stop); it gets the class `map-feature-<id>`;
 * - `label`: its tooltip and accessible name;
 * - `order`: a numbered stop (a route's visits);
 * - `kind`: an extra class `map-<kind>`;
 * - `selected`: drawn highlighted.
 *
 * A map is a picture of what the page lists: every page with a map also lists its features
 * in text, which is where keyboard and screen-reader users choose them.
 */
import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import './map.css';
import { createEffect, onCleanup } from 'solid-js';

/** Kaarst town hall: the view before any feature is drawn. */
export const KAARST_CENTRE: [number, number] = [51.2277, 6.6176];

export type MapFeatureCollection = GeoJSON.FeatureCollection<GeoJSON.Geometry, MapFeatureProperties | null>;

export interface MapFeatureProperties {
  id?: string;
  label?: string;
  order?: number;
  kind?: string;
  selected?: boolean;
  [other: string]: unknown;
}

export interface HubMapProps {
  /** The accessible name of the map region, e.g. "Karte der Anliegen mit Ort". */
  label: string;
  features: MapFeatureCollection;
  /** An XYZ tile URL template (`https://…/{z}/{x}/{y}.png`); none: no background map. */
  tileUrl?: string | undefined;
  attribution?: string | undefined;
  /** A feature with an `id` was chosen on the map. */
  onSelect?: (id: string) => void;
  /** Test hook and styling: the container's data-testid. */
  testId?: string;
}

/** A point feature (GeoJSON order: longitude, latitude). */
export function pointFeature(
  longitude: number,
  latitude: number,
  properties: MapFeatureProperties,
): GeoJSON.Feature<GeoJSON.Point, MapFeatureProperties> {
  return { type: 'Feature', geometry: { type: 'Point', coordinates: [longitude, latitude] }, properties };
}

export const featureCollection = (
  features: Array<GeoJSON.Feature<GeoJSON.Geometry, MapFeatureProperties | null>>,
): MapFeatureCollection => ({ type: 'FeatureCollection', features });

const classesOf = (properties: MapFeatureProperties | null | undefined): string =>
  [
    'map-feature',
    properties?.kind ? `map-${properties.kind}` : '',
    properties?.id ? `map-feature-${properties.id}` : '',
    properties?.selected ? 'map-selected' : '',
  ]
    .filter(Boolean)
    .join(' ');

function textElement(text: string): HTMLElement {
  const element = document.createElement('span');
  element.textContent = text;
  return element;
}

function createMap(element: HTMLElement, props: HubMapProps): L.Map {
  const map = L.map(element, {
    zoomControl: false,
    attributionControl: Boolean(props.tileUrl),
    center: KAARST_CENTRE,
    zoom: 13,
  });
  L.control.zoom({ zoomInTitle: 'Vergrößern', zoomOutTitle: 'Verkleinern' }).addTo(map);
  if (props.tileUrl)
    L.tileLayer(props.tileUrl, { maxZoom: 19, attribution: props.attribution ?? '' }).addTo(map);
  return map;
}

export function HubMap(props: HubMapProps) {
  let element: HTMLElement | undefined;
  let map: L.Map | undefined;
  let layer: L.GeoJSON | undefined;

  createEffect(() => {
    const data = props.features;
    if (!element) return;
    map ??= createMap(element, props);
    layer?.remove();
    layer = L.geoJSON(data, {
      style: (feature) => ({
        className: classesOf(feature?.properties),
        color: feature?.properties?.selected ? '#a4161a' : '#0b4f8a',
        weight: feature?.geometry.type === 'LineString' ? 4 : 2,
        fillOpacity: feature?.geometry.type === 'Point' ? 0.8 : 0.15,
      }),
      pointToLayer: (feature, at) => {
        const properties = feature.properties as MapFeatureProperties | null;
        if (typeof properties?.order === 'number') {
          const icon = document.createElement('span');
          icon.className = `map-order ${classesOf(properties)}`;
          icon.textContent = String(properties.order);
          return L.marker(at, {
            icon: L.divIcon({ html: icon, className: '', iconSize: [26, 26] }),
            keyboard: true,
            title: properties.label ?? String(properties.order),
            alt: properties.label ?? String(properties.order),
          });
        }
        return L.circleMarker(at, { radius: 8 });
      },
      onEachFeature: (feature, featureLayer) => {
        const properties = feature.properties as MapFeatureProperties | null;
        if (properties?.label) featureLayer.bindTooltip(() => textElement(properties.label ?? ''));
        const id = properties?.id;
        if (id) featureLayer.on('click', () => props.onSelect?.(id));
      },
    });
    // Leaflet 1.9 throws when the layer joins a map whose view was never set: fit the view first.
    const bounds = layer.getBounds();
    if (bounds.isValid()) map.fitBounds(bounds, { padding: [24, 24], maxZoom: 16 });
    layer.addTo(map);
  });

  onCleanup(() => {
    map?.remove();
    map = undefined;
  });

  return (
    <section
      ref={(el) => {
        element = el;
      }}
      class="hub-map"
      aria-label={props.label}
      data-testid={props.testId}
    />
  );
}
