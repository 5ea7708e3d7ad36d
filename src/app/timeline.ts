import { strokeOf, EDGE_STYLES } from '../core/edgeStyles.ts';
import { activeSpan, formatDate } from '../core/formatDate.ts';
import { describeTime, firstMonth, lastMonth, monthIndex, monthOf, storyMonths, type TimeState } from '../core/timeSteps.ts';
import type { Theme } from '../core/themes.ts';
import { FAMILIES, RELATION_TYPES, relationTypeNames, type RelationType } from '../data/relationTypes.ts';
import type { Relation } from '../data/schema.ts';
import { el } from './el.ts';
import './timeline.css';

export interface Timeline {
  /** The strip, its brush and its controls, for under the map. */
  element: HTMLElement;
  /** The current date written large, for the map's corner. */
  corner: HTMLElement;
  /** Shows a state set from outside (a link, "Show all"), without calling back. */
  set(state: TimeState): void;
  /** Says the date and how many relations are drawn, to screen readers. */
  announce(count: number): void;
  setTheme(theme: Theme): void;
  /**
   * Counts these relations in the strip's bars (a review's decision took some out or put them back);
   * the strip keeps its dates, so nothing under the brush moves.
   */
  recount(relations: readonly Relation[]): void;
  /** Stops playing and every listener. */
  destroy(): void;
}

/** Steps a second at 1×. */
const STEP_MS = 900;
const SPEEDS = [0.5, 1, 2, 4];
/** Above this many months from first to last, the strip counts relations per year. */
const MONTHS_UP_TO = 48;

/**
 * The timeline under the map: relations per month (or year) stacked by family in the type colours,
 * a brush that sets the window, the two modes, steps, Play/Pause with a speed; keyboard (arrows
 * step, Space plays, Home/End jump) and touch (drag the brush or its ends). It only says what is
 * selected: the map filters through its layer's filter path.
 */
export function timeline(relations: readonly Relation[], initial: TimeState, theme: Theme, onChange: (state: TimeState) => void): Timeline | undefined {
  const months = storyMonths(relations);
  if (!months) return undefined;
  const byYear = months.last - months.first + 1 > MONTHS_UP_TO;
  // The strip's domain in months, whole bins.
  const d0 = byYear ? Math.floor(months.first / 12) * 12 : months.first;
  const d1 = byYear ? Math.floor(months.last / 12) * 12 + 11 : months.last;
  const span = d1 - d0 + 1;
  const unit = byYear ? 12 : 1;
  const bins = span / unit;
  let state: TimeState = { ...initial };
  let playing = 0;
  let speed = 1;

  // Relations active in each bin, by type: a span counts in every bin it meets.
  let counts = new Map<RelationType, Int32Array>();
  // Stacked by family (cooperation, contact, conflict), each type in its own colour.
  let order: RelationType[] = [];
  let most = 1;
  const count = (counted: readonly Relation[]) => {
    counts = new Map();
    for (const r of counted) {
      if (r.date === undefined) continue;
      const [start, end] = activeSpan(r);
      const a = Math.max(0, Math.floor((monthIndex(start) - d0) / unit));
      const b = Math.min(bins - 1, Math.floor((Math.min(monthIndex(end.slice(0, 7)), d1) - d0) / unit));
      let row = counts.get(r.type);
      if (!row) counts.set(r.type, (row = new Int32Array(bins + 1)));
      row[a]++;
      row[b + 1]--;
    }
    for (const row of counts.values()) for (let i = 1; i <= bins; i++) row[i] += row[i - 1];
    order = (Object.keys(FAMILIES) as (keyof typeof FAMILIES)[]).flatMap((f) => relationTypeNames.filter((t) => RELATION_TYPES[t].family === f && counts.has(t)));
    most = Math.max(1, ...Array.from({ length: bins }, (_, i) => order.reduce((n, t) => n + counts.get(t)![i], 0)));
  };
  count(relations);
  let barTheme = theme;

  const SVG_NS = 'http://www.w3.org/2000/svg';
  const bars = document.createElementNS(SVG_NS, 'svg');
  bars.setAttribute('class', 'timeline-bars');
  bars.setAttribute('viewBox', `0 0 ${bins * 10} 100`);
  bars.setAttribute('preserveAspectRatio', 'none');
  bars.setAttribute('aria-hidden', 'true');
  const drawBars = (t: Theme) => {
    barTheme = t;
    const rects: string[] = [];
    for (let i = 0; i < bins; i++) {
      let y = 100;
      for (const type of order) {
        const n = counts.get(type)![i];
        if (!n) continue;
        const h = (n / most) * 96;
        y -= h;
        rects.push(`<rect x="${i * 10 + 1}" y="${y.toFixed(2)}" width="8" height="${h.toFixed(2)}" fill="${strokeOf(EDGE_STYLES[type], t)}" data-type="${type}" data-count="${n}"/>`);
      }
    }
    bars.innerHTML = rects.join('');
  };
  drawBars(theme);

  const pct = (month: number) => `${(((month - d0) / span) * 100).toFixed(3)}%`;
  const past = el('div', { class: 'timeline-past' });
  const handleFrom = el('span', { class: 'timeline-handle from', role: 'slider', tabindex: '0', 'aria-label': 'Window start' });
  const handleTo = el('span', { class: 'timeline-handle to', role: 'slider', tabindex: '0', 'aria-label': 'Window end' });
  const brush = el('div', { class: 'timeline-brush' }, handleFrom, handleTo);
  const strip = el('div', { class: 'timeline-strip' }, bars, past, brush);
  const axisLabels = byYear
    ? Array.from({ length: bins }, (_, i) => String(Math.floor(d0 / 12) + i))
    : Array.from({ length: bins }, (_, i) => ((d0 + i) % 12 === 0 || i === 0 ? String(Math.floor((d0 + i) / 12)) : ''));
  const every = Math.max(1, Math.ceil(axisLabels.filter(Boolean).length / 8));
  let shown = 0;
  const axis = el('div', { class: 'timeline-axis', 'aria-hidden': 'true' }, ...axisLabels.flatMap((label, i) => {
    if (!label || shown++ % every) return [];
    return [el('span', { style: `left:${pct(d0 + i * unit)}` }, label)];
  }));

  const windowMode = el('input', { type: 'radio', name: 'time-mode', value: 'window', checked: state.mode !== 'asof' });
  const asofMode = el('input', { type: 'radio', name: 'time-mode', value: 'asof', checked: state.mode === 'asof' });
  const modes = el('div', { class: 'timeline-modes', role: 'radiogroup', 'aria-label': 'Show' },
    el('label', { title: 'What is active between two dates' }, windowMode, ' Window'),
    el('label', { title: 'Everything begun by a date and not yet ended' }, asofMode, ' As of'));
  const button = (label: string, text: string, cls: string) => el('button', { type: 'button', class: cls, 'aria-label': label, title: label }, text);
  const backYear = button('Back a year', '«', 'step');
  const backMonth = button('Back a month', '‹', 'step');
  const play = el('button', { type: 'button', class: 'play', 'aria-pressed': 'false' }, 'Play');
  const forwardMonth = button('Forward a month', '›', 'step');
  const forwardYear = button('Forward a year', '»', 'step');
  const speedSelect = el('select', { 'aria-label': 'Speed' }, ...SPEEDS.map((s) => el('option', { value: String(s), selected: s === 1 }, `${s}×`)));
  const all = el('button', { type: 'button', class: 'all' }, 'All dates');
  const label = el('span', { class: 'timeline-label' });
  const live = el('p', { class: 'visually-hidden', 'aria-live': 'polite', role: 'status' });
  const element = el('section', { class: 'timeline', role: 'group', 'aria-label': 'Timeline: arrow keys step, Space plays, Home and End jump' },
    el('div', { class: 'timeline-controls' }, modes,
      el('div', { class: 'timeline-steps' }, backYear, backMonth, play, forwardMonth, forwardYear),
      el('label', { class: 'timeline-speed' }, 'Speed ', speedSelect), all, label),
    strip, axis, live);
  const cornerMode = el('span', { class: 'time-corner-mode' });
  const cornerDate = el('span', { class: 'time-corner-date' });
  const corner = el('div', { class: 'time-corner', 'aria-hidden': 'true' }, cornerMode, cornerDate);

  /** The selection in months on the strip: [from, to], the whole story when no date is set. */
  const range = (): [number, number] => {
    const to = state.to ? Math.min(d1, Math.max(d0, lastMonth(state.to))) : d1;
    const from = state.mode === 'asof' ? d0 : state.from ? Math.min(to, Math.max(d0, firstMonth(state.from))) : d0;
    return [from, to];
  };

  const render = () => {
    const [from, to] = range();
    const asof = state.mode === 'asof';
    const dated = !!(state.to || state.from);
    element.classList.toggle('asof', asof);
    element.classList.toggle('all-dates', !dated);
    brush.style.left = pct(from);
    brush.style.right = `${(100 - ((to + 1 - d0) / span) * 100).toFixed(3)}%`;
    past.style.width = asof ? pct(to + 1) : '0';
    handleFrom.hidden = asof;
    handleTo.setAttribute('aria-label', asof ? 'Date' : 'Window end');
    for (const [handle, month] of [[handleFrom, from], [handleTo, to]] as const) {
      handle.setAttribute('aria-valuemin', String(d0));
      handle.setAttribute('aria-valuemax', String(d1));
      handle.setAttribute('aria-valuenow', String(month));
      handle.setAttribute('aria-valuetext', formatDate(monthOf(month), 'month'));
    }
    windowMode.checked = !asof;
    asofMode.checked = asof;
    const words = describeTime(state);
    label.textContent = words;
    cornerMode.textContent = asof && dated ? 'as of' : '';
    cornerDate.textContent = dated ? words.replace(/^As of /, '') : '';
    corner.hidden = !dated;
    play.textContent = playing ? 'Pause' : 'Play';
    play.setAttribute('aria-pressed', String(!!playing));
  };

  const change = (next: TimeState) => {
    state = next;
    render();
    onChange(state);
  };

  /** Sets the selection in months, kept within the story. */
  const select = (from: number, to: number, mode = state.mode) => {
    const t = Math.min(d1, Math.max(d0, to));
    const f = Math.min(t, Math.max(d0, from));
    change(mode === 'asof' ? { mode, to: monthOf(t) } : { mode, from: monthOf(f), to: monthOf(t) });
  };

  /** Moves the selection by `by` months (the window keeps its width); says whether it moved. */
  const step = (by: number): boolean => {
    let [from, to] = range();
    if (!state.to && !state.from) {
      // From every date, the first step starts at the beginning: one bin wide, or the first bin as of its end.
      select(d0, d0 + unit - 1);
      return true;
    }
    const room = by > 0 ? d1 - to : d0 - from;
    const move = by > 0 ? Math.min(by, room) : Math.max(by, state.mode === 'asof' ? d0 - to : room);
    if (!move) return false;
    from += move;
    to += move;
    select(from, to);
    return true;
  };

  const jump = (end: 'start' | 'end') => {
    const [from, to] = range();
    const width = state.mode === 'asof' || (!state.to && !state.from) ? unit - 1 : to - from;
    if (end === 'start') select(d0, d0 + width);
    else select(d1 - width, d1);
  };

  const pause = () => {
    clearTimeout(playing);
    playing = 0;
    render();
  };
  const tick = () => {
    playing = window.setTimeout(() => {
      if (step(unit)) tick();
      else pause();
    }, STEP_MS / speed);
    render();
  };
  const start = () => {
    // Played to the end, Play starts again from the beginning.
    const [, to] = range();
    if (!state.to && !state.from) step(unit);
    else if (to >= d1) jump('start');
    tick();
  };
  const toggle = () => (playing ? pause() : start());

  play.addEventListener('click', toggle);
  backYear.addEventListener('click', () => { pause(); step(-12); });
  backMonth.addEventListener('click', () => { pause(); step(-1); });
  forwardMonth.addEventListener('click', () => { pause(); step(1); });
  forwardYear.addEventListener('click', () => { pause(); step(12); });
  speedSelect.addEventListener('change', () => {
    speed = Number(speedSelect.value);
    if (playing) {
      clearTimeout(playing);
      tick();
    }
  });
  all.addEventListener('click', () => {
    pause();
    change({ mode: state.mode });
  });
  for (const radio of [windowMode, asofMode]) radio.addEventListener('change', () => {
    const mode = asofMode.checked ? 'asof' : 'window';
    if (mode === state.mode) return;
    change({ ...state, mode });
  });

  // Keyboard: on a handle, the arrows move that end; elsewhere in the timeline they step the selection.
  element.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement;
    const onControl = target.matches('button, select, input');
    if (event.key === ' ' && !onControl) {
      event.preventDefault();
      toggle();
      return;
    }
    if (onControl && target.matches('select, input')) return;
    const by = { ArrowRight: 1, ArrowUp: 1, ArrowLeft: -1, ArrowDown: -1, PageUp: 12, PageDown: -12 }[event.key];
    if (by === undefined && event.key !== 'Home' && event.key !== 'End') return;
    event.preventDefault();
    pause();
    const months = by === undefined ? 0 : event.shiftKey && Math.abs(by) === 1 ? by * 12 : by;
    if (target === handleFrom || (target === handleTo && state.mode !== 'asof')) {
      const [from, to] = range();
      if (target === handleFrom) select(event.key === 'Home' ? d0 : event.key === 'End' ? to : from + months, to);
      else select(from, event.key === 'Home' ? from : event.key === 'End' ? d1 : to + months);
    } else if (event.key === 'Home' || event.key === 'End') jump(event.key === 'Home' ? 'start' : 'end');
    else step(months);
  });

  // Mouse and touch: drag an end, drag the brush, or press elsewhere to start a window (or set the date) there.
  const monthAt = (clientX: number) => {
    const box = strip.getBoundingClientRect();
    return d0 + Math.min(span - 1, Math.max(0, Math.floor(((clientX - box.left) / box.width) * span)));
  };
  let drag: { kind: 'from' | 'to' | 'move' | 'new'; anchor: number; range: [number, number] } | undefined;
  strip.addEventListener('pointerdown', (event) => {
    if (event.button !== 0) return;
    event.preventDefault();
    pause();
    const at = monthAt(event.clientX);
    const current = range();
    const dated = !!(state.to || state.from);
    const kind = state.mode === 'asof' ? 'to'
      : event.target === handleFrom ? 'from' : event.target === handleTo ? 'to'
      : dated && event.target === brush ? 'move' : 'new';
    drag = { kind, anchor: at, range: current };
    strip.setPointerCapture(event.pointerId);
    (kind === 'from' ? handleFrom : handleTo).focus({ preventScroll: true });
    if (kind === 'to' && state.mode === 'asof') select(d0, at);
    else if (kind === 'new') select(at, at);
  });
  strip.addEventListener('pointermove', (event) => {
    if (!drag) return;
    const at = monthAt(event.clientX);
    const [from, to] = drag.range;
    if (drag.kind === 'from') select(Math.min(at, to), to);
    else if (drag.kind === 'to') select(state.mode === 'asof' ? d0 : from, state.mode === 'asof' ? at : Math.max(at, from));
    else if (drag.kind === 'move') {
      const by = Math.min(d1 - to, Math.max(d0 - from, at - drag.anchor));
      if (range()[0] !== from + by) select(from + by, to + by);
    } else select(Math.min(at, drag.anchor), Math.max(at, drag.anchor));
  });
  const end = () => (drag = undefined);
  strip.addEventListener('pointerup', end);
  strip.addEventListener('pointercancel', end);

  let lastSaid = '';
  render();
  return {
    element,
    corner,
    set(next) {
      state = { ...next };
      render();
    },
    announce(count) {
      const words = `${describeTime(state)}: ${count === 1 ? '1 relation' : `${count.toLocaleString('en')} relations`}`;
      if (words === lastSaid) return;
      lastSaid = words;
      live.textContent = words;
    },
    setTheme: drawBars,
    recount(counted) {
      count(counted);
      drawBars(barTheme);
    },
    destroy: pause,
  };
}
