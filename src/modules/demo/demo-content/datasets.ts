import type { DemoDocument } from '../demo.types.ts';
import { DESA_SOURCE, DESA_SOURCE_URL } from './facts.ts';

/**
 * Datasets of "Data and research": the UN DESA estimates of International Migrant Stock 2019
 * (released in September 2019), each value dated by the year it describes. Countries are given
 * by ISO code and named by the site in each language; regions carry their names per locale.
 * DESA's later editions supersede these figures; a newer edition would be a new dataset.
 */

const LICENCE = { licence: 'CC BY 3.0 IGO', licenceUrl: 'https://creativecommons.org/licenses/by/3.0/igo/' } as const;
const SHARED = { sourceUrl: DESA_SOURCE_URL, ...LICENCE } as const;
const source = (locale: keyof typeof DESA_SOURCE) => DESA_SOURCE[locale];

const MIGRANTS = {
  fr: 'Migrants internationaux',
  en: 'International migrants',
  es: 'Migrantes internacionales',
  ar: 'المهاجرون الدوليون',
  'zh-Hans': '国际移民人数',
  ru: 'Международные мигранты',
} as const;

export const DATASETS: readonly DemoDocument[] = [
  {
    key: 'dataset-migrants-worldwide',
    type: 'dataset',
    parent: 'data-research',
    fields: {
      chart: 'bar',
      unit: 'count',
      series: [
        { date: '2010', value: 221_000_000 },
        { date: '2019', value: 272_000_000 },
      ],
      ...SHARED,
    },
    translations: {
      fr: {
        slug: 'migrants-internationaux-dans-le-monde',
        title: 'Migrants internationaux dans le monde, 2010 et 2019',
        summary: 'Combien de personnes vivaient hors de leur pays de naissance, selon les estimations des Nations Unies.',
        fields: {
          measure: MIGRANTS.fr,
          description: 'En neuf ans, le nombre de migrants internationaux est passé d’environ 221 millions (2010) à 272 millions (2019), soit 51 millions de plus.',
          source: source('fr'),
        },
      },
      en: {
        slug: 'international-migrants-worldwide',
        title: 'International migrants worldwide, 2010 and 2019',
        summary: 'How many people lived outside the country where they were born, according to United Nations estimates.',
        fields: {
          measure: MIGRANTS.en,
          description: 'Over nine years the number of international migrants grew from about 221 million (2010) to 272 million (2019): 51 million more people.',
          source: source('en'),
        },
      },
      es: {
        slug: 'migrantes-internacionales-en-el-mundo',
        title: 'Migrantes internacionales en el mundo, 2010 y 2019',
        summary: 'Cuántas personas vivían fuera de su país de nacimiento, según las estimaciones de las Naciones Unidas.',
        fields: {
          measure: MIGRANTS.es,
          description: 'En nueve años, el número de migrantes internacionales pasó de unos 221 millones (2010) a 272 millones (2019): 51 millones más.',
          source: source('es'),
        },
      },
      ar: {
        slug: 'al-muhajirun-al-duwaliyun-fi-al-alam',
        title: 'المهاجرون الدوليون في العالم، 2010 و2019',
        summary: 'عدد الأشخاص الذين كانوا يعيشون خارج البلد الذي وُلدوا فيه، وفق تقديرات الأمم المتحدة.',
        fields: {
          measure: MIGRANTS.ar,
          description: 'خلال تسع سنوات، ارتفع عدد المهاجرين الدوليين من نحو 221 مليوناً (2010) إلى 272 مليوناً (2019)، أي بزيادة 51 مليون شخص.',
          source: source('ar'),
        },
      },
      'zh-Hans': {
        slug: 'quanshijie-guoji-yimin',
        title: '全世界国际移民人数（2010年和2019年）',
        summary: '根据联合国的估计，居住在出生国以外的人数。',
        fields: {
          measure: MIGRANTS['zh-Hans'],
          description: '九年间，国际移民人数从2010年的约2.21亿增至2019年的2.72亿，增加了5100万人。',
          source: source('zh-Hans'),
        },
      },
      ru: {
        slug: 'mezhdunarodnye-migranty-v-mire',
        title: 'Международные мигранты в мире, 2010 и 2019 годы',
        summary: 'Сколько людей жили за пределами страны своего рождения, по оценкам Организации Объединенных Наций.',
        fields: {
          measure: MIGRANTS.ru,
          description: 'За девять лет число международных мигрантов выросло примерно с 221 миллиона (2010 год) до 272 миллионов (2019 год), то есть на 51 миллион человек.',
          source: source('ru'),
        },
      },
    },
  },
  {
    key: 'dataset-share-of-population',
    type: 'dataset',
    parent: 'data-research',
    fields: {
      chart: 'line',
      unit: 'percent',
      series: [
        { date: '2000', value: 2.8 },
        { date: '2019', value: 3.5 },
      ],
      ...SHARED,
    },
    translations: {
      fr: {
        slug: 'part-des-migrants-dans-la-population-mondiale',
        title: 'Part des migrants internationaux dans la population mondiale, 2000 et 2019',
        summary: 'Les migrants internationaux restent une petite minorité de l’humanité, mais leur part augmente.',
        fields: {
          measure: 'Part de la population mondiale',
          description: 'La part des migrants internationaux dans la population mondiale est montée de 2,8 % en 2000 à 3,5 % en 2019, sur 7,7 milliards d’habitants.',
          source: source('fr'),
        },
      },
      en: {
        slug: 'share-of-world-population',
        title: 'International migrants as a share of world population, 2000 and 2019',
        summary: 'International migrants remain a small minority of humankind, but their share is growing.',
        fields: {
          measure: 'Share of world population',
          description: 'International migrants made up 2.8% of the world’s people in 2000 and 3.5% in 2019, out of 7.7 billion.',
          source: source('en'),
        },
      },
      es: {
        slug: 'porcentaje-de-la-poblacion-mundial',
        title: 'Migrantes internacionales como porcentaje de la población mundial, 2000 y 2019',
        summary: 'Los migrantes internacionales siguen siendo una pequeña minoría de la humanidad, pero su proporción aumenta.',
        fields: {
          measure: 'Porcentaje de la población mundial',
          description: 'Los migrantes internacionales eran el 2,8 % de la población mundial en 2000 y el 3,5 % en 2019, de un total de 7.700 millones de personas.',
          source: source('es'),
        },
      },
      ar: {
        slug: 'nisbat-al-muhajirin-min-sukkan-al-alam',
        title: 'نسبة المهاجرين الدوليين من سكان العالم، 2000 و2019',
        summary: 'ما زالت نسبة المهاجرين الدوليين من سكان العالم صغيرة، لكنها في ازدياد.',
        fields: {
          measure: 'النسبة من سكان العالم',
          description: 'شكّل المهاجرون الدوليون 2.8 في المائة من سكان العالم في عام 2000، و3.5 في المائة في عام 2019 من أصل 7.7 مليارات نسمة.',
          source: source('ar'),
        },
      },
      'zh-Hans': {
        slug: 'guoji-yimin-zhan-shijie-renkou-bili',
        title: '国际移民占世界人口的比例（2000年和2019年）',
        summary: '国际移民仍是人类中的一小部分，但所占比例在上升。',
        fields: {
          measure: '占世界人口的比例',
          description: '国际移民占世界人口的比例从2000年的2.8%上升到2019年的3.5%（世界人口77亿）。',
          source: source('zh-Hans'),
        },
      },
      ru: {
        slug: 'dolya-v-naselenii-mira',
        title: 'Доля международных мигрантов в населении мира, 2000 и 2019 годы',
        summary: 'Международные мигранты остаются небольшим меньшинством человечества, но их доля растет.',
        fields: {
          measure: 'Доля в населении мира',
          description: 'Доля международных мигрантов в населении мира выросла с 2,8 % в 2000 году до 3,5 % в 2019 году (из 7,7 миллиарда человек).',
          source: source('ru'),
        },
      },
    },
  },
  {
    key: 'dataset-regions-of-residence',
    type: 'dataset',
    parent: 'data-research',
    fields: {
      chart: 'bar',
      unit: 'count',
      series: [
        { date: '2019', category: 'europe', value: 82_000_000 },
        { date: '2019', category: 'northern-america', value: 59_000_000 },
        { date: '2019', category: 'northern-africa-western-asia', value: 49_000_000 },
      ],
      ...SHARED,
    },
    translations: {
      fr: {
        slug: 'regions-de-residence',
        title: 'Les trois régions qui comptent le plus de migrants internationaux, 2019',
        summary: 'Où vivaient les migrants internationaux en 2019 : les trois régions de résidence les plus importantes.',
        labels: { europe: 'Europe', 'northern-america': 'Amérique du Nord', 'northern-africa-western-asia': 'Afrique du Nord et Asie occidentale' },
        fields: {
          measure: MIGRANTS.fr,
          description: 'En 2019, l’Europe accueillait 82 millions de migrants internationaux, l’Amérique du Nord 59 millions, et l’Afrique du Nord avec l’Asie occidentale 49 millions.',
          source: source('fr'),
        },
      },
      en: {
        slug: 'regions-of-residence',
        title: 'The three regions with the most international migrants, 2019',
        summary: 'Where international migrants lived in 2019: the three largest regions of residence.',
        labels: { europe: 'Europe', 'northern-america': 'Northern America', 'northern-africa-western-asia': 'Northern Africa and Western Asia' },
        fields: {
          measure: MIGRANTS.en,
          description: 'In 2019 Europe was home to 82 million international migrants, Northern America to 59 million, and Northern Africa and Western Asia together to 49 million.',
          source: source('en'),
        },
      },
      es: {
        slug: 'regiones-de-residencia',
        title: 'Las tres regiones con más migrantes internacionales, 2019',
        summary: 'Dónde vivían los migrantes internacionales en 2019: las tres principales regiones de residencia.',
        labels: { europe: 'Europa', 'northern-america': 'América del Norte', 'northern-africa-western-asia': 'África septentrional y Asia occidental' },
        fields: {
          measure: MIGRANTS.es,
          description: 'En 2019, Europa acogía a 82 millones de migrantes internacionales, América del Norte a 59 millones y África septentrional junto con Asia occidental a 49 millones.',
          source: source('es'),
        },
      },
      ar: {
        slug: 'manatiq-al-iqama',
        title: 'المناطق الثلاث التي تضم أكبر عدد من المهاجرين الدوليين، 2019',
        summary: 'توزُّع المهاجرين الدوليين على أكبر ثلاث مناطق إقامة في عام 2019.',
        labels: { europe: 'أوروبا', 'northern-america': 'أمريكا الشمالية', 'northern-africa-western-asia': 'شمال أفريقيا وغرب آسيا' },
        fields: {
          measure: MIGRANTS.ar,
          description: 'في عام 2019، استضافت أوروبا 82 مليون مهاجر دولي، وأمريكا الشمالية 59 مليوناً، وشمال أفريقيا وغرب آسيا معاً 49 مليوناً.',
          source: source('ar'),
        },
      },
      'zh-Hans': {
        slug: 'juzhu-diqu',
        title: '国际移民最多的三个地区（2019年）',
        summary: '2019年国际移民居住在哪里：三个最大的居住地区。',
        labels: { europe: '欧洲', 'northern-america': '北美洲', 'northern-africa-western-asia': '北非和西亚' },
        fields: {
          measure: MIGRANTS['zh-Hans'],
          description: '2019年，欧洲有8200万国际移民，北美洲有5900万，北非和西亚合计4900万。',
          source: source('zh-Hans'),
        },
      },
      ru: {
        slug: 'regiony-prozhivaniya',
        title: 'Три региона с наибольшим числом международных мигрантов, 2019 год',
        summary: 'Где жили международные мигранты в 2019 году: три крупнейших региона проживания.',
        labels: { europe: 'Европа', 'northern-america': 'Северная Америка', 'northern-africa-western-asia': 'Северная Африка и Западная Азия' },
        fields: {
          measure: MIGRANTS.ru,
          description: 'В 2019 году в Европе жили 82 миллиона международных мигрантов, в Северной Америке — 59 миллионов, в Северной Африке и Западной Азии вместе — 49 миллионов.',
          source: source('ru'),
        },
      },
    },
  },
  {
    key: 'dataset-countries-of-origin',
    type: 'dataset',
    parent: 'data-research',
    fields: {
      chart: 'bar',
      unit: 'count',
      series: [
        ['IN', 17_500_000],
        ['MX', 11_800_000],
        ['CN', 10_700_000],
        ['RU', 10_500_000],
        ['SY', 8_200_000],
        ['BD', 7_800_000],
        ['PK', 6_300_000],
        ['UA', 5_900_000],
        ['PH', 5_400_000],
        ['AF', 5_100_000],
      ].map(([category, value]) => ({ date: '2019', category, value })),
      ...SHARED,
    },
    translations: {
      fr: {
        slug: 'pays-d-origine',
        title: 'Les dix premiers pays d’origine des migrants internationaux, 2019',
        summary: 'Les pays dont sont nés le plus grand nombre de migrants internationaux vivant à l’étranger.',
        fields: {
          measure: 'Personnes nées dans le pays et vivant à l’étranger',
          description: 'En 2019, 17,5 millions de personnes nées en Inde vivaient dans un autre pays, devant le Mexique (11,8 millions) et la Chine (10,7 millions). L’Afghanistan ferme la liste avec 5,1 millions.',
          source: source('fr'),
        },
      },
      en: {
        slug: 'countries-of-origin',
        title: 'The ten largest countries of origin of international migrants, 2019',
        summary: 'The countries where the largest numbers of international migrants living abroad were born.',
        fields: {
          measure: 'People born in the country living abroad',
          description: 'In 2019, 17.5 million people born in India lived in another country, ahead of Mexico (11.8 million) and China (10.7 million). Afghanistan closes the list with 5.1 million.',
          source: source('en'),
        },
      },
      es: {
        slug: 'paises-de-origen',
        title: 'Los diez principales países de origen de los migrantes internacionales, 2019',
        summary: 'Los países donde nació el mayor número de migrantes internacionales que viven en el extranjero.',
        fields: {
          measure: 'Personas nacidas en el país que viven en el extranjero',
          description: 'En 2019, 17,5 millones de personas nacidas en la India vivían en otro país, por delante de México (11,8 millones) y China (10,7 millones). Afganistán cierra la lista con 5,1 millones.',
          source: source('es'),
        },
      },
      ar: {
        slug: 'buldan-al-manshaa',
        title: 'البلدان العشرة الأولى التي ينحدر منها المهاجرون الدوليون، 2019',
        summary: 'البلدان التي وُلد فيها أكبر عدد من المهاجرين الدوليين المقيمين في الخارج.',
        fields: {
          measure: 'المولودون في البلد والمقيمون في الخارج',
          description: 'في عام 2019، كان 17.5 مليون شخص من مواليد الهند يعيشون في بلد آخر، تليها المكسيك (11.8 مليوناً) ثم الصين (10.7 ملايين). وتأتي أفغانستان في آخر القائمة بـ5.1 ملايين.',
          source: source('ar'),
        },
      },
      'zh-Hans': {
        slug: 'yuanji-guo',
        title: '国际移民的十大原籍国（2019年）',
        summary: '在国外生活的国际移民中，出生人数最多的国家。',
        fields: {
          measure: '在国外生活的本国出生者',
          description: '2019年，有1750万在印度出生的人生活在其他国家，其次是墨西哥（1180万）和中国（1070万）。阿富汗以510万位列第十。',
          source: source('zh-Hans'),
        },
      },
      ru: {
        slug: 'strany-proiskhozhdeniya',
        title: 'Десять основных стран происхождения международных мигрантов, 2019 год',
        summary: 'Страны, уроженцев которых больше всего среди международных мигрантов, живущих за рубежом.',
        fields: {
          measure: 'Уроженцы страны, живущие за рубежом',
          description: 'В 2019 году 17,5 миллиона уроженцев Индии жили в другой стране; далее следуют Мексика (11,8 миллиона) и Китай (10,7 миллиона). Замыкает список Афганистан с 5,1 миллиона.',
          source: source('ru'),
        },
      },
    },
  },
  {
    key: 'dataset-countries-of-residence',
    type: 'dataset',
    parent: 'data-research',
    fields: {
      chart: 'bar',
      unit: 'count',
      series: [
        ['US', 51_000_000],
        ['DE', 13_000_000],
        ['SA', 13_000_000],
        ['RU', 12_000_000],
        ['GB', 10_000_000],
        ['AE', 9_000_000],
        ['FR', 8_000_000],
        ['CA', 8_000_000],
        ['AU', 8_000_000],
        ['IT', 6_000_000],
      ].map(([category, value]) => ({ date: '2019', category, value })),
      ...SHARED,
    },
    translations: {
      fr: {
        slug: 'pays-de-residence',
        title: 'Les dix pays qui accueillent le plus de migrants internationaux, 2019',
        summary: 'Les pays où vivait le plus grand nombre de personnes nées ailleurs.',
        fields: {
          measure: 'Migrants internationaux résidant dans le pays',
          description: 'Les États-Unis comptaient 51 millions de migrants internationaux en 2019, soit près de quatre fois plus que l’Allemagne et l’Arabie saoudite (13 millions chacune). La France, le Canada et l’Australie en accueillaient environ 8 millions chacun.',
          source: source('fr'),
        },
      },
      en: {
        slug: 'countries-of-residence',
        title: 'The ten countries hosting the most international migrants, 2019',
        summary: 'The countries where the largest numbers of people born elsewhere lived.',
        fields: {
          measure: 'International migrants living in the country',
          description: 'The United States had 51 million international migrants in 2019, nearly four times as many as Germany or Saudi Arabia (13 million each). France, Canada and Australia each hosted about 8 million.',
          source: source('en'),
        },
      },
      es: {
        slug: 'paises-de-residencia',
        title: 'Los diez países que acogen a más migrantes internacionales, 2019',
        summary: 'Los países donde vivía el mayor número de personas nacidas en otro lugar.',
        fields: {
          measure: 'Migrantes internacionales residentes en el país',
          description: 'Estados Unidos tenía 51 millones de migrantes internacionales en 2019, casi cuatro veces más que Alemania o Arabia Saudita (13 millones cada uno). Francia, Canadá y Australia acogían unos 8 millones cada uno.',
          source: source('es'),
        },
      },
      ar: {
        slug: 'buldan-al-iqama',
        title: 'البلدان العشرة التي تستضيف أكبر عدد من المهاجرين الدوليين، 2019',
        summary: 'البلدان التي كان يعيش فيها أكبر عدد من المهاجرين الدوليين، أي الأشخاص المولودين في بلد آخر.',
        fields: {
          measure: 'المهاجرون الدوليون المقيمون في البلد',
          description: 'كان في الولايات المتحدة 51 مليون مهاجر دولي في عام 2019، أي قرابة أربعة أضعاف ما في ألمانيا أو المملكة العربية السعودية (13 مليوناً لكل منهما). واستضافت كل من فرنسا وكندا وأستراليا نحو 8 ملايين.',
          source: source('ar'),
        },
      },
      'zh-Hans': {
        slug: 'juzhu-guo',
        title: '接纳国际移民最多的十个国家（2019年）',
        summary: '在他国出生者人数最多的居住国。',
        fields: {
          measure: '居住在该国的国际移民',
          description: '2019年，美国有5100万国际移民，几乎是德国或沙特阿拉伯（各1300万）的四倍。法国、加拿大和澳大利亚各接纳约800万。',
          source: source('zh-Hans'),
        },
      },
      ru: {
        slug: 'strany-prozhivaniya',
        title: 'Десять стран, принимающих больше всего международных мигрантов, 2019 год',
        summary: 'Страны, где жило больше всего людей, родившихся в другой стране.',
        fields: {
          measure: 'Международные мигранты, живущие в стране',
          description: 'В 2019 году в США жил 51 миллион международных мигрантов — почти в четыре раза больше, чем в Германии или Саудовской Аравии (по 13 миллионов). Франция, Канада и Австралия принимали примерно по 8 миллионов.',
          source: source('ru'),
        },
      },
    },
  },
];
