/**
 * The strings of a value that match `pattern`, each with its path (`relations[3].evidence[0].quote`),
 * skipping fields named `skip`. The path is written only for a string that matches: a story of
 * fifty thousand quotes is walked without building a path for each of its values.
 */
export function stringsWith(value: unknown, pattern: RegExp, skip?: string): [string, string][] {
  const found: [string, string][] = [];
  const trail: (string | number)[] = [];
  const pathOf = () => trail.reduce<string>((p, k) => (typeof k === 'number' ? `${p}[${k}]` : p ? `${p}.${k}` : k), '');
  const visit = (v: unknown) => {
    if (typeof v === 'string') {
      if (pattern.test(v)) found.push([pathOf(), v]);
    } else if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) {
        trail.push(i);
        visit(v[i]);
        trail.pop();
      }
    } else if (v && typeof v === 'object') {
      for (const k in v) {
        if (k === skip || !Object.prototype.hasOwnProperty.call(v, k)) continue;
        trail.push(k);
        visit((v as Record<string, unknown>)[k]);
        trail.pop();
      }
    }
  };
  visit(value);
  return found;
}
