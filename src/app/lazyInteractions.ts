import type { InteractionOptions, Interactions } from './interactions.ts';

export interface LazyInteractions extends Interactions {
  /** The page's tooltip, once the code has loaded (undefined if the map was taken down first). */
  tooltip: Promise<HTMLElement | undefined>;
}

/** The events that start a hover, a focus or a pin: one that came before the code had loaded is handed on. */
const EARLY = ['pointerover', 'pointermove', 'click', 'focusin', 'keydown'] as const;

/**
 * The map's hover, focus, click and tap (interactions.ts, the tooltip and its cards), loaded as the
 * map is built rather than with the page: nothing of them is needed to show the map. The last
 * pointer event still over the map, a focus still on an edge, Enter or Space pressed on it, and a click
 * on an edge or country that came before the code are handed on to it once it has loaded; selections
 * asked for meanwhile wait for it.
 */
export function lazyInteractions(options: Omit<InteractionOptions, 'tooltip'>): LazyInteractions {
  const { map, layer, signal } = options;
  const svg = layer.getContainer()!;
  const container = map.getContainer();
  const early = new Map<string, Event>();
  const listening = new AbortController();
  signal.addEventListener('abort', () => listening.abort());
  const keep = (event: Event) => void early.set(event.type === 'pointerover' ? 'pointermove' : event.type, event);
  for (const type of EARLY) svg.addEventListener(type, keep, { signal: listening.signal });
  container.addEventListener('pointermove', keep, { signal: listening.signal });

  const ready = Promise.all([import('./interactions.ts'), import('./tooltip.ts')]).then(([{ wireInteractions }, { createTooltip }]) => {
    listening.abort();
    if (signal.aborted) return undefined;
    const tooltip = createTooltip(document.body);
    signal.addEventListener('abort', () => tooltip.element.remove());
    const wired = wireInteractions({ ...options, tooltip });
    handOn(early, svg);
    return { wired, tooltip: tooltip.element };
  });
  return {
    tooltip: ready.then((done) => done?.tooltip),
    select: (id, focus) => void ready.then((done) => done?.wired.select(id, focus)),
    mark: (id) => void ready.then((done) => done?.wired.mark(id)),
  };
}

/** Dispatches again what still applies of the events that came early: the pointer where it is, the focus, a click that pins. */
function handOn(early: Map<string, Event>, svg: SVGSVGElement) {
  const pointer = early.get('pointermove') as PointerEvent | undefined;
  const target = pointer?.target;
  if (pointer && target instanceof Element && target.isConnected && target.matches(':hover')) {
    target.dispatchEvent(new PointerEvent('pointerover', pointer));
    target.dispatchEvent(new PointerEvent('pointermove', pointer));
  }
  const focused = document.activeElement;
  // The focus, then the last key pressed on it (Enter or Space pins an edge; the loaded code ignores the other keys there).
  for (const type of ['focusin', 'keydown']) {
    const event = early.get(type);
    if (event && focused && svg.contains(focused)) focused.dispatchEvent(new (event.constructor as typeof Event)(type, event));
  }
  const click = early.get('click') as MouseEvent | undefined;
  const on = click?.target;
  if (click && on instanceof Element && on.isConnected && on.closest('.edge, .country.actor, .actor-marker')) on.dispatchEvent(new MouseEvent('click', click));
}
