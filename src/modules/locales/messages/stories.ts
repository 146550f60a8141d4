export { storiesFr } from './stories.fr.ts';
export { storiesEn } from './stories.en.ts';
export { storiesEs } from './stories.es.ts';
export { storiesAr } from './stories.ar.ts';
