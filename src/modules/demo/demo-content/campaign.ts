import type { DemoDocument } from '../demo.types.ts';

/** International Migrants Day 2019: the campaign hub and the Director General's message of the time. */
export const CAMPAIGN: readonly DemoDocument[] = [
  {
    key: 'campaign-imd-2019',
    type: 'campaign',
    parent: 'home',
    fields: {
      date: '2019-12-18',
      facts: ['fact-migrants-2019', 'fact-share-2019'],
      statement: 'statement-imd-2019',
      featuredStories: ['story-barber'],
      actions: ['get-involved', 'data-research'],
    },
    translations: {
      fr: {
        slug: 'journee-internationale-des-migrants-2019',
        title: 'Journée internationale des migrants 2019',
        summary: 'Le 18 décembre 2019, l’Organisation a mis à l’honneur les migrants et les communautés qui les accueillent, à travers des récits de cohésion sociale.',
        body: [
          'Chaque année, le 18 décembre, la Journée internationale des migrants rappelle que derrière chaque parcours migratoire se trouve une personne, avec ses droits, ses projets et ses attaches.',
          '## Des récits de cohésion sociale',
          'Ils étaient {fact:fact-migrants-2019} en 2019 à vivre hors de leur pays de naissance. Pour cette édition 2019, nous avons choisi de regarder ce qui se passe une fois qu’ils sont arrivés : la manière dont nouveaux venus et habitants apprennent à se connaître, à travailler ensemble et à construire un quotidien commun.',
          'Ces histoires ne nient pas les difficultés. Elles montrent qu’une migration bien gérée, respectueuse de la dignité de chacun, enrichit aussi bien ceux qui arrivent que ceux qui accueillent.',
          'De courtes vidéos viendront compléter ces récits dans les semaines à venir. Elles seront sous-titrées et accompagnées d’une transcription.',
          'Partagez ces histoires autour de vous avec le mot-dièse **#NousEnsemble**.',
        ],
        fields: {
          themeTitle: 'Cohésion sociale : la migration profite à tous',
          hashtag: '#NousEnsemble',
        },
      },
      en: {
        slug: 'international-migrants-day-2019',
        title: 'International Migrants Day 2019',
        summary: 'On 18 December 2019, the Organization honoured migrants and the communities that welcome them, through stories of social cohesion.',
        body: [
          'Every year on 18 December, International Migrants Day is a reminder that behind every migration story there is a person, with rights, plans and ties.',
          '## Stories of social cohesion',
          'In 2019, {fact:fact-migrants-2019} people were living outside the country where they were born. For this 2019 edition, we chose to look at what happens once they have arrived: how newcomers and long-time residents get to know each other, work together and build a shared daily life.',
          'These stories do not deny the difficulties. They show that migration which is well managed and respects everyone’s dignity enriches both those who arrive and those who welcome them.',
          'Short videos will add to these stories in the coming weeks. They will be captioned and come with a transcript.',
          'Share these stories with the hashtag **#WeTogether**.',
        ],
        fields: {
          themeTitle: 'Social cohesion: migration benefits everyone',
          hashtag: '#WeTogether',
        },
      },
      es: {
        slug: 'dia-internacional-del-migrante-2019',
        title: 'Día Internacional del Migrante 2019',
        summary: 'El 18 de diciembre de 2019, la Organización rindió homenaje a las personas migrantes y a las comunidades que las acogen, a través de historias de cohesión social.',
        body: [
          'Cada 18 de diciembre, el Día Internacional del Migrante nos recuerda que detrás de cada trayectoria migratoria hay una persona, con sus derechos, sus proyectos y sus vínculos.',
          '## Historias de cohesión social',
          'En 2019, el número de personas que vivían fuera de su país de nacimiento ascendía a {fact:fact-migrants-2019}. En esta edición de 2019 quisimos mirar lo que ocurre después de la llegada: cómo los recién llegados y los vecinos de siempre se conocen, trabajan juntos y construyen una vida cotidiana compartida.',
          'Estas historias no ocultan las dificultades. Muestran que una migración bien gestionada y respetuosa de la dignidad de todas las personas enriquece tanto a quienes llegan como a quienes acogen.',
          'En las próximas semanas, breves vídeos completarán estas historias. Estarán subtitulados e irán acompañados de una transcripción.',
          'Comparta estas historias con la etiqueta **#NosotrosJuntos**.',
        ],
        fields: {
          themeTitle: 'Cohesión social: la migración nos beneficia a todos',
          hashtag: '#NosotrosJuntos',
        },
      },
      ar: {
        slug: 'al-yawm-al-duwali-lil-muhajirin-2019',
        title: 'اليوم الدولي للمهاجرين 2019',
        summary: 'في 18 كانون الأول/ديسمبر 2019، احتفت المنظمة بالمهاجرين وبالمجتمعات التي تستقبلهم، من خلال قصص عن التماسك الاجتماعي.',
        body: [
          'في الثامن عشر من كانون الأول/ديسمبر من كل عام، يذكّرنا اليوم الدولي للمهاجرين بأن وراء كل رحلة هجرة إنسانًا له حقوقه وأحلامه وروابطه.',
          '## قصص عن التماسك الاجتماعي',
          'في عام 2019، بلغ عدد الأشخاص الذين يعيشون خارج البلد الذي وُلدوا فيه {fact:fact-migrants-2019}. وقد اخترنا في دورة عام 2019 أن ننظر إلى ما يحدث بعد الوصول: كيف يتعارف القادمون الجدد وسكان المكان، وكيف يعملون معًا ويبنون حياة يومية مشتركة.',
          'لا تُخفي هذه القصص الصعوبات، لكنها تبيّن أن الهجرة التي تُدار إدارة جيدة وتحترم كرامة كل إنسان تُغني القادمين والمستقبِلين على حد سواء.',
          'ستُستكمل هذه القصص في الأسابيع المقبلة بمقاطع فيديو قصيرة، مصحوبة بترجمة مكتوبة ونص كامل.',
          'شارك هذه القصص مع الوسم **#نحن_معا**.',
        ],
        fields: {
          themeTitle: 'التماسك الاجتماعي: الهجرة تعود بالنفع على الجميع',
          hashtag: '#نحن_معا',
        },
      },
    },
  },
  {
    key: 'statement-imd-2019',
    type: 'statement',
    parent: 'campaign-imd-2019',
    fields: { kind: 'message', speaker: 'person-former-dg', deliveredAt: '2019-12-18' },
    translations: {
      fr: {
        slug: 'message-du-directeur-general',
        title: 'Message du Directeur général pour la Journée internationale des migrants 2019',
        summary: 'À l’occasion du 18 décembre 2019, le Directeur général de l’époque appelait à reconnaître ce que la migration apporte aux sociétés qui l’accueillent.',
        body: [
          'Lorsqu’il est question de migrants, on parle le plus souvent de drames : des embarcations en détresse, des personnes enfermées dans des centres de détention, des familles jetées sur les routes par la guerre ou la misère. Ces réalités existent, et nous ne devons jamais détourner le regard.',
          'Mais elles ne disent pas tout. En ce 18 décembre, je voudrais aussi parler de ce qui se passe après l’arrivée : des voisins qui font connaissance, des enfants qui apprennent à lire dans la même classe, des collègues qui travaillent côte à côte. En 2019, ils étaient {fact:fact-migrants-2019} à vivre hors de leur pays de naissance, et la plupart d’entre eux font déjà partie de la vie quotidienne de leur nouvelle communauté.',
          'Je tiens à saluer les communautés qui accueillent. De la Colombie à l’Allemagne, j’ai rencontré des familles qui ouvraient leur porte à des inconnus arrivés sans rien, alors qu’elles-mêmes disposaient de peu. Cette générosité mérite d’être reconnue et soutenue.',
          'La cohésion sociale ne signifie pas que chacun doive renoncer à ce qu’il est. Elle désigne la capacité de vivre ensemble dans le respect des droits et de la dignité de tous. Elle se construit des deux côtés, et les pouvoirs publics y ont un rôle essentiel : garantir l’accès aux services, combattre les discriminations, permettre aux nouveaux venus de contribuer pleinement.',
          'Aujourd’hui, l’Organisation rend hommage aux migrants et à celles et ceux qui les accueillent. Ensemble, ils montrent chaque jour que la migration, lorsqu’elle est bien gérée, profite à tous. #NousEnsemble',
        ],
        fields: { speakerRole: 'Directeur général', place: 'Genève' },
      },
      en: {
        slug: 'message-from-the-director-general',
        title: 'Message from the Director General for International Migrants Day 2019',
        summary: 'On 18 December 2019, the then Director General called for recognition of what migration brings to the societies that receive it.',
        body: [
          'When we talk about migrants, we mostly talk about tragedy: boats in distress, people held in detention centres, families driven onto the roads by war or poverty. These realities exist, and we must never look away from them.',
          'But they are not the whole picture. On this 18 December, I also want to speak about what happens after arrival: neighbours getting to know each other, children learning to read in the same classroom, colleagues working side by side. In 2019, {fact:fact-migrants-2019} people were living outside the country where they were born, and most of them are already part of the daily life of their new communities.',
          'I want to pay tribute to the communities that welcome them. From Colombia to Germany, I have met families who opened their doors to strangers arriving with nothing, even though they themselves had little. That generosity deserves to be recognized and supported.',
          'Social cohesion does not mean that anyone must give up who they are. It means being able to live together with respect for everyone’s rights and dignity. It is built from both sides, and public authorities have an essential part to play: ensuring access to services, fighting discrimination and enabling newcomers to contribute fully.',
          'Today, the Organization honours migrants and the people who welcome them. Together, they show every day that migration, when it is well managed, benefits everyone. #WeTogether',
        ],
        fields: { speakerRole: 'Director General', place: 'Geneva' },
      },
    },
  },
];
