import type { DemoDocument } from '../demo.types.ts';

/** "Who we are" and the organizational structure page; the offices it lists are in offices.ts. */
export const WHO_WE_ARE: readonly DemoDocument[] = [
  {
    key: 'who-we-are',
    type: 'page',
    parent: 'home',
    fields: { facts: ['fact-founded', 'fact-member-states', 'fact-countries'], image: 'page-who-we-are' },
    translations: {
      fr: {
        slug: 'qui-sommes-nous',
        title: 'Qui sommes-nous',
        summary: 'Une organisation intergouvernementale qui œuvre depuis 1951 pour des migrations sûres, ordonnées et respectueuses de la dignité de chacun.',
        body: [
          '## Notre mission',
          'L’Organisation aide les États, les communautés et les personnes en mouvement à faire de la migration une expérience sûre, ordonnée et digne. Elle apporte une aide concrète sur le terrain, conseille les gouvernements et favorise la coopération entre pays d’origine, de transit et de destination.',
          '## Notre histoire',
          'L’Organisation est née en {fact:fact-founded}, dans une Europe qui cherchait à réinstaller les personnes déracinées par la guerre. Au fil des décennies, son action s’est étendue à tous les continents : réponse aux crises humanitaires, santé des migrants, lutte contre la traite des êtres humains, appui aux politiques migratoires.',
          'Elle compte aujourd’hui {fact:fact-member-states} États membres et travaille dans {fact:fact-countries} pays, au plus près des personnes qu’elle accompagne.',
          '## Nos principes',
          '- La dignité et les droits de chaque personne migrante guident notre action.\n- Une migration bien gérée profite aux migrants comme aux sociétés qui les accueillent.\n- Aucun pays ne peut répondre seul à ces enjeux : la coopération est indispensable.',
          'Pour savoir qui fait quoi, consultez la page [Structure organisationnelle](doc:structure). Pour découvrir nos programmes, rendez-vous sur [Notre travail](doc:our-work).',
        ],
      },
      en: {
        slug: 'who-we-are',
        title: 'Who we are',
        summary: 'An intergovernmental organization working since 1951 for migration that is safe, orderly and respectful of everyone’s dignity.',
        body: [
          '## Our mission',
          'The Organization helps States, communities and people on the move make migration safe, orderly and dignified. It provides practical help on the ground, advises governments and encourages cooperation between countries of origin, transit and destination.',
          '## Our history',
          'The Organization was founded in {fact:fact-founded}, when Europe was trying to resettle people uprooted by war. Over the decades its work has reached every continent: humanitarian response, migrant health, action against human trafficking and support for migration policy.',
          'Today it has {fact:fact-member-states} Member States and works in {fact:fact-countries} countries, close to the people it serves.',
          '## Our principles',
          '- The dignity and rights of every migrant guide our work.\n- Well-managed migration benefits migrants and the societies that receive them.\n- No country can meet these challenges alone: cooperation is essential.',
          'To see who does what, visit [Organizational structure](doc:structure). To learn about our programmes, go to [Our work](doc:our-work).',
        ],
      },
      es: {
        slug: 'quienes-somos',
        title: 'Quiénes somos',
        summary: 'Una organización intergubernamental que trabaja desde 1951 por una migración segura, ordenada y respetuosa de la dignidad de todas las personas.',
        body: [
          '## Nuestra misión',
          'La Organización ayuda a los Estados, a las comunidades y a las personas migrantes a que la migración se produzca con seguridad, orden y dignidad. Presta ayuda concreta sobre el terreno, asesora a los gobiernos y fomenta la cooperación entre los países de origen, tránsito y destino.',
          '## Nuestra historia',
          'La Organización nació en {fact:fact-founded}, cuando Europa intentaba reasentar a las personas desarraigadas por la guerra. Con los años, su labor se ha extendido a todos los continentes: respuesta a las crisis humanitarias, salud de las personas migrantes, lucha contra la trata de personas y apoyo a las políticas migratorias.',
          'Hoy reúne a {fact:fact-member-states} Estados miembros y trabaja en {fact:fact-countries} países, cerca de las personas a las que acompaña.',
          '## Nuestros principios',
          '- La dignidad y los derechos de cada persona migrante guían nuestra labor.\n- Una migración bien gestionada beneficia a las personas migrantes y a las sociedades que las acogen.\n- Ningún país puede afrontar estos retos por sí solo: la cooperación es indispensable.',
          'Para saber quién hace qué, consulte la [Estructura organizativa](doc:structure). Para conocer nuestros programas, visite [Nuestro trabajo](doc:our-work).',
        ],
      },
      ar: {
        slug: 'man-nahnu',
        title: 'من نحن',
        summary: 'منظمة حكومية دولية تعمل منذ عام 1951 من أجل هجرة آمنة ومنظمة تحترم كرامة كل إنسان.',
        body: [
          '## رسالتنا',
          'تساعد المنظمة الدول والمجتمعات والمهاجرين على أن تكون الهجرة آمنة ومنظمة وتحفظ كرامة الإنسان. فهي تقدم مساعدة عملية في الميدان، وتسدي المشورة إلى الحكومات، وتشجع التعاون بين بلدان المنشأ والعبور والمقصد.',
          '## تاريخنا',
          'تأسست المنظمة في عام {fact:fact-founded}، حين كانت أوروبا تسعى إلى إعادة توطين من اقتلعتهم الحرب من ديارهم. ومع مرور العقود امتد عملها إلى كل القارات: الاستجابة للأزمات الإنسانية، وصحة المهاجرين، ومكافحة الاتجار بالبشر، ودعم سياسات الهجرة.',
          'وتضم المنظمة اليوم {fact:fact-member-states} دولة عضوًا، وتعمل في {fact:fact-countries} بلدًا، على مقربة من الأشخاص الذين تخدمهم.',
          '## مبادئنا',
          '- كرامة كل مهاجر وحقوقه هي التي توجّه عملنا.\n- الهجرة التي تُدار إدارة جيدة تعود بالنفع على المهاجرين وعلى المجتمعات التي تستقبلهم.\n- لا يستطيع أي بلد أن يواجه هذه التحديات وحده: التعاون أمر لا غنى عنه.',
          'لمعرفة من يتولى ماذا، اطّلع على صفحة [الهيكل التنظيمي](doc:structure). وللتعرف على برامجنا، تفضّل بزيارة صفحة [عملنا](doc:our-work).',
        ],
      },
      'zh-Hans': {
        slug: 'guanyu-women',
        title: '关于我们',
        summary: '本组织是一个政府间组织，自1951年以来致力于推动安全、有序并尊重每个人尊严的移民。',
        body: [
          '本组织成立于{fact:fact-founded}年，目前拥有{fact:fact-member-states}个成员国，在{fact:fact-countries}个国家开展工作。我们协助各国、各社区和移民本身，使移民过程安全、有序、有尊严。',
        ],
      },
      ru: {
        slug: 'kto-my',
        title: 'Кто мы',
        summary: 'Межправительственная организация, которая с 1951 года добивается того, чтобы миграция была безопасной, упорядоченной и уважающей достоинство каждого человека.',
        body: [
          'Организация была основана в {fact:fact-founded} году. Сегодня число ее государств-членов — {fact:fact-member-states}, а число стран, где она работает, — {fact:fact-countries}. Мы помогаем государствам, местным сообществам и самим мигрантам сделать миграцию безопасной, упорядоченной и достойной.',
        ],
      },
    },
  },
  {
    key: 'structure',
    type: 'page',
    parent: 'who-we-are',
    fields: { listing: 'offices' },
    translations: {
      fr: {
        slug: 'structure-organisationnelle',
        title: 'Structure organisationnelle',
        summary: 'Comment l’Organisation est dirigée et quels bureaux composent sa direction.',
        body: [
          'L’Organisation est dirigée par une Directrice générale, élue par les États membres. Deux Directrices générales adjointes l’épaulent, l’une pour la gestion et les réformes, l’autre pour les opérations.',
          'Trois bureaux rattachés directement à la Directrice générale assurent la coordination, les relations avec les partenaires et le pilotage de la stratégie. Chaque unité est présentée ci-dessous.',
        ],
      },
      en: {
        slug: 'organizational-structure',
        title: 'Organizational structure',
        summary: 'How the Organization is led and which offices make up its senior management.',
        body: [
          'The Organization is led by a Director General elected by the Member States. Two Deputy Directors General support her, one for management and reform and one for operations.',
          'Three offices reporting directly to the Director General handle coordination, relations with partners and the steering of strategy. Each unit is described below.',
        ],
      },
      es: {
        slug: 'estructura-organizativa',
        title: 'Estructura organizativa',
        summary: 'Quién dirige la Organización y qué oficinas integran su equipo directivo.',
        body: [
          'Al frente de la Organización está una Directora General, elegida por los Estados miembros. La secundan dos Directoras Generales Adjuntas: una se ocupa de la gestión y las reformas, y la otra de las operaciones.',
          'Otras tres oficinas dependen directamente de la Directora General y se encargan de la coordinación, de las relaciones con los asociados y de la conducción de la estrategia. A continuación se presenta cada una de ellas.',
        ],
      },
      ar: {
        slug: 'al-haykal-al-tanzimi',
        title: 'الهيكل التنظيمي',
        summary: 'كيف تُدار المنظمة، وما المكاتب التي تتألف منها إدارتها العليا.',
        body: [
          'تتولى قيادة المنظمة مديرة عامة تنتخبها الدول الأعضاء. وتساعدها نائبتان للمديرة العامة، تختص إحداهما بالإدارة والإصلاح، وتختص الأخرى بالعمليات.',
          'وتتبع المديرةَ العامة مباشرةً ثلاثةُ مكاتب أخرى تتولى التنسيق، والعلاقات مع الشركاء، وتوجيه الاستراتيجية. وتجدون أدناه تعريفًا بكل وحدة منها.',
        ],
      },
      'zh-Hans': {
        slug: 'zuzhi-jiegou',
        title: '组织结构',
        summary: '本组织的领导方式，以及构成高级管理层的各个办公室。',
      },
      ru: {
        slug: 'organizatsionnaya-struktura',
        title: 'Организационная структура',
        summary: 'Как устроено руководство Организации и из каких бюро состоит ее высшее руководство.',
      },
    },
  },
];
