const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Makes any text safe inside XML text or a double-quoted attribute. Characters XML 1.0 cannot carry
 * at all (C0 controls but tab and line breaks, lone surrogates) become U+FFFD, so a file stays
 * well-formed whatever text reached it.
 */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => entities[c]).replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}
