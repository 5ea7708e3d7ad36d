// Injected into every benchmark page before its own scripts (Playwright addInitScript), for our app and
// the Leaflet baselines alike. Plain JavaScript on purpose: functions that tsx compiles get helpers the
// page does not have. The driver prepends `window.__BENCH_CONFIG = { prefetch: [paths] };`.
//
// - The story files are fetched at once into memory, but the page's own fetch of them is held until
//   the driver calls __bench.release(): "data" is then in memory, and everything after it is the page's
//   work (decode, parse, validate, build, draw).
// - The app sets window.drmLayer (the baseline window.benchLayer) when its map is mounted; a setter
//   records that moment, then, once every edge is drawn, two animation frames later the "rendered" moment.
// - Long tasks, export clicks and downloads are recorded; helpers measure hover, zoom and frames.
(() => {
  const config = window.__BENCH_CONFIG || { prefetch: [] };
  const now = () => performance.now();
  const raf2 = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(now()))));
  let open;
  const gate = new Promise((resolve) => { open = resolve; });
  let renderedResolve;
  const bench = {
    waiting: false, prefetched: false, released: 0, mounted: 0, rendered: 0, requested: [],
    longtasks: [], phases: [], exportClick: 0, exportDone: 0, exportBlob: 0, frames: [], framing: false,
  };
  bench.renderedPromise = new Promise((resolve) => { renderedResolve = resolve; });
  bench.raf2 = raf2;
  const raf = () => new Promise((resolve) => requestAnimationFrame(() => resolve(now())));
  window.__bench = bench;

  // Story files: prefetched into ready Responses (the body copy happens now, not after release).
  const origFetch = window.fetch.bind(window);
  const responses = new Map();
  const loads = Promise.all(config.prefetch.map((path) => {
    const url = new URL(path, location.href);
    return origFetch(url).then((r) => r.arrayBuffer()).then((buffer) => {
      const type = url.pathname.endsWith('.json') ? 'application/json' : 'text/plain; charset=utf-8';
      responses.set(url.pathname, new Response(buffer, { status: 200, headers: { 'content-type': type } }));
    });
  })).then(() => { bench.prefetched = true; });
  window.fetch = async (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input), location.href);
    if (!url.pathname.includes('/stories/')) return origFetch(input, init);
    bench.waiting = true;
    bench.requested.push(url.pathname);
    await loads;
    await gate;
    const response = responses.get(url.pathname);
    responses.delete(url.pathname);
    return response || origFetch(input, init);
  };
  bench.release = () => { bench.released = now(); open(); };

  // Mounted: the page assigns its layer to window at the end of mounting.
  for (const name of ['drmLayer', 'benchLayer']) {
    let value;
    Object.defineProperty(window, name, {
      configurable: true, enumerable: true,
      get: () => value,
      set: (v) => {
        value = v;
        if (bench.mounted) return;
        bench.mounted = now();
        // Rendered: every edge drawn (ours paints large stories in slices), then two frames.
        Promise.resolve(v && v.drawnNow ? v.drawnNow() : undefined).then(raf2).then((t) => { bench.rendered = t; renderedResolve(t); });
      },
    });
  }

  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) bench.longtasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch (e) { bench.longtaskError = String(e); }
  bench.phase = (name) => { bench.phases.push({ name, t: now() }); };

  // Export: the click on "Export SVG" (capture, before the app's handler) and the download it starts.
  document.addEventListener('click', (e) => {
    const button = e.target instanceof Element ? e.target.closest('button') : null;
    if (button && button.textContent.includes('Export SVG')) bench.exportClick = now();
  }, true);
  const anchorClick = HTMLAnchorElement.prototype.click;
  HTMLAnchorElement.prototype.click = function click() {
    if (this.download) bench.exportDone = now();
    return anchorClick.call(this);
  };
  const createObjectURL = URL.createObjectURL;
  URL.createObjectURL = (object) => {
    if (object instanceof Blob) bench.exportBlob = object.size;
    return createObjectURL.call(URL, object);
  };

  const map = () => window.drmMap || window.benchMap;
  const ours = () => !!window.drmLayer;
  const tooltipOf = () => (ours() ? document.querySelector('[role="tooltip"]') : document.querySelector('.leaflet-tooltip:not(.bench-label)'));

  /** Waits until Leaflet has stopped moving (pan inertia, zoom animation), then two frames. */
  bench.settle = async () => {
    await raf2();
    const m = map();
    for (let i = 0; i < 400 && (m._animatingZoom || (m._panAnim && m._panAnim._inProgress)); i++) {
      await new Promise((resolve) => setTimeout(resolve, 30));
    }
    // Ours does work in idle time after drawing (the hover index of a large story, levels a zoom
    // step away): a reader who pauses has it done, so each phase starts after it, for at most 10 s.
    const layer = window.drmLayer;
    for (let i = 0; i < 200 && layer && layer.working && layer.working(); i++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return raf2();
  };

  /**
   * The relation the pointer would hit at a client point: an SVG edge element, or for our app's canvas
   * mode (large stories) its own hit index, layer.edgeAt(containerPoint).
   */
  bench.relationAt = (x, y) => {
    const el = document.elementFromPoint(x, y);
    const edge = el && el.closest('[data-relation-id]');
    const layer = window.drmLayer;
    // The page shows the edge nearest the pointer (its hit index), over SVG edges as over the canvas.
    const nearest = layer && layer.edgeAt && (edge || (layer.usesCanvas && layer.usesCanvas()))
      ? layer.edgeAt(map().mouseEventToContainerPoint({ clientX: x, clientY: y })) : null;
    return nearest || (edge ? edge.dataset.relationId : null);
  };

  /** Up to `want` points on edges (client pixels) where an edge is what the pointer would hit (≤ 3 s of search). */
  bench.hoverPoints = (want) => {
    const m = map();
    const rect = m.getContainer().getBoundingClientRect();
    const inside = (x, y) => x > rect.left + 12 && y > rect.top + 12 && x < rect.right - 12 && y < rect.bottom - 12;
    const points = [];
    const seen = new Set();
    const t0 = now();
    if (ours()) {
      const edges = window.drmLayer.currentScene().edges;
      const origin = m.getPixelOrigin();
      for (let i = 0; i < Math.min(edges.length * 2, 4000) && points.length < want && now() - t0 < 3000; i++) {
        const e = edges[Math.floor(((i * 0.6180339887) % 1) * edges.length)];
        const cp = m.layerPointToContainerPoint([e.mid[0] - origin.x, e.mid[1] - origin.y]);
        // Whole pixels, as a mouse reports them (MouseEvent.clientX is an integer).
        const x = Math.round(rect.left + cp.x);
        const y = Math.round(rect.top + cp.y);
        if (!inside(x, y)) continue;
        const id = bench.relationAt(x, y);
        if (id && !seen.has(id)) {
          seen.add(id);
          points.push({ x, y, id });
        }
      }
    } else {
      const edges = window.benchEdges;
      for (let i = 0; i < Math.min(edges.length * 2, 4000) && points.length < want && now() - t0 < 3000; i++) {
        const layer = edges[Math.floor(((i * 0.6180339887) % 1) * edges.length)];
        const latlngs = layer.getLatLngs();
        const cp = m.latLngToContainerPoint(latlngs[Math.floor(latlngs.length / 2)]);
        const x = Math.round(rect.left + cp.x);
        const y = Math.round(rect.top + cp.y);
        if (!inside(x, y) || seen.has(layer.relationId)) continue;
        const el = document.elementFromPoint(x, y);
        if (el && (el.tagName === 'CANVAS' || el.classList.contains('leaflet-interactive'))) {
          seen.add(layer.relationId);
          points.push({ x, y, id: layer.relationId });
        }
      }
    }
    return points;
  };

  /**
   * One hover: hit-test the point (elementFromPoint, as the browser does for a pointer move), dispatch
   * the events a real pointer arriving there fires (pointerover, mouseover, pointermove, mousemove), and
   * time until the page's tooltip is shown (synchronously) and painted (two frames). Then leave the
   * edge and let the page settle.
   */
  bench.hover = async (p) => {
    const t0 = now();
    const target = document.elementFromPoint(p.x, p.y);
    const t1 = now();
    const at = { bubbles: true, composed: true, cancelable: true, clientX: p.x, clientY: p.y, view: window };
    const pointer = { ...at, pointerType: 'mouse', isPrimary: true, pointerId: 1 };
    target.dispatchEvent(new PointerEvent('pointerover', pointer));
    target.dispatchEvent(new MouseEvent('mouseover', at));
    target.dispatchEvent(new PointerEvent('pointermove', pointer));
    target.dispatchEvent(new MouseEvent('mousemove', at));
    const tip = tooltipOf();
    const visible = !!tip && !tip.hidden;
    const t2 = now();
    const t3 = await raf2();
    let ok = visible && tip.getBoundingClientRect().width > 0 && tip.textContent.length > 0;
    let id = p.id;
    if (ours()) {
      id = bench.relationAt(p.x, p.y);
      const relation = window.drmLayer.options.story.relations.find((r) => r.id === id);
      ok = ok && !!relation && tip.textContent.includes(relation.evidence[0].quote);
    }
    target.dispatchEvent(new PointerEvent('pointerout', { ...pointer, relatedTarget: null }));
    target.dispatchEvent(new MouseEvent('mouseout', { ...at, relatedTarget: ours() ? null : document.body }));
    await raf2();
    await new Promise((resolve) => setTimeout(resolve, 40)); // Leaflet's canvas throttles hover to 32 ms
    // Ours hides its tooltip; Leaflet fades its own out (opacity 0) and removes it 200 ms later.
    const isClosed = () => { const t = tooltipOf(); return !t || t.hidden || t.style.opacity === '0'; };
    let closed = isClosed();
    if (!closed && ours()) {
      // Our canvas mode closes on a move off the edge or on Escape, not on pointerout.
      document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
      await raf2();
      closed = isClosed();
    }
    return { hitTest: t1 - t0, sync: t2 - t0, painted: t3 - t0, visible, ok, id, closed };
  };

  bench.startFrames = () => {
    bench.frames = [];
    bench.framing = true;
    const loop = (t) => {
      bench.frames.push(t);
      if (bench.framing) requestAnimationFrame(loop);
    };
    requestAnimationFrame(loop);
  };
  bench.stopFrames = async () => {
    await bench.settle();
    bench.framing = false;
    return bench.frames;
  };

  /** Resolves when the page's map has all of the current view's edges on screen (ours draws large stories in slices). */
  const drawn = () => (window.drmLayer && window.drmLayer.drawnNow ? window.drmLayer.drawnNow() : Promise.resolve());

  /**
   * One zoom step in, without animation: setZoom's own time, and the time until the new level's
   * edges are all drawn and two frames have passed (the baselines draw within setZoom).
   */
  bench.zoomStep = async () => {
    const m = map();
    const from = m.getZoom();
    const t0 = now();
    m.setZoom(from + 1, { animate: false });
    const t1 = now();
    await drawn();
    const t2 = await raf2();
    return { from, to: m.getZoom(), sync: t1 - t0, total: t2 - t0 };
  };

  /** Turns the legend's first type off and on again, as a reader filters; each time until the edges are drawn. */
  bench.filterTwice = async () => {
    const box = document.querySelector('.legend input[type=checkbox]');
    if (!box) return { ms: 0 };
    const t0 = now();
    for (let i = 0; i < 2; i++) {
      box.click();
      await drawn();
      await raf2();
    }
    return { ms: (now() - t0) / 2 };
  };

  /**
   * Playback: `steps` one-month windows from January 2023 (the generated stories' first month), one
   * after another, each as soon as the last is drawn and a frame has passed. Ours steps with the
   * timeline's own "Forward a month" button (the layer's filter path); a baseline redraws the same
   * filter the Leaflet way, removing and adding the polylines in or out of the window.
   */
  bench.playback = async (steps) => {
    const times = [];
    const button = document.querySelector('.timeline button[aria-label="Forward a month"]');
    const relations = window.benchRelations;
    const group = window.benchLayer;
    const edges = window.benchEdges;
    // The span of days a relation covers, as the app reads a date of year, month or day precision.
    const span = (r) => {
      if (!r.date) return ['9999', '9999'];
      if (r.date.length === 4) return [`${r.date}-01-01`, `${r.date}-12-31`];
      if (r.date.length === 7) return [`${r.date}-01`, `${r.date}-31`];
      return [r.date, r.date];
    };
    for (let i = 0; i < steps; i++) {
      const y = 2023 + Math.floor(i / 12);
      const m = String((i % 12) + 1).padStart(2, '0');
      const t0 = now();
      if (ours()) {
        if (!button) return { error: 'no timeline' };
        button.click();
      } else {
        const from = `${y}-${m}-01`;
        const to = `${y}-${m}-31`;
        group.clearLayers();
        for (const edge of edges) {
          const [a, b] = span(relations.get(edge.relationId));
          if (b >= from && a <= to) group.addLayer(edge);
        }
      }
      await drawn();
      times.push((await raf()) - t0);
    }
    return { times, label: ours() ? document.querySelector('.timeline-label').textContent : '' };
  };

  bench.view = () => {
    const m = map();
    const c = m.getCenter();
    const s = m.getSize();
    return { zoom: m.getZoom(), lat: c.lat, lon: c.lng, width: s.x, height: s.y };
  };

  bench.stats = () => ({
    elements: document.getElementsByTagName('*').length,
    svgElements: document.querySelectorAll('svg *').length,
    edges: ours() ? window.drmLayer.currentScene().edges.length : window.benchEdges.length,
    edgeElements: document.querySelectorAll('[data-relation-id]').length,
    canvasMode: ours() && !!window.drmLayer.usesCanvas && window.drmLayer.usesCanvas(),
    errors: [...document.querySelectorAll('.errors')].filter((e) => !e.hidden).length,
  });
})();
