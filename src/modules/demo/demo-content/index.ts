import type { DemoSite } from '../demo.types.ts';
import { CAMPAIGN } from './campaign.ts';
import { COUNTRIES, COUNTRY_REFERENCES } from './countries.ts';
import { DATASETS } from './datasets.ts';
import { FACTS } from './facts.ts';
import { HOME } from './home.ts';
import { MENU } from './menu.ts';
import { OFFICES } from './offices.ts';
import { OUR_WORK } from './our-work.ts';
import { PEOPLE } from './people.ts';
import { PUBLICATIONS } from './publications.ts';
import { STORIES } from './stories.ts';
import { TAKE_ACTION } from './take-action.ts';
import { WHO_WE_ARE } from './who-we-are.ts';

/**
 * The demo site: facts and people first (with the countries' heads and figures), then the page
 * tree from the root down (every parent before its children).
 */
export const DEMO_SITE: DemoSite = {
  documents: [
    ...FACTS,
    ...PEOPLE,
    ...COUNTRY_REFERENCES,
    ...HOME,
    ...WHO_WE_ARE,
    ...OFFICES,
    ...OUR_WORK,
    ...COUNTRIES,
    ...TAKE_ACTION,
    ...DATASETS,
    ...PUBLICATIONS,
    ...CAMPAIGN,
    ...STORIES,
  ],
  menu: MENU,
};
