import { el } from './el.ts';

export interface ExportControls {
  element: HTMLElement;
}

/** What the reader chose for an export: footnotes, a preset (or the view as on screen) and a theme. */
export interface ExportChoice {
  footnotes: boolean;
  /** A preset's width in pixels, or undefined for the map's size on screen. */
  width?: number;
  aspect: '16:9' | '4:3' | '1:1' | '9:16';
  theme: 'light' | 'dark';
}

// The presets' widths and shapes, as core/presets.ts has them (not imported: that module loads with the export's code).
const WIDTHS = ['640', '960', '1200'];
const SHAPES: [ExportChoice['aspect'], string][] = [['16:9', 'Wide 16:9'], ['4:3', '4:3'], ['1:1', 'Square 1:1'], ['9:16', 'Phone 9:16']];

/**
 * The export buttons: "Export SVG" (shortcut E) and "Export PNG (2×)", with a size (as on screen, or
 * a preset's width and shape), the theme of the file (chosen here, whatever the system's), and an
 * option to print the quotes of the visible edges as numbered footnotes.
 */
export function exportControls(makeSvg: (choice: ExportChoice) => Promise<string>, fileName: () => string, signal: AbortSignal): ExportControls {
  const footnotes = el('input', { type: 'checkbox', name: 'footnotes' });
  const size = el('select', { name: 'export-size', id: 'export-size' },
    el('option', { value: '' }, 'As on screen'), ...WIDTHS.map((w) => el('option', { value: w }, `${w} px wide`)));
  const shape = el('select', { name: 'export-aspect', id: 'export-aspect', disabled: true }, ...SHAPES.map(([value, label]) => el('option', { value }, label)));
  const theme = el('select', { name: 'export-theme', id: 'export-theme' }, el('option', { value: 'light' }, 'Light'), el('option', { value: 'dark' }, 'Dark'));
  size.addEventListener('change', () => { shape.disabled = !size.value; });
  const choice = (): ExportChoice => ({ footnotes: footnotes.checked, width: size.value ? Number(size.value) : undefined, aspect: shape.value as ExportChoice['aspect'], theme: theme.value as ExportChoice['theme'] });
  const svgButton = el('button', { type: 'button', class: 'export-svg', 'aria-keyshortcuts': 'E', title: 'Export SVG (E)' }, 'Export SVG');
  const pngButton = el('button', { type: 'button', class: 'export-png' }, 'Export PNG (2×)');
  const status = el('p', { class: 'export-status', role: 'status' });
  // What the buttons do (writing the files, rasterising the PNG) loads on their first use.
  const actions = () => import('./exportActions.ts');
  const exportSvg = async () => {
    const [svg, { exportSvgFile }] = await Promise.all([makeSvg(choice()), actions()]);
    exportSvgFile(svg, fileName());
  };
  svgButton.addEventListener('click', () => void exportSvg());
  pngButton.addEventListener('click', async () => {
    status.textContent = '';
    const picked = choice();
    const [svg, { exportPngFile }] = await Promise.all([makeSvg(picked), actions()]);
    await exportPngFile(svg, fileName(), picked, status);
  });
  document.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement;
    if (event.key.toLowerCase() !== 'e' || event.ctrlKey || event.metaKey || event.altKey) return;
    // Typing in a field keeps its letters; a checkbox or button with focus does not type, so E still exports.
    if (target.closest('select, textarea, [contenteditable], dialog') || (target instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'submit', 'reset', 'file'].includes(target.type))) return;
    // Where the buttons are not shown (an embed without downloads), neither is the shortcut.
    if (!element.getClientRects().length) return;
    event.preventDefault();
    void exportSvg();
  }, { signal });
  const element = el('section', { class: 'export', 'aria-label': 'Export' },
    el('h2', {}, 'Snapshot'),
    el('div', { class: 'export-choices' },
      el('label', { for: 'export-size' }, 'Size'), size,
      el('label', { for: 'export-aspect' }, 'Shape'), shape,
      el('label', { for: 'export-theme' }, 'Theme'), theme),
    el('div', { class: 'export-buttons' }, svgButton, pngButton),
    el('label', {}, footnotes, ' Add the quotes as numbered footnotes'),
    status);
  return { element };
}
