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
      'zh-Hans': {
        slug: 'guoji-yimin-ri-2019',
        title: '2019年国际移民日',
        summary: '2019年12月18日，本组织通过一系列关于社会凝聚力的故事，向移民和接纳他们的社区致敬。',
        body: [
          '每年12月18日的国际移民日提醒我们：每一段迁徙经历的背后都是一个人，有自己的权利、计划和牵挂。',
          '## 关于社会凝聚力的故事',
          '2019年，生活在出生国以外的人数达到{fact:fact-migrants-2019}。在2019年的这次活动中，我们把目光投向抵达之后的生活：新来者和当地居民如何相互认识、共同工作，并一起建设共同的日常生活。',
          '这些故事并不回避困难。它们表明，管理得当、尊重每个人尊严的移民，既能让到来的人受益，也能让接纳他们的人受益。',
          '今后几周，我们还将发布简短的视频作为补充，视频配有字幕和文字稿。',
          '请使用话题标签 **#我们在一起** 分享这些故事。',
        ],
        fields: {
          themeTitle: '社会凝聚力：移民惠及所有人',
          hashtag: '#我们在一起',
        },
      },
      ru: {
        slug: 'mezhdunarodnyi-den-migrantov-2019',
        title: 'Международный день мигрантов 2019 года',
        summary: '18 декабря 2019 года Организация чествовала мигрантов и принимающие их сообщества, рассказывая истории о социальной сплоченности.',
        body: [
          'Ежегодно 18 декабря Международный день мигрантов напоминает, что за каждой историей миграции стоит человек — со своими правами, планами и привязанностями.',
          '## Истории о социальной сплоченности',
          'В 2019 году за пределами страны своего рождения жили {fact:fact-migrants-2019} человек. В этом году мы решили посмотреть, что происходит после приезда: как новоприбывшие и местные жители знакомятся друг с другом, работают вместе и строят общую повседневную жизнь.',
          'Эти истории не замалчивают трудности. Они показывают, что хорошо организованная миграция, при которой уважается достоинство каждого, обогащает и приезжающих, и принимающих.',
          'В ближайшие недели истории дополнят короткие видеоролики с субтитрами и текстовой расшифровкой.',
          'Делитесь этими историями с хештегом **#МыВместе**.',
        ],
        fields: {
          themeTitle: 'Социальная сплоченность: миграция на пользу всем',
          hashtag: '#МыВместе',
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
      es: {
        slug: 'mensaje-del-director-general',
        title: 'Mensaje del Director General con motivo del Día Internacional del Migrante 2019',
        summary: 'El 18 de diciembre de 2019, el entonces Director General pidió que se reconociera lo que la migración aporta a las sociedades que la reciben.',
        body: [
          'Cuando se habla de migrantes, casi siempre se habla de tragedias: embarcaciones a la deriva, personas recluidas en centros de detención, familias empujadas a los caminos por la guerra o la pobreza. Esas realidades existen y nunca debemos apartar la mirada.',
          'Pero no lo explican todo. En este 18 de diciembre quiero hablar también de lo que ocurre después de la llegada: vecinos que se conocen, niños que aprenden a leer en la misma aula, colegas que trabajan codo con codo. En 2019, {fact:fact-migrants-2019} de personas vivían fuera de su país de nacimiento, y la mayoría ya forma parte de la vida diaria de su nueva comunidad.',
          'Quiero rendir homenaje a las comunidades de acogida. De Colombia a Alemania, he conocido a familias que abrían su puerta a desconocidos llegados sin nada, aunque ellas mismas tenían poco. Esa generosidad merece reconocimiento y apoyo.',
          'La cohesión social no exige que nadie renuncie a lo que es. Significa poder convivir respetando los derechos y la dignidad de todas las personas. Se construye desde ambos lados, y a las autoridades públicas les corresponde un papel esencial: garantizar el acceso a los servicios, combatir la discriminación y permitir que los recién llegados aporten plenamente.',
          'Hoy, la Organización rinde homenaje a las personas migrantes y a quienes las acogen. Juntas demuestran cada día que la migración, cuando se gestiona bien, nos beneficia a todos. #NosotrosJuntos',
        ],
        fields: { speakerRole: 'Director General', place: 'Ginebra' },
      },
      ar: {
        slug: 'risalat-al-mudir-al-amm',
        title: 'رسالة المدير العام بمناسبة اليوم الدولي للمهاجرين 2019',
        summary: 'في 18 كانون الأول/ديسمبر 2019، دعا المدير العام آنذاك إلى الاعتراف بما تقدمه الهجرة إلى المجتمعات التي تستقبلها.',
        body: [
          'حين يدور الحديث عن المهاجرين، يتجه في الغالب إلى المآسي: قوارب تستغيث، وأشخاص محتجزون في مراكز الاحتجاز، وأسر شرّدتها الحرب أو الفقر. هذه حقائق قائمة، ولا يجوز لنا أبدًا أن نغض الطرف عنها.',
          'لكنها ليست الصورة كاملة. ففي هذا اليوم، الثامن عشر من كانون الأول/ديسمبر، أود أن أتحدث أيضًا عمّا يحدث بعد الوصول: جيران يتعارفون، وأطفال يتعلمون القراءة في الصف نفسه، وزملاء يعملون جنبًا إلى جنب. ففي عام 2019، كان {fact:fact-migrants-2019} شخص يعيشون خارج البلد الذي وُلدوا فيه، ومعظمهم جزء من الحياة اليومية في مجتمعاتهم الجديدة.',
          'وأود أن أحيّي المجتمعات المضيفة. فمن كولومبيا إلى ألمانيا، التقيت بأسر فتحت أبوابها لغرباء وصلوا بلا شيء، مع أنها هي نفسها لا تملك إلا القليل. وهذا الكرم جدير بالتقدير والدعم.',
          'ولا يعني التماسك الاجتماعي أن يتخلى أحد عن هويته، بل يعني القدرة على العيش معًا في ظل احترام حقوق الجميع وكرامتهم. وهو يُبنى من الجانبين، وللسلطات العامة دور أساسي فيه: ضمان الوصول إلى الخدمات، ومكافحة التمييز، وتمكين القادمين الجدد من الإسهام إسهامًا كاملًا.',
          'واليوم، تحيّي المنظمة المهاجرين ومن يستقبلونهم. فهم يبرهنون معًا كل يوم على أن الهجرة، حين تُدار إدارة جيدة، تعود بالنفع على الجميع. #نحن_معا',
        ],
        fields: { speakerRole: 'المدير العام', place: 'جنيف' },
      },
      'zh-Hans': {
        slug: 'zongganshi-zhici',
        title: '总干事2019年国际移民日致辞',
        summary: '2019年12月18日，时任总干事呼吁各方认识到移民为接纳社会带来的贡献。',
        body: [
          '谈到移民，人们往往只想到悲剧。这些现实确实存在，我们绝不能视而不见。但在12月18日这一天，我也想谈谈抵达之后的生活：相互结识的邻居，在同一间教室里学习读书的孩子，并肩工作的同事。2019年，共有{fact:fact-migrants-2019}人生活在出生国以外，他们中的大多数已经融入新社区的日常生活。',
          '社会凝聚力并不意味着任何人必须放弃自我，而是意味着在尊重所有人权利与尊严的前提下共同生活。今天，本组织向移民以及接纳他们的人们致敬。#我们在一起',
        ],
        fields: { speakerRole: '总干事', place: '日内瓦' },
      },
      ru: {
        slug: 'poslanie-generalnogo-direktora',
        title: 'Послание Генерального директора по случаю Международного дня мигрантов 2019 года',
        summary: '18 декабря 2019 года тогдашний Генеральный директор призвал признать вклад миграции в жизнь принимающих обществ.',
        body: [
          'Когда речь заходит о мигрантах, чаще всего говорят о трагедиях. Эти реалии существуют, и мы не вправе отводить от них взгляд. Но 18 декабря я хочу сказать и о том, что происходит после приезда: о соседях, которые знакомятся друг с другом, о детях, которые учатся читать в одном классе, о коллегах, работающих плечом к плечу. В 2019 году за пределами страны своего рождения жили {fact:fact-migrants-2019} человек, и большинство из них уже стали частью повседневной жизни своих новых сообществ.',
          'Социальная сплоченность не требует ни от кого отказываться от себя: она означает умение жить вместе, уважая права и достоинство каждого. Сегодня Организация отдает дань уважения мигрантам и тем, кто их принимает. #МыВместе',
        ],
        fields: { speakerRole: 'Генеральный директор', place: 'Женева' },
      },
    },
  },
];
