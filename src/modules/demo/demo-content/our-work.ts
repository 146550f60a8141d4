import type { DemoDocument } from '../demo.types.ts';

/** "Our work" and its three child pages. */
export const OUR_WORK: readonly DemoDocument[] = [
  {
    key: 'our-work',
    type: 'page',
    parent: 'home',
    fields: { listing: 'children', image: 'page-our-work' },
    translations: {
      fr: {
        slug: 'notre-travail',
        title: 'Notre travail',
        summary: 'De l’aide d’urgence au développement durable, ce que fait l’Organisation pour et avec les personnes migrantes.',
        body: [
          'Depuis {fact:fact-founded}, l’Organisation accompagne les personnes qui se déplacent et les pays qui les voient partir, passer ou arriver. Son action relie l’aide humanitaire, quand une crise éclate, et le développement, quand il s’agit de bâtir des solutions durables.',
          'Ce travail contribue directement au [Programme 2030](doc:agenda-2030), dont plusieurs objectifs concernent les migrations. Les pages ci-dessous présentent nos domaines d’intervention, nos partenaires et les pays où nous sommes présents.',
        ],
      },
      en: {
        slug: 'our-work',
        title: 'Our work',
        summary: 'From emergency aid to sustainable development: what the Organization does for and with migrants.',
        body: [
          'Since {fact:fact-founded}, the Organization has supported people on the move and the countries they leave, cross or reach. Its work links humanitarian aid, when a crisis strikes, with development, when lasting solutions need to be built.',
          'This work contributes directly to the [2030 Agenda](doc:agenda-2030), several of whose goals concern migration. The pages below present our areas of work, our partners and the countries where we are present.',
        ],
      },
      es: {
        slug: 'nuestro-trabajo',
        title: 'Nuestro trabajo',
        summary: 'De la ayuda de emergencia al desarrollo sostenible: lo que hace la Organización por y con las personas migrantes.',
        body: [
          'La Organización acompaña a las personas migrantes y a los países de origen, tránsito y destino. Su labor une la respuesta humanitaria ante las crisis con el desarrollo a largo plazo, y contribuye así a la Agenda 2030 para el Desarrollo Sostenible.',
        ],
      },
      ar: {
        slug: 'amaluna',
        title: 'عملنا',
        summary: 'من الإغاثة الطارئة إلى التنمية المستدامة: ما تقوم به المنظمة من أجل المهاجرين ومعهم.',
        body: [
          'ترافق المنظمة المهاجرين وبلدان المنشأ والعبور والمقصد. ويجمع عملها بين الاستجابة الإنسانية وقت الأزمات والتنمية على المدى الطويل، فيسهم بذلك في تحقيق خطة التنمية المستدامة لعام 2030.',
        ],
      },
      'zh-Hans': {
        slug: 'women-de-gongzuo',
        title: '我们的工作',
        summary: '从紧急援助到可持续发展：本组织为移民、与移民共同开展的工作。',
        body: [
          '本组织为移民以及原籍国、过境国和目的地国提供支持。我们的工作把危机时期的人道主义应对与长期发展结合起来，从而为落实《2030年可持续发展议程》作出贡献。',
        ],
      },
      ru: {
        slug: 'nasha-rabota',
        title: 'Наша работа',
        summary: 'От экстренной помощи до устойчивого развития: что Организация делает для мигрантов и вместе с ними.',
        body: [
          'Организация поддерживает мигрантов, а также страны происхождения, транзита и назначения. Ее работа соединяет гуманитарное реагирование во время кризисов с долгосрочным развитием и тем самым способствует выполнению Повестки дня в области устойчивого развития на период до 2030 года.',
        ],
      },
    },
  },
  {
    key: 'what-we-do',
    type: 'page',
    parent: 'our-work',
    translations: {
      fr: {
        slug: 'ce-que-nous-faisons',
        title: 'Ce que nous faisons',
        summary: 'Nos principaux domaines d’intervention, des situations d’urgence à l’intégration.',
        body: [
          'Les besoins des personnes migrantes changent selon le moment de leur parcours. Notre action s’organise donc autour de quelques grands domaines complémentaires.',
          '## Répondre aux crises',
          'Lorsqu’un conflit ou une catastrophe force des familles à fuir, nos équipes fournissent abri, eau, soins et informations, en lien avec les autorités et les autres organisations humanitaires.',
          '## Protéger et soigner',
          'Nous aidons les victimes de la traite et les personnes en situation de vulnérabilité, et nous veillons à ce que les migrants aient accès aux soins, y compris à un soutien psychologique.',
          '## Favoriser l’intégration et la cohésion sociale',
          'Apprentissage de la langue, reconnaissance des compétences, accès à l’emploi : nous soutenons les initiatives qui permettent aux nouveaux arrivants et aux habitants de construire ensemble une vie commune.',
          '## Conseiller les États',
          'Nous aidons les gouvernements à concevoir des politiques migratoires fondées sur des données fiables et respectueuses des droits de chacun.',
        ],
      },
      en: {
        slug: 'what-we-do',
        title: 'What we do',
        summary: 'Our main areas of work, from emergencies to integration.',
        body: [
          'What migrants need changes over the course of their journey. Our work is therefore organized around a few complementary areas.',
          '## Responding to crises',
          'When conflict or disaster forces families to flee, our teams provide shelter, water, health care and information, working with the authorities and other humanitarian organizations.',
          '## Protecting and caring',
          'We assist victims of trafficking and people in vulnerable situations, and we help migrants get health care, including psychological support.',
          '## Supporting integration and social cohesion',
          'Language learning, recognition of skills, access to work: we support initiatives that help newcomers and long-time residents build a shared life together.',
          '## Advising States',
          'We help governments design migration policies that rest on reliable data and respect everyone’s rights.',
        ],
      },
      es: {
        slug: 'que-hacemos',
        title: 'Qué hacemos',
        summary: 'Nuestros principales ámbitos de trabajo, de las emergencias a la integración.',
        body: [
          'Lo que necesita una persona migrante cambia según la etapa de su recorrido. Por eso nuestra labor se organiza en torno a unos pocos ámbitos que se complementan.',
          '## Responder a las crisis',
          'Cuando un conflicto o un desastre obliga a las familias a huir, nuestros equipos ofrecen refugio, agua, atención sanitaria e información, en coordinación con las autoridades y con otras organizaciones humanitarias.',
          '## Proteger y atender',
          'Prestamos asistencia a las víctimas de la trata y a las personas en situación de vulnerabilidad, y procuramos que las personas migrantes tengan acceso a la atención sanitaria, incluido el apoyo psicológico.',
          '## Impulsar la integración y la cohesión social',
          'Aprendizaje del idioma, reconocimiento de competencias, acceso al empleo: apoyamos las iniciativas que permiten a los recién llegados y a los vecinos de siempre construir juntos una vida en común.',
          '## Asesorar a los Estados',
          'Ayudamos a los gobiernos a diseñar políticas migratorias basadas en datos fiables y respetuosas de los derechos de todas las personas.',
        ],
      },
      ar: {
        slug: 'ma-naqum-bihi',
        title: 'ما نقوم به',
        summary: 'مجالات عملنا الرئيسية، من حالات الطوارئ إلى الاندماج.',
        body: [
          'تتغير احتياجات المهاجرين بحسب المرحلة التي بلغوها في رحلتهم. لذلك ينتظم عملنا حول عدد قليل من المجالات التي يكمل بعضها بعضًا.',
          '## الاستجابة للأزمات',
          'عندما يُجبر نزاع أو كارثة الأسر على الفرار، توفر فرقنا المأوى والمياه والرعاية الصحية والمعلومات، بالتنسيق مع السلطات ومع المنظمات الإنسانية الأخرى.',
          '## الحماية والرعاية',
          'نساعد ضحايا الاتجار بالبشر والأشخاص الذين يعيشون أوضاعًا هشة، ونعمل على أن يحصل المهاجرون على الرعاية الصحية، بما في ذلك الدعم النفسي.',
          '## تعزيز الاندماج والتماسك الاجتماعي',
          'تعلّم اللغة، والاعتراف بالمهارات، والوصول إلى العمل: ندعم المبادرات التي تتيح للقادمين الجدد وللسكان المقيمين أن يبنوا معًا حياة مشتركة.',
          '## تقديم المشورة إلى الدول',
          'نساعد الحكومات على وضع سياسات للهجرة تستند إلى بيانات موثوقة وتحترم حقوق الجميع.',
        ],
      },
      'zh-Hans': {
        slug: 'gongzuo-lingyu',
        title: '工作领域',
        summary: '我们的主要工作领域，从紧急情况到社会融入。',
      },
      ru: {
        slug: 'chem-my-zanimaemsya',
        title: 'Чем мы занимаемся',
        summary: 'Основные направления нашей работы: от чрезвычайных ситуаций до интеграции.',
      },
    },
  },
  {
    key: 'partnerships',
    type: 'page',
    parent: 'our-work',
    translations: {
      fr: {
        slug: 'partenariats',
        title: 'Partenariats',
        summary: 'Avec qui nous travaillons, et pourquoi aucun acteur ne peut agir seul.',
        body: [
          'Les migrations concernent à la fois les gouvernements, les villes, les employeurs, les associations et les migrants eux-mêmes. Nous travaillons avec chacun d’eux.',
          '- **États membres** : ils définissent nos orientations et financent l’essentiel de nos programmes.\n- **Nations Unies et organisations régionales** : nous coordonnons nos actions pour éviter les doublons.\n- **Société civile et diasporas** : elles connaissent le terrain et donnent la parole aux personnes concernées.\n- **Secteur privé** : il contribue au recrutement équitable et à l’insertion professionnelle.',
          'Vous représentez une institution et souhaitez collaborer avec nous ? Consultez la page [Engagez-vous](doc:get-involved).',
        ],
      },
      en: {
        slug: 'partnerships',
        title: 'Partnerships',
        summary: 'Who we work with, and why no single actor can act alone.',
        body: [
          'Migration concerns governments, cities, employers, associations and migrants themselves. We work with all of them.',
          '- **Member States** set our direction and fund most of our programmes.\n- **The United Nations and regional organizations**: we coordinate our work to avoid duplication.\n- **Civil society and diasporas** know the ground and give a voice to the people concerned.\n- **The private sector** contributes to fair recruitment and access to work.',
          'Do you represent an institution and want to work with us? See [Get involved](doc:get-involved).',
        ],
      },
      es: {
        slug: 'alianzas',
        title: 'Alianzas',
        summary: 'Con quién trabajamos y por qué nadie puede actuar por su cuenta.',
        body: [
          'La migración atañe a los gobiernos, las ciudades, los empleadores, las asociaciones y las propias personas migrantes. Trabajamos con todos ellos.',
          '- **Estados miembros**: fijan nuestra orientación y financian la mayor parte de nuestros programas.\n- **Naciones Unidas y organizaciones regionales**: coordinamos nuestras actividades para evitar duplicaciones.\n- **Sociedad civil y diásporas**: conocen el terreno y dan voz a las personas afectadas.\n- **Sector privado**: contribuye a una contratación equitativa y a la inserción laboral.',
          '¿Representa a una institución y desea colaborar con nosotros? Consulte la página [Participe](doc:get-involved).',
        ],
      },
      ar: {
        slug: 'al-shirakat',
        title: 'الشراكات',
        summary: 'مع من نعمل، ولماذا لا يستطيع أي طرف أن يعمل بمفرده.',
        body: [
          'تعني الهجرة الحكومات والمدن وأصحاب العمل والجمعيات والمهاجرين أنفسهم. ونحن نعمل معهم جميعًا.',
          '- **الدول الأعضاء**: تحدد توجهاتنا وتموّل معظم برامجنا.\n- **الأمم المتحدة والمنظمات الإقليمية**: ننسّق معها أنشطتنا تفاديًا للازدواجية.\n- **المجتمع المدني والجاليات في المهجر**: يعرفون الواقع الميداني ويُسمعون صوت المعنيين.\n- **القطاع الخاص**: يسهم في التوظيف العادل وفي الإدماج المهني.',
          'هل تمثل مؤسسة وترغب في التعاون معنا؟ اطّلع على صفحة [ساهم معنا](doc:get-involved).',
        ],
      },
      'zh-Hans': {
        slug: 'huoban-guanxi',
        title: '伙伴关系',
        summary: '我们与谁合作，以及为什么任何一方都无法单独行动。',
      },
      ru: {
        slug: 'partnerstva',
        title: 'Партнерства',
        summary: 'С кем мы работаем и почему никто не может действовать в одиночку.',
      },
    },
  },
  {
    key: 'where-we-work',
    type: 'page',
    parent: 'our-work',
    fields: { listing: 'countries', image: 'page-where-we-work' },
    translations: {
      fr: {
        slug: 'ou-travaillons-nous',
        title: 'Où travaillons-nous',
        summary: 'Les pays où l’Organisation est présente, sur tous les continents.',
        body: [
          'L’Organisation travaille dans {fact:fact-countries} pays, à travers un réseau de bureaux régionaux et de bureaux de pays. Ses équipes sont en majorité recrutées sur place.',
          'Vous trouverez ci-dessous une sélection de pays, avec l’année depuis laquelle l’Organisation y est présente.',
        ],
      },
      en: {
        slug: 'where-we-work',
        title: 'Where we work',
        summary: 'The countries where the Organization is present, on every continent.',
        body: [
          'The Organization works in {fact:fact-countries} countries through a network of regional and country offices. Most of its staff are recruited locally.',
          'Below is a selection of countries, with the year since which the Organization has been present in each.',
        ],
      },
      es: {
        slug: 'donde-trabajamos',
        title: 'Dónde trabajamos',
        summary: 'Los países donde la Organización está presente, en todos los continentes.',
        body: [
          'La Organización trabaja en {fact:fact-countries} países a través de una red de oficinas regionales y oficinas en los países. La mayor parte de su personal se contrata localmente.',
          'A continuación figura una selección de países, con el año desde el que la Organización está presente en cada uno.',
        ],
      },
      ar: {
        slug: 'ayna-namal',
        title: 'أين نعمل',
        summary: 'البلدان التي توجد فيها المنظمة، في جميع القارات.',
        body: [
          'تعمل المنظمة في {fact:fact-countries} بلدًا من خلال شبكة من المكاتب الإقليمية والقُطرية. ويُعيَّن معظم موظفيها محليًا.',
          'تجدون أدناه مجموعة مختارة من البلدان، مع السنة التي بدأ فيها حضور المنظمة في كل منها.',
        ],
      },
      'zh-Hans': {
        slug: 'gongzuo-diqu',
        title: '工作地点',
        summary: '本组织在各大洲开展工作的国家。',
      },
      ru: {
        slug: 'gde-my-rabotaem',
        title: 'Где мы работаем',
        summary: 'Страны на всех континентах, в которых присутствует Организация.',
      },
    },
  },
];
