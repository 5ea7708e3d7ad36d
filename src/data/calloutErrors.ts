import type { StoryData } from './schema.ts';
import type { StoryError } from './storyError.ts';

/** Each callout names one actor or one relation of the story, and each renamed or hidden label an actor: where one does not, what is wrong and how to fix it. */
export function calloutErrors(story: Pick<StoryData, 'actors' | 'relations' | 'graphic'>, file: string): StoryError[] {
  const actors = new Set(story.actors.map((a) => a.id));
  const relations = new Set(story.relations.map((r) => r.id));
  const unknown = (path: string, id: string): StoryError => ({ file, path, message: `unknown actor "${id}"`, expected: `one of the story's actors: ${[...actors].join(', ')}` });
  const labels = [
    ...Object.keys(story.graphic?.labels ?? {}).filter((id) => !actors.has(id)).map((id) => unknown(`graphic.labels.${id}`, id)),
    ...(story.graphic?.hideLabels ?? []).flatMap((id, i) => (actors.has(id) ? [] : [unknown(`graphic.hideLabels[${i}]`, id)])),
  ];
  return [...labels, ...(story.graphic?.callouts ?? []).flatMap((c, i): StoryError[] => {
    const at = `graphic.callouts[${i}]`;
    if ((c.actor === undefined) === (c.relation === undefined)) {
      return [{ file, path: at, message: c.actor === undefined ? 'a callout pinned to nothing' : 'a callout pinned to both an actor and a relation', expected: 'either "actor" (an actor\'s code, such as "PRK") or "relation" (a relation\'s id)' }];
    }
    if (c.actor !== undefined && !actors.has(c.actor)) return [{ file, path: `${at}.actor`, message: `unknown actor "${c.actor}"`, expected: `one of the story's actors: ${[...actors].join(', ')}` }];
    if (c.relation !== undefined && !relations.has(c.relation)) return [{ file, path: `${at}.relation`, message: `unknown relation "${c.relation}"`, expected: 'the id of one of the story\'s relations' }];
    return [];
  })];
}
