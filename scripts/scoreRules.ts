// The evaluation's scoring rules (../shared/eval/score.mjs), for scripts that score in one process.

export interface GoldRelation {
  from: string;
  to: string;
  type: string;
  directed: boolean;
  core: boolean;
}
export interface Gold {
  relations: GoldRelation[];
}
interface DraftedRelation {
  from: string;
  to: string;
  type: string;
  directed: boolean;
  evidence: { quote: string; start: number; end: number }[];
}

/** The family a type belongs to, as the evaluation names it. */
export function family(type: string): string {
  const t = type.toLowerCase();
  if (/visit|trip|summit|host/.test(t)) return 'visit';
  if (/tension|war|conflict|sanction|pressure|threat|accus|hostil|condemn|protest|criti|invasion|attack|recall|sever|expel|disput|fight|coerc|demand/.test(t)) return 'conflict';
  if (/allian|pact|treaty|cooperat|partner|trade|econom|aid|support|arms|mediat|agree|normali|deal|ties|assist|consult/.test(t)) return 'cooperation';
  return t || 'unknown';
}
const pairKey = (a: string, b: string) => [a, b].sort().join('~');

/** One article's counts: core found, drafted groups correct, directions right, quotes exact. */
export function scoreArticle(text: string, story: { relations: readonly DraftedRelation[]; articleText?: string }, gold: Gold) {
  const article = story.articleText ?? text;
  const groups = new Map<string, DraftedRelation[]>();
  for (const d of story.relations) {
    const k = `${pairKey(d.from, d.to)}|${family(d.type)}`;
    groups.set(k, [...(groups.get(k) ?? []), d]);
  }
  const goldKeys = new Set(gold.relations.map((g) => `${pairKey(g.from, g.to)}|${family(g.type)}`));
  const core = new Map<string, GoldRelation>();
  for (const g of gold.relations.filter((g) => g.core)) core.set(`${pairKey(g.from, g.to)}|${family(g.type)}`, g);
  const wrongDirection: string[] = [];
  let dirN = 0;
  let dirOk = 0;
  for (const [k, g] of core) {
    const ds = (groups.get(k) ?? []).filter((d) => d.directed);
    if (!g.directed || !ds.length) continue;
    dirN++;
    if (ds.some((d) => d.from === g.from && d.to === g.to)) dirOk++;
    else wrongDirection.push(`${g.from}-${g.to} ${g.type}`);
  }
  let quotes = 0;
  let quotesOk = 0;
  for (const d of story.relations) for (const e of d.evidence) {
    quotes++;
    if (e.quote.length > 0 && article.slice(e.start, e.end) === e.quote) quotesOk++;
  }
  return {
    core: core.size,
    found: [...core.keys()].filter((k) => groups.has(k)).length,
    missed: [...core.entries()].filter(([k]) => !groups.has(k)).map(([, g]) => `${g.from}-${g.to} ${g.type}`),
    drafted: groups.size,
    correct: [...groups.keys()].filter((k) => goldKeys.has(k)).length,
    wrong: [...groups.entries()].filter(([k]) => !goldKeys.has(k)).map(([, [d]]) => `${d.from}-${d.to} ${d.type} «${d.evidence[0]?.quote.slice(0, 140)}»`),
    wrongDirection, dirN, dirOk, quotes, quotesOk,
  };
}

export type Row = ReturnType<typeof scoreArticle> & { file: string; error: string | null };

/** The totals of some articles, and the line the evaluation prints. */
export function totals(rows: readonly Row[]) {
  const sum = (k: 'found' | 'core' | 'correct' | 'drafted' | 'dirOk' | 'dirN' | 'quotesOk' | 'quotes') => rows.reduce((s, r) => s + r[k], 0);
  const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)} %` : '–');
  const t = {
    recall: pct(sum('found'), sum('core')), precision: pct(sum('correct'), sum('drafted')),
    direction: pct(sum('dirOk'), sum('dirN')), quotes: pct(sum('quotesOk'), sum('quotes')), failed: rows.filter((r) => r.error).length,
  };
  return { ...t, line: `recall ${t.recall} (${sum('found')}/${sum('core')}), precision ${t.precision} (${sum('correct')}/${sum('drafted')}), quotes ${t.quotes}, direction ${t.direction}, failed ${t.failed}/${rows.length}` };
}
