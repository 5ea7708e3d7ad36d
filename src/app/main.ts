import 'leaflet/dist/leaflet.css';
import './style.css';
import articleText from '../../data/article.txt?raw';
import relationsJson from '../../data/relations.json?raw';
import { formatError, loadStory, type StoryError } from '../data/index.ts';
import { el } from './el.ts';
import { fetchStory } from './fetchStory.ts';
import { mountMap } from './mountMap.ts';

const app = document.getElementById('app')!;

function showErrors(title: string, errors: readonly StoryError[]) {
  app.append(el('section', { class: 'errors', role: 'alert' },
    el('h1', {}, title),
    el('ul', {}, ...errors.map((e) => el('li', {}, formatError(e))))));
}

const storyPath = new URLSearchParams(location.search).get('story');
if (storyPath) {
  const result = await fetchStory(storyPath, location.href);
  if (result.ok) mountMap(app, result.story);
  else showErrors(`The story “${storyPath}” cannot be drawn`, result.errors);
} else {
  const result = loadStory(articleText, relationsJson, { files: { article: 'data/article.txt', relations: 'data/relations.json' } });
  if (result.ok) mountMap(app, result.story);
  else showErrors('The built-in story has errors', result.errors);
}
