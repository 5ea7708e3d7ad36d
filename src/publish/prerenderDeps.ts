// What the prerender takes from the render core, in one place: DOM-free modules only, so the build
// can import them in Node.
export { basemapMarkup, svgDefs } from '../core/svgMarkup.ts';
export { storyMarkup } from '../core/storyMarkup.ts';
export { scene, type Basemap } from '../core/scene.ts';
export { storyView } from '../core/framing.ts';
export { THEMES } from '../core/themes.ts';
export * as calloutCode from '../core/placeCallouts.ts';
export { escapeXml } from '../core/escapeXml.ts';
export { formatDate, formatSpan } from '../core/formatDate.ts';
export { dekOf } from '../core/dek.ts';
export { relationTypeNames as RELATION_TYPES_LABEL } from '../data/relationTypes.ts';
