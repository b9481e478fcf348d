import { readFileSync } from 'node:fs';
import { SearchEngine } from '../../shared/search/search-engine.ts';
const e = SearchEngine.fromData(JSON.parse(readFileSync('out/renderer/content/search.json', 'utf8')));
const t = performance.now();
for (let i = 0; i < 200; i++) for (const q of ['back', 'sciatica', 'lower back pain', 'sciatca', 'preg']) e.search(q);
console.log((performance.now() - t) / 1000, 'ms/query');
