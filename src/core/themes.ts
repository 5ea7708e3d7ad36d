/** The basemap's colours; edges keep their type colours in both themes. */
export interface Theme {
  name: 'light' | 'dark';
  water: string;
  land: string;
  actor: string;
  border: string;
  coast: string;
  anchor: string;
  text: string;
  halo: string;
  muted: string;
}

export const THEMES: Record<Theme['name'], Theme> = {
  light: {
    name: 'light', water: '#dbe6ec', land: '#f4f1ea', actor: '#e6d7b8', border: '#ffffff', coast: '#b9c6cd',
    anchor: '#222222', text: '#1d1d1b', halo: '#ffffff', muted: '#5f6368',
  },
  dark: {
    name: 'dark', water: '#17212b', land: '#2a3038', actor: '#4a4436', border: '#1b2026', coast: '#3a4652',
    anchor: '#f2f2f2', text: '#f2efe8', halo: '#111418', muted: '#aab1b9',
  },
};
