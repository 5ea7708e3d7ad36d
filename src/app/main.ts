import 'leaflet/dist/leaflet.css';
import './style.css';
import { startApp } from './app.ts';

await startApp(document.getElementById('app')!);
