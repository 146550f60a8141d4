import type { DemoMenuItem } from '../demo.types.ts';

/** The main menu, as in the seed's navigation. Utility pages (accessibility, privacy) stay out of it. */
export const MENU: readonly DemoMenuItem[] = [
  {
    doc: 'who-we-are',
    children: [
      {
        doc: 'structure',
        children: [
          { doc: 'office-dg' },
          { doc: 'office-ddg-management' },
          { doc: 'office-ddg-operations' },
          { doc: 'office-chief-of-staff' },
          { doc: 'office-partnerships' },
          { doc: 'office-strategy' },
        ],
      },
    ],
  },
  {
    doc: 'our-work',
    children: [{ doc: 'what-we-do' }, { doc: 'partnerships' }, { doc: 'where-we-work' }],
  },
  {
    doc: 'take-action',
    children: [{ doc: 'work-with-us' }, { doc: 'get-involved' }],
  },
  { doc: 'data-research', children: [{ doc: 'publications' }] },
  { doc: 'agenda-2030' },
  { doc: 'campaign-imd-2019' },
];
