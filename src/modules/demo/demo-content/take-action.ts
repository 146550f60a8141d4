import type { DemoDocument } from '../demo.types.ts';

/** "Take action" and its children, "Data and research" and "2030 Agenda". */
export const TAKE_ACTION: readonly DemoDocument[] = [
  {
    key: 'take-action',
    type: 'page',
    parent: 'home',
    fields: { listing: 'children', image: 'page-take-action' },
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
      'zh-Hans': {
        slug: 'canyu-xingdong',
        title: '参与行动',
        summary: '加入我们的团队、成为合作伙伴或传播我们的宣传活动：参与贡献的多种方式。',
        body: [
          '每个人都可以帮助移民过程变得更好，无论是对迁移者还是对接纳他们的人。您可以为本组织贡献专业技能，与我们的方案开展合作，或者与身边的人分享关于社会凝聚力的故事。',
        ],
      },
      ru: {
        slug: 'kak-pomoch',
        title: 'Как помочь',
        summary: 'Работа в наших командах, партнерство или распространение наших кампаний: способы внести свой вклад.',
        body: [
          'Каждый может помочь сделать миграцию лучше — и для тех, кто переезжает, и для тех, кто их принимает. Вы можете применить свои знания в Организации, стать партнером наших программ или просто рассказать окружающим истории о социальной сплоченности.',
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
      es: {
        slug: 'trabaje-con-nosotros',
        title: 'Trabaje con nosotros',
        summary: 'Empleos, consultorías, pasantías y licitaciones.',
        body: [
          'La Organización contrata perfiles muy diversos, tanto en la sede como sobre el terreno: especialistas en logística, médicos, juristas, especialistas en datos, traductores y personal administrativo.',
          '## Empleos y consultorías',
          'Las vacantes se publican en nuestro sitio web con su lugar de destino y su fecha de cierre. Animamos a presentar su candidatura a las personas que han vivido la migración en primera persona.',
          '## Pasantías',
          'Ofrecemos pasantías remuneradas a estudiantes y recién titulados, sobre todo en las oficinas en los países.',
          '## Proveedores',
          'Las empresas pueden presentarse a nuestras licitaciones. Las normas de adquisición son públicas y se aplican por igual a todos.',
          '> La Organización nunca pide dinero a quienes se postulan, en ninguna etapa del proceso de selección. Cualquier mensaje que le solicite un pago es un fraude.',
        ],
      },
      ar: {
        slug: 'al-amal-maana',
        title: 'اعمل معنا',
        summary: 'الوظائف، والاستشارات، والتدريب الداخلي، والمناقصات.',
        body: [
          'توظّف المنظمة، في مقرها وفي الميدان، أصحاب خبرات متنوعة: اختصاصيين في اللوجستيات، وأطباء، وحقوقيين، واختصاصيين في البيانات، ومترجمين، وموظفين إداريين.',
          '## الوظائف والاستشارات',
          'تُنشر الوظائف الشاغرة على موقعنا مع مقر العمل وتاريخ انتهاء باب التقديم. ونرحب بطلبات من عاشوا تجربة الهجرة بأنفسهم.',
          '## التدريب الداخلي',
          'نتيح فرص تدريب مدفوعة الأجر للطلاب وحديثي التخرج، ولا سيما في المكاتب القُطرية.',
          '## المورّدون',
          'يمكن للشركات أن تشارك في مناقصاتنا. وقواعد الشراء لدينا علنية وتُطبَّق على الجميع بالطريقة نفسها.',
          '> لا تطلب المنظمة أي مبلغ مالي من المرشحين في أي مرحلة من مراحل التوظيف. وكل رسالة تطلب منك الدفع هي رسالة احتيالية.',
        ],
      },
      'zh-Hans': {
        slug: 'jiaru-women',
        title: '加入我们',
        summary: '职位、咨询工作、实习和招标。',
      },
      ru: {
        slug: 'rabota-u-nas',
        title: 'Работа у нас',
        summary: 'Вакансии, консультационные договоры, стажировки и тендеры.',
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
      es: {
        slug: 'participe',
        title: 'Participe',
        summary: 'Compartir, organizar, colaborar: varias formas de apoyar a las personas migrantes y a sus comunidades.',
        body: [
          'No hace falta trabajar en la Organización para contribuir a su misión. Le proponemos algunas ideas.',
          '- **Comparta historias**: difunda las historias del [Día Internacional del Migrante](doc:campaign-imd-2019) con la etiqueta #NosotrosJuntos.\n- **Organice un encuentro**: una comida, una proyección o un concierto en torno al 18 de diciembre, con los vecinos de siempre y los recién llegados a su barrio.\n- **Colabore con nosotros**: asociaciones, administraciones locales y empresas pueden sumarse a nuestros programas (véase [Alianzas](doc:partnerships)).',
          'Sea cual sea la forma de su compromiso, respete la privacidad de las personas migrantes: no publique nunca su imagen ni su historia sin su consentimiento.',
        ],
      },
      ar: {
        slug: 'sahim-maana',
        title: 'ساهم معنا',
        summary: 'انشر، ونظّم، وتعاون: طرق عدة لدعم المهاجرين ومجتمعاتهم.',
        body: [
          'لستَ بحاجة إلى العمل في المنظمة لكي تسهم في رسالتها. إليك بعض الأفكار.',
          '- **انشر القصص**: شارك قصص [اليوم الدولي للمهاجرين](doc:campaign-imd-2019) مع الوسم #نحن_معا.\n- **نظّم لقاءً**: وجبة أو عرض فيلم أو حفلًا موسيقيًا في موعد قريب من 18 كانون الأول/ديسمبر، يجمع سكان الحي والقادمين الجدد إليه.\n- **كن شريكًا**: يمكن للجمعيات والسلطات المحلية والشركات أن تنضم إلى برامجنا (انظر [الشراكات](doc:partnerships)).',
          'وأيًّا كان شكل مساهمتك، احترم خصوصية المهاجرين: لا تنشر صورهم ولا قصصهم دون موافقتهم.',
        ],
      },
      'zh-Hans': {
        slug: 'canyu-qizhong',
        title: '参与其中',
        summary: '分享、组织、合作：支持移民及其社区的多种方式。',
        body: [
          '不必在本组织工作，也能为我们的使命出力。您可以用话题标签 #我们在一起 分享[国际移民日](doc:campaign-imd-2019)的故事，也可以在12月18日前后组织一次邻里聚会。请尊重移民的隐私：未经本人同意，切勿发布其照片或故事。',
        ],
      },
      ru: {
        slug: 'primite-uchastie',
        title: 'Примите участие',
        summary: 'Делитесь, организуйте, сотрудничайте: несколько способов поддержать мигрантов и их сообщества.',
        body: [
          'Чтобы помогать в выполнении нашей миссии, не обязательно работать в Организации. Расскажите об историях [Международного дня мигранта](doc:campaign-imd-2019) с хештегом #МыВместе или организуйте встречу соседей и новоприбывших около 18 декабря. Уважайте частную жизнь мигрантов: не публикуйте их фотографии и истории без их согласия.',
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
      image: 'page-data-research',
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
          '## Nos jeux de données',
          '- [Migrants internationaux dans le monde, 2010 et 2019](doc:dataset-migrants-worldwide)\n- [Leur part dans la population mondiale](doc:dataset-share-of-population)\n- [Les trois principales régions de résidence](doc:dataset-regions-of-residence)\n- [Les dix premiers pays d’origine](doc:dataset-countries-of-origin)\n- [Les dix premiers pays de résidence](doc:dataset-countries-of-residence)',
          'Chaque jeu de données est présenté sous forme de graphique et de tableau, et peut être téléchargé en CSV ou en JSON.',
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
          '## Our datasets',
          '- [International migrants worldwide, 2010 and 2019](doc:dataset-migrants-worldwide)\n- [Their share of world population](doc:dataset-share-of-population)\n- [The three largest regions of residence](doc:dataset-regions-of-residence)\n- [The ten largest countries of origin](doc:dataset-countries-of-origin)\n- [The ten largest countries of residence](doc:dataset-countries-of-residence)',
          'Each dataset is shown as a chart and a table, and can be downloaded as CSV or JSON.',
        ],
      },
      es: {
        slug: 'datos-e-investigacion',
        title: 'Datos e investigación',
        summary: 'Las cifras clave que citamos, con su fecha y su fuente.',
        body: [
          'Las buenas decisiones se basan en datos fiables. Cada cifra publicada en este sitio lleva su fecha y su fuente, para que cualquiera pueda comprobarla.',
          '## La migración en el mundo',
          'Según las estimaciones de las Naciones Unidas publicadas en 2019, el número de migrantes internacionales ascendía entonces a {fact:fact-migrants-2019}, es decir, el {fact:fact-share-2019} de la población mundial. La inmensa mayoría de las personas vive, por tanto, en su país de nacimiento.',
          'Estas estimaciones las elabora el [Departamento de Asuntos Económicos y Sociales de las Naciones Unidas](https://www.un.org/development/desa/pd/content/international-migrant-stock-2019) a partir de los censos y registros nacionales.',
          '## Nuestras investigaciones',
          'Nuestros equipos publican estudios sobre las rutas migratorias, la salud de las personas migrantes y la integración. Colaboran con los institutos nacionales de estadística para mejorar la recopilación de datos sobre migración, siempre protegiendo los datos personales.',
          '## Nuestros conjuntos de datos',
          '- [Migrantes internacionales en el mundo, 2010 y 2019](doc:dataset-migrants-worldwide)\n- [Su porcentaje de la población mundial](doc:dataset-share-of-population)\n- [Las tres principales regiones de residencia](doc:dataset-regions-of-residence)\n- [Los diez principales países de origen](doc:dataset-countries-of-origin)\n- [Los diez principales países de residencia](doc:dataset-countries-of-residence)',
          'Cada conjunto de datos se presenta como gráfico y como tabla, y puede descargarse en CSV o JSON.',
        ],
      },
      ar: {
        slug: 'al-bayanat-wal-buhuth',
        title: 'البيانات والبحوث',
        summary: 'الأرقام الرئيسية التي نستشهد بها، مع تاريخها ومصدرها.',
        body: [
          'تقوم القرارات السليمة على بيانات موثوقة. ولذلك يُذكر مع كل رقم يُنشر على هذا الموقع تاريخه ومصدره، ليتمكن أي شخص من التحقق منه.',
          '## الهجرة في العالم',
          'ووفقًا لتقديرات الأمم المتحدة الصادرة في عام 2019، بلغ عدد المهاجرين الدوليين آنذاك {fact:fact-migrants-2019}، أي {fact:fact-share-2019} من سكان العالم. ومعنى ذلك أن الغالبية العظمى من البشر يعيشون في البلد الذي وُلدوا فيه.',
          'وتُعِدّ هذه التقديرات [إدارة الشؤون الاقتصادية والاجتماعية في الأمم المتحدة](https://www.un.org/development/desa/pd/content/international-migrant-stock-2019) استنادًا إلى التعدادات والسجلات الوطنية.',
          '## بحوثنا',
          'تنشر فرقنا دراسات عن مسارات الهجرة وصحة المهاجرين واندماجهم. وتتعاون مع المعاهد الوطنية للإحصاء لتحسين جمع البيانات المتعلقة بالهجرة، مع الحرص على حماية البيانات الشخصية.',
          '## مجموعات بياناتنا',
          '- [المهاجرون الدوليون في العالم، 2010 و2019](doc:dataset-migrants-worldwide)\n- [نسبتهم من سكان العالم](doc:dataset-share-of-population)\n- [أكبر ثلاث مناطق إقامة](doc:dataset-regions-of-residence)\n- [البلدان العشرة الأولى من حيث المنشأ](doc:dataset-countries-of-origin)\n- [البلدان العشرة الأولى من حيث الإقامة](doc:dataset-countries-of-residence)',
          'تُعرض كل مجموعة بيانات في رسم بياني وجدول، ويمكن تنزيلها بصيغة CSV أو JSON.',
        ],
      },
      'zh-Hans': {
        slug: 'shuju-yu-yanjiu',
        title: '数据与研究',
        summary: '我们引用的关键数字，均注明日期和来源。',
        body: [
          '正确的决策离不开可靠的数据。根据联合国2019年发布的估计，当时全世界的国际移民人数为{fact:fact-migrants-2019}，占世界人口的{fact:fact-share-2019}。',
          '## 我们的数据集',
          '- [全世界国际移民人数（2010年和2019年）](doc:dataset-migrants-worldwide)\n- [国际移民占世界人口的比例](doc:dataset-share-of-population)\n- [三个最大的居住地区](doc:dataset-regions-of-residence)\n- [十大原籍国](doc:dataset-countries-of-origin)\n- [十大居住国](doc:dataset-countries-of-residence)',
          '每个数据集均以图表和表格呈现，并可下载CSV或JSON文件。',
        ],
      },
      ru: {
        slug: 'dannye-i-issledovaniya',
        title: 'Данные и исследования',
        summary: 'Ключевые цифры, на которые мы ссылаемся, с датой и источником.',
        body: [
          'Верные решения опираются на надежные данные. По оценкам Организации Объединенных Наций, опубликованным в 2019 году, число международных мигрантов составляло тогда {fact:fact-migrants-2019}, или {fact:fact-share-2019} населения мира.',
          '## Наши наборы данных',
          '- [Международные мигранты в мире, 2010 и 2019 годы](doc:dataset-migrants-worldwide)\n- [Их доля в населении мира](doc:dataset-share-of-population)\n- [Три крупнейших региона проживания](doc:dataset-regions-of-residence)\n- [Десять основных стран происхождения](doc:dataset-countries-of-origin)\n- [Десять основных стран проживания](doc:dataset-countries-of-residence)',
          'Каждый набор данных представлен в виде диаграммы и таблицы; его можно скачать в формате CSV или JSON.',
        ],
      },
    },
  },
  {
    key: 'agenda-2030',
    type: 'page',
    parent: 'home',
    fields: { image: 'page-agenda-2030' },
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
      'zh-Hans': {
        slug: '2030-nian-yicheng',
        title: '2030年议程',
        summary: '移民问题在可持续发展目标中的位置。',
      },
      ru: {
        slug: 'povestka-2030',
        title: 'Повестка дня на период до 2030 года',
        summary: 'Какое место миграция занимает в Целях в области устойчивого развития.',
        fields: { menuLabel: 'Повестка 2030' },
      },
    },
  },
];
