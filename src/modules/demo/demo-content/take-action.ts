import type { DemoDocument } from '../demo.types.ts';

/** "Take action" and its children, "Data and research" and "2030 Agenda". */
export const TAKE_ACTION: readonly DemoDocument[] = [
  {
    key: 'take-action',
    type: 'page',
    parent: 'home',
    fields: { listing: 'children' },
    translations: {
      fr: {
        slug: 'agir',
        title: 'Agir',
        summary: 'Rejoindre nos équipes, devenir partenaire ou relayer nos campagnes : les façons de contribuer.',
        body: [
          'Chacun peut contribuer à ce que la migration se passe mieux, pour les personnes qui partent comme pour celles qui accueillent. Vous pouvez mettre vos compétences au service de l’Organisation, vous associer à nos programmes ou simplement faire connaître des récits de cohésion autour de vous.',
        ],
      },
      en: {
        slug: 'take-action',
        title: 'Take action',
        summary: 'Join our teams, become a partner or share our campaigns: ways to contribute.',
        body: [
          'Everyone can help make migration work better, for the people who move and for those who welcome them. You can bring your skills to the Organization, partner with our programmes, or simply share stories of social cohesion with the people around you.',
        ],
      },
      es: {
        slug: 'actuar',
        title: 'Actuar',
        summary: 'Trabajar con nosotros, colaborar como socio o difundir nuestras campañas: formas de contribuir.',
        body: [
          'Todas las personas pueden ayudar a que la migración funcione mejor, tanto para quienes se desplazan como para quienes las acogen. Puede sumarse a nuestros equipos, colaborar con nuestros programas o compartir historias de cohesión social en su entorno.',
        ],
      },
      ar: {
        slug: 'sharik',
        title: 'شارك',
        summary: 'انضم إلى فرقنا، أو كن شريكًا لنا، أو انشر حملاتنا: سبل المساهمة في عملنا.',
        body: [
          'يستطيع كل شخص أن يسهم في جعل الهجرة تجربة أفضل، للمهاجرين وللمجتمعات التي تستقبلهم على حد سواء. يمكنك أن تنضم إلى فرقنا، أو أن تتعاون مع برامجنا، أو أن تشارك من حولك قصصًا عن التماسك الاجتماعي.',
        ],
      },
    },
  },
  {
    key: 'work-with-us',
    type: 'page',
    parent: 'take-action',
    translations: {
      fr: {
        slug: 'travailler-avec-nous',
        title: 'Travailler avec nous',
        summary: 'Emplois, consultations, stages et appels d’offres.',
        body: [
          'L’Organisation recrute au siège comme sur le terrain des profils très variés : logisticiens, médecins, juristes, spécialistes des données, traducteurs, agents administratifs.',
          '## Emplois et consultations',
          'Les postes vacants sont publiés sur notre site avec leur lieu d’affectation et leur date de clôture. Les candidatures de personnes ayant elles-mêmes vécu la migration sont les bienvenues.',
          '## Stages',
          'Des stages rémunérés sont proposés aux étudiants et aux jeunes diplômés, en priorité dans les bureaux de pays.',
          '## Fournisseurs',
          'Les entreprises peuvent répondre à nos appels d’offres. Les règles d’achat sont publiques et s’appliquent de la même manière à tous.',
          '> L’Organisation ne demande jamais d’argent à un candidat, à aucune étape du recrutement. Tout message qui vous le demande est une fraude.',
        ],
      },
      en: {
        slug: 'work-with-us',
        title: 'Work with us',
        summary: 'Jobs, consultancies, internships and tenders.',
        body: [
          'The Organization recruits a wide range of profiles, at headquarters and in the field: logisticians, doctors, lawyers, data specialists, translators and administrative staff.',
          '## Jobs and consultancies',
          'Vacancies are published on our website with their duty station and closing date. We welcome applications from people who have experienced migration themselves.',
          '## Internships',
          'Paid internships are offered to students and recent graduates, mainly in country offices.',
          '## Suppliers',
          'Companies can respond to our tenders. Procurement rules are public and apply to everyone in the same way.',
          '> The Organization never asks candidates for money at any stage of recruitment. Any message asking you to pay is a fraud.',
        ],
      },
    },
  },
  {
    key: 'get-involved',
    type: 'page',
    parent: 'take-action',
    translations: {
      fr: {
        slug: 'engagez-vous',
        title: 'Engagez-vous',
        summary: 'Partager, organiser, s’associer : plusieurs manières de soutenir les migrants et leurs communautés.',
        body: [
          'Vous n’avez pas besoin de travailler pour l’Organisation pour faire avancer sa mission. Voici quelques pistes.',
          '- **Partagez des récits** : diffusez les histoires de la [Journée internationale des migrants](doc:campaign-imd-2019) avec le mot-dièse #NousEnsemble.\n- **Organisez une rencontre** : un repas, une projection ou un concert autour du 18 décembre, avec les habitants et les nouveaux venus de votre quartier.\n- **Devenez partenaire** : associations, collectivités et entreprises peuvent s’associer à nos programmes (voir [Partenariats](doc:partnerships)).',
          'Quelle que soit la forme de votre engagement, respectez la vie privée des personnes migrantes : ne publiez ni leur image ni leur histoire sans leur accord.',
        ],
      },
      en: {
        slug: 'get-involved',
        title: 'Get involved',
        summary: 'Share, organize, partner: several ways to support migrants and their communities.',
        body: [
          'You don’t need to work for the Organization to help advance its mission. Here are a few ideas.',
          '- **Share stories**: spread the stories of [International Migrants Day](doc:campaign-imd-2019) with the hashtag #WeTogether.\n- **Organize a gathering**: a meal, a screening or a concert around 18 December, with long-time residents and newcomers in your neighbourhood.\n- **Become a partner**: associations, local authorities and companies can join our programmes (see [Partnerships](doc:partnerships)).',
          'Whatever form your involvement takes, respect migrants’ privacy: never publish their image or their story without their consent.',
        ],
      },
    },
  },
  {
    key: 'data-research',
    type: 'page',
    parent: 'home',
    fields: {
      listing: 'facts',
      facts: ['fact-founded', 'fact-member-states', 'fact-countries', 'fact-migrants-2019', 'fact-share-2019'],
    },
    translations: {
      fr: {
        slug: 'donnees-et-recherche',
        title: 'Données et recherche',
        summary: 'Les chiffres clés que nous citons, avec leur date et leur source.',
        body: [
          'De bonnes décisions reposent sur des données fiables. Chaque chiffre publié sur ce site est daté et accompagné de sa source, pour que chacun puisse le vérifier.',
          '## Les migrations dans le monde',
          'Selon les estimations des Nations Unies publiées en 2019, le nombre de migrants internationaux atteignait alors {fact:fact-migrants-2019}, soit {fact:fact-share-2019} de la population mondiale. La grande majorité des habitants de la planète vivent donc dans leur pays de naissance.',
          'Ces estimations sont produites par le [Département des affaires économiques et sociales des Nations Unies](https://www.un.org/development/desa/pd/content/international-migrant-stock-2019) à partir des recensements et des registres nationaux.',
          '## Nos recherches',
          'Nos équipes publient des études sur les parcours migratoires, la santé des migrants ou l’intégration. Elles travaillent avec les instituts statistiques nationaux pour améliorer la collecte de données sur les migrations, dans le respect de la protection des données personnelles.',
        ],
      },
      en: {
        slug: 'data-and-research',
        title: 'Data and research',
        summary: 'The key figures we cite, with their date and source.',
        body: [
          'Good decisions rest on reliable data. Every figure published on this site is dated and comes with its source, so that anyone can check it.',
          '## Migration worldwide',
          'According to United Nations estimates published in 2019, there were {fact:fact-migrants-2019} international migrants at the time, or {fact:fact-share-2019} of the world’s population. The vast majority of people therefore live in the country where they were born.',
          'These estimates are produced by the [United Nations Department of Economic and Social Affairs](https://www.un.org/development/desa/pd/content/international-migrant-stock-2019) from national censuses and registers.',
          '## Our research',
          'Our teams publish studies on migration routes, migrant health and integration. They work with national statistical offices to improve data collection on migration, while protecting personal data.',
        ],
      },
      es: {
        slug: 'datos-e-investigacion',
        title: 'Datos e investigación',
        summary: 'Las cifras clave que citamos, con su fecha y su fuente.',
        body: [
          'Las buenas decisiones se basan en datos fiables. Según las estimaciones de las Naciones Unidas publicadas en 2019, el número de migrantes internacionales ascendía entonces a {fact:fact-migrants-2019}, es decir, el {fact:fact-share-2019} de la población mundial.',
        ],
      },
      ar: {
        slug: 'al-bayanat-wal-buhuth',
        title: 'البيانات والبحوث',
        summary: 'الأرقام الرئيسية التي نستشهد بها، مع تاريخها ومصدرها.',
        body: [
          'تقوم القرارات السليمة على بيانات موثوقة. ووفقًا لتقديرات الأمم المتحدة الصادرة في عام 2019، بلغ عدد المهاجرين الدوليين آنذاك {fact:fact-migrants-2019}، أي {fact:fact-share-2019} من سكان العالم.',
        ],
      },
    },
  },
  {
    key: 'agenda-2030',
    type: 'page',
    parent: 'home',
    translations: {
      fr: {
        slug: 'programme-2030',
        title: 'Programme 2030',
        summary: 'Comment les migrations s’inscrivent dans les objectifs de développement durable.',
        body: [
          'En 2015, les États membres des Nations Unies ont adopté le Programme de développement durable à l’horizon 2030 et ses 17 objectifs. Pour la première fois, les migrations y sont reconnues comme un facteur de développement.',
          '## Les cibles qui nous concernent',
          '- **Cible 10.7** : faciliter des migrations ordonnées, sûres, régulières et responsables.\n- **Cible 8.8** : défendre les droits des travailleurs, y compris des travailleurs migrants.\n- **Cible 10.c** : réduire le coût des envois de fonds des migrants vers leur famille.\n- **Cible 17.18** : disposer de données ventilées, notamment selon le statut migratoire.',
          'Nos programmes, de l’aide d’urgence à l’intégration, contribuent à ces cibles. Pour en savoir plus, consultez [Notre travail](doc:our-work).',
        ],
      },
      en: {
        slug: '2030-agenda',
        title: '2030 Agenda',
        summary: 'How migration fits into the Sustainable Development Goals.',
        body: [
          'In 2015, the Member States of the United Nations adopted the 2030 Agenda for Sustainable Development and its 17 goals. For the first time, migration was recognized as a driver of development.',
          '## The targets that concern us',
          '- **Target 10.7**: facilitate orderly, safe, regular and responsible migration.\n- **Target 8.8**: protect labour rights, including those of migrant workers.\n- **Target 10.c**: reduce the cost of the money migrants send home to their families.\n- **Target 17.18**: produce data broken down by characteristics including migratory status.',
          'Our programmes, from emergency aid to integration, contribute to these targets. To find out more, see [Our work](doc:our-work).',
        ],
      },
      es: {
        slug: 'agenda-2030',
        title: 'Agenda 2030',
        summary: 'Cómo se relaciona la migración con los Objetivos de Desarrollo Sostenible.',
        body: [
          'La Agenda 2030 para el Desarrollo Sostenible, adoptada en 2015, reconoce la migración como un factor de desarrollo. Su meta 10.7 pide facilitar una migración ordenada, segura, regular y responsable, y nuestros programas contribuyen a ese objetivo.',
        ],
      },
      ar: {
        slug: 'khittat-2030',
        title: 'خطة عام 2030',
        summary: 'مكانة الهجرة في أهداف التنمية المستدامة.',
        body: [
          'تعترف خطة التنمية المستدامة لعام 2030، التي اعتُمدت في عام 2015، بالهجرة عاملًا من عوامل التنمية. وتدعو الغاية 10.7 إلى تيسير الهجرة على نحو منظم وآمن ونظامي ومسؤول، وتسهم برامجنا في تحقيق هذه الغاية.',
        ],
      },
    },
  },
];
