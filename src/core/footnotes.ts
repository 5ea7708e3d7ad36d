import type { Story } from '../data/schema.ts';
import type { SceneEdge } from './scene.ts';
import { sourceLine, sourceOf } from './sources.ts';

export interface Footnote {
  /** The number shown on the edge and before the note. */
  n: number;
  relationId: string;
  /** The edge's name, then each quote with who said it. */
  heading: string;
  quotes: string[];
}

/** Who said a quote, as "Chang Ho-jin, national security adviser", or '' when the article names no one. */
export function speakerLine(story: Pick<Story, 'people'>, speaker: string | undefined): string {
  const person = speaker ? story.people.find((p) => p.id === speaker) : undefined;
  if (!person) return '';
  return person.role ? `${person.name}, ${person.role}` : person.name;
}

/** Numbered citations for the drawn edges, in drawing order: every quote verbatim with its speaker. */
export function footnotesFor(edges: readonly SceneEdge[], story: Pick<Story, 'people' | 'sources'>): Footnote[] {
  return edges.map((edge, i) => ({
    n: i + 1,
    relationId: edge.id,
    heading: edge.label,
    quotes: edge.relation.evidence.map((e) => {
      const who = speakerLine(story, e.speaker);
      const source = sourceOf(story, e);
      return `“${e.quote}”${who ? ` (${who})` : ''}${source ? ` — ${sourceLine(source)}` : ''}`;
    }),
  }));
}

/** Breaks text into lines of at most `width` characters, at spaces; a word longer than a line is cut (between code points). */
export function wrapText(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  const words = text.split(/\s+/).flatMap((word) => {
    if (word.length <= width) return [word];
    const pieces = [''];
    for (const point of word) {
      if (pieces[pieces.length - 1].length + point.length > width) pieces.push('');
      pieces[pieces.length - 1] += point;
    }
    return pieces;
  });
  for (const word of words) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}
