/** The family searches' map: a note on what it shows, then clients/ui's HubMap of the places found. */
import { featureCollection, HubMap, pointFeature } from '@kaarst/ui/map';
import { mapTiles } from '@kaarst/ui/map-tiles';

export interface MapPlace {
  id: string;
  latitude: number;
  longitude: number;
  label: string;
}

export function PlacesMap(props: {
  note: string;
  label: string;
  kind: string;
  places: MapPlace[];
  onSelect?: (id: string) => void;
  testId: string;
}) {
  return (
    <>
      <p class="hub-map-note">{props.note}</p>
      <HubMap
        label={props.label}
        features={featureCollection(
          props.places.map((p) =>
            pointFeature(p.longitude, p.latitude, { id: p.id, kind: props.kind, label: p.label }),
          ),
        )}
        tileUrl={mapTiles.url}
        attribution={mapTiles.attribution}
        {...(props.onSelect ? { onSelect: props.onSelect } : {})}
        testId={props.testId}
      />
    </>
  );
}
