import type { Story } from '../data/schema.ts';
import { calloutTarget } from '../core/storyScene.ts';
import type { RelationsLayer } from '../map/RelationsLayer.ts';
import { calloutDrag } from './calloutDrag.ts';
import { calloutKeys } from './calloutKeys.ts';

/**
 * The editor drags a callout on the map, or moves it with the arrow keys, to place it (its `dx`,
 * `dy`): the same offset, kept the same way, through `setGraphic`; the Text section (`text`) is
 * told. mountMap.ts loads this once the story has a callout, so the map's start carries none of it.
 * Returns what stops it.
 */
export function editCallouts(mapElement: HTMLElement, layer: RelationsLayer, story: Story, setGraphic: (graphic: Story['graphic']) => void, text: HTMLElement): () => void {
  const targetOf = (index: number) => {
    const scene = layer.currentScene();
    const callout = story.graphic?.callouts?.[index];
    return scene && callout ? calloutTarget(scene.anchors, scene.edges)(callout) : undefined;
  };
  const keptOffset = (index: number): [number, number] | undefined => {
    const callout = story.graphic?.callouts?.[index];
    return callout?.dx !== undefined && callout.dy !== undefined ? [callout.dx, callout.dy] : undefined;
  };
  const place = (index: number, dx: number, dy: number) => {
    const callouts = [...(story.graphic?.callouts ?? [])];
    if (!callouts[index]) return;
    callouts[index] = { ...callouts[index], dx, dy };
    setGraphic({ ...story.graphic, callouts });
    text.querySelector('.callout-list')?.dispatchEvent(new Event('graphicchange'));
  };
  const stops = [calloutDrag(mapElement, targetOf, place), calloutKeys(mapElement, targetOf, place, keptOffset)];
  return () => stops.forEach((stop) => stop());
}
