import type { FeatureCollection, Geometry, MultiLineString } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Basemap } from '../core/scene.ts';

export type CountriesTopology = Topology<{ countries: GeometryCollection<{ name: string }> }>;

/** Country features and their borders (each shared border once) from a `geo/countries-*.json` topology. */
export function basemapFromTopology(topology: CountriesTopology): Basemap {
  const countries = feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name: string }>;
  const borders = mesh(topology, topology.objects.countries, (a, b) => a !== b) as MultiLineString;
  return { countries, borders };
}
