import type { Story, StoryData } from './schema.ts';
import type { CountryTable, OrganisationTable } from './tables.ts';

/** An actor with its kind, name and anchor, taken from the country or organisation table where the story gives none. */
export function completeActor(actor: StoryData['actors'][number], countries: CountryTable, organisations: OrganisationTable): Story['actors'][number] {
  const kind = actor.kind ?? (countries.has(actor.id) ? 'country' : 'organisation');
  if (kind === 'organisation') {
    const row = organisations.get(actor.id)!;
    return {
      ...actor, kind, name: actor.name ?? row.name, shortName: actor.shortName ?? row.shortName, members: row.members,
      anchor: actor.anchor ?? row.seat ?? { name: row.shortName, ...meanPosition(row.members.flatMap((id) => countries.get(id) ?? [])) },
    };
  }
  if (kind === 'other') return { ...actor, kind, name: actor.name!, anchor: actor.anchor! };
  const row = countries.get(actor.id);
  const name = actor.name ?? row?.name ?? actor.id;
  const anchor = actor.anchor ?? { name: row?.capital ?? name, lat: row?.lat ?? 0, lon: row?.lon ?? 0 };
  return { ...actor, kind, name, anchor };
}

/** The point on the globe nearest the mean of some positions, for an organisation without a seat. */
function meanPosition(points: readonly { lat: number; lon: number }[]): { lat: number; lon: number } {
  let x = 0, y = 0, z = 0;
  for (const { lat, lon } of points) {
    const [φ, λ] = [lat * Math.PI / 180, lon * Math.PI / 180];
    x += Math.cos(φ) * Math.cos(λ);
    y += Math.cos(φ) * Math.sin(λ);
    z += Math.sin(φ);
  }
  const lat = Math.atan2(z, Math.hypot(x, y)) * 180 / Math.PI;
  const lon = Math.atan2(y, x) * 180 / Math.PI;
  return { lat: Math.round(Math.max(-85, Math.min(85, lat)) * 1e4) / 1e4, lon: Math.round(lon * 1e4) / 1e4 };
}
