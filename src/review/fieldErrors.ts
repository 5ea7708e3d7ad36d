import { el } from '../app/el.ts';

/** The field of the edit form an error's path points at ('relations[3].from' → 'from'), or 'form' for the rest. */
export function fieldOfPath(path: string): string {
  const m = /^relations\[\d+\]\.(\w+)/.exec(path);
  if (m) return m[1] === 'datePrecision' || m[1] === 'dateNote' ? 'date' : m[1] === 'cameo' || m[1] === 'plover' ? 'type' : m[1];
  if (path.startsWith('actors[')) return 'actor';
  return 'form';
}

export interface FieldErrors {
  /** Shows each message beside its field (those of no field in the form's own box) and moves the focus to the first. */
  show(errors: readonly { field: string; message: string }[]): void;
  clear(): void;
}

/**
 * Errors next to the fields that caused them: a message after the field, the field marked
 * `aria-invalid` and described by it, the focus moved there. What belongs to no field goes in the
 * form's own alert, at the form, not at the top of the list.
 */
export function fieldErrors(form: HTMLElement, fields: Record<string, HTMLElement>, prefix: string): FieldErrors {
  const general = el('p', { class: 'field-error form-error', role: 'alert', id: `${prefix}-error-form`, hidden: true });
  form.append(general);
  const clear = () => {
    form.querySelectorAll('.field-error:not(.form-error)').forEach((e) => e.remove());
    general.hidden = true;
    general.textContent = '';
    for (const input of Object.values(fields)) {
      input.removeAttribute('aria-invalid');
      const described = (input.getAttribute('aria-describedby') ?? '').split(' ').filter((id) => id && !id.startsWith(`${prefix}-error-`));
      if (described.length) input.setAttribute('aria-describedby', described.join(' '));
      else input.removeAttribute('aria-describedby');
    }
  };
  return {
    clear,
    show(errors) {
      clear();
      let first: HTMLElement | undefined;
      const byField = new Map<string, string[]>();
      for (const e of errors) byField.set(fields[e.field] ? e.field : 'form', [...(byField.get(fields[e.field] ? e.field : 'form') ?? []), e.message]);
      for (const [name, messages] of byField) {
        const text = messages.join('; ');
        if (name === 'form') {
          general.textContent = text;
          general.hidden = false;
          first ??= general;
          continue;
        }
        const input = fields[name];
        const note = el('p', { class: 'field-error', id: `${prefix}-error-${name}` }, text);
        // After the field's own box (its label, or the picker around the text box).
        (input.closest('.field, .combo, .inline') ?? input).after(note);
        input.setAttribute('aria-invalid', 'true');
        input.setAttribute('aria-describedby', [input.getAttribute('aria-describedby'), note.id].filter(Boolean).join(' '));
        first ??= input;
      }
      if (first === general) general.setAttribute('tabindex', '-1');
      first?.focus();
      first?.scrollIntoView?.({ block: 'nearest' });
    },
  };
}
