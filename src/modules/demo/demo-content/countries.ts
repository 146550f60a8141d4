import { portraitAlt } from '../demo-portraits.ts';
import type { DemoDocument, DemoTranslation } from '../demo.types.ts';

/**
 * Countries where the demo organisation works, each with a page under "Where we work". Every
 * office, address, telephone number and person here is fictional; the key figures are UN DESA's.
 * A country's title is its name from Intl.DisplayNames, as the map and the list name it.
 */

type DemoLocale = 'fr' | 'en' | 'es' | 'ar';
const LOCALES: readonly DemoLocale[] = ['fr', 'en', 'es', 'ar'];

interface CountryText {
  readonly slug: string;
  readonly summary: string;
  readonly body?: readonly string[];
  readonly officeName?: string;
  readonly address?: string;
}

interface DemoCountry {
  readonly code: string;
  readonly region: 'africa' | 'americas' | 'asia-pacific' | 'europe' | 'middle-east';
  readonly presenceSince: number;
  readonly office?: { readonly email: string; readonly phone: string; readonly head: string };
  readonly facts?: readonly string[];
  readonly text: Readonly<Record<DemoLocale, CountryText>>;
}

const DESA_SOURCE_URL = 'https://www.un.org/development/desa/pd/content/international-migrant-stock-2019';
const DESA_SOURCE: Readonly<Record<DemoLocale, string>> = {
  fr: 'Nations Unies, DESA, International Migrant Stock 2019',
  en: 'United Nations DESA, International Migrant Stock 2019',
  es: 'Naciones Unidas, DAES, International Migrant Stock 2019',
  ar: 'إدارة الشؤون الاقتصادية والاجتماعية في الأمم المتحدة، International Migrant Stock 2019',
};

const name = (locale: DemoLocale, code: string) => new Intl.DisplayNames([locale], { type: 'region' }).of(code) ?? code;

function countryDocument(c: DemoCountry): DemoDocument {
  const translations: Partial<Record<DemoLocale, DemoTranslation>> = {};
  for (const locale of LOCALES) {
    const t = c.text[locale];
    const fields: Record<string, string> = {};
    if (t.officeName) fields.officeName = t.officeName;
    if (t.address) fields.address = t.address;
    translations[locale] = { slug: t.slug, title: name(locale, c.code), summary: t.summary, body: t.body, fields };
  }
  return {
    key: `country-${c.code.toLowerCase()}`,
    type: 'country',
    parent: 'where-we-work',
    fields: {
      code: c.code,
      region: c.region,
      presenceSince: c.presenceSince,
      ...(c.office ? { email: c.office.email, phone: c.office.phone, head: c.office.head } : {}),
      ...(c.facts ? { facts: c.facts } : {}),
    },
    translations,
  };
}

/** A head of a country office: a fictional person, named the same in every Latin-script locale. */
function head(key: string, names: { latin: string; ar: string }, roles: Readonly<Record<DemoLocale, string>>): DemoDocument {
  const slug = key.replace(/^person-/, '');
  const translation = (locale: DemoLocale) => {
    const title = locale === 'ar' ? names.ar : names.latin;
    return { slug, title, fields: { role: roles[locale] }, alt: { portrait: portraitAlt(locale, title) ?? title } };
  };
  return {
    key,
    type: 'person',
    fields: { portrait: key.replace(/^person-/, 'portrait-') },
    translations: Object.fromEntries(LOCALES.map((locale) => [locale, translation(locale)])),
  };
}

/** A UN DESA 2019 figure for one country (persons, rounded as DESA's release reported them). */
function desaFact(key: string, value: number, titles: Readonly<Record<DemoLocale, string>>): DemoDocument {
  return {
    key,
    type: 'fact',
    fields: { value, unit: 'count', asOf: '2019-09-17', sourceUrl: DESA_SOURCE_URL },
    translations: Object.fromEntries(
      LOCALES.map((locale) => [locale, { slug: key.replace(/^fact-/, ''), title: titles[locale], fields: { source: DESA_SOURCE[locale] } }]),
    ),
  };
}

const HEAD_ROLE = {
  fr: 'Cheffe de mission',
  en: 'Chief of Mission',
  es: 'Jefa de Misión',
  ar: 'رئيسة البعثة',
} as const;
const HEAD_ROLE_M = {
  fr: 'Chef de mission',
  en: 'Chief of Mission',
  es: 'Jefe de Misión',
  ar: 'رئيس البعثة',
} as const;

const HEADS: readonly DemoDocument[] = [
  head('person-head-jo', { latin: 'Leila Haddad-Moreau', ar: 'ليلى حداد-مورو' }, HEAD_ROLE),
  head('person-head-ne', { latin: 'Ousmane Kader', ar: 'عثمان قادر' }, HEAD_ROLE_M),
  head('person-head-co', { latin: 'Inés Carvajal', ar: 'إينيس كارباخال' }, HEAD_ROLE),
  head('person-head-bd', { latin: 'Tahmina Rahman', ar: 'تهمينة رحمن' }, HEAD_ROLE),
  head('person-head-tr', { latin: 'Emre Aksoy', ar: 'أمره أكسوي' }, HEAD_ROLE_M),
];

const COUNTRY_FACTS: readonly DemoDocument[] = [
  desaFact('fact-de-residents-2019', 13_000_000, {
    fr: 'Migrants internationaux vivant en Allemagne (2019)',
    en: 'International migrants living in Germany (2019)',
    es: 'Migrantes internacionales que viven en Alemania (2019)',
    ar: 'المهاجرون الدوليون المقيمون في ألمانيا (2019)',
  }),
  desaFact('fact-mx-emigrants-2019', 11_800_000, {
    fr: 'Personnes nées au Mexique vivant dans un autre pays (2019)',
    en: 'People born in Mexico living in another country (2019)',
    es: 'Personas nacidas en México que viven en otro país (2019)',
    ar: 'المولودون في المكسيك المقيمون في بلد آخر (2019)',
  }),
  desaFact('fact-sy-emigrants-2019', 8_200_000, {
    fr: 'Personnes nées en Syrie vivant dans un autre pays (2019)',
    en: 'People born in Syria living in another country (2019)',
    es: 'Personas nacidas en Siria que viven en otro país (2019)',
    ar: 'المولودون في سوريا المقيمون في بلد آخر (2019)',
  }),
  desaFact('fact-bd-emigrants-2019', 7_800_000, {
    fr: 'Personnes nées au Bangladesh vivant dans un autre pays (2019)',
    en: 'People born in Bangladesh living in another country (2019)',
    es: 'Personas nacidas en Bangladés que viven en otro país (2019)',
    ar: 'المولودون في بنغلاديش المقيمون في بلد آخر (2019)',
  }),
  desaFact('fact-ua-emigrants-2019', 5_900_000, {
    fr: 'Personnes nées en Ukraine vivant dans un autre pays (2019)',
    en: 'People born in Ukraine living in another country (2019)',
    es: 'Personas nacidas en Ucrania que viven en otro país (2019)',
    ar: 'المولودون في أوكرانيا المقيمون في بلد آخر (2019)',
  }),
];

const DEMO_COUNTRIES: readonly DemoCountry[] = [
  {
    code: 'SY',
    region: 'middle-east',
    presenceSince: 2006,
    facts: ['fact-sy-emigrants-2019'],
    text: {
      fr: {
        slug: 'syrie',
        summary: 'Une aide d’urgence aux familles déplacées à l’intérieur du pays, et le soutien des services locaux qui les reçoivent.',
        body: ['Nos équipes distribuent abris, couvertures et produits d’hygiène aux familles qui ont dû quitter leur maison, et réparent avec les municipalités les points d’eau et les écoles des quartiers qui les accueillent.'],
      },
      en: {
        slug: 'syria',
        summary: 'Emergency help for families displaced inside the country, and support for the local services that take them in.',
        body: ['Our teams hand out shelter kits, blankets and hygiene supplies to families forced from their homes, and work with municipalities to repair water points and schools in the neighbourhoods hosting them.'],
      },
      es: { slug: 'siria', summary: 'Ayuda de emergencia a las familias desplazadas dentro del país y apoyo a los servicios locales que las reciben.' },
      ar: { slug: 'suriya', summary: 'مساعدة طارئة للأسر النازحة داخل البلاد، ودعم للخدمات المحلية التي تستقبلها.' },
    },
  },
  {
    code: 'TR',
    region: 'europe',
    presenceSince: 1991,
    office: { email: 'ankara@example.org', phone: '+90 312 555 0140', head: 'person-head-tr' },
    text: {
      fr: {
        slug: 'turquie',
        summary: 'Accès au travail, à la langue et aux services pour les réfugiés et pour les villes qui les accueillent.',
        body: ['En Turquie, nous aidons les personnes réfugiées à faire reconnaître leurs compétences, à apprendre le turc et à ouvrir une petite entreprise, comme le salon de coiffure dont parle l’une de nos histoires.'],
        officeName: 'Bureau de pays à Ankara',
        address: 'Bâtiment fictif, 12 rue de l’Exemple\nÇankaya, Ankara\nTurquie',
      },
      en: {
        slug: 'turkiye',
        summary: 'Access to work, language and services for refugees and for the cities that host them.',
        body: ['In Türkiye we help refugees have their skills recognised, learn Turkish and open small businesses, like the barber’s shop in one of our stories.'],
        officeName: 'Country office in Ankara',
        address: 'Example Building, 12 Sample Street\nÇankaya, Ankara\nTürkiye',
      },
      es: {
        slug: 'turquia',
        summary: 'Acceso al trabajo, al idioma y a los servicios para las personas refugiadas y las ciudades que las acogen.',
        officeName: 'Oficina en Ankara',
        address: 'Edificio Ejemplo, calle Muestra 12\nÇankaya, Ankara\nTurquía',
      },
      ar: {
        slug: 'turkiya',
        summary: 'تيسير الحصول على العمل وتعلّم اللغة والخدمات للاجئين وللمدن التي تستضيفهم.',
        officeName: 'المكتب القُطري في أنقرة',
        address: 'مبنى المثال، 12 شارع العيّنة\nتشانكايا، أنقرة\nتركيا',
      },
    },
  },
  {
    code: 'JO',
    region: 'middle-east',
    presenceSince: 1991,
    office: { email: 'amman@example.org', phone: '+962 6 555 0120', head: 'person-head-jo' },
    text: {
      fr: {
        slug: 'jordanie',
        summary: 'Santé, travail et retours volontaires, aux côtés des communautés jordaniennes qui accueillent depuis des décennies.',
        body: ['Depuis Amman, nos équipes organisent des consultations médicales pour les personnes qui partent se réinstaller ailleurs, et financent avec les municipalités des chantiers qui emploient ensemble Jordaniens et réfugiés.'],
        officeName: 'Bureau de pays à Amman',
        address: '7 rue Imaginaire, Jabal Amman\nAmman\nJordanie',
      },
      en: {
        slug: 'jordan',
        summary: 'Health, work and voluntary return, alongside Jordanian communities that have hosted newcomers for decades.',
        body: ['From Amman, our teams run health checks for people leaving to resettle elsewhere, and fund public works with municipalities that employ Jordanians and refugees side by side.'],
        officeName: 'Country office in Amman',
        address: '7 Imaginary Street, Jabal Amman\nAmman\nJordan',
      },
      es: {
        slug: 'jordania',
        summary: 'Salud, trabajo y retorno voluntario, junto a comunidades jordanas que acogen desde hace décadas.',
        officeName: 'Oficina en Amán',
        address: 'Calle Imaginaria 7, Jabal Amman\nAmán\nJordania',
      },
      ar: {
        slug: 'al-urdun',
        summary: 'الصحة والعمل والعودة الطوعية، إلى جانب المجتمعات الأردنية التي تستضيف الوافدين منذ عقود.',
        officeName: 'المكتب القُطري في عمّان',
        address: '7 شارع الخيال، جبل عمّان\nعمّان\nالأردن',
      },
    },
  },
  {
    code: 'LY',
    region: 'africa',
    presenceSince: 2006,
    text: {
      fr: { slug: 'libye', summary: 'Protection des migrants bloqués dans le pays et aide à ceux qui souhaitent rentrer chez eux.' },
      en: { slug: 'libya', summary: 'Protection for migrants stranded in the country, and help for those who wish to go home.' },
      es: { slug: 'libia', summary: 'Protección de las personas migrantes bloqueadas en el país y ayuda a quienes desean regresar.' },
      ar: { slug: 'libya', summary: 'حماية المهاجرين العالقين في البلاد ومساعدة الراغبين منهم في العودة إلى ديارهم.' },
    },
  },
  {
    code: 'NE',
    region: 'africa',
    presenceSince: 2007,
    office: { email: 'niamey@example.org', phone: '+227 20 55 01 30', head: 'person-head-ne' },
    text: {
      fr: {
        slug: 'niger',
        summary: 'Des centres de transit le long des routes du Sahel, où les migrants trouvent soins, information et un retour sûr.',
        body: ['Nos centres d’Agadez et de Niamey offrent un abri, des soins et une écoute à celles et ceux qui traversent le Sahel. Ceux qui le souhaitent y préparent leur retour, avec un appui pour reprendre une activité une fois chez eux.'],
        officeName: 'Bureau de pays à Niamey',
        address: 'Quartier Plateau, avenue de l’Exemple\nNiamey\nNiger',
      },
      en: {
        slug: 'niger',
        summary: 'Transit centres along the Sahel routes, where migrants find care, information and a safe way home.',
        body: ['Our centres in Agadez and Niamey give shelter, care and a listening ear to people crossing the Sahel. Those who choose to go home prepare their return there, with help to start earning again once back.'],
        officeName: 'Country office in Niamey',
        address: 'Plateau district, Example Avenue\nNiamey\nNiger',
      },
      es: {
        slug: 'niger',
        summary: 'Centros de tránsito en las rutas del Sahel, donde las personas migrantes encuentran atención, información y un regreso seguro.',
        officeName: 'Oficina en Niamey',
        address: 'Barrio Plateau, avenida Ejemplo\nNiamey\nNíger',
      },
      ar: {
        slug: 'al-nijar',
        summary: 'مراكز عبور على طرق الساحل يجد فيها المهاجرون الرعاية والمعلومات وطريقًا آمنًا للعودة.',
        officeName: 'المكتب القُطري في نيامي',
        address: 'حي بلاتو، جادة المثال\nنيامي\nالنيجر',
      },
    },
  },
  {
    code: 'DE',
    region: 'europe',
    presenceSince: 1954,
    facts: ['fact-de-residents-2019'],
    text: {
      fr: { slug: 'allemagne', summary: 'Réinstallation, regroupement familial et accueil des nouveaux arrivants dans les communes.' },
      en: { slug: 'germany', summary: 'Resettlement, family reunification and the welcome of newcomers in towns and cities.' },
      es: { slug: 'alemania', summary: 'Reasentamiento, reunificación familiar y acogida de las personas recién llegadas en los municipios.' },
      ar: { slug: 'almanya', summary: 'إعادة التوطين ولمّ شمل الأسر واستقبال الوافدين الجدد في البلديات.' },
    },
  },
  {
    code: 'UA',
    region: 'europe',
    presenceSince: 1996,
    facts: ['fact-ua-emigrants-2019'],
    text: {
      fr: { slug: 'ukraine', summary: 'Aide aux personnes déplacées par la guerre et lutte contre la traite des êtres humains.' },
      en: { slug: 'ukraine', summary: 'Support for people displaced by the war, and work against human trafficking.' },
      es: { slug: 'ucrania', summary: 'Apoyo a las personas desplazadas por la guerra y lucha contra la trata de personas.' },
      ar: { slug: 'ukraniya', summary: 'دعم الأشخاص الذين شرّدتهم الحرب، ومكافحة الاتجار بالبشر.' },
    },
  },
  {
    code: 'BD',
    region: 'asia-pacific',
    presenceSince: 1998,
    office: { email: 'dhaka@example.org', phone: '+880 2 5550 0150', head: 'person-head-bd' },
    facts: ['fact-bd-emigrants-2019'],
    text: {
      fr: {
        slug: 'bangladesh',
        summary: 'Les camps de Cox’s Bazar, la préparation aux cyclones, et des départs plus sûrs pour celles et ceux qui partent travailler à l’étranger.',
        body: ['Dans les camps de Cox’s Bazar, nous construisons des abris qui résistent à la mousson et formons des volontaires aux alertes cyclone. À Dacca, nous informons les futurs travailleurs migrants de leurs droits avant le départ.'],
        officeName: 'Bureau de pays à Dacca',
        address: 'Maison 5, route fictive 3, Gulshan\nDacca 1212\nBangladesh',
      },
      en: {
        slug: 'bangladesh',
        summary: 'The Cox’s Bazar camps, cyclone preparedness, and safer departures for people who leave to work abroad.',
        body: ['In the Cox’s Bazar camps we build shelters that stand up to the monsoon and train volunteers to raise cyclone alerts. In Dhaka we tell future migrant workers about their rights before they leave.'],
        officeName: 'Country office in Dhaka',
        address: 'House 5, Sample Road 3, Gulshan\nDhaka 1212\nBangladesh',
      },
      es: {
        slug: 'bangladesh',
        summary: 'Los campamentos de Cox’s Bazar, la preparación ante ciclones y salidas más seguras para quienes trabajan en el extranjero.',
        officeName: 'Oficina en Daca',
        address: 'Casa 5, calle Muestra 3, Gulshan\nDaca 1212\nBangladés',
      },
      ar: {
        slug: 'bangladish',
        summary: 'مخيمات كوكس بازار، والاستعداد للأعاصير، وسفر أكثر أمانًا لمن يغادرون للعمل في الخارج.',
        officeName: 'المكتب القُطري في دكا',
        address: 'المنزل 5، طريق المثال 3، غولشان\nدكا 1212\nبنغلاديش',
      },
    },
  },
  {
    code: 'VE',
    region: 'americas',
    presenceSince: 1956,
    text: {
      fr: { slug: 'venezuela', summary: 'Aide aux familles qui restent et suivi, avec les pays voisins, de celles qui sont parties.' },
      en: { slug: 'venezuela', summary: 'Help for the families who stay, and work with neighbouring countries for those who have left.' },
      es: { slug: 'venezuela', summary: 'Ayuda a las familias que se quedan y trabajo con los países vecinos en favor de quienes se han ido.' },
      ar: { slug: 'finizwila', summary: 'مساعدة الأسر التي بقيت، والعمل مع البلدان المجاورة من أجل الذين غادروا.' },
    },
  },
  {
    code: 'CO',
    region: 'americas',
    presenceSince: 1956,
    office: { email: 'bogota@example.org', phone: '+57 601 555 0160', head: 'person-head-co' },
    text: {
      fr: {
        slug: 'colombie',
        summary: 'Régularisation, emploi et santé pour les Vénézuéliens installés en Colombie, et appui aux communes qui les accueillent.',
        body: ['Nous aidons les autorités colombiennes à enregistrer les personnes venues du Venezuela pour qu’elles obtiennent un titre de séjour, puis un emploi déclaré, un médecin et une place à l’école pour leurs enfants.'],
        officeName: 'Bureau de pays à Bogota',
        address: 'Carrera 7 n° 00-00, bureau fictif 501\nBogota\nColombie',
      },
      en: {
        slug: 'colombia',
        summary: 'Legal status, jobs and health care for Venezuelans who have settled in Colombia, and support for the towns that host them.',
        body: ['We help the Colombian authorities register people who came from Venezuela so that they can obtain a residence permit, and then a formal job, a doctor and a school place for their children.'],
        officeName: 'Country office in Bogotá',
        address: 'Carrera 7 No. 00-00, Sample Office 501\nBogotá\nColombia',
      },
      es: {
        slug: 'colombia',
        summary: 'Regularización, empleo y salud para las personas venezolanas instaladas en Colombia, y apoyo a los municipios que las acogen.',
        officeName: 'Oficina en Bogotá',
        address: 'Carrera 7 n.º 00-00, oficina de ejemplo 501\nBogotá\nColombia',
      },
      ar: {
        slug: 'kolombiya',
        summary: 'تسوية الأوضاع القانونية والعمل والرعاية الصحية للفنزويليين المستقرين في كولومبيا، ودعم البلديات التي تستضيفهم.',
        officeName: 'المكتب القُطري في بوغوتا',
        address: 'كاريرا 7 رقم 00-00، مكتب المثال 501\nبوغوتا\nكولومبيا',
      },
    },
  },
  {
    code: 'DO',
    region: 'americas',
    presenceSince: 1996,
    text: {
      fr: { slug: 'republique-dominicaine', summary: 'Inclusion des migrants vénézuéliens et haïtiens, notamment par la culture et la formation.' },
      en: { slug: 'dominican-republic', summary: 'Inclusion of Venezuelan and Haitian migrants, not least through culture and training.' },
      es: { slug: 'republica-dominicana', summary: 'Inclusión de las personas migrantes venezolanas y haitianas, en particular mediante la cultura y la formación.' },
      ar: { slug: 'al-dominikan', summary: 'إدماج المهاجرين الفنزويليين والهايتيين، ولا سيما من خلال الثقافة والتدريب.' },
    },
  },
  {
    code: 'MX',
    region: 'americas',
    presenceSince: 2001,
    facts: ['fact-mx-emigrants-2019'],
    text: {
      fr: { slug: 'mexique', summary: 'Pays de départ, de passage et d’arrivée : information aux frontières et accueil des personnes en transit.' },
      en: { slug: 'mexico', summary: 'A country people leave, cross and reach: information at the borders and shelter for people in transit.' },
      es: { slug: 'mexico', summary: 'País de origen, tránsito y destino: información en las fronteras y acogida de las personas en tránsito.' },
      ar: { slug: 'al-maksik', summary: 'بلد منشأ وعبور ووجهة: معلومات على الحدود واستقبال للأشخاص العابرين.' },
    },
  },
];

/** The heads of office and the countries' own figures, which the country pages refer to. */
export const COUNTRY_REFERENCES: readonly DemoDocument[] = [...HEADS, ...COUNTRY_FACTS];

/** The country pages, children of "Where we work" (so they come after it in the demo). */
export const COUNTRIES: readonly DemoDocument[] = DEMO_COUNTRIES.map(countryDocument);
