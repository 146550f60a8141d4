import type { DemoDocument } from '../demo.types.ts';

/** The six offices of senior management, children of the organizational structure page. */
export const OFFICES: readonly DemoDocument[] = [
  {
    key: 'office-dg',
    type: 'office',
    parent: 'structure',
    fields: { head: 'person-dg', acronym: 'ODG' },
    translations: {
      fr: {
        slug: 'directrice-generale',
        title: 'Directrice générale',
        summary: 'La Directrice générale dirige l’Organisation et en rend compte aux États membres.',
        body: [
          'La Directrice générale fixe les orientations de l’Organisation, la représente auprès des gouvernements et des institutions internationales, et répond de sa gestion devant les États membres.',
          '- Proposer le plan stratégique et le budget aux organes directeurs.\n- Nommer l’équipe de direction et lui déléguer ses responsabilités.\n- Prendre la parole au nom de l’Organisation, notamment lors des grandes journées internationales.',
          'Elle est élue par les États membres pour un mandat de cinq ans, renouvelable une fois.',
        ],
      },
      en: {
        slug: 'director-general',
        title: 'Director General',
        summary: 'The Director General leads the Organization and is accountable to its Member States.',
        body: [
          'The Director General sets the Organization’s direction, represents it before governments and international institutions, and answers to the Member States for its management.',
          '- Propose the strategic plan and budget to the governing bodies.\n- Appoint the senior management team and delegate responsibilities to it.\n- Speak on behalf of the Organization, including on major international days.',
          'She is elected by the Member States for a five-year term, renewable once.',
        ],
      },
      es: {
        slug: 'directora-general',
        title: 'Directora General',
        summary: 'La Directora General dirige la Organización y rinde cuentas a los Estados miembros.',
        body: [
          'La Directora General define la orientación de la Organización, la representa ante los gobiernos y las instituciones internacionales, y responde de su gestión ante los Estados miembros.',
          '- Presentar el plan estratégico y el presupuesto a los órganos rectores.\n- Nombrar al equipo directivo y delegar en él sus responsabilidades.\n- Hablar en nombre de la Organización, en particular en los grandes días internacionales.',
          'Los Estados miembros la eligen para un mandato de cinco años, que puede renovarse una vez.',
        ],
      },
      ar: {
        slug: 'al-mudira-al-amma',
        title: 'المديرة العامة',
        summary: 'تقود المديرة العامة المنظمة وتخضع للمساءلة أمام الدول الأعضاء.',
        body: [
          'تحدد المديرة العامة توجهات المنظمة، وتمثلها لدى الحكومات والمؤسسات الدولية، وتُسأل أمام الدول الأعضاء عن إدارتها.',
          '- عرض الخطة الاستراتيجية والميزانية على الهيئات الرئاسية.\n- تعيين فريق الإدارة العليا وتفويضه بالمسؤوليات.\n- التحدث باسم المنظمة، ولا سيما في المناسبات الدولية الكبرى.',
          'تنتخبها الدول الأعضاء لولاية مدتها خمس سنوات، قابلة للتجديد مرة واحدة.',
        ],
      },
      'zh-Hans': {
        slug: 'zongganshi',
        title: '总干事',
        summary: '总干事领导本组织，并对成员国负责。',
      },
      ru: {
        slug: 'generalnyi-direktor',
        title: 'Генеральный директор',
        summary: 'Генеральный директор руководит Организацией и подотчетен государствам-членам.',
      },
    },
  },
  {
    key: 'office-ddg-management',
    type: 'office',
    parent: 'structure',
    fields: { head: 'person-ddg-management', reportsTo: 'office-dg' },
    translations: {
      fr: {
        slug: 'directrice-generale-adjointe-gestion-et-reformes',
        title: 'Directrice générale adjointe chargée de la gestion et des réformes',
        summary: 'Finances, ressources humaines, services communs et réformes internes.',
        body: [
          'Ce bureau veille à ce que l’Organisation dispose des moyens nécessaires pour travailler et à ce qu’elle les utilise de manière responsable.',
          '- Budget, comptabilité et rapports financiers aux donateurs.\n- Recrutement, formation et bien-être du personnel.\n- Achats, technologies de l’information et services communs.\n- Conduite des réformes destinées à simplifier les procédures.',
        ],
      },
      en: {
        slug: 'deputy-director-general-management-reform',
        title: 'Deputy Director General for Management and Reform',
        summary: 'Finance, human resources, common services and internal reform.',
        body: [
          'This office makes sure the Organization has the resources it needs to work, and that it uses them responsibly.',
          '- Budget, accounting and financial reporting to donors.\n- Recruitment, training and staff well-being.\n- Procurement, information technology and common services.\n- Leading the reforms that simplify procedures.',
        ],
      },
      es: {
        slug: 'directora-general-adjunta-gestion-y-reforma',
        title: 'Directora General Adjunta de Gestión y Reforma',
        summary: 'Finanzas, recursos humanos, servicios comunes y reformas internas.',
        body: [
          'Esta oficina se asegura de que la Organización cuente con los medios que necesita para trabajar y de que los utilice de forma responsable.',
          '- Presupuesto, contabilidad e informes financieros para los donantes.\n- Contratación, formación y bienestar del personal.\n- Adquisiciones, tecnologías de la información y servicios comunes.\n- Dirección de las reformas que simplifican los procedimientos.',
        ],
      },
      ar: {
        slug: 'naibat-al-mudira-al-amma-lil-idara-wal-islah',
        title: 'نائبة المديرة العامة لشؤون الإدارة والإصلاح',
        summary: 'الشؤون المالية، والموارد البشرية، والخدمات المشتركة، والإصلاح الداخلي.',
        body: [
          'يحرص هذا المكتب على أن تتوفر للمنظمة الموارد التي تحتاج إليها في عملها، وعلى أن تستخدمها استخدامًا مسؤولًا.',
          '- الميزانية والمحاسبة والتقارير المالية المقدَّمة إلى الجهات المانحة.\n- التوظيف والتدريب ورفاه الموظفين.\n- المشتريات وتكنولوجيا المعلومات والخدمات المشتركة.\n- قيادة الإصلاحات الرامية إلى تبسيط الإجراءات.',
        ],
      },
      'zh-Hans': {
        slug: 'fu-zongganshi-guanli-yu-gaige',
        title: '主管管理与改革的副总干事',
        summary: '财务、人力资源、共同事务和内部改革。',
      },
      ru: {
        slug: 'zamestitel-generalnogo-direktora-po-upravleniyu-i-reformam',
        title: 'Заместитель Генерального директора по вопросам управления и реформ',
        summary: 'Финансы, кадры, общие службы и внутренние реформы.',
      },
    },
  },
  {
    key: 'office-ddg-operations',
    type: 'office',
    parent: 'structure',
    fields: { head: 'person-ddg-operations', reportsTo: 'office-dg' },
    translations: {
      fr: {
        slug: 'directrice-generale-adjointe-operations',
        title: 'Directrice générale adjointe chargée des opérations',
        summary: 'Programmes humanitaires et de développement, bureaux régionaux et bureaux de pays.',
        body: [
          'Ce bureau coordonne tout ce que l’Organisation fait sur le terrain, de la première réponse à une crise jusqu’aux programmes qui s’inscrivent dans la durée.',
          '- Réponse aux urgences et aux déplacements de population.\n- Santé des migrants, protection et aide au retour volontaire.\n- Appui aux gouvernements pour la gestion des frontières et des politiques migratoires.\n- Encadrement des bureaux régionaux et des bureaux de pays.',
        ],
      },
      en: {
        slug: 'deputy-director-general-operations',
        title: 'Deputy Director General for Operations',
        summary: 'Humanitarian and development programmes, regional offices and country offices.',
        body: [
          'This office coordinates everything the Organization does in the field, from the first response to a crisis to long-term programmes.',
          '- Response to emergencies and displacement.\n- Migrant health, protection and assisted voluntary return.\n- Support to governments on border management and migration policy.\n- Oversight of regional and country offices.',
        ],
      },
      es: {
        slug: 'directora-general-adjunta-operaciones',
        title: 'Directora General Adjunta de Operaciones',
        summary: 'Programas humanitarios y de desarrollo, oficinas regionales y oficinas en los países.',
        body: [
          'Esta oficina coordina todo lo que la Organización hace sobre el terreno, desde la primera respuesta ante una crisis hasta los programas de largo plazo.',
          '- Respuesta a las emergencias y a los desplazamientos de población.\n- Salud de las personas migrantes, protección y retorno voluntario asistido.\n- Apoyo a los gobiernos en la gestión de fronteras y las políticas migratorias.\n- Supervisión de las oficinas regionales y de las oficinas en los países.',
        ],
      },
      ar: {
        slug: 'naibat-al-mudira-al-amma-lil-amaliyat',
        title: 'نائبة المديرة العامة لشؤون العمليات',
        summary: 'البرامج الإنسانية والإنمائية، والمكاتب الإقليمية والقُطرية.',
        body: [
          'ينسّق هذا المكتب كل ما تقوم به المنظمة في الميدان، من الاستجابة الأولى للأزمات إلى البرامج الطويلة الأمد.',
          '- الاستجابة لحالات الطوارئ والنزوح.\n- صحة المهاجرين وحمايتهم، والمساعدة على العودة الطوعية.\n- دعم الحكومات في إدارة الحدود وسياسات الهجرة.\n- الإشراف على المكاتب الإقليمية والقُطرية.',
        ],
      },
      'zh-Hans': {
        slug: 'fu-zongganshi-yewu',
        title: '主管业务的副总干事',
        summary: '人道主义和发展方案、区域办事处和国家办事处。',
      },
      ru: {
        slug: 'zamestitel-generalnogo-direktora-po-operatsiyam',
        title: 'Заместитель Генерального директора по оперативной деятельности',
        summary: 'Гуманитарные программы и программы развития, региональные и страновые отделения.',
      },
    },
  },
  {
    key: 'office-chief-of-staff',
    type: 'office',
    parent: 'structure',
    fields: { head: 'person-chief-of-staff', reportsTo: 'office-dg', acronym: 'OCS' },
    translations: {
      fr: {
        slug: 'bureau-du-chef-de-cabinet',
        title: 'Bureau du Chef de Cabinet',
        summary: 'Coordination de la direction et suivi de ses décisions.',
        body: [
          'Le Bureau du Chef de Cabinet organise le travail de l’équipe de direction. Il prépare ses réunions, s’assure que les décisions sont suivies d’effet et fait circuler l’information entre le siège et le terrain.',
          'Il gère également l’agenda de la Directrice générale et les relations avec les organes directeurs.',
        ],
      },
      en: {
        slug: 'office-of-the-chief-of-staff',
        title: 'Office of the Chief of Staff',
        summary: 'Coordination of senior management and follow-up of its decisions.',
        body: [
          'The Office of the Chief of Staff organizes the work of the senior management team. It prepares meetings, makes sure decisions are acted upon and keeps information flowing between headquarters and the field.',
          'It also manages the Director General’s schedule and relations with the governing bodies.',
        ],
      },
      es: {
        slug: 'oficina-del-jefe-de-gabinete',
        title: 'Oficina del Jefe de Gabinete',
        summary: 'Coordinación del equipo directivo y seguimiento de sus decisiones.',
        body: [
          'La Oficina del Jefe de Gabinete organiza el trabajo del equipo directivo: prepara sus reuniones, comprueba que sus decisiones se cumplan y hace circular la información entre la sede y el terreno.',
          'También lleva la agenda de la Directora General y las relaciones con los órganos rectores.',
        ],
      },
      ar: {
        slug: 'maktab-rais-al-diwan',
        title: 'مكتب رئيس الديوان',
        summary: 'تنسيق عمل الإدارة العليا ومتابعة قراراتها.',
        body: [
          'ينظّم مكتب رئيس الديوان عمل فريق الإدارة العليا، فيُعدّ اجتماعاته، ويتأكد من تنفيذ قراراته، ويضمن تدفق المعلومات بين المقر والميدان.',
          'ويتولى المكتب أيضًا جدول أعمال المديرة العامة والعلاقات مع الهيئات الرئاسية.',
        ],
      },
      'zh-Hans': {
        slug: 'bangongting-zhuren-bangongshi',
        title: '办公厅主任办公室',
        summary: '协调高级管理层的工作，并跟进其决定的落实。',
      },
      ru: {
        slug: 'kantselyariya-rukovoditelya-apparata',
        title: 'Канцелярия руководителя аппарата',
        summary: 'Координация работы высшего руководства и контроль за выполнением его решений.',
      },
    },
  },
  {
    key: 'office-partnerships',
    type: 'office',
    parent: 'structure',
    fields: { head: 'person-partnerships', reportsTo: 'office-dg', acronym: 'OPAC' },
    translations: {
      fr: {
        slug: 'bureau-partenariats-sensibilisation-communication',
        title: 'Bureau des partenariats, de la sensibilisation et de la communication',
        summary: 'Relations avec les partenaires, plaidoyer et information du public.',
        body: [
          'Ce bureau entretient les relations de l’Organisation avec les États, les autres institutions internationales, la société civile et le secteur privé.',
          'Il porte aussi sa voix auprès du public : site web, médias, campagnes comme la [Journée internationale des migrants](doc:campaign-imd-2019), et récits de migrants publiés avec leur consentement.',
          '- Mobilisation des ressources et suivi des accords de financement.\n- Plaidoyer auprès des décideurs.\n- Communication en plusieurs langues, accessible à tous.',
        ],
      },
      en: {
        slug: 'office-partnerships-advocacy-communication',
        title: 'Office of Partnerships, Advocacy and Communication',
        summary: 'Relations with partners, advocacy and public information.',
        body: [
          'This office manages the Organization’s relations with States, other international institutions, civil society and the private sector.',
          'It also speaks for the Organization to the public: the website, the media, campaigns such as [International Migrants Day](doc:campaign-imd-2019), and migrants’ stories published with their consent.',
          '- Resource mobilization and follow-up of funding agreements.\n- Advocacy with decision-makers.\n- Communication in several languages, accessible to everyone.',
        ],
      },
      es: {
        slug: 'oficina-alianzas-promocion-comunicacion',
        title: 'Oficina de Alianzas, Promoción y Comunicación',
        summary: 'Relaciones con los asociados, labor de promoción e información al público.',
        body: [
          'Esta oficina mantiene las relaciones de la Organización con los Estados, las demás instituciones internacionales, la sociedad civil y el sector privado.',
          'También es la voz de la Organización ante el público: el sitio web, los medios de comunicación, campañas como el [Día Internacional del Migrante](doc:campaign-imd-2019) e historias de personas migrantes publicadas con su consentimiento.',
          '- Movilización de recursos y seguimiento de los acuerdos de financiación.\n- Promoción ante quienes toman las decisiones.\n- Comunicación en varios idiomas y accesible para todas las personas.',
        ],
      },
      ar: {
        slug: 'maktab-al-shirakat-wal-dawa-wal-ittisal',
        title: 'مكتب الشراكات والدعوة والاتصال',
        summary: 'العلاقات مع الشركاء، وأنشطة الدعوة، وإعلام الجمهور.',
        body: [
          'يتولى هذا المكتب علاقات المنظمة مع الدول والمؤسسات الدولية الأخرى والمجتمع المدني والقطاع الخاص.',
          'وهو أيضًا صوت المنظمة لدى الجمهور: الموقع الإلكتروني، ووسائل الإعلام، والحملات مثل [اليوم الدولي للمهاجرين](doc:campaign-imd-2019)، وقصص المهاجرين التي تُنشر بموافقتهم.',
          '- حشد الموارد ومتابعة اتفاقات التمويل.\n- الدعوة لدى صانعي القرار.\n- التواصل بعدة لغات وبطريقة ميسّرة للجميع.',
        ],
      },
      'zh-Hans': {
        slug: 'huoban-guanxi-changdao-he-chuanbo-bangongshi',
        title: '伙伴关系、倡导和传播办公室',
        summary: '与合作伙伴的关系、倡导工作和公众宣传。',
      },
      ru: {
        slug: 'byuro-partnerstva-razyasnitelnoi-raboty-i-kommunikatsii',
        title: 'Бюро по вопросам партнерства, разъяснительной работы и коммуникации',
        summary: 'Отношения с партнерами, разъяснительная работа и информирование общественности.',
      },
    },
  },
  {
    key: 'office-strategy',
    type: 'office',
    parent: 'structure',
    fields: { head: 'person-strategy', reportsTo: 'office-dg', acronym: 'OSIP' },
    translations: {
      fr: {
        slug: 'bureau-strategie-performance-institutionnelle',
        title: 'Bureau de la stratégie et de la performance institutionnelle',
        summary: 'Plan stratégique, suivi des résultats et évaluation.',
        body: [
          'Ce bureau prépare le plan stratégique de l’Organisation et vérifie qu’il se traduit en résultats concrets.',
          '- Définition des objectifs et des indicateurs communs.\n- Suivi des résultats et rapports aux États membres.\n- Évaluations indépendantes et diffusion des enseignements tirés.',
          'Il travaille en lien étroit avec l’équipe chargée des [données et de la recherche](doc:data-research).',
        ],
      },
      en: {
        slug: 'office-strategy-institutional-performance',
        title: 'Office of Strategy and Institutional Performance',
        summary: 'Strategic plan, results monitoring and evaluation.',
        body: [
          'This office prepares the Organization’s strategic plan and checks that it turns into concrete results.',
          '- Setting shared objectives and indicators.\n- Monitoring results and reporting to Member States.\n- Independent evaluations and sharing of lessons learned.',
          'It works closely with the team responsible for [data and research](doc:data-research).',
        ],
      },
      es: {
        slug: 'oficina-estrategia-desempeno-institucional',
        title: 'Oficina de Estrategia y Desempeño Institucional',
        summary: 'Plan estratégico, seguimiento de resultados y evaluación.',
        body: [
          'Esta oficina prepara el plan estratégico de la Organización y comprueba que se traduzca en resultados concretos.',
          '- Definición de objetivos e indicadores comunes.\n- Seguimiento de los resultados e informes a los Estados miembros.\n- Evaluaciones independientes y difusión de las lecciones aprendidas.',
          'Trabaja en estrecha colaboración con el equipo de [datos e investigación](doc:data-research).',
        ],
      },
      ar: {
        slug: 'maktab-al-istratijiya-wal-ada-al-muassasi',
        title: 'مكتب الاستراتيجية والأداء المؤسسي',
        summary: 'الخطة الاستراتيجية، ورصد النتائج، والتقييم.',
        body: [
          'يُعدّ هذا المكتب الخطة الاستراتيجية للمنظمة، ويتحقق من أنها تتحول إلى نتائج ملموسة.',
          '- تحديد الأهداف والمؤشرات المشتركة.\n- رصد النتائج وتقديم التقارير إلى الدول الأعضاء.\n- إجراء تقييمات مستقلة ونشر الدروس المستفادة.',
          'ويعمل المكتب بالتعاون الوثيق مع الفريق المعني [بالبيانات والبحوث](doc:data-research).',
        ],
      },
      'zh-Hans': {
        slug: 'zhanlue-yu-jigou-jixiao-bangongshi',
        title: '战略与机构绩效办公室',
        summary: '战略计划、成果监测与评估。',
      },
      ru: {
        slug: 'byuro-strategii-i-institutsionalnoi-effektivnosti',
        title: 'Бюро стратегии и институциональной эффективности',
        summary: 'Стратегический план, мониторинг результатов и оценка.',
      },
    },
  },
];
