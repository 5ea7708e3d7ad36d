/// <reference types="vite/client" />

/** The URL of the coarse world projected when the app is built (vite.config.ts, `projectedWorld`). */
declare module 'virtual:projected-world' {
  const url: string;
  export default url;
}
