import { portraitAlt } from '../demo-portraits.ts';
import type { DemoDocument } from '../demo.types.ts';

/** Leadership of the Organization. Every person here is fictional, and so is every portrait (demo-portraits.ts). */
const LEADERS: readonly DemoDocument[] = [
  {
    key: 'person-dg',
    type: 'person',
    fields: { portrait: 'portrait-dg' },
    translations: {
      fr: {
        slug: 'clara-ndiaye-holm',
        title: 'Clara Ndiaye-Holm',
        summary: 'Directrice générale de l’Organisation, juriste de formation, spécialiste de la protection des personnes déplacées.',
        body: [
          'Clara Ndiaye-Holm dirige l’Organisation et en rend compte aux États membres. Elle a passé l’essentiel de sa carrière sur le terrain, en Afrique de l’Ouest puis au Moyen-Orient, à coordonner l’aide aux personnes déplacées et aux communautés qui les accueillent.',
          'Juriste de formation, elle a enseigné le droit international des migrations avant de rejoindre la fonction publique internationale. Elle parle français, anglais, wolof et suédois.',
        ],
        fields: { role: 'Directrice générale' },
      },
      en: {
        slug: 'clara-ndiaye-holm',
        title: 'Clara Ndiaye-Holm',
        summary: 'Director General of the Organization; a lawyer by training who has spent her career protecting displaced people.',
        body: [
          'Clara Ndiaye-Holm leads the Organization and is accountable to its Member States. Most of her career has been in the field, first in West Africa and then in the Middle East, coordinating support for displaced people and for the communities that host them.',
          'A lawyer by training, she taught international migration law before joining the international civil service. She speaks French, English, Wolof and Swedish.',
        ],
        fields: { role: 'Director General' },
      },
      es: {
        slug: 'clara-ndiaye-holm',
        title: 'Clara Ndiaye-Holm',
        summary: 'Directora General de la Organización, jurista especializada en la protección de personas desplazadas.',
        fields: { role: 'Directora General' },
      },
      ar: {
        slug: 'clara-ndiaye-holm',
        title: 'كلارا ندياي-هولم',
        summary: 'المديرة العامة للمنظمة، حقوقية متخصصة في حماية النازحين.',
        fields: { role: 'المديرة العامة' },
      },
      'zh-Hans': {
        slug: 'clara-ndiaye-holm',
        title: '克拉拉·恩迪亚耶-霍尔姆',
        summary: '本组织总干事，法学出身，长期致力于保护流离失所者。',
        fields: { role: '总干事' },
      },
      ru: {
        slug: 'clara-ndiaye-holm',
        title: 'Клара Ндиайе-Хольм',
        summary: 'Генеральный директор Организации, юрист, специалист по защите перемещенных лиц.',
        fields: { role: 'Генеральный директор' },
      },
    },
  },
  {
    key: 'person-ddg-management',
    type: 'person',
    fields: { portrait: 'portrait-ddg-management' },
    translations: {
      fr: {
        slug: 'sofia-arancibia',
        title: 'Sofía Arancibia',
        summary: 'Directrice générale adjointe chargée de la gestion et des réformes, ancienne responsable des finances publiques.',
        body: [
          'Sofía Arancibia supervise les finances, les ressources humaines et les services administratifs de l’Organisation. Elle conduit aussi le programme de réformes internes engagé pour simplifier les procédures et mieux rendre compte de l’usage des fonds.',
          'Avant de rejoindre l’Organisation, elle a dirigé le budget d’un ministère chilien, puis travaillé pour une banque régionale de développement.',
        ],
        fields: { role: 'Directrice générale adjointe chargée de la gestion et des réformes' },
      },
      en: {
        slug: 'sofia-arancibia',
        title: 'Sofía Arancibia',
        summary: 'Deputy Director General for Management and Reform; formerly a public finance official.',
        body: [
          'Sofía Arancibia oversees the Organization’s finances, human resources and administrative services. She also leads the internal reform programme, which aims to simplify procedures and report more clearly on how funds are used.',
          'Before joining the Organization, she ran the budget of a Chilean ministry and later worked for a regional development bank.',
        ],
        fields: { role: 'Deputy Director General for Management and Reform' },
      },
      es: {
        slug: 'sofia-arancibia',
        title: 'Sofía Arancibia',
        summary: 'Directora General Adjunta de Gestión y Reforma.',
        fields: { role: 'Directora General Adjunta de Gestión y Reforma' },
      },
      ar: {
        slug: 'sofia-arancibia',
        title: 'صوفيا أرانسيبيا',
        summary: 'نائبة المديرة العامة لشؤون الإدارة والإصلاح.',
        fields: { role: 'نائبة المديرة العامة لشؤون الإدارة والإصلاح' },
      },
    },
  },
  {
    key: 'person-ddg-operations',
    type: 'person',
    fields: { portrait: 'portrait-ddg-operations' },
    translations: {
      fr: {
        slug: 'leila-benhaddou',
        title: 'Leïla Benhaddou',
        summary: 'Directrice générale adjointe chargée des opérations, à la tête des programmes humanitaires et de développement.',
        body: [
          'Leïla Benhaddou coordonne les opérations de l’Organisation dans le monde, des interventions d’urgence aux programmes de long terme. Les bureaux régionaux et les bureaux de pays relèvent de son autorité.',
          'Médecin de santé publique, elle a dirigé plusieurs missions de l’Organisation en Afrique du Nord et au Sahel avant d’occuper ses fonctions actuelles.',
        ],
        fields: { role: 'Directrice générale adjointe chargée des opérations' },
      },
      en: {
        slug: 'leila-benhaddou',
        title: 'Leïla Benhaddou',
        summary: 'Deputy Director General for Operations, in charge of humanitarian and development programmes.',
        body: [
          'Leïla Benhaddou coordinates the Organization’s operations worldwide, from emergency response to long-term programmes. Regional and country offices report to her.',
          'A public health doctor, she led several of the Organization’s missions in North Africa and the Sahel before taking up her current post.',
        ],
        fields: { role: 'Deputy Director General for Operations' },
      },
      es: {
        slug: 'leila-benhaddou',
        title: 'Leïla Benhaddou',
        summary: 'Directora General Adjunta de Operaciones.',
        fields: { role: 'Directora General Adjunta de Operaciones' },
      },
      ar: {
        slug: 'leila-benhaddou',
        title: 'ليلى بن حدو',
        summary: 'نائبة المديرة العامة لشؤون العمليات.',
        fields: { role: 'نائبة المديرة العامة لشؤون العمليات' },
      },
    },
  },
  {
    key: 'person-chief-of-staff',
    type: 'person',
    fields: { portrait: 'portrait-chief-of-staff' },
    translations: {
      fr: {
        slug: 'tomasz-wieczorek',
        title: 'Tomasz Wieczorek',
        summary: 'Chef de Cabinet, chargé de la coordination au sein de la direction.',
        body: [
          'Tomasz Wieczorek veille à ce que les décisions de la direction soient préparées, prises et suivies dans les temps. Il fait le lien entre le bureau de la Directrice générale, les départements et les bureaux régionaux.',
          'Il a auparavant travaillé dans la diplomatie polonaise, puis au secrétariat de plusieurs conférences intergouvernementales sur les migrations.',
        ],
        fields: { role: 'Chef de Cabinet' },
      },
      en: {
        slug: 'tomasz-wieczorek',
        title: 'Tomasz Wieczorek',
        summary: 'Chief of Staff, responsible for coordination within senior management.',
        body: [
          'Tomasz Wieczorek makes sure that the decisions of senior management are prepared, taken and followed up on time. He links the Director General’s office with departments and regional offices.',
          'He previously served as a Polish diplomat and then on the secretariat of several intergovernmental conferences on migration.',
        ],
        fields: { role: 'Chief of Staff' },
      },
      es: {
        slug: 'tomasz-wieczorek',
        title: 'Tomasz Wieczorek',
        summary: 'Jefe de Gabinete, encargado de la coordinación del equipo directivo.',
        fields: { role: 'Jefe de Gabinete' },
      },
      ar: {
        slug: 'tomasz-wieczorek',
        title: 'توماش فيتشوريك',
        summary: 'رئيس الديوان، المسؤول عن التنسيق داخل الإدارة العليا.',
        fields: { role: 'رئيس الديوان' },
      },
    },
  },
  {
    key: 'person-partnerships',
    type: 'person',
    fields: { portrait: 'portrait-partnerships' },
    translations: {
      fr: {
        slug: 'priya-raman',
        title: 'Priya Raman',
        summary: 'Directrice du Bureau des partenariats, de la sensibilisation et de la communication.',
        body: [
          'Priya Raman dirige les relations de l’Organisation avec ses partenaires et la manière dont elle s’adresse au public. Elle a lancé les consignes éditoriales qui guident aujourd’hui la publication des récits de migrants.',
          'Journaliste pendant quinze ans, elle a couvert les migrations en Asie du Sud avant de travailler pour des organisations humanitaires.',
        ],
        fields: { role: 'Directrice du Bureau des partenariats, de la sensibilisation et de la communication' },
      },
      en: {
        slug: 'priya-raman',
        title: 'Priya Raman',
        summary: 'Director of the Office of Partnerships, Advocacy and Communication.',
        body: [
          'Priya Raman leads the Organization’s relations with its partners and the way it speaks to the public. She introduced the editorial guidelines that now shape how migrants’ stories are published.',
          'A journalist for fifteen years, she reported on migration in South Asia before working for humanitarian organizations.',
        ],
        fields: { role: 'Director, Office of Partnerships, Advocacy and Communication' },
      },
      es: {
        slug: 'priya-raman',
        title: 'Priya Raman',
        summary: 'Directora de la Oficina de Alianzas, Promoción y Comunicación.',
        fields: { role: 'Directora de la Oficina de Alianzas, Promoción y Comunicación' },
      },
      ar: {
        slug: 'priya-raman',
        title: 'بريا رامان',
        summary: 'مديرة مكتب الشراكات والدعوة والاتصال.',
        fields: { role: 'مديرة مكتب الشراكات والدعوة والاتصال' },
      },
    },
  },
  {
    key: 'person-strategy',
    type: 'person',
    fields: { portrait: 'portrait-strategy' },
    translations: {
      fr: {
        slug: 'kwame-asante-boateng',
        title: 'Kwame Asante-Boateng',
        summary: 'Directeur du Bureau de la stratégie et de la performance institutionnelle.',
        body: [
          'Kwame Asante-Boateng prépare le plan stratégique de l’Organisation et suit la manière dont il est mis en œuvre. Son bureau rend compte des résultats aux États membres.',
          'Économiste, il a conduit des évaluations de programmes de développement au Ghana et en Afrique de l’Est avant de rejoindre l’Organisation.',
        ],
        fields: { role: 'Directeur du Bureau de la stratégie et de la performance institutionnelle' },
      },
      en: {
        slug: 'kwame-asante-boateng',
        title: 'Kwame Asante-Boateng',
        summary: 'Director of the Office of Strategy and Institutional Performance.',
        body: [
          'Kwame Asante-Boateng prepares the Organization’s strategic plan and tracks how it is carried out. His office reports on results to Member States.',
          'An economist, he evaluated development programmes in Ghana and East Africa before joining the Organization.',
        ],
        fields: { role: 'Director, Office of Strategy and Institutional Performance' },
      },
      es: {
        slug: 'kwame-asante-boateng',
        title: 'Kwame Asante-Boateng',
        summary: 'Director de la Oficina de Estrategia y Desempeño Institucional.',
        fields: { role: 'Director de la Oficina de Estrategia y Desempeño Institucional' },
      },
      ar: {
        slug: 'kwame-asante-boateng',
        title: 'كوامي أسانتي-بواتينغ',
        summary: 'مدير مكتب الاستراتيجية والأداء المؤسسي.',
        fields: { role: 'مدير مكتب الاستراتيجية والأداء المؤسسي' },
      },
    },
  },
  {
    key: 'person-former-dg',
    type: 'person',
    fields: { portrait: 'portrait-former-dg' },
    translations: {
      fr: {
        slug: 'stefan-adjei',
        title: 'Stefan Adjei',
        summary: 'Ancien Directeur général de l’Organisation.',
        body: [
          'Stefan Adjei a dirigé l’Organisation pendant un mandat, au moment où les États adoptaient un premier cadre commun de coopération sur les migrations. Il a fait de la cohésion sociale l’un des thèmes de son action.',
          'Avant son élection, il avait été ministre de l’intérieur, puis médiateur national dans son pays.',
        ],
        fields: { role: 'Ancien Directeur général' },
      },
      en: {
        slug: 'stefan-adjei',
        title: 'Stefan Adjei',
        summary: 'Former Director General of the Organization.',
        body: [
          'Stefan Adjei led the Organization for one term, at a time when States were adopting a first common framework for cooperation on migration. Social cohesion was one of the themes of his tenure.',
          'Before his election, he had served as interior minister and later as national ombudsman in his country.',
        ],
        fields: { role: 'Former Director General' },
      },
      ar: {
        slug: 'stefan-adjei',
        title: 'ستيفان أدجي',
        summary: 'المدير العام السابق للمنظمة.',
        fields: { role: 'المدير العام السابق' },
      },
      es: {
        slug: 'stefan-adjei',
        title: 'Stefan Adjei',
        summary: 'Ex Director General de la Organización.',
        fields: { role: 'Ex Director General' },
      },
      'zh-Hans': {
        slug: 'stefan-adjei',
        title: '斯特凡·阿吉',
        summary: '本组织前任总干事。',
        fields: { role: '前任总干事' },
      },
      ru: {
        slug: 'stefan-adjei',
        title: 'Стефан Аджей',
        summary: 'Бывший Генеральный директор Организации.',
        fields: { role: 'Бывший Генеральный директор' },
      },
    },
  },
];

/** Each translation describes its person's portrait in its own language and script. */
export const PEOPLE: readonly DemoDocument[] = LEADERS.map((person) => ({
  ...person,
  translations: Object.fromEntries(
    Object.entries(person.translations).map(([locale, t]) => {
      const alt = t ? portraitAlt(locale, t.title) : undefined;
      return [locale, t && alt ? { ...t, alt: { portrait: alt } } : t];
    }),
  ),
}));
