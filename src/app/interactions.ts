import L from 'leaflet';
import type { Relation, Story } from '../data/schema.ts';
import type { RelationsLayer } from '../map/RelationsLayer.ts';
import { keepInView, sheetMode } from './bottomSheet.ts';
import { el } from './el.ts';
import type { Tooltip } from './tooltip.ts';
import { countryCard, relationCard, type QuoteHandler } from './tooltipContent.ts';

export interface InteractionOptions {
  map: L.Map;
  layer: RelationsLayer;
  story: Story;
  tooltip: Tooltip;
  onQuote: QuoteHandler;
  /** Called with the pinned relation's id, or undefined when nothing is pinned. */
  onPin: (relationId: string | undefined) => void;
  signal: AbortSignal;
}

export interface Interactions {
  /** Pins a relation's tooltip at its edge and moves focus there, as a click on the list does. */
  select(relationId: string, focus?: boolean): void;
  /** Highlights a relation's edge with no tooltip (where a tooltip would hide the map); it stays so until another is selected. */
  mark(relationId: string): void;
}

/**
 * Hover, focus, click and tap on edges and countries: highlight, tooltip, pin. The listeners sit on
 * the layer's SVG, which outlives the shapes it redraws, so every zoom keeps them.
 */
export function wireInteractions(options: InteractionOptions): Interactions {
  const { map, layer, story, tooltip, onQuote, onPin, signal } = options;
  const svg = layer.getContainer()!;
  const relations = new Map(story.relations.map((r) => [r.id, r]));
  // Each actor's relations, gathered in one pass on the first hover of a country, not one pass a hover.
  let byActor: Map<string, Relation[]> | undefined;
  const relationsOf = (id: string) => {
    if (!byActor) {
      byActor = new Map();
      for (const r of story.relations) for (const end of r.from === r.to ? [r.from] : [r.from, r.to]) {
        const list = byActor.get(end);
        if (list) list.push(r);
        else byActor.set(end, [r]);
      }
    }
    return byActor.get(id) ?? [];
  };
  // Made while the page is idle, so the first hover of a country in a large story does not pay for it.
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => relationsOf(''));
  let returnFocus: SVGGElement | undefined;
  // The edge marked without a tooltip: the highlight comes back to it when a hover or a pin ends.
  let marked = '';

  const edgeOf = (target: EventTarget | null) => (target instanceof Element ? target.closest<SVGGElement>('.edge') : null);
  // A country's shape, or the marker of an organisation or other actor, which has no shape to hover.
  const countryOf = (target: EventTarget | null) => (target instanceof Element ? target.closest<SVGElement>('.country.actor, .actor-marker') : null);

  const highlight = (key: string) => {
    if (layer.usesCanvas()) {
      const ids = key.startsWith('edge:') ? [key.slice(5)] : key.startsWith('actor:') ? relationsOf(key.slice(6)).map((r) => r.id) : [];
      layer.highlight(new Set(ids));
    }
    svg.classList.toggle('has-active', key !== '');
    svg.querySelectorAll('.is-active').forEach((e) => { e.classList.remove('is-active'); e.removeAttribute('aria-describedby'); });
    if (key.startsWith('edge:')) {
      const edge = svg.querySelector(`.edge[data-relation-id="${CSS.escape(key.slice(5))}"]`);
      edge?.classList.add('is-active');
      edge?.setAttribute('aria-describedby', tooltip.element.id);
    } else if (key.startsWith('actor:')) {
      const id = key.slice(6);
      svg.querySelectorAll(`.edge[data-from="${CSS.escape(id)}"], .edge[data-to="${CSS.escape(id)}"], .country.actor[data-actor="${CSS.escape(id)}"], .actor-marker[data-actor="${CSS.escape(id)}"]`).forEach((e) => e.classList.add('is-active'));
    }
  };

  const showEdge = (id: string, x: number, y: number) => {
    const relation = relations.get(id);
    if (!relation) return;
    tooltip.show(relationCard(story, relation, onQuote), x, y, `edge:${id}`);
    highlight(`edge:${id}`);
  };

  const showCountry = (id: string, x: number, y: number) => {
    const own = relationsOf(id);
    tooltip.show(countryCard(story, id, own, onQuote), x, y, `actor:${id}`);
    highlight(`actor:${id}`);
  };

  const close = () => {
    const wasPinned = tooltip.pinned;
    tooltip.hide();
    highlight(marked);
    if (wasPinned) onPin(undefined);
  };

  const pin = (key: string) => {
    tooltip.pinned = true;
    tooltip.element.classList.add('pinned');
    // A pinned tooltip can be closed by touch as well as by Escape or a tap on the map.
    const button = el('button', { type: 'button', class: 'close', 'aria-label': 'Close' }, '×');
    button.addEventListener('click', () => {
      close();
      if (returnFocus?.isConnected) returnFocus.focus({ preventScroll: true });
    });
    tooltip.closeWith(button);
    onPin(key.startsWith('edge:') ? key.slice(5) : undefined);
    // On a phone the tooltip is a sheet at the bottom of the screen: the edge stays in sight above it.
    if (key.startsWith('edge:') && sheetMode()) keepInView(map, () => edgeMid(key.slice(5)), tooltip.element);
  };

  /** Where an edge's middle is on screen, in client pixels. */
  const edgeMid = (id: string) => {
    const mid = layer.edgeMid(id);
    if (!mid) return undefined;
    const point = map.layerPointToContainerPoint(L.point(mid).subtract(map.getPixelOrigin()));
    const box = map.getContainer().getBoundingClientRect();
    return { x: box.left + point.x, y: box.top + point.y };
  };

  // Where a pointer event is in the map's container. The container's box is read once a frame, at
  // the first event, before any hover has changed the page: read after, it would force a layout.
  const container = map.getContainer();
  let box: { left: number; top: number; scaleX: number; scaleY: number } | undefined;
  const pointIn = (event: MouseEvent) => {
    if (!box) {
      const rect = container.getBoundingClientRect();
      box = { left: rect.left + container.clientLeft, top: rect.top + container.clientTop, scaleX: rect.width / container.offsetWidth || 1, scaleY: rect.height / container.offsetHeight || 1 };
      requestAnimationFrame(() => (box = undefined));
    }
    return L.point((event.clientX - box.left) / box.scaleX, (event.clientY - box.top) / box.scaleY);
  };
  // In a crowded corridor the pointer belongs to the edge nearest to it, not to the one drawn last.
  // An edge in a closed dense corridor is not drawn (corridorBadges.ts): the pointer cannot belong to it.
  const drawnEdge = (id: string) => {
    const edge = svg.querySelector<SVGGElement>(`.edge[data-relation-id="${CSS.escape(id)}"]`);
    return !edge?.parentElement?.classList.contains('corridor') || getComputedStyle(edge).display !== 'none';
  };
  const nearestEdge = (event: MouseEvent, edge: SVGGElement) => {
    const id = layer.edgeAt(pointIn(event));
    return id !== undefined && drawnEdge(id) ? id : edge.dataset.relationId!;
  };
  svg.addEventListener('pointerover', (event) => {
    // While a button is down the reader is dragging the map: no hover work in the way of the pan.
    if (tooltip.pinned || event.buttons) return;
    const edge = edgeOf(event.target);
    if (edge) return showEdge(nearestEdge(event, edge), event.clientX, event.clientY);
    const country = countryOf(event.target);
    // Over a canvas of edges, an edge under the pointer wins over the country beneath it.
    if (country && layer.usesCanvas() && layer.edgeAt(pointIn(event))) return;
    if (country) showCountry(country.dataset.actor!, event.clientX, event.clientY);
  });
  svg.addEventListener('pointermove', (event) => {
    const edge = !tooltip.pinned && !event.buttons ? edgeOf(event.target) : null;
    const id = edge && nearestEdge(event, edge);
    if (id && tooltip.key !== `edge:${id}`) showEdge(id, event.clientX, event.clientY);
    else tooltip.move(event.clientX, event.clientY);
  });
  svg.addEventListener('pointerout', (event) => {
    if (tooltip.pinned) return;
    const from = edgeOf(event.target) ?? countryOf(event.target);
    const to = edgeOf(event.relatedTarget) ?? countryOf(event.relatedTarget);
    if (from && from !== to && !(tooltip.element.contains(event.relatedTarget as Node))) close();
  });
  svg.addEventListener('click', (event) => {
    const edge = edgeOf(event.target);
    const country = countryOf(event.target);
    if (!edge && !country) return;
    // A click or tap on the map itself closes the tooltip; one on an edge or country must not reach it.
    L.DomEvent.stopPropagation(event);
    tooltip.pinned = false;
    if (edge) showEdge(nearestEdge(event, edge), event.clientX, event.clientY);
    else showCountry(country!.dataset.actor!, event.clientX, event.clientY);
    pin(tooltip.key);
  });
  svg.addEventListener('focusin', (event) => {
    const edge = edgeOf(event.target);
    if (!edge || tooltip.pinned) return;
    const at = edgeMid(edge.dataset.relationId!);
    if (at) showEdge(edge.dataset.relationId!, at.x, at.y);
  });
  svg.addEventListener('focusout', (event) => {
    if (!tooltip.pinned && edgeOf(event.target) && !edgeOf(event.relatedTarget)) close();
  });
  svg.addEventListener('keydown', (event) => {
    const edge = edgeOf(event.target);
    if (!edge) return;
    // From a pinned edge, Tab goes into its tooltip, so its buttons can be reached by keyboard.
    if (event.key === 'Tab' && !event.shiftKey && tooltip.pinned && tooltip.key === `edge:${edge.dataset.relationId}`) {
      const first = tooltip.element.querySelector<HTMLElement>('button:not(.close)') ?? tooltip.element.querySelector<HTMLElement>('button');
      if (first) {
        event.preventDefault();
        returnFocus = edge;
        first.focus();
      }
      return;
    }
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    if (tooltip.pinned && tooltip.key === `edge:${edge.dataset.relationId}`) {
      tooltip.pinned = false;
      tooltip.element.classList.remove('pinned');
      onPin(undefined);
      return;
    }
    tooltip.pinned = false;
    const at = edgeMid(edge.dataset.relationId!);
    if (at) showEdge(edge.dataset.relationId!, at.x, at.y);
    pin(tooltip.key);
  });
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || !tooltip.key) return;
    const inside = tooltip.element.contains(document.activeElement);
    close();
    if (inside && returnFocus?.isConnected) returnFocus.focus({ preventScroll: true });
    returnFocus = undefined;
  }, { signal });
  // Large stories draw their edges on a canvas: the pointer finds them through the layer's index.
  // A listener of the container's own, not Leaflet's mousemove, which measures the container each time.
  container.addEventListener('pointermove', (event) => {
    if (!layer.usesCanvas() || tooltip.pinned || event.buttons) return;
    const id = layer.edgeAt(pointIn(event));
    container.classList.toggle('over-edge', id !== undefined);
    if (id && tooltip.key !== `edge:${id}`) showEdge(id, event.clientX, event.clientY);
    else if (id) tooltip.move(event.clientX, event.clientY);
    else if (tooltip.key.startsWith('edge:')) close();
  }, { signal });
  map.on('click', (event: L.LeafletMouseEvent) => {
    const id = layer.usesCanvas() ? layer.edgeAt(event.containerPoint, event.originalEvent instanceof PointerEvent && event.originalEvent.pointerType === 'touch' ? 14 : 7) : undefined;
    if (!id) return tooltip.key && close();
    tooltip.pinned = false;
    showEdge(id, event.originalEvent.clientX, event.originalEvent.clientY);
    pin(tooltip.key);
  });

  // After a zoom redraws the edges, put the highlight back and the pinned tooltip on its edge.
  const restore = () => {
    if (!tooltip.key) return marked && highlight(marked);
    highlight(tooltip.key);
    if (tooltip.pinned && tooltip.key.startsWith('edge:')) {
      const at = edgeMid(tooltip.key.slice(5));
      if (at) tooltip.show(tooltip.element.firstChild!, at.x, at.y, tooltip.key);
    }
  };
  layer.on('draw', restore);
  map.on('moveend', restore);
  map.on('zoomstart movestart', () => !tooltip.pinned && tooltip.key && close());

  return {
    mark(id) {
      if (tooltip.key) {
        tooltip.hide();
        onPin(undefined);
      }
      marked = `edge:${id}`;
      highlight(marked);
    },
    select(id, focus = true) {
      marked = '';
      const edge = svg.querySelector<SVGGElement>(`.edge[data-relation-id="${CSS.escape(id)}"]`);
      const at = edgeMid(id);
      if (!at) return;
      tooltip.pinned = false;
      showEdge(id, at.x, at.y);
      pin(tooltip.key);
      if (focus) edge?.focus({ preventScroll: true });
    },
  };
}
