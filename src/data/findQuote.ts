/** Where a quote stands in the article, as `[start, end)`, or undefined when it is not there verbatim. */
export function findQuote(article: string, quote: string): { start: number; end: number; count: number } | undefined {
  const start = article.indexOf(quote);
  if (start < 0 || quote.length === 0) return undefined;
  let count = 0;
  for (let i = start; i >= 0; i = article.indexOf(quote, i + 1)) count++;
  return { start, end: start + quote.length, count };
}

/**
 * Why a quote is not found, for the error message: the longest start of it that is in the article,
 * so the reader sees where the wording parts. Straight and curly quote marks are a common cause.
 */
export function quoteMismatch(article: string, quote: string): string {
  let lo = 0;
  let hi = quote.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (article.includes(quote.slice(0, mid))) lo = mid;
    else hi = mid - 1;
  }
  const straight = /['"]/.test(quote) && /[‘’“”]/.test(article) ? '; the article uses curly quote marks (‘ ’ “ ”) where the quote has straight ones' : '';
  if (lo === 0) return `no part of it is in the article${straight}`;
  return `the article has “${quote.slice(0, lo)}” but then not “${quote.slice(lo, lo + 20)}”${straight}`;
}
