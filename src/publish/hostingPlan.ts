/** Where a story that is not on the site yet must go for its link to work. */
export interface HostingPlan {
  /** The file "Save story" writes: the story with its article text inside. */
  fileName: string;
  /** Its path relative to the site's page, as `?story=` takes it. */
  sitePath: string;
  /** Where the file will be served from. */
  fileUrl: string;
  /** Where it goes in this project before `npm run build` (data/ is served as the site's root). */
  projectPath: string;
}

/**
 * A story opened from files or reviewed in the browser is in this browser only: no link can show it
 * until its file is on the site. This names the file and its place, beside the site's page in
 * `stories/`.
 *
 * @example hostingPlan('AUKUS: a submarine pact', 'https://news.example/maps/').fileUrl // 'https://news.example/maps/stories/aukus-a-submarine-pact.json'
 */
export function hostingPlan(title: string, siteUrl: string): HostingPlan {
  const fileName = `${storyFileName(title)}.json`;
  const sitePath = `stories/${fileName}`;
  return { fileName, sitePath, fileUrl: new URL(sitePath, siteUrl).href, projectPath: `data/${sitePath}` };
}

/** A file name from a title, as "Save story" names its file. */
export function storyFileName(title: string): string {
  return title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || 'story';
}
