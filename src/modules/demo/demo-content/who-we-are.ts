import type { DemoDocument } from '../demo.types.ts';

/** "Who we are", the organizational structure page and the six offices of senior management. */
export const WHO_WE_ARE: readonly DemoDocument[] = [
  {
    key: 'who-we-are',
    type: 'page',
    parent: 'home',
    fields: { facts: ['fact-founded', 'fact-member-states', 'fact-countries'] },
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
          'Fundada en {fact:fact-founded}, la Organización reúne hoy a {fact:fact-member-states} Estados miembros y está presente en {fact:fact-countries} países. Ayuda a los Estados, a las comunidades y a las personas migrantes a que la migración se produzca con seguridad, orden y dignidad.',
        ],
      },
      ar: {
        slug: 'man-nahnu',
        title: 'من نحن',
        summary: 'منظمة حكومية دولية تعمل منذ عام 1951 من أجل هجرة آمنة ومنظمة تحترم كرامة كل إنسان.',
        body: [
          'تأسست المنظمة في عام {fact:fact-founded}، وتضم اليوم {fact:fact-member-states} دولة عضوًا، ولها حضور في {fact:fact-countries} بلدًا. وهي تساعد الدول والمجتمعات والمهاجرين على أن تكون الهجرة آمنة ومنظمة وتحفظ كرامة الإنسان.',
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
    },
  },
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
    },
  },
];
