import { el } from './el.ts';

/** Starts a download of text or a blob under a file name. */
export function download(data: Blob, name: string) {
  const url = URL.createObjectURL(data);
  const a = el('a', { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
