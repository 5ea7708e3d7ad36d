import 'leaflet/dist/leaflet.css';
import './style.css';
import { startApp } from './app.ts';

// Not awaited at the top level: the start's chunk is shared with the chunks it loads later, and a
// module still awaiting its own top-level await would hold up every chunk that imports it.
void startApp(document.getElementById('app')!);
