const COMMAND = /^(?:[ML]-?\d*\.?\d+,-?\d*\.?\d+|Z)*$/;
const TOKEN = /[MLZ]|-?\d*\.?\d+/g;

/**
 * A path of `M`, `L` and `Z` commands (polygons and lines as d3-geo writes them) written short for a
 * file, drawing the very same points. Each ring after the first starts with a step from where the
 * last one ended (`m`); the points after it are steps from the point before (an `m`'s further pairs
 * are relative lines, so they need no letter; the first ring's absolute `M` is followed by an `l`).
 * Numbers lose their leading zeros and every separator a parser does not need, and a step of
 * nothing (two points rounded onto one) is left out. Numbers are taken at `digits` decimals, as they
 * were written, so no rounding adds up along a ring. A path with any other command is returned as it is.
 *
 * @example compactPath('M10.5,20L10.8,20.2L10.8,20.2L10,20Z') // 'M10.5 20l.3.2-.8-.2z'
 */
export function compactPath(d: string, digits = 1): string {
  if (!COMMAND.test(d)) return d;
  const scale = 10 ** digits;
  const tokens = d.match(TOKEN) ?? [];
  let out = '';
  // The last number written, to know whether the next needs a separator.
  let last = '';
  const put = (n: number) => {
    const text = number(n, scale);
    if (last && !text.startsWith('-') && !(text.startsWith('.') && last.includes('.'))) out += ' ';
    out += text;
    last = text;
  };
  // The current point and the start of the current ring, in whole units of 10^-digits.
  let [x, y, x0, y0] = [0, 0, 0, 0];
  // Whether the steps are still those of the first ring, after its absolute `M`.
  let first = false;
  for (let i = 0; i < tokens.length; i++) {
    const command = tokens[i];
    if (command === 'Z') {
      first = false;
      out += 'z';
      last = '';
      [x, y] = [x0, y0];
      continue;
    }
    const px = Math.round(Number(tokens[++i]) * scale);
    const py = Math.round(Number(tokens[++i]) * scale);
    if (command === 'M') {
      out += out ? 'm' : 'M';
      last = '';
      if (out.length === 1) {
        put(px);
        put(py);
        first = true;
      } else {
        first = false;
        put(px - x);
        put(py - y);
      }
      [x0, y0] = [px, py];
    } else if (px !== x || py !== y) {
      // An absolute `M`'s further pairs would be absolute: the first ring's steps say `l`.
      if (first) {
        out += 'l';
        last = '';
        first = false;
      }
      put(px - x);
      put(py - y);
    }
    [x, y] = [px, py];
  }
  return out;
}

/** Whole units of 10^-digits as the shortest SVG number: `.3`, `-.3`, `12.5`, `-4`. */
function number(n: number, scale: number): string {
  const text = String(n / scale);
  return text.startsWith('0.') ? text.slice(1) : text.startsWith('-0.') ? `-${text.slice(2)}` : text;
}
