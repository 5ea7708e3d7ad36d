import L from 'leaflet';
// Not from core/index.ts: the map's start loads no d3-geo (see basemaps.ts); the export loads it.
import { DETAIL_ZOOM, fitView, isCompact, storyBox, storyLongitude, storyPadding, type WorldBox } from '../core/framing.ts';
import { unmercator } from '../core/mercator.ts';
import { hasCallouts, storyCut, type Filters } from '../core/storyScene.ts';
import type { CalloutCode } from '../core/placeCallouts.ts';
import type { CorridorCode } from '../core/corridorBadges.ts';
import { THEMES } from '../core/themes.ts';
import type { ProjectedWorld } from '../core/world.ts';
import { relationTypeNames, type RelationType, type ReviewState } from '../data/relationTypes.ts';
import { dekOf } from '../core/dek.ts';
import { graphicWords, shortUrl, type GraphicWords } from '../core/graphicWords.ts';
import type { Story } from '../data/schema.ts';
import { RelationsLayer, type LoadedBasemap } from '../map/RelationsLayer.ts';
import { el } from './el.ts';
import type { ArticlePanel } from './articlePanel.ts';
import { articleSlot } from './articleSlot.ts';
import { exportControls } from './exportControls.ts';
import { lazyInteractions } from './lazyInteractions.ts';
import { legendPanel, type LegendState } from './legendPanel.ts';
import { listSlot } from './listSlot.ts';
import type { Timeline } from './timeline.ts';
import { storyMonths, type TimeState } from '../core/timeSteps.ts';
import { formatUrlState, parseUrlState } from './urlState.ts';
import { publishSection, type Hosting } from '../publish/publishSection.ts';
import { textSlot } from './textSlot.ts';
import { applyEdgeColours } from './edgeColours.ts';
import { allAtOnce } from './steps.ts';


export interface MountOptions {
  /** Ends every listener the map adds outside its own elements, when the story is replaced. */
  signal: AbortSignal;
  /** Controls shown in the masthead (open, save), owned by the caller. */
  actions?: HTMLElement;
  /** Keep the view, filters and selection in the URL (off for a story opened from a file). */
  url?: boolean;
  /** The coarse world, projected when the app was built and loaded before the map is built. */
  world: ProjectedWorld;
  /** The coarse world's shapes, for exports of zoomed-out views, loaded when first needed. */
  coarse: () => Promise<LoadedBasemap>;
  /** The detailed basemap for zoomed-in views, loaded when first needed (a one-file map has none: the coarse one serves). */
  detailed: () => Promise<LoadedBasemap>;
  /** A view to open on (the review keeps the reader's view as the story changes). */
  view?: { lat: number; lon: number; zoom: number };
  /** A control in the article panel that drafts from the article on screen. */
  onDraftThis?: () => void;
  /** Offer the code that embeds this map in another page. */
  embedCode?: boolean;
  /** Offer "Export interactive HTML": the map as one file that works offline. */
  interactiveHtml?: boolean;
  /** Where the story is (on the site, or in this browser only), for the embed code. */
  hosting?: Hosting;
  /** A theme chosen for the page (an embed's); by default the reader's system setting. */
  theme?: 'light' | 'dark';
  /** The timeline under the map, for a story with dates (an embed's code may leave it out); default true. */
  timeline?: boolean;
  /** The words around the map were edited (the story's `graphic`, changed in place). */
  onText?: (story: Story) => void;
  /** Callouts can be dragged on the map to place them (the editor's page, not an embed). */
  editCallouts?: boolean;
  /**
   * The callouts' code (placeCallouts.ts), which a story with callouts needs before its map is built
   * (the page loads it first: see `hasCallouts`); a story given its first callout here loads it then.
   */
  calloutCode?: CalloutCode;
  /** The dense corridors' code (corridorBadges.ts), for a page that has it; without it the map loads it when a scene needs it. */
  corridorCode?: CorridorCode;
}

export interface MountedMap {
  map: L.Map;
  layer: RelationsLayer;
  /** Removes the map, its panels and its tooltip, and every listener it added. */
  destroy(): void;
  /** Selects a relation: its tooltip pinned on its edge. */
  select(id: string): void;
  /** Marks a relation: its edge highlighted, no tooltip. */
  mark(id: string): void;
  /**
   * A review's decisions, drawn where the map is: each relation's state changes in the story the map
   * holds (its own copy), a rejected one is hidden by the layer's filters and an accepted one loses its
   * draft look, and nothing is laid out or built again. False when that cannot be done (a relation not
   * on the map, or the world would be cut elsewhere): the story is then to be drawn anew.
   */
  restate(changes: ReadonlyMap<string, ReviewState>): boolean;
  /** Shows a quote in the article panel, and moves the focus there unless `focus` is false. */
  showQuote(start: number, end: number, source?: string, focus?: boolean): void;
  /** The words selected in the article panel, with exact offsets. */
  selection(): ReturnType<ArticlePanel['selection']>;
  /** The tooltip, once the code of the map's hover and focus has loaded (see lazyInteractions.ts). */
  tooltip: Promise<HTMLElement | undefined>;
}

/** Builds the page for a story: title, the Leaflet map with its relations layer, legend and filters. */
export function mountMap(root: HTMLElement, story: Story, options: MountOptions): MountedMap {
  return allAtOnce(mountMapSteps(root, story, options));
}

/**
 * `mountMap`'s work in steps, for a caller that gives the page back between them (a review's draft
 * as it arrives): the page's boxes (laid out by the browser before the next step), the Leaflet map
 * framed on the story, the layer's scene and drawing, then the panels. Run whole, it is `mountMap`.
 * A build left unfinished is taken down when `signal` aborts (the map removed); its caller empties `root`.
 *
 * @example const mounted = await stepByStep(mountMapSteps(stage, story, options), afterFrame, signal);
 */
export function* mountMapSteps(root: HTMLElement, story: Story, options: MountOptions): Generator<void, MountedMap, void> {
  const { signal, url = true } = options;
  const system = window.matchMedia('(prefers-color-scheme: dark)');
  const dark = { get matches() { return options.theme ? options.theme === 'dark' : system.matches; } };
  let detailed: LoadedBasemap | undefined;
  const basemapAt = (zoom: number) => (zoom >= DETAIL_ZOOM ? detailed : undefined);

  const mapElement = el('div', { id: 'map', class: 'map', role: 'region', 'aria-label': `Map: ${story.title}` });
  const aside = el('aside', { class: 'panel', id: 'panel', tabindex: '-1', 'aria-label': 'Legend, export, relations and article' });
  // Keyboard: the panel's controls come before the map's edges (a story may have hundreds); a skip link leads to either.
  const skipToMap = el('a', { class: 'skip-link', href: '#map' }, 'Skip to the map');
  const skipToPanel = el('a', { class: 'skip-link', href: '#panel' }, 'Skip to the legend and filters');
  for (const [link, target] of [[skipToMap, mapElement], [skipToPanel, aside]] as const) {
    link.addEventListener('click', (event) => {
      event.preventDefault();
      target.focus();
    });
  }
  const headline = el('div', { class: 'headline' });
  const credit = el('footer', { class: 'graphic-footer' });
  const showWords = () => {
    const words = graphicWords(story);
    headline.replaceChildren(...[el('h1', {}, words.title), words.subtitle ? el('p', { class: 'subtitle' }, words.subtitle) : undefined, el('p', { class: 'dek' }, dekOf(story))].filter((n) => n !== undefined));
    credit.replaceChildren(...creditNodes(words));
  };
  showWords();
  root.append(
    skipToPanel, skipToMap,
    el('header', { class: 'masthead' }, headline, options.actions),
    el('div', { class: 'stage' }, aside, el('div', { class: 'map-column' }, mapElement)),
    credit,
  );

  // The timeline's slot holds its place under the map before the map is framed: framed first, the
  // map would be framed for the height the timeline then takes from it (Leaflet keeps the size it read).
  const slot = options.timeline !== false && storyMonths(story.relations) ? el('div', { class: 'timeline-slot' }) : undefined;
  if (slot) mapElement.after(slot);

  const state = url ? parseUrlState(location.hash) : {};
  // The page's new boxes are laid out by the browser (a frame, or a later step's first read of a size).
  yield;
  const view = options.view ?? state.view;
  // What frames the story (its scene laid out at a small zoom), unless a view is given: a step of its own.
  const box = view ? undefined : storyBox(story);
  yield;
  const map = L.map(mapElement, { zoomSnap: 0.25, zoomDelta: 0.5, minZoom: 0.5, maxZoom: 7, worldCopyJump: false, maxBounds: [[-85, -400], [85, 400]], maxBoundsViscosity: 0.8, attributionControl: true });
  map.attributionControl.setPrefix('');
  map.attributionControl.addAttribution('Basemap: Natural Earth (public domain) · Drawn with Leaflet and D3');
  let removed = false;
  let mounted = false;
  const removeMap = () => {
    if (!removed) map.remove();
    removed = true;
  };
  signal.addEventListener('abort', () => {
    if (!mounted) removeMap();
  });

  // The types are the legend's, the dates the timeline's; both filter through the layer's one filter path.
  // The relations a review rejected since the story was drawn: hidden, in their lanes.
  const hidden = new Set<string>();
  const filtersOf = (s: LegendState, t: TimeState = timeState): Filters => ({ types: s.types, from: t.mode === 'asof' ? undefined : t.from, to: t.to, ...(t.mode === 'asof' ? { mode: 'asof' } : {}), ...(hidden.size ? { hidden: new Set(hidden) } : {}) });
  let legendState: LegendState = { types: new Set(state.types ?? relationTypeNames) };
  let timeState: TimeState = { mode: state.mode ?? 'window', from: state.from, to: state.to };

  const layer = new RelationsLayer({
    story,
    theme: dark.matches ? THEMES.dark : THEMES.light,
    filters: filtersOf(legendState),
    compact: isCompact(mapElement.clientWidth),
    world: options.world,
    basemapAt,
    movableCallouts: options.editCallouts,
    calloutCode: options.calloutCode,
    corridorCode: options.corridorCode,
  });

  applyEdgeColours(document.documentElement, layer.options.theme);
  // A kept or linked centre is taken in the copy of the world the story is drawn in (storyScene's cut).
  if (view) map.setView([view.lat, storyLongitude(story, view.lon)], view.zoom, { animate: false });
  else frameActors(map, box!);
  yield;
  layer.addTo(map);
  yield;

  // The legend's totals are the story's, whatever filters the page opened with ("1 of 2", never "1 of 0").
  const totals = new Map<RelationType, number>();
  for (const r of story.relations) totals.set(r.type, (totals.get(r.type) ?? 0) + 1);
  const legend = legendPanel(layer.currentScene()!.legend.map((e) => ({ ...e, count: totals.get(e.type) ?? 0 })), layer.currentScene()!.certainty.map((c) => c.certainty),
    (next) => {
      legendState = next;
      layer.setFilters(filtersOf(next));
      saveState();
    },
    [...new Set(story.actors.map((a) => a.kind))]);
  // "Show all" shows every date too: the timeline's selection is cleared first, so the map filters once.
  const clearTime = () => {
    timeState = { mode: timeState.mode };
    time?.set(timeState);
  };
  legend.element.querySelector('.reset')?.addEventListener('click', clearTime, { capture: true });
  // The URL follows the timeline a moment after it stops: Chrome's history.replaceState costs a
  // synchronous round trip to the browser, which every step of a playback would pay.
  let urlTimer = 0;
  signal.addEventListener('abort', () => clearTimeout(urlTimer));
  // The timeline's code is not part of the start: it loads as soon as the map is built, into a slot
  // that holds its place under the map (a link's date filters the map before it is there).
  let time: Timeline | undefined;
  if (slot) {
    void import('./timeline.ts').then(({ timeline }) => {
      if (signal.aborted || !slot.isConnected) return;
      time = timeline(hidden.size ? story.relations.filter((r) => !hidden.has(r.id)) : story.relations, timeState, layer.options.theme, (next) => {
        timeState = next;
        layer.setFilters(filtersOf(legendState));
        clearTimeout(urlTimer);
        urlTimer = window.setTimeout(saveState, 250);
      });
      if (!time) return;
      const before = mapElement.clientHeight;
      slot.replaceWith(time.element);
      mapElement.append(time.corner);
      if (mapElement.clientHeight !== before) map.invalidateSize({ pan: false });
      signal.addEventListener('abort', () => time?.destroy());
    });
  }
  const draftThis = options.onDraftThis ? el('button', { type: 'button', class: 'draft-this' }, 'Draft from this article') : undefined;
  draftThis?.addEventListener('click', () => options.onDraftThis!());
  const article = articleSlot(story, draftThis, signal);
  // Escape in the article, after "Show in article", takes the reader back to the edge the quote came from.
  let quoteFrom: string | undefined;
  article.element.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || !quoteFrom) return;
    mapElement.querySelector<SVGElement>(`.edge[data-relation-id="${CSS.escape(quoteFrom)}"]`)?.focus({ preventScroll: true });
    quoteFrom = undefined;
  });
  let pinned = state.relation;
  const interactions = lazyInteractions({
    map, layer, story, signal,
    onQuote: (start, end, source) => {
      quoteFrom = pinned ?? document.activeElement?.closest('[data-relation-id]')?.getAttribute('data-relation-id') ?? undefined;
      article.highlight(start, end, source);
    },
    onPin: (id) => {
      pinned = id;
      saveState();
    },
  });
  // The list's items and code load after the map (listSlot.ts).
  const list = listSlot(story, (id) => {
    if (!layer.currentScene()!.edges.some((e) => e.id === id)) {
      clearTime();
      legend.showAll();
    }
    interactions.select(id);
  }, signal);
  // What a review has accepted so far (decisions change it in place, see `restate`).
  const acceptedOf = () => (story.relations.some((r) => r.review === 'draft' || r.review === 'rejected')
    ? { ...story, relations: story.relations.filter((r) => r.review !== 'draft' && r.review !== 'rejected') }
    : story);
  // The export's code (this view's SVG, the core's scene with d3-geo, the presets) loads on the first export.
  const exporter = exportControls(
    async (choice) => (await import('./exportView.ts')).exportView({
      map, layer, story, accepted: acceptedOf(), filters: filtersOf(legendState), time: timeState, pinned, coarse: options.coarse, detailed: options.detailed,
    }, choice),
    () => `relations-map-${new Date().toISOString().slice(0, 10)}`,
    signal,
  );
  // The words live in the story: a change shows at once and goes into every export, the embed code and the one-file HTML.
  // The section's fields, and the list of what a callout can be pinned to, are made when it is first opened.
  const text = textSlot(story, acceptedOf, (graphic) => setGraphic(graphic));
  function setGraphic(graphic: Story['graphic']) {
    const drawn = (g: typeof graphic) => JSON.stringify([g?.callouts ?? [], g?.labels ?? {}, g?.hideLabels ?? []]);
    const calloutsBefore = drawn(story.graphic);
    if (graphic) story.graphic = graphic;
    else delete story.graphic;
    showWords();
    // Callouts and labels are drawn with the map: it draws again.
    if (drawn(graphic) !== calloutsBefore) layer.redraw();
    // A first callout: the map draws it once its code has loaded.
    if (hasCallouts(story) && !layer.options.calloutCode) {
      void import('../core/placeCallouts.ts').then((code) => {
        if (signal.aborted) return;
        layer.options.calloutCode = code;
        layer.redraw();
      });
    }
    options.onText?.(story);
    movableCallouts();
  }
  // The editor drags a callout, or moves it with the arrow keys, to place it (its `dx`, `dy`); loaded once the story has a callout, so the map's start carries none of it.
  let dragging: Promise<unknown> | undefined;
  function movableCallouts() {
    if (!options.editCallouts || dragging || !story.graphic?.callouts?.length) return;
    dragging = import('./calloutEditing.ts').then(({ editCallouts }) => {
      if (signal.aborted) return;
      const stop = editCallouts(mapElement, layer, story, setGraphic, text);
      signal.addEventListener('abort', stop);
    });
  }
  movableCallouts();
  yield;
  aside.append(legend.element, text, exporter.element, ...(options.embedCode || options.interactiveHtml ? [publishSection(story, options)] : []), list.element, article.element);
  // A zoom redraws the map but changes nothing the legend or the list show: only new filters do.
  const refresh = (event?: L.LeafletEvent) => {
    if ((event as { changed?: boolean } | undefined)?.changed === false) return;
    const scene = layer.currentScene()!;
    legend.update(scene.legend, legendState);
    list.setVisible(new Set(scene.edges.map((e) => e.id)));
    time?.announce(scene.edges.length);
  };
  layer.on('draw', refresh);
  refresh();

  const saveState = () => {
    if (!url) return;
    const c = map.getCenter();
    const hash = formatUrlState({ view: { zoom: map.getZoom(), lat: c.lat, lon: c.lng }, types: [...legendState.types] as RelationType[], from: timeState.mode === 'asof' ? undefined : timeState.from, to: timeState.to, mode: timeState.mode, relation: pinned });
    history.replaceState(null, '', `${location.pathname}${location.search}${hash}`);
  };
  map.on('moveend', saveState);

  const loadDetail = () => {
    if (map.getZoom() >= DETAIL_ZOOM && !detailed) {
      options.detailed().then((basemap) => {
        detailed = basemap;
        layer.refreshBasemap();
      });
    }
  };
  map.on('zoomend', loadDetail);
  loadDetail();
  // The export's code and the 1:110m shapes are not part of the start: they load, when the page is
  // next idle, once the reader first moves, touches or types, so a first export does not wait for them.
  const intent = new AbortController();
  signal.addEventListener('abort', () => intent.abort());
  const warm = () => {
    intent.abort();
    const load = () => {
      if (signal.aborted) return;
      void import('../core/exportSvg.ts').catch(() => undefined);
      void options.coarse().catch(() => undefined);
    };
    if (typeof requestIdleCallback === 'function') requestIdleCallback(load, { timeout: 1000 });
    else setTimeout(load, 0);
  };
  for (const type of ['pointermove', 'pointerdown', 'keydown', 'focusin']) document.addEventListener(type, warm, { passive: true, signal: intent.signal });
  system.addEventListener('change', () => {
    layer.setTheme(dark.matches ? THEMES.dark : THEMES.light);
    applyEdgeColours(document.documentElement, layer.options.theme);
    time?.setTheme(layer.options.theme);
  }, { signal });
  if (state.relation && story.relations.some((r) => r.id === state.relation)) interactions.select(state.relation, false);

  // Handles for the browser tests and the bench, which drive the map as a reader would.
  Object.assign(window, { drmMap: map, drmLayer: layer });
  mounted = true;
  return {
    map,
    layer,
    destroy() {
      removeMap();
      root.replaceChildren();
    },
    select: (id) => interactions.select(id, false),
    mark: (id) => interactions.mark(id),
    restate(changes) {
      const byId = new Map(story.relations.map((r) => [r.id, r]));
      if ([...changes.keys()].some((id) => !byId.has(id))) return false;
      const cut = storyCut({ ...story, relations: story.relations.map((r) => (changes.has(r.id) ? { ...r, review: changes.get(r.id) } : r)) });
      if (cut !== storyCut(story)) return false;
      for (const [id, state] of changes) {
        byId.get(id)!.review = state;
        if (state === 'rejected') hidden.add(id);
        else hidden.delete(id);
      }
      // The legend's totals and the timeline's bars count what the review has not rejected, as a story drawn anew would.
      const kept = story.relations.filter((r) => !hidden.has(r.id));
      const keptTotals = new Map<RelationType, number>();
      for (const r of kept) keptTotals.set(r.type, (keptTotals.get(r.type) ?? 0) + 1);
      legend.recount(keptTotals);
      time?.recount(kept);
      // Through the filters' path: a selection from the scene of all dates, drawn again (SVG) or repainted (canvas).
      layer.setFilters(filtersOf(legendState));
      return true;
    },
    showQuote: (start, end, source, focus) => article.highlight(start, end, source, focus),
    selection: () => article.selection(),
    tooltip: interactions.tooltip,
  };
}

/** The credit under the map on screen: notes, the source (a link when it has an address), the byline. */
function creditNodes(words: GraphicWords): Node[] {
  const source = words.sourceUrl
    ? el('a', { href: words.sourceUrl, rel: 'noopener noreferrer' }, words.sourceName || shortUrl(words.sourceUrl))
    : words.sourceName;
  return [
    words.notes ? el('p', { class: 'notes' }, words.notes) : null,
    el('p', { class: 'credit' }, ...(source ? [words.credit.startsWith('Sources') ? 'Sources: ' : 'Source: ', source, '. '] : []), 'Basemap: Natural Earth.'),
    words.byline ? el('p', { class: 'byline' }, words.byline) : null,
  ].filter((n): n is HTMLParagraphElement => n !== null);
}

/** Frames the story as the export does by default (`storyView`): every anchor and edge bulge of its box, with room for labels. */
function frameActors(map: L.Map, box: WorldBox) {
  const size = map.getSize();
  const view = fitView(box, size.x, size.y, storyPadding(size.x, size.y));
  const center = unmercator(view.origin[0] + size.x / 2, view.origin[1] + size.y / 2, view.zoom);
  map.setView(center, view.zoom, { animate: false });
}
