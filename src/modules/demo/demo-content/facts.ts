import type { DemoDocument } from '../demo.types.ts';

/** Key figures: each one is dated and sourced, and cited in text with {fact:KEY}. */

const ORG_SOURCE_URL = 'https://www.iom.int/about-iom';
export const DESA_SOURCE_URL = 'https://www.un.org/development/desa/pd/content/international-migrant-stock-2019';

const ORG_SOURCE = {
  fr: 'Registres des membres de l’Organisation',
  en: 'Organization’s membership records',
  es: 'Registros de membresía de la Organización',
  ar: 'سجلات العضوية في المنظمة',
  'zh-Hans': '本组织成员登记记录',
  ru: 'Данные Организации о членском составе',
} as const;

export const DESA_SOURCE = {
  fr: 'Nations Unies, Département des affaires économiques et sociales (DESA), International Migrant Stock 2019',
  en: 'United Nations Department of Economic and Social Affairs (DESA), International Migrant Stock 2019',
  es: 'Naciones Unidas, Departamento de Asuntos Económicos y Sociales (DAES), International Migrant Stock 2019',
  ar: 'إدارة الشؤون الاقتصادية والاجتماعية في الأمم المتحدة، International Migrant Stock 2019',
  'zh-Hans': '联合国经济和社会事务部（经社部），International Migrant Stock 2019',
  ru: 'Департамент по экономическим и социальным вопросам Организации Объединенных Наций (ДЭСВ), International Migrant Stock 2019',
} as const;

export const FACTS: readonly DemoDocument[] = [
  {
    key: 'fact-founded',
    type: 'fact',
    fields: { value: 1951, unit: 'year', asOf: '2026-11-01', sourceUrl: ORG_SOURCE_URL },
    translations: {
      fr: { slug: 'annee-de-fondation', title: 'Année de fondation', fields: { source: ORG_SOURCE.fr } },
      en: { slug: 'year-founded', title: 'Year founded', fields: { source: ORG_SOURCE.en } },
      es: { slug: 'ano-de-fundacion', title: 'Año de fundación', fields: { source: ORG_SOURCE.es } },
      ar: { slug: 'sanat-al-tasis', title: 'سنة التأسيس', fields: { source: ORG_SOURCE.ar } },
      'zh-Hans': { slug: 'chengli-nianfen', title: '成立年份', fields: { source: ORG_SOURCE['zh-Hans'] } },
      ru: { slug: 'god-osnovaniya', title: 'Год основания', fields: { source: ORG_SOURCE.ru } },
    },
  },
  {
    key: 'fact-member-states',
    type: 'fact',
    fields: { value: 175, unit: 'count', asOf: '2026-11-01', sourceUrl: ORG_SOURCE_URL },
    translations: {
      fr: { slug: 'etats-membres', title: 'États membres', fields: { source: ORG_SOURCE.fr } },
      en: { slug: 'member-states', title: 'Member States', fields: { source: ORG_SOURCE.en } },
      es: { slug: 'estados-miembros', title: 'Estados miembros', fields: { source: ORG_SOURCE.es } },
      ar: { slug: 'al-duwal-al-aada', title: 'الدول الأعضاء', fields: { source: ORG_SOURCE.ar } },
      'zh-Hans': { slug: 'chengyuanguo', title: '成员国', fields: { source: ORG_SOURCE['zh-Hans'] } },
      ru: { slug: 'gosudarstva-chleny', title: 'Государства-члены', fields: { source: ORG_SOURCE.ru } },
    },
  },
  {
    key: 'fact-countries',
    type: 'fact',
    fields: { value: 171, unit: 'count', asOf: '2026-11-01', sourceUrl: ORG_SOURCE_URL },
    translations: {
      fr: { slug: 'pays-de-presence', title: 'Pays où l’Organisation est présente', fields: { source: ORG_SOURCE.fr } },
      en: { slug: 'countries-of-presence', title: 'Countries where the Organization is present', fields: { source: ORG_SOURCE.en } },
      es: { slug: 'paises-con-presencia', title: 'Países donde la Organización está presente', fields: { source: ORG_SOURCE.es } },
      ar: { slug: 'buldan-al-wujud', title: 'البلدان التي تعمل فيها المنظمة', fields: { source: ORG_SOURCE.ar } },
      'zh-Hans': { slug: 'kaizhan-gongzuo-de-guojia', title: '本组织开展工作的国家', fields: { source: ORG_SOURCE['zh-Hans'] } },
      ru: { slug: 'strany-prisutstviya', title: 'Страны, в которых работает Организация', fields: { source: ORG_SOURCE.ru } },
    },
  },
  {
    key: 'fact-migrants-2019',
    type: 'fact',
    fields: { value: 272_000_000, unit: 'count', asOf: '2019-09-17', sourceUrl: DESA_SOURCE_URL, dataset: 'dataset-migrants-worldwide' },
    translations: {
      fr: { slug: 'migrants-internationaux-2019', title: 'Migrants internationaux dans le monde (2019)', fields: { source: DESA_SOURCE.fr } },
      en: { slug: 'international-migrants-2019', title: 'International migrants worldwide (2019)', fields: { source: DESA_SOURCE.en } },
      es: { slug: 'migrantes-internacionales-2019', title: 'Migrantes internacionales en el mundo (2019)', fields: { source: DESA_SOURCE.es } },
      ar: { slug: 'al-muhajirun-al-duwaliyun-2019', title: 'المهاجرون الدوليون في العالم (2019)', fields: { source: DESA_SOURCE.ar } },
      'zh-Hans': { slug: 'guoji-yimin-2019', title: '全世界国际移民人数（2019年）', fields: { source: DESA_SOURCE['zh-Hans'] } },
      ru: { slug: 'mezhdunarodnye-migranty-2019', title: 'Число международных мигрантов в мире (2019 год)', fields: { source: DESA_SOURCE.ru } },
    },
  },
  {
    key: 'fact-share-2019',
    type: 'fact',
    fields: { value: 3.5, unit: 'percent', asOf: '2019-09-17', sourceUrl: DESA_SOURCE_URL, dataset: 'dataset-share-of-population' },
    translations: {
      fr: { slug: 'part-population-mondiale-2019', title: 'Part des migrants internationaux dans la population mondiale (2019)', fields: { source: DESA_SOURCE.fr } },
      en: { slug: 'share-of-world-population-2019', title: 'International migrants as a share of world population (2019)', fields: { source: DESA_SOURCE.en } },
      es: { slug: 'porcentaje-poblacion-mundial-2019', title: 'Migrantes internacionales como porcentaje de la población mundial (2019)', fields: { source: DESA_SOURCE.es } },
      ar: { slug: 'nisbat-sukkan-al-alam-2019', title: 'نسبة المهاجرين الدوليين من سكان العالم (2019)', fields: { source: DESA_SOURCE.ar } },
      'zh-Hans': { slug: 'yimin-zhan-shijie-renkou-bili-2019', title: '国际移民占世界人口的比例（2019年）', fields: { source: DESA_SOURCE['zh-Hans'] } },
      ru: { slug: 'dolya-migrantov-v-naselenii-mira-2019', title: 'Доля международных мигрантов в населении мира (2019 год)', fields: { source: DESA_SOURCE.ru } },
    },
  },
];
