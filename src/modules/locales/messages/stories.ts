export { storiesFr } from './stories.fr.ts';
export { storiesEn } from './stories.en.ts';
export { storiesEs } from './stories.es.ts';
export { storiesAr } from './stories.ar.ts';
export { themesFr } from './stories.fr.ts';
export { themesEn } from './stories.en.ts';
export { themesEs } from './stories.es.ts';
export { themesAr } from './stories.ar.ts';
