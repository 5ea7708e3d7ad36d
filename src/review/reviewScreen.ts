import { decodeText, notTextReason, SAVE_AS_UTF8 } from '../data/readText.ts';
import { draftInWorker, warmDrafter } from '../app/draftClient.ts';
import { el } from '../app/el.ts';
import { afterFrame } from '../app/steps.ts';
import { formatSpan } from '../core/formatDate.ts';
import { formatError, isIsoDate, precisionOf, storyToJson, type Story } from '../data/index.ts';
import { CERTAINTIES, RELATION_TYPES, relationTypeNames, type ReviewState } from '../data/relationTypes.ts';
import type { StoryData } from '../data/schema.ts';
import type { DraftInput } from '../draft/draftStory.ts';
import { draftedWords } from './draftedWords.ts';
import { isDrafterNote, readerSummaries, readerSummary } from '../data/readerSummary.ts';
import { gazetteer } from '../draft/mentions.ts';
import type { StoryError } from '../data/storyError.ts';
import { actorPicker, type ActorPicker } from './actorPicker.ts';
import { actorSearch } from './actorSearch.ts';
import { fieldErrors, fieldOfPath } from './fieldErrors.ts';
import { checkInSlices, nextTask } from './checkInSlices.ts';
import { keptList } from './keptList.ts';
import { actorName, apply, check, drawable, fromKept, inputsOf, keptTexts, mergeDraft, newRelationId, newReview, redo, stateChanges, stateOf, textsOf, toKeep, toSave, toStory, undo, type RelationPatch, type Review, type ReviewAction, type Tables } from './reviewModel.ts';
import { deleteReview, listReviews, loadReview, newReviewId, onOtherTab, saveReview, TAB, type KeptTexts, type KeptWork } from './savedReview.ts';
import { holdTabLock, journal, type JournalStep } from './journal.ts';
import { replayJournals } from './replayJournals.ts';

type Relation = StoryData['relations'][number];
/** A relation in the edit form: a new one has no type until the editor picks one. */
type Editable = Omit<Relation, 'type'> & { type?: Relation['type'] };

/** What the review screen needs of the page around it. */
export interface ReviewHost {
  tables: Tables;
  /**
   * Draws a story on the map (drafts in their own style); `selected` pins a relation. It may be drawn
   * a step at a time: the promise, if any, settles once it is on screen (or was replaced by another).
   */
  show(story: Story, selected?: string): void | Promise<void>;
  /** Pins a relation of the story last shown, without drawing it again. */
  select?(id: string): void;
  /**
   * Draws decisions on the story last shown, in place (states by relation id); false when it cannot,
   * and the story is drawn again with `show`. The story shown is the map's own: `show` is given a copy.
   */
  restate?(changes: ReadonlyMap<string, ReviewState>): boolean;
  /** Shows a quote in the article panel; the focus moves there only when `focus` is true. */
  showQuote(start: number, end: number, source: string | undefined, focus: boolean): void;
  /** The words selected in the article panel. */
  selection(): { start: number; end: number; source: string; text: string } | undefined;
  /** Offers a file to download. */
  download(blob: Blob, name: string): void;
  /** Leaves review for the map of a story. */
  close(story?: Story): void;
  /** Drafts a story (the worker by default; tests may give another). */
  draft?: (input: DraftInput | DraftInput[]) => Promise<StoryData>;
}

export interface ReviewScreen {
  element: HTMLElement;
  /** Starts a review from an article, drafting it at once (the built-in article's "Draft from this article"). */
  draftFrom(input: DraftInput, beside?: Story): Promise<void>;
  /** Lists the reviews kept in the browser, to resume or delete; `now` resumes the last saved at once. */
  offerSaved(now?: boolean): Promise<void>;
}

const NONE_FOUND = 'No relation found in this article. You can add relations by hand.';

const KEYS: [string, string][] = [
  ['j or ↓', 'next relation'], ['k or ↑', 'previous relation'], ['a', 'accept'], ['r', 'reject'], ['d', 'back to draft'],
  ['e', 'edit (Escape closes the form)'], ['q', 'add the words selected in the article as evidence'], ['n', 'new relation from the words selected in the article'],
  ['u or Ctrl+Z', 'undo'], ['Shift+U or Ctrl+Y', 'redo'], ['?', 'show or hide this help'],
];

/**
 * The review screen: paste or open an article (several, each a source), draft it in a Web Worker,
 * then accept, reject or edit each drafted relation against its sentence, add relations and quotes
 * from a selection in the article, undo and redo, and save. Every change is checked by the loader's
 * rules and kept in the browser (IndexedDB), so a reload or a closed tab loses nothing.
 */
export function reviewScreen(host: ReviewHost): ReviewScreen {
  const draft = host.draft ?? ((input: DraftInput | DraftInput[]) => draftInWorker(input));
  // The drafter warms up (in its worker) once an editor starts to give an article, so the first
  // draft does not wait for its patterns to compile; a host with a drafter of its own has nothing to warm.
  const warm = () => { if (!host.draft) void warmDrafter(); };
  let review: Review | undefined;
  // The review's name in the browser's store, its revision there, and whether its texts are to be written (they are once per article).
  let keptId: string | undefined;
  let rev = 0;
  let textsKept = false;
  // Each step is written to a journal as it is made, so a reload before IndexedDB has it loses nothing.
  const steps = journal(TAB);
  holdTabLock(TAB);
  addEventListener('pagehide', () => steps.hidden());
  addEventListener('pageshow', (event) => event.persisted && steps.shown());
  const record = (step: JournalStep, snapshot?: () => { work: KeptWork; texts: KeptTexts }) => steps.step((keptId ??= newReviewId()), rev, step, snapshot);
  let selected: string | undefined;
  let editing: string | undefined;
  // A new relation from a selection, in its form until the editor picks its type and adds it.
  let adding: Editable | undefined;
  // The working story the map last drew: selecting within it pins an edge instead of drawing the map again.
  let shown: StoryData | undefined;
  const inputs: DraftInput[] = [];

  // The article form.
  let text = articleBox();
  const title = el('input', { type: 'text', id: 'review-title' });
  const outlet = el('input', { type: 'text', id: 'review-outlet' });
  const address = el('input', { type: 'url', id: 'review-address' });
  const published = el('input', { type: 'date', id: 'review-published' });
  const file = el('input', { type: 'file', accept: '.txt,text/plain', class: 'visually-hidden', 'aria-label': 'Open an article (.txt)' });
  const openTxt = el('button', { type: 'button' }, 'Open .txt…');
  const draftButton = el('button', { type: 'button', class: 'primary' }, 'Draft relations');
  const status = el('p', { class: 'review-status', role: 'status' });
  const form = el('form', { class: 'review-form', 'aria-label': 'Article to draft from' },
    el('label', { class: 'field', for: 'review-text' }, el('span', {}, 'Article text')), text,
    el('p', { id: 'review-text-hint', class: 'hint' }, 'Paste the article, or open or drop a .txt file. Each article you add becomes a source of the story.'),
    el('div', { class: 'review-meta' }, field('Title (optional)', title), field('Outlet (optional)', outlet), field('Address (optional)', address), field('Published (optional)', published)),
    el('div', { class: 'review-actions' }, openTxt, file, draftButton), status);
  form.addEventListener('submit', (event) => event.preventDefault());
  openTxt.addEventListener('click', () => file.click());
  // An article file is read as UTF-8, or named for what it is (UTF-16, Latin-1, binary) and left out.
  const load = async (f: File) => {
    const decoded = decodeText(new Uint8Array(await f.arrayBuffer()));
    if ('notText' in decoded) status.textContent = `${f.name} is ${notTextReason(decoded.notText)}: open ${SAVE_AS_UTF8}.`;
    else text.value = decoded.text;
  };
  file.addEventListener('change', async () => {
    warm();
    const f = file.files?.[0];
    if (f) await load(f);
    file.value = '';
  });
  /** The article's text box: a file dropped on it is read into it. */
  function articleBox() {
    const box = el('textarea', { id: 'review-text', rows: '10', 'aria-describedby': 'review-text-hint' });
    box.addEventListener('focus', warm);
    box.addEventListener('input', warm);
    box.addEventListener('dragover', (event) => { event.preventDefault(); warm(); });
    box.addEventListener('drop', async (event) => {
      const f = event.dataTransfer?.files[0];
      if (!f) return;
      event.preventDefault();
      event.stopPropagation();
      await load(f);
    });
    return box;
  }
  /**
   * Takes the text out of the box as it goes to the drafter: the box is swapped for an empty one, in a
   * moment, where emptying a box of megabytes takes the page a long task, and a box that keeps them makes
   * every later style, layout and garbage collection of the page slower. `back()` returns the text to
   * its box when the draft fails.
   */
  const takeText = () => {
    const full = text;
    const empty = articleBox();
    if (full.placeholder) empty.placeholder = full.placeholder;
    full.replaceWith(empty);
    text = empty;
    return {
      back() {
        // A box the editor has typed in since keeps what was typed.
        if (text !== empty || empty.value) return;
        empty.replaceWith(full);
        text = full;
      },
    };
  };

  // The review.
  const alert = el('div', { class: 'review-alert', role: 'alert' });
  const undoButton = el('button', { type: 'button' }, 'Undo');
  const redoButton = el('button', { type: 'button' }, 'Redo');
  const saveButton = el('button', { type: 'button' }, 'Save story');
  const includeAll = el('input', { type: 'checkbox', id: 'review-include-all' });
  const discardButton = el('button', { type: 'button' }, 'Discard');
  const helpButton = el('button', { type: 'button', 'aria-expanded': 'false', 'aria-controls': 'review-help' }, 'Keyboard help');
  const addEvidence = el('button', { type: 'button' }, 'Add as evidence');
  const newRelation = el('button', { type: 'button' }, 'New relation');
  const doneButton = el('button', { type: 'button' }, 'Back to the map');
  const help = el('section', { id: 'review-help', class: 'review-help', 'aria-label': 'Keyboard help', hidden: true },
    el('h3', {}, 'Keys'), el('dl', {}, ...KEYS.flatMap(([k, what]) => [el('dt', {}, el('kbd', {}, k)), el('dd', {}, what)])));
  const groups = el('div', { class: 'review-groups' });
  const toolbar = el('div', { class: 'review-toolbar', role: 'toolbar', 'aria-label': 'Review' },
    undoButton, redoButton, saveButton, el('label', { class: 'inline', for: 'review-include-all' }, includeAll, ' with drafts and rejected'), discardButton, helpButton, doneButton);
  const fromText = el('div', { class: 'review-from-text' }, el('span', {}, 'From the words selected in the article: '), addEvidence, newRelation);
  const board = el('div', { class: 'review-board', hidden: true }, toolbar, fromText, alert, help, groups);
  // After the first draft the form folds away under "Add another article".
  const summary = el('summary', {}, 'Article');
  const compose = el('details', { class: 'review-compose', open: true }, summary, form);
  const kept = keptList((which) => void resume(which), (which) => void remove(which));
  const element = el('section', { class: 'review', 'aria-label': 'Review a draft', tabindex: '-1' },
    el('h2', {}, 'New story from text'), kept.element, compose, board);

  const say = (message: string, tone: 'error' | 'info' = 'error') => {
    alert.textContent = message;
    alert.dataset.tone = tone;
  };

  /** Shows the working story: map, lists and buttons, and keeps it in the browser. */
  const render = (persist = true) => {
    renderList();
    renderMap();
    if (persist) void persistNow();
  };
  /** The lists and the buttons. */
  const renderList = () => {
    if (!review) return;
    board.hidden = false;
    undoButton.disabled = review.past.length === 0;
    redoButton.disabled = review.future.length === 0;
    renderGroups();
  };
  /** The map, with the article panel beside it; settles once it is on screen. */
  const renderMap = (): void | Promise<void> => {
    if (!review) return;
    // A decision (accept, reject, back to draft, or its undo) is drawn where the map is: nothing is built again.
    const changes = shown && host.restate ? stateChanges(shown, review.story) : undefined;
    if (changes && (changes.size === 0 || host.restate!(changes))) {
      shown = review.story;
      return;
    }
    // Each change was checked as it was made: the map takes the story as it is, without reading its texts again.
    const story = drawable(review.story);
    if (story.relations.length || !review.story.relations.length) {
      const drawn = host.show(mapStory(story), selected && relationOf(selected) && stateOf(relationOf(selected)!) !== 'rejected' ? selected : undefined);
      shown = review.story;
      return drawn;
    }
    shown = undefined;
  };
  /** The story for the map, its relations the map's own (a decision changes them in place there, never the review's steps). */
  const mapStory = (story: StoryData) => toStory({ ...story, relations: story.relations.map((r) => ({ ...r })) }, host.tables);
  const relationOf = (id: string) => review?.story.relations.find((r) => r.id === id);

  /**
   * Keeps the review in the browser: the work at each change, the texts only when an article joined.
   * When another tab has saved this review since, neither overwrites the other: this tab's version
   * becomes a review of its own, and both are in the list.
   */
  const persistNow = async (): Promise<void> => {
    if (!review) return;
    const mine = (keptId ??= newReviewId());
    // The texts go with the first save after an article joined; saves after it (queued behind it) need not take them again.
    const withTexts = !textsKept;
    textsKept = true;
    const upTo = steps.last();
    try {
      const result = await saveReview(mine, toKeep(review), rev, withTexts ? keptTexts(review) : undefined, upTo);
      if (result.ok) steps.saved(mine, result.rev, upTo);
      if (keptId !== mine) return;
      if (result.ok) {
        rev = Math.max(rev, result.rev);
        return;
      }
      keptId = newReviewId();
      rev = 0;
      textsKept = false;
      say(`This review was also changed in another tab (saved ${new Date(result.theirs.savedAt).toLocaleTimeString()}). So that neither is lost, your version is now kept as a review of its own; the other tab's is in the list of kept reviews.`, 'info');
      return persistNow();
    } catch (error) {
      if (withTexts && keptId === mine) textsKept = false;
      // A browser that refuses IndexedDB has nowhere to put the journal's steps back: they would pile up.
      steps.forget(mine);
      say(`Your work could not be kept in this browser (${(error as Error).message || String(error)}): use Save story to keep it as a file.`);
    }
  };
  onOtherTab((which, otherRev) => {
    if (which !== keptId) return;
    say(otherRev < 0
      ? 'Another tab deleted this review from the browser: your next change here keeps it again.'
      : 'Another tab has changed this review. Your changes here are kept too, as a review of their own, so neither is lost.', 'info');
  });

  /** Applies a change; its errors go to `onErrors` (an edit form shows them at their fields), else to the alert. */
  const act = (action: ReviewAction, onErrors?: (errors: StoryError[]) => void) => {
    if (!review) return false;
    const result = apply(review, action, host.tables);
    if ('errors' in result) {
      if (onErrors) onErrors(result.errors);
      else say(`Not applied: ${result.errors.slice(0, 3).map(formatError).join('; ')}`);
      return false;
    }
    say('', 'info');
    review = result.review;
    record(action);
    render();
    return true;
  };

  /**
   * Selects a relation: its edge on the map, its sentence in the article, and the focus on its item
   * (`focus`) or, asked for by "Show in article", on the article's text (`toArticle`). The article's text may
   * arrive after the reviewer has stepped on: it takes the focus only when asked to, never from the list.
   */
  const select = (id: string | undefined, focus = true, toArticle = false) => {
    selected = id;
    const relation = id ? relationOf(id) : undefined;
    groups.querySelectorAll('[data-relation-id]').forEach((item) => item.classList.toggle('selected', item.getAttribute('data-relation-id') === id));
    if (!relation) return;
    // The map first (drawing it again rebuilds the article panel), then the sentence in the article, then the focus.
    if (stateOf(relation) !== 'rejected') {
      if (shown === review!.story && host.select) host.select(id!);
      else {
        host.show(mapStory(drawable(review!.story)), id);
        shown = review!.story;
      }
    }
    const e = relation.evidence[0];
    host.showQuote(e.start, e.end, e.source, toArticle);
    const item = groups.querySelector<HTMLElement>(`[data-relation-id="${CSS.escape(id!)}"]`);
    if (focus) item?.focus({ preventScroll: false });
  };

  /** Whether a relation's summary is still the sentence made from it, or the drafter's note: nobody has edited it. */
  const unedited = (r: Relation) => isDrafterNote(r.summary) || r.summary === readerSummary(r, (id) => actorName(review!.story, host.tables, id));

  const itemOf = (r: Relation): HTMLElement => {
    const state = stateOf(r);
    const name = (id: string) => actorName(review!.story, host.tables, id);
    const e = r.evidence[0];
    const sentence = el('blockquote', { class: 'sentence' });
    const t = e.draft?.trigger;
    if (t && t.start >= e.start && t.end <= e.end) {
      const q = e.quote;
      sentence.append(q.slice(0, t.start - e.start), el('mark', { class: 'trigger' }, q.slice(t.start - e.start, t.end - e.start)), q.slice(t.end - e.start));
    } else sentence.append(e.quote);
    const buttons = el('div', { class: 'item-actions' },
      ...(state !== 'accepted' ? [button('Accept', () => decide(r.id, 'accepted'))] : []),
      ...(state !== 'rejected' ? [button('Reject', () => decide(r.id, 'rejected'))] : []),
      ...(state !== 'draft' ? [button('Back to draft', () => act({ kind: 'state', id: r.id, state: 'draft' }))] : []),
      button('Edit', () => { editing = r.id; renderGroups(); focusForm(r.id); }),
      button('Show in article', () => select(r.id, false, true)));
    const item = el('li', { 'data-relation-id': r.id, 'data-review-state': state, tabindex: '-1', class: r.id === selected ? 'selected' : undefined },
      el('p', { class: 'what' }, `${name(r.from)} ${r.directed ? '→' : '↔'} ${name(r.to)}: ${RELATION_TYPES[r.type].label.toLowerCase()}`,
        el('span', { class: 'meta' }, ` · ${r.certainty} · ${formatSpan(r)}`)),
      sentence,
      // The summary readers will see; one still as the drafter wrote it is marked, for a person to read and edit.
      el('p', { class: 'summary' }, r.summary, unedited(r) ? el('span', { class: 'unedited', 'data-unedited': '' }, ' · drafted sentence, not yet edited') : null),
      e.draft ? el('p', { class: 'rule' }, ...likelihoodOf(e.draft), `rule ${e.draft.rule} · confidence ${Math.round(e.draft.confidence * 100)} %`) : el('p', { class: 'rule' }, 'added by hand'),
      r.evidence.length > 1 ? el('p', { class: 'more' }, `and ${r.evidence.length - 1} more quote${r.evidence.length > 2 ? 's' : ''}`) : null,
      buttons,
      editing === r.id ? editForm(r) : null);
    item.addEventListener('click', (event) => {
      if ((event.target as Element).closest('button, input, select, form')) return;
      select(r.id);
    });
    item.addEventListener('focus', () => { if (selected !== r.id) select(r.id, false); });
    return item;
  };

  /** The summary an edit keeps: the one typed; or, left as it was made (or as a new relation's note), the sentence made again from the edited relation. */
  const summaryAfterEdit = (r: Editable, edited: Relation, typed: string) => (!typed || (typed === r.summary && (!r.type || unedited(r as Relation)))
    ? readerSummary(edited, (id) => actorName(review!.story, host.tables, id))
    : typed);

  const focusForm = (id: string) => groups.querySelector<HTMLElement>(`[data-relation-id="${CSS.escape(id)}"] .edit-form select`)?.focus();

  /** The new relation from a selection, at the top of the drafts, in its form until it is added. */
  const newItem = (r: Editable): HTMLElement => el('li', { class: 'review-new', 'data-review-state': 'draft', 'aria-label': 'New relation, not added yet' },
    el('p', { class: 'what' }, 'New relation: choose its type'),
    el('blockquote', { class: 'sentence' }, r.evidence[0].quote),
    editForm(r, true));

  /**
   * The edit form of a relation, or of a new one (`fresh`: not in the story yet, no type chosen): actors
   * picked by name, each error shown at its field with the focus moved there.
   */
  const editForm = (r: Editable, fresh = false): HTMLElement => {
    const story = review!.story;
    const search = actorSearch(story, host.tables);
    const taken = (code: string) => host.tables.countries.has(code) || host.tables.organisations.has(code) || story.actors.some((a) => a.id === code);
    const nameOf = (id: string) => actorName(story, host.tables, id);
    const type = el('select', { 'aria-label': 'Type' },
      ...(r.type ? [] : [el('option', { value: '', selected: true }, 'Choose a type…')]),
      ...relationTypeNames.map((t) => el('option', { value: t, selected: t === r.type }, RELATION_TYPES[t].label)));
    const from = actorPicker({ label: 'From', search, initial: r.from, nameOf, taken });
    const to = actorPicker({ label: 'To', search, initial: r.to, nameOf, taken });
    const directed = el('input', { type: 'checkbox', checked: r.directed, 'aria-label': 'Directed' });
    const certainty = el('select', { 'aria-label': 'Certainty' }, ...CERTAINTIES.map((c) => el('option', { value: c, selected: c === r.certainty }, c)));
    const date = el('input', { type: 'text', value: r.date ?? '', 'aria-label': 'Date (YYYY, YYYY-MM or YYYY-MM-DD; empty: not stated)', size: '10', placeholder: 'YYYY-MM-DD' });
    const end = el('input', { type: 'text', value: r.ongoing ? 'ongoing' : r.end ?? '', 'aria-label': 'End (YYYY, YYYY-MM or YYYY-MM-DD; "ongoing"; empty: an event of one date)', size: '10', placeholder: 'YYYY-MM or ongoing' });
    const summary = el('input', { type: 'text', value: r.summary, 'aria-label': 'Summary (one line)', class: 'summary' });
    const applyButton = el('button', { type: 'submit' }, fresh ? 'Add as draft' : 'Apply');
    const cancel = el('button', { type: 'button' }, 'Cancel');
    const f = el('form', { class: 'edit-form', 'aria-label': fresh ? 'The new relation' : 'Edit the relation', novalidate: true },
      field('Type', type), actorField('From', from), actorField('To', to), el('label', { class: 'inline' }, directed, ' directed'), field('Certainty', certainty), field('Date', date),
      r.dateNote ? el('p', { class: 'hint date-note' }, `Date: ${r.dateNote}`) : null, field('End', end), field('Summary', summary),
      el('div', { class: 'item-actions' }, applyButton, cancel));
    const errors = fieldErrors(f, { type, from: from.input, 'from-anchor': from.anchorInput, to: to.input, 'to-anchor': to.anchorInput, directed, certainty, date, end, summary }, `edit-${fresh ? 'new' : r.id}`);
    f.addEventListener('submit', (event) => {
      event.preventDefault();
      const found: { field: string; message: string }[] = [];
      if (!type.value) found.push({ field: 'type', message: 'Choose the type the words state: the new relation has none yet' });
      for (const [name, picker] of [['from', from], ['to', to]] as const) {
        const problem = picker.problem();
        if (problem) found.push({ field: problem.field === picker.input ? name : `${name}-anchor`, message: problem.message });
      }
      const d = date.value.trim();
      if (d && !isIsoDate(d, precisionOf(d) ?? 'day')) found.push({ field: 'date', message: `"${d}" is not a real date: expected YYYY, YYYY-MM or YYYY-MM-DD, or empty when the text gives no date` });
      const e = end.value.trim();
      const ongoing = e.toLowerCase() === 'ongoing';
      if (e && !ongoing && !isIsoDate(e, precisionOf(e) ?? 'day')) found.push({ field: 'end', message: `"${e}" is not a real date: expected YYYY, YYYY-MM or YYYY-MM-DD, "ongoing", or empty for an event of one date` });
      if (found.length) return errors.show(found);
      const made = [from.newActor(), to.newActor()].flatMap((a) => (a ? [a] : []));
      const span = ongoing ? { end: undefined, endPrecision: undefined, ongoing: true } : { end: e || undefined, endPrecision: e ? precisionOf(e) : undefined, ongoing: undefined };
      const patch = { type: type.value as Relation['type'], from: from.value.trim().toUpperCase(), to: to.value.trim().toUpperCase(), directed: directed.checked, certainty: certainty.value as Relation['certainty'], date: d || undefined, datePrecision: d ? precisionOf(d) : undefined, ...span };
      const withSummary = { ...patch, summary: summaryAfterEdit(r, { ...r, ...patch } as Relation, summary.value.trim()) };
      const onErrors = (list: StoryError[]) => errors.show(list.map((e) => {
        const name = fieldOfPath(e.path);
        return { field: name === 'actor' ? (from.newActor() ? 'from' : 'to') : name === 'endPrecision' || name === 'ongoing' ? 'end' : name, message: `${e.message}: expected ${e.expected}` };
      }));
      const ok = fresh ? addNew(r, withSummary, made, onErrors) : act({ kind: 'edit', id: r.id, patch: withSummary, ...(made.length ? { actors: made } : {}) }, onErrors);
      if (ok) {
        const id = fresh ? selected! : r.id;
        editing = undefined;
        renderGroups();
        groups.querySelector<HTMLElement>(`[data-relation-id="${CSS.escape(id)}"]`)?.focus();
      }
    });
    const close = () => {
      editing = undefined;
      if (fresh) adding = undefined;
      renderGroups();
      const back = fresh ? selected : r.id;
      if (back) groups.querySelector<HTMLElement>(`[data-relation-id="${CSS.escape(back)}"]`)?.focus();
    };
    cancel.addEventListener('click', close);
    f.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      event.stopPropagation();
      close();
    });
    return f;
  };

  /** Adds the new relation the form describes, as a draft still to accept; its errors go to the form. */
  const addNew = (r: Editable, patch: RelationPatch, made: StoryData['actors'], onErrors: (errors: StoryError[]) => void) => {
    const { date, datePrecision, ...rest } = patch;
    const relation: Relation = {
      ...r, ...rest, type: patch.type!, id: newRelationId(review!.story, patch.from!, patch.to!, patch.type!), review: 'draft',
      ...(date ? { date, datePrecision } : {}),
    };
    // The note says how the sentence dated it: it goes when the editor gave another date.
    if (!date || date !== r.date) delete relation.dateNote;
    if (!date) { delete relation.date; delete relation.datePrecision; }
    if (!act({ kind: 'add', relation, ...(made.length ? { actors: made } : {}) }, onErrors)) return false;
    adding = undefined;
    select(relation.id, false);
    return true;
  };

  const order: ReviewState[] = ['draft', 'accepted', 'rejected'];
  const heading: Record<ReviewState, string> = { draft: 'To review', accepted: 'Accepted', rejected: 'Rejected' };
  const renderGroups = () => {
    if (!review) return;
    const active = document.activeElement as HTMLElement | null;
    const focused = active?.closest?.('[data-relation-id]')?.getAttribute('data-relation-id');
    // An open form survives a redraw (a decision by key, a draft arriving): what the editor typed is kept, node and all.
    const openForm = groups.querySelector<HTMLFormElement>('form.edit-form');
    const openFor = openForm?.closest('li')?.getAttribute('data-relation-id') ?? (openForm?.closest('.review-new') ? 'new' : undefined);
    groups.replaceChildren(...order.map((state) => {
      const items = review!.story.relations.filter((r) => stateOf(r) === state);
      const fresh = state === 'draft' && adding ? [newItem(adding)] : [];
      return el('section', { class: 'review-group', 'data-state': state, 'aria-label': `${heading[state]} (${items.length})` },
        el('h3', {}, `${heading[state]} (${items.length})`),
        items.length || fresh.length ? el('ol', {}, ...fresh, ...items.map(itemOf)) : el('p', { class: 'empty' }, 'none'));
    }));
    if (openForm && openFor) {
      const fresh = openFor === 'new' ? groups.querySelector<HTMLFormElement>('.review-new form.edit-form') : groups.querySelector<HTMLFormElement>(`[data-relation-id="${CSS.escape(openFor)}"] form.edit-form`);
      if (fresh) {
        fresh.replaceWith(openForm);
        if (active && openForm.contains(active)) active.focus({ preventScroll: true });
      }
    }
    if (focused && !editing && !adding) groups.querySelector<HTMLElement>(`[data-relation-id="${CSS.escape(focused)}"]`)?.focus({ preventScroll: true });
  };

  /** Accepts or rejects a relation, then moves on to the next one still to review, as a reviewer works down a list. */
  const decide = (id: string, state: ReviewState) => {
    const drafts = review?.story.relations.filter((r) => stateOf(r) === 'draft').map((r) => r.id) ?? [];
    const after = drafts.slice(drafts.indexOf(id) + 1).concat(drafts.slice(0, Math.max(0, drafts.indexOf(id))));
    if (!act({ kind: 'state', id, state })) return false;
    const next = after.find((d) => d !== id);
    select(next ?? id);
    return true;
  };

  /** The relations in the order the lists show them, for next and previous. */
  const sequence = () => order.flatMap((state) => review?.story.relations.filter((r) => stateOf(r) === state).map((r) => r.id) ?? []);
  const step = (by: number) => {
    const ids = sequence();
    if (!ids.length) return;
    const at = selected ? ids.indexOf(selected) : -1;
    select(ids[Math.max(0, Math.min(ids.length - 1, at + by))]);
  };

  draftButton.addEventListener('click', () => void draftNow());
  const draftNow = async () => {
    const body = text.value.replace(/^\uFEFF/, '');
    if (!body.trim()) {
      text.focus();
      return say('Paste or open an article first: the text box is empty.');
    }
    if (published.value && !isIsoDate(published.value, 'day')) return say(`The publication date "${published.value}" is not a real date.`);
    const input: DraftInput = {
      text: body, fileName: `article-${inputs.length + 1}.txt`,
      ...(title.value.trim() ? { title: title.value.trim() } : {}), ...(published.value ? { published: published.value } : {}),
      ...(outlet.value.trim() ? { publisher: outlet.value.trim() } : {}), ...(address.value.trim() ? { url: address.value.trim() } : {}),
    };
    // The text goes with the draft; it comes back to the box if the draft fails.
    const taken = takeText();
    if (!(await run([...inputs, input]))) return taken.back();
    title.value = outlet.value = address.value = published.value = '';
    draftButton.textContent = 'Draft relations';
    text.setAttribute('placeholder', 'Paste another article to add it to this story as a source');
  };

  /** Drafts every article given so far; the relations already reviewed keep their state and edits. Whether the draft was taken in. */
  const run = async (all: DraftInput[], beside?: Story): Promise<boolean> => {
    draftButton.disabled = true;
    const slow = setTimeout(() => { status.textContent = 'Drafting…'; status.classList.add('busy'); }, 150);
    try {
      // Marks for the bench and the tests: the page's own work while the worker drafts lies between them.
      performance.mark('drm-draft-start');
      const drafted = await draft(all.length === 1 ? all[0] : all);
      performance.mark('drm-draft-end');
      // A long article's draft is taken in in steps, each a task of its own: merged, checked in slices, listed, drawn, kept.
      await nextTask();
      inputs.splice(0, inputs.length, ...all);
      // The form's outlet and address, and the words the editor wrote, are the story's too.
      const merged = draftedWords(mergeDraft(drafted, review?.story, beside), all, review?.story);
      const story = readerSummaries(merged, (id) => actorName(merged, host.tables, id));
      // A draft with no relation (and so no actor) is a review to fill by hand, not an error.
      const none = story.relations.length === 0;
      const errors = none ? [] : await checkInSlices(story, host.tables);
      if (errors.length) {
        say(`The draft cannot be shown: ${errors.slice(0, 2).map(formatError).join('; ')}`);
        return false;
      }
      // A first draft starts a review of its own, kept beside any other: none is replaced.
      if (!review) {
        keptId = newReviewId();
        rev = 0;
      }
      review = review ? { story, past: [...review.past, review.story], future: [] } : newReview(story);
      // The draft itself goes to the journal too (unless its article is very long), in case the tab goes before IndexedDB has it.
      const base = review;
      record({ kind: 'draft' }, () => ({ work: toKeep(base), texts: keptTexts(base) }));
      textsKept = false;
      kept.update([]);
      compose.open = false;
      summary.textContent = `Add another article to this story (${all.length} so far)`;
      status.textContent = none ? NONE_FOUND : `${story.relations.filter((r) => stateOf(r) === 'draft').length} relations to review.`;
      selected = undefined;
      // The list first, then the map and its panels, then the first relation's sentence: each a task of its own.
      renderList();
      if (none) say(NONE_FOUND, 'info');
      await nextTask();
      await renderMap();
      // After a frame: the panels the map built are laid out there, not in the task that shows the sentence.
      await afterFrame();
      // The first relation is selected unless the reviewer has chosen one while the map was drawn (on a busy
      // machine a reviewer may be two relations on by then): a late step would move them, and their next key.
      if (selected === undefined) step(1);
      // For the tests and the bench: the draft is on screen, map and all.
      performance.mark('drm-draft-shown');
      await nextTask();
      void persistNow();
      return true;
    } catch (error) {
      say((error as Error).message);
      return false;
    } finally {
      clearTimeout(slow);
      status.classList.remove('busy');
      draftButton.disabled = false;
    }
  };

  undoButton.addEventListener('click', () => { if (review) { review = undo(review); record({ kind: 'undo' }); render(); } });
  redoButton.addEventListener('click', () => { if (review) { review = redo(review); record({ kind: 'redo' }); render(); } });
  saveButton.addEventListener('click', () => {
    if (!review) return;
    const story = toSave(review.story, includeAll.checked);
    if (!story.relations.length) return say('Nothing to save yet: accept at least one relation, or tick "with drafts and rejected".');
    const saved = check(story, host.tables);
    if (!saved.ok) return say(`Cannot save: ${saved.errors.slice(0, 2).map(formatError).join('; ')}`);
    const name = saved.story.title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || 'story';
    host.download(new Blob([storyToJson(saved.story)], { type: 'application/json' }), `${name}.json`);
    say(`Saved ${saved.story.relations.length} relations.`, 'info');
  });
  discardButton.addEventListener('click', async () => {
    if (!confirm('Discard this review? Its drafts, decisions and edits are removed from this browser. (Save story first to keep them as a file.)')) return;
    const which = keptId;
    review = undefined;
    keptId = undefined;
    rev = 0;
    if (which) {
      steps.forget(which);
      await deleteReview(which).catch(() => undefined);
    }
    inputs.length = 0;
    board.hidden = true;
    groups.replaceChildren();
    say('', 'info');
    // The form is open again for the next article, which starts a review of its own.
    compose.open = true;
    summary.textContent = 'Article';
    status.textContent = '';
    text.removeAttribute('placeholder');
    host.close();
  });
  helpButton.addEventListener('click', () => toggleHelp());
  const toggleHelp = () => {
    help.hidden = !help.hidden;
    helpButton.setAttribute('aria-expanded', String(!help.hidden));
  };
  doneButton.addEventListener('click', () => {
    const checked = review ? check(toSave(review.story), host.tables) : undefined;
    host.close(checked?.ok && checked.story.relations.length ? checked.story : undefined);
  });

  addEvidence.addEventListener('click', () => {
    const s = host.selection();
    if (!s) return say('Select words in the article first.');
    if (!selected) return say('Select a relation in the list first, then the words to add as its evidence.');
    act({ kind: 'evidence', id: selected, evidence: { quote: s.text, start: s.start, end: s.end, ...(sourceOf(s.source) ? { source: sourceOf(s.source) } : {}) } });
  });
  newRelation.addEventListener('click', () => void addFromSelection());
  const addFromSelection = async () => {
    const s = host.selection();
    if (!s || !review) return say('Select the words that state the relation in the article first.');
    // The drafter's date rules (and chrono-node under them) load with the first new relation, not with the screen.
    const { sentenceDate } = await import('./sentenceDate.ts');
    if (!review) return;
    const named = actorsNamed(s.text, host.tables);
    const [from, to] = [named[0] ?? review.story.actors[0]?.id ?? 'USA', named[1] ?? review.story.actors.find((a) => a.id !== named[0])?.id ?? 'RUS'];
    const source = sourceOf(s.source);
    // Dated as the drafter dates a sentence: from the words around the selection and the article's date.
    const text = textsOf(review.story).get(source ?? [...textsOf(review.story).keys()][0]);
    const published = review.story.sources?.find((x) => x.id === source)?.published ?? review.story.published;
    const when = text ? sentenceDate(text.text, s.start, s.end, published) : undefined;
    say('', 'info');
    adding = {
      id: 'new', from, to, directed: true, certainty: 'stated', summary: `Added in review from “${s.text.slice(0, 80)}”.`, review: 'draft',
      ...(when?.date ? { date: when.date, datePrecision: when.datePrecision } : {}), ...(when ? { dateNote: when.dateNote } : {}),
      evidence: [{ quote: s.text, start: s.start, end: s.end, ...(source ? { source } : {}) }],
    };
    editing = undefined;
    renderGroups();
    const form = groups.querySelector<HTMLElement>('.review-new .edit-form select');
    form?.focus();
    form?.scrollIntoView?.({ block: 'nearest' });
  };
  /** A source id as the story names it: '' (one article) means the story's only source. */
  const sourceOf = (id: string) => (review?.story.sources ? id || review.story.sources[0].id : undefined);

  // Keys work in the review and in the article panel beside it (where words are selected), not elsewhere.
  document.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement;
    if (!review || element.closest('[hidden]') || !(element.contains(target) || target.closest?.('.article') || target === document.body)) return;
    if (target.closest('input, textarea, select') || event.altKey || event.metaKey) return;
    const key = event.key;
    const ctrl = event.ctrlKey;
    const handled = (() => {
      if (ctrl && (key === 'z' || key === 'Z')) return event.shiftKey ? redoButton.click() ?? true : undoButton.click() ?? true;
      if (ctrl && (key === 'y' || key === 'Y')) return redoButton.click() ?? true;
      if (ctrl) return false;
      if (key === 'j' || key === 'ArrowDown') return step(1) ?? true;
      if (key === 'k' || key === 'ArrowUp') return step(-1) ?? true;
      if (key === '?') return toggleHelp() ?? true;
      if (key === 'u') return undoButton.click() ?? true;
      if (key === 'U') return redoButton.click() ?? true;
      if (key === 'n') return newRelation.click() ?? true;
      if (!selected || target.closest('button') && key === 'Enter') return false;
      if (key === 'q') return addEvidence.click() ?? true;
      if (key === 'a') return decide(selected, 'accepted');
      if (key === 'r') return decide(selected, 'rejected');
      if (key === 'd') return act({ kind: 'state', id: selected, state: 'draft' });
      if (key === 'e') {
        editing = selected;
        renderGroups();
        focusForm(selected);
        return true;
      }
      return false;
    })();
    if (handled !== false) event.preventDefault();
  });

  return {
    element,
    async draftFrom(input, beside) {
      if (input.title) title.value = input.title;
      if (input.published) published.value = input.published;
      // The article goes to the drafter, not through the box: it is put there only if the draft fails, to try again.
      if (!(await run([{ ...input, fileName: input.fileName ?? 'article-1.txt' }], beside))) text.value = input.text;
      title.value = published.value = '';
    },
    async offerSaved(now = false) {
      if (review) return;
      // Steps a tab made just before it went (a reload at once after a decision) join their reviews first.
      await replayJournals(host.tables).catch(() => 0);
      if (review) return;
      const list = await listReviews().catch(() => []);
      if (review) return;
      if (now && list.length) return resume(list[0].id);
      kept.update(list);
      kept.element.querySelector<HTMLElement>('button.resume')?.focus();
    },
  };

  /** Takes up a review kept in the browser where it was left: its decisions, edits and steps. */
  async function resume(which: string) {
    const saved = await loadReview(which).catch(() => undefined);
    if (!saved) return offerSavedAgain('That review is no longer kept in this browser.');
    if (review) return;
    kept.update([]);
    review = fromKept(saved.work, saved.texts);
    keptId = saved.summary.id;
    rev = saved.summary.rev;
    // A record that held its texts inside keeps them apart from its next save.
    textsKept = saved.texts !== undefined;
    // Another article added after a reload is drafted with those already in the story.
    inputs.splice(0, inputs.length, ...inputsOf(review.story));
    compose.open = false;
    summary.textContent = 'Add another article to this story';
    render(false);
    if (!review.story.relations.length) say(NONE_FOUND, 'info');
    step(1);
  }

  /** Deletes a kept review from the browser, once the person has said so. */
  async function remove(which: string) {
    const list = await listReviews().catch(() => []);
    const r = list.find((x) => x.id === which);
    if (!r || !confirm(`Delete your review of “${r.title}” (saved ${new Date(r.savedAt).toLocaleString()}, ${r.accepted} accepted) from this browser? This cannot be undone. (Resume it and use Save story first to keep it as a file.)`)) return;
    await deleteReview(which).catch((error: Error) => say(`The review could not be deleted (${error.message || String(error)}).`));
    await offerSavedAgain();
  }

  async function offerSavedAgain(message?: string) {
    if (message) say(message, 'info');
    if (!review) kept.update(await listReviews().catch(() => []));
  }

  function field(label: string, input: HTMLElement) {
    return el('label', { class: 'field' }, el('span', {}, label), input);
  }

  /** A picker's field: its text box is named by its own label, the list and new-actor box below it. */
  function actorField(label: string, picker: ActorPicker) {
    return el('div', { class: 'field actor-field' }, el('span', { 'aria-hidden': 'true' }, label), picker.element);
  }
}

function button(label: string, onClick: () => unknown): HTMLButtonElement {
  const b = el('button', { type: 'button' }, label);
  b.addEventListener('click', () => onClick());
  return b;
}

/** The actors a selection names, in order, found by the drafter's own gazetteer (names, demonyms, capitals, people). */
function actorsNamed(words: string, tables: Tables): string[] {
  const mentions = gazetteer([...tables.organisations.values()]).mentions(words);
  return [...new Set(mentions.map((m) => m.actor))].filter((id) => tables.countries.has(id) || tables.organisations.has(id));
}

/**
 * The scorer's likelihood, first on a draft's line: "likely 82 %", or "unsure 41 %" below one half,
 * so an editor checks the doubtful drafts with most care. Drafts saved before the scorer have none.
 */
function likelihoodOf(draft: { likelihood?: number }): (HTMLElement | string)[] {
  if (draft.likelihood === undefined) return [];
  const percent = Math.round(draft.likelihood * 100);
  const unsure = draft.likelihood < 0.5;
  return [el('strong', { class: unsure ? 'likelihood unsure' : 'likelihood', 'data-likelihood': String(percent) }, `${unsure ? 'unsure' : 'likely'} ${percent} %`), ' · '];
}
