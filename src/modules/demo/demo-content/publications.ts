import type { DemoDocument } from '../demo.types.ts';

/**
 * Publications of "Data and research", each with a one-page PDF the loader writes at start
 * (demo-pdf.ts) from the `pdf` paragraphs of a translation. The texts are the demo's own; the
 * figures are those of the demo's facts (UN DESA, International Migrant Stock 2019). Arabic has
 * titles and summaries but no PDF, so its page offers the other languages' editions.
 */
export const PUBLICATIONS: readonly DemoDocument[] = [
  {
    key: 'publications',
    type: 'page',
    parent: 'data-research',
    fields: { listing: 'children' },
    translations: {
      fr: {
        slug: 'publications',
        title: 'Publications',
        summary: 'Nos rapports, guides et notes, à télécharger en PDF dans les langues où ils sont parus.',
        body: ['Chaque publication est proposée dans les langues où elle a été publiée. La taille du fichier est indiquée à côté de chaque lien, pour que vous sachiez ce que le téléchargement vous coûtera.'],
      },
      en: {
        slug: 'publications',
        title: 'Publications',
        summary: 'Our reports, guides and briefs, to download as PDF in the languages they were published in.',
        body: ['Each publication is offered in the languages it was published in. The size of the file is given beside each link, so you know what the download will cost you.'],
      },
      es: {
        slug: 'publicaciones',
        title: 'Publicaciones',
        summary: 'Nuestros informes, guías y notas, para descargar en PDF en los idiomas en que se publicaron.',
        body: ['Cada publicación se ofrece en los idiomas en que se publicó. Junto a cada enlace se indica el tamaño del archivo, para que sepa cuánto le costará la descarga.'],
      },
      ar: {
        slug: 'al-manshurat',
        title: 'المنشورات',
        summary: 'تقاريرنا وأدلتنا وموجزاتنا، للتنزيل بصيغة PDF باللغات التي صدرت بها.',
        body: ['تُتاح كل مطبوعة باللغات التي صدرت بها. ويُذكر حجم الملف بجانب كل رابط، لتعرف كلفة التنزيل مسبقًا.'],
      },
      'zh-Hans': {
        slug: 'chubanwu',
        title: '出版物',
        summary: '我们的报告、指南和简报，可按其发布语言下载 PDF 版本。',
      },
      ru: {
        slug: 'publikatsii',
        title: 'Публикации',
        summary: 'Наши доклады, руководства и справки в формате PDF на тех языках, на которых они вышли.',
      },
    },
  },
  {
    key: 'publication-migration-key-points-2019',
    type: 'publication',
    parent: 'publications',
    fields: { publishedOn: '2019-12-02' },
    translations: {
      fr: {
        slug: 'les-migrations-dans-le-monde-l-essentiel-2019',
        title: 'Les migrations dans le monde : l’essentiel, édition 2019',
        summary: 'Une synthèse de quatre pages des chiffres de 2019 : combien de migrants, où ils vivent, d’où ils viennent.',
        body: ['Cette synthèse reprend les estimations des Nations Unies publiées en 2019. Elle s’adresse aux journalistes, aux élus et à tous ceux qui veulent des ordres de grandeur fiables.'],
        pdf: [
          'En 2019, environ 272 millions de personnes vivaient hors de leur pays de naissance, soit 3,5 % de la population mondiale. Leur nombre a augmenté de 51 millions depuis 2010.',
          'La plupart des migrants se déplacent à l’intérieur de leur propre région. L’Europe et l’Asie accueillent ensemble plus de la moitié d’entre eux.',
          'Ces chiffres sont des estimations : ils reposent sur les recensements et les registres nationaux, qui ne comptent pas tous les migrants de la même façon.',
          'Pour en savoir plus, consultez les jeux de données de la rubrique « Données et recherche » de notre site.',
        ],
      },
      en: {
        slug: 'migration-in-the-world-key-points-2019',
        title: 'Migration in the world: key points, 2019 edition',
        summary: 'A four-page summary of the 2019 figures: how many migrants there are, where they live and where they come from.',
        body: ['This summary uses the United Nations estimates published in 2019. It is written for journalists, elected officials and anyone who needs reliable orders of magnitude.'],
        pdf: [
          'In 2019, about 272 million people lived outside the country where they were born: 3.5% of the world’s population, and 51 million more than in 2010.',
          'Most migrants move within their own region. Europe and Asia together are home to more than half of them.',
          'These figures are estimates, built from national censuses and registers, which do not all count migrants in the same way.',
          'To learn more, see the datasets in the "Data and research" section of our website.',
        ],
      },
      es: {
        slug: 'la-migracion-en-el-mundo-lo-esencial-2019',
        title: 'La migración en el mundo: lo esencial, edición 2019',
        summary: 'Un resumen de cuatro páginas de las cifras de 2019: cuántos migrantes hay, dónde viven y de dónde vienen.',
        body: ['Este resumen utiliza las estimaciones de las Naciones Unidas publicadas en 2019. Está pensado para periodistas, cargos electos y cualquier persona que necesite órdenes de magnitud fiables.'],
        pdf: [
          'En 2019, unos 272 millones de personas vivían fuera de su país de nacimiento: el 3,5 % de la población mundial y 51 millones más que en 2010.',
          'La mayoría de las personas migrantes se desplazan dentro de su propia región. Europa y Asia acogen juntas a más de la mitad.',
          'Estas cifras son estimaciones basadas en censos y registros nacionales, que no cuentan a todas las personas migrantes de la misma manera.',
        ],
      },
      ar: {
        slug: 'al-hijra-fi-al-alam-ahamm-al-nuqat-2019',
        title: 'الهجرة في العالم: أهم النقاط، طبعة 2019',
        summary: 'موجز في أربع صفحات لأرقام عام 2019: عدد المهاجرين، وأين يعيشون، ومن أين يأتون.',
      },
    },
  },
  {
    key: 'publication-together-toolkit',
    type: 'publication',
    parent: 'publications',
    fields: { publishedOn: '2019-11-18' },
    translations: {
      fr: {
        slug: 'kit-de-campagne-nous-ensemble',
        title: 'Kit de campagne #NousEnsemble',
        summary: 'Des idées simples pour organiser une rencontre autour du 18 décembre et partager des histoires dans le respect des personnes.',
        pdf: [
          'Le 18 décembre, Journée internationale des migrants, invitez vos voisins, anciens et nouveaux, autour d’un repas, d’un match ou d’une projection.',
          'Avant de publier une photo ou une histoire, demandez l’accord de la personne concernée et dites-lui où elle sera diffusée. Elle peut changer d’avis.',
          'Utilisez le mot-dièse #NousEnsemble et parlez de ce qui vous rassemble plutôt que de ce qui vous sépare.',
        ],
      },
      en: {
        slug: 'we-are-together-campaign-toolkit',
        title: '#WeAreTogether campaign toolkit',
        summary: 'Simple ideas for bringing people together around 18 December and sharing stories with respect for the people in them.',
        pdf: [
          'On 18 December, International Migrants Day, invite your neighbours, old and new, to a meal, a match or a film.',
          'Before you post a photo or a story, ask the person in it for their agreement and tell them where it will appear. They may change their mind.',
          'Use the hashtag #WeAreTogether and talk about what brings you together rather than what sets you apart.',
        ],
      },
      ar: {
        slug: 'haqibat-hamlat-nahnu-maan',
        title: 'حقيبة أدوات حملة #نحن_معًا',
        summary: 'أفكار بسيطة لجمع الناس حول يوم 18 ديسمبر ومشاركة القصص مع احترام أصحابها.',
      },
    },
  },
];
