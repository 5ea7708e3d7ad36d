import 'leaflet/dist/leaflet.css';
import './style.css';
import articleText from '../../data/article.txt?raw';
import relationsJson from '../../data/relations.json?raw';
import { formatError, loadStory } from '../data/index.ts';
import { mountMap } from './mountMap.ts';
import { el } from './el.ts';

const result = loadStory(articleText, relationsJson, { files: { article: 'data/article.txt', relations: 'data/relations.json' } });
const app = document.getElementById('app')!;
if (result.ok) {
  mountMap(app, result.story);
} else {
  app.append(el('section', { class: 'errors', role: 'alert' },
    el('h1', {}, 'The built-in story has errors'),
    el('ul', {}, ...result.errors.map((e) => el('li', {}, formatError(e))))));
}
