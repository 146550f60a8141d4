import type { DemoDocument } from '../demo.types.ts';
import { STORY_CAPTIONS, STORY_DESCRIPTIONS } from './story-captions.ts';

/** The two stories of International Migrants Day 2019. First names and people are fictional. */
export const STORIES: readonly DemoDocument[] = [
  {
    key: 'story-barber',
    type: 'story',
    parent: 'campaign-imd-2019',
    fields: { originCountry: 'SY', residenceCountry: 'TR', image: 'story-barber', people: 'Karim', themes: ['work', 'community'], related: ['story-orchestra'] },
    video: { seconds: 20, label: 'Karim · Gaziantep', hue: 20, frequency: 330 },
    consent: [{ person: 'Karim', channels: ['web', 'social'] }],
    translations: {
      fr: {
        slug: 'le-salon-de-karim',
        title: 'Le salon de Karim',
        summary: 'Coiffeur à Alep, Karim a recommencé de zéro à Gaziantep. Son salon est devenu un lieu de rencontre pour tout le quartier.',
        body: [
          'Chaque matin, Karim lève le rideau de son petit salon de coiffure, dans une rue commerçante de Gaziantep, au sud de la Turquie. Les premiers clients sont souvent des voisins turcs qui passent pour une coupe rapide avant d’aller travailler.',
          'Karim a appris le métier à Alep, dans la boutique de son oncle. Lorsque la guerre l’a forcé à partir avec sa femme et leurs deux enfants, il n’a emporté que quelques outils. Pendant les premiers mois, il coupait les cheveux à domicile, chez d’autres familles syriennes.',
          'Il a appris le turc, d’abord au contact de ses clients, puis dans un cours du soir. Un coiffeur du quartier, proche de la retraite, lui a proposé de partager son local. Les deux hommes se relaient désormais derrière le fauteuil, et leurs clientèles se sont mêlées.',
          '> Ici, personne ne me demande d’où je viens. On me demande si j’ai le temps de tailler une barbe.',
          'Karim forme aujourd’hui un apprenti, un jeune du quartier. Il rêve d’ouvrir un second salon et aime dire que le sien est devenu un endroit où l’on échange autant de nouvelles que de conseils de coiffure.',
        ],
        fields: {
          pullQuote: 'Ici, personne ne me demande d’où je viens. On me demande si j’ai le temps de tailler une barbe.',
          imageAlt: 'Illustration : des ciseaux et un peigne sur fond orange.',
          credits: 'Récit recueilli par l’équipe de communication de l’Organisation et publié avec l’accord de Karim. Illustration : atelier graphique de l’Organisation.',
          captions: STORY_CAPTIONS.barber.fr,
          descriptions: STORY_DESCRIPTIONS.barber.fr,
        },
      },
      en: {
        slug: 'karims-barbershop',
        title: 'Karim’s barbershop',
        summary: 'A barber in Aleppo, Karim started again from scratch in Gaziantep. His shop has become a meeting place for the whole neighbourhood.',
        body: [
          'Every morning, Karim raises the shutter of his small barbershop on a busy street in Gaziantep, in southern Turkey. His first customers are often Turkish neighbours who drop in for a quick cut before work.',
          'Karim learned the trade in Aleppo, in his uncle’s shop. When the war forced him to leave with his wife and their two children, he took only a few tools with him. For the first few months he cut hair at home visits, for other Syrian families.',
          'He learned Turkish, first from his customers and then at evening classes. A local barber close to retirement offered to share his premises. The two men now take turns behind the chair, and their customers have mixed.',
          '> Here, nobody asks me where I’m from. They ask whether I have time to trim a beard.',
          'Today Karim is training an apprentice, a young man from the neighbourhood. He hopes to open a second shop one day, and likes to say that his has become a place where people swap news as much as grooming tips.',
        ],
        fields: {
          pullQuote: 'Here, nobody asks me where I’m from. They ask whether I have time to trim a beard.',
          imageAlt: 'Illustration: a pair of scissors and a comb on an orange background.',
          credits: 'Story gathered by the Organization’s communication team and published with Karim’s consent. Illustration: the Organization’s design studio.',
          captions: STORY_CAPTIONS.barber.en,
          descriptions: STORY_DESCRIPTIONS.barber.en,
        },
      },
      es: {
        slug: 'la-barberia-de-karim',
        title: 'La barbería de Karim',
        summary: 'Barbero en Alepo, Karim volvió a empezar desde cero en Gaziantep. Su local se ha convertido en un punto de encuentro para todo el barrio.',
        body: [
          'Cada mañana, Karim levanta la persiana de su pequeña barbería en una calle comercial de Gaziantep, en el sur de Turquía. Los primeros clientes suelen ser vecinos turcos que pasan a cortarse el pelo antes de ir al trabajo.',
          'Karim aprendió el oficio en Alepo, en la tienda de su tío. Cuando la guerra lo obligó a marcharse con su esposa y sus dos hijos, solo se llevó algunas herramientas. Durante los primeros meses cortaba el pelo a domicilio, en casas de otras familias sirias.',
          'Aprendió turco, primero con sus clientes y después en clases nocturnas. Un barbero del barrio, a punto de jubilarse, le ofreció compartir su local. Hoy los dos se turnan detrás del sillón, y sus clientelas se han mezclado.',
          '> Aquí nadie me pregunta de dónde vengo. Me preguntan si tengo tiempo para arreglarles la barba.',
          'Karim forma ahora a un aprendiz, un joven del barrio. Sueña con abrir una segunda barbería y le gusta decir que la suya se ha convertido en un lugar donde se intercambian tantas noticias como consejos de peluquería.',
        ],
        fields: {
          pullQuote: 'Aquí nadie me pregunta de dónde vengo. Me preguntan si tengo tiempo para arreglarles la barba.',
          imageAlt: 'Ilustración: unas tijeras y un peine sobre fondo naranja.',
          credits: 'Historia recogida por el equipo de comunicación de la Organización y publicada con el consentimiento de Karim. Ilustración: estudio de diseño de la Organización.',
        },
      },
      ar: {
        slug: 'salon-karim',
        title: 'صالون كريم',
        summary: 'كان كريم حلاقًا في حلب، ثم بدأ من الصفر في غازي عنتاب. وأصبح صالونه اليوم ملتقى لأهل الحي جميعًا.',
        body: [
          'كل صباح، يرفع كريم الستارة المعدنية عن صالون الحلاقة الصغير الذي يملكه في أحد الشوارع التجارية في غازي عنتاب، جنوب تركيا. وغالبًا ما يكون أول زبائنه جيرانًا أتراكًا يمرّون لقصّ شعرهم قبل التوجه إلى العمل.',
          'تعلّم كريم المهنة في حلب، في محل عمّه. وعندما أجبرته الحرب على الرحيل مع زوجته وطفليهما، لم يحمل معه سوى بعض الأدوات. وفي الأشهر الأولى كان يقصّ الشعر في البيوت، لدى عائلات سورية أخرى.',
          'تعلّم اللغة التركية، في البداية من زبائنه ثم في دروس مسائية. وعرض عليه حلاق من الحي، يقترب من سن التقاعد، أن يتقاسما المحل. واليوم يتناوب الرجلان على العمل، واختلط زبائن كل منهما بزبائن الآخر.',
          '> هنا لا يسألني أحد من أين أتيت. يسألونني إن كان لديّ وقت لتهذيب اللحية.',
          'يدرّب كريم اليوم متدرّبًا شابًا من أبناء الحي. ويحلم بافتتاح صالون ثانٍ، ويحب أن يقول إن صالونه صار مكانًا يتبادل فيه الناس الأخبار بقدر ما يتبادلون نصائح الحلاقة.',
        ],
        fields: {
          pullQuote: 'هنا لا يسألني أحد من أين أتيت. يسألونني إن كان لديّ وقت لتهذيب اللحية.',
          imageAlt: 'رسم توضيحي: مقص ومشط على خلفية برتقالية.',
          credits: 'جمع هذه القصة فريق الاتصال في المنظمة، وتُنشر بموافقة كريم. الرسم التوضيحي: استوديو التصميم في المنظمة.',
        },
      },
    },
  },
  {
    key: 'story-orchestra',
    type: 'story',
    parent: 'campaign-imd-2019',
    fields: { originCountry: 'VE', residenceCountry: 'DO', image: 'story-orchestra', people: 'Mariela, Joel', themes: ['culture', 'education', 'cohesion'], related: ['story-barber'] },
    video: { seconds: 20, label: 'Mariela & Joel · Santo Domingo', hue: 210, frequency: 440 },
    consent: [{ person: 'Mariela', channels: ['web', 'social', 'partners'] }, { person: 'Joel', channels: ['web', 'social', 'partners'] }],
    translations: {
      fr: {
        slug: 'mariela-et-joel',
        title: 'Mariela et Joel, deux archets à Saint-Domingue',
        summary: 'Violoniste et violoncelliste formés au Venezuela, Mariela et Joel jouent aujourd’hui aux côtés de musiciens dominicains.',
        body: [
          'Mariela joue du violon depuis l’âge de sept ans. Joel, violoncelliste, a grandi dans la même ville, Barquisimeto, où tous deux ont appris la musique dans un orchestre de jeunes.',
          'Quand la situation économique les a poussés à quitter le Venezuela, ils sont partis pour la République dominicaine, à quelques mois d’intervalle. Les premiers temps, Mariela donnait des cours particuliers et Joel travaillait dans un restaurant, son violoncelle rangé dans un coin de la chambre.',
          'Une audition ouverte organisée par un orchestre de Saint-Domingue a tout changé. Ils y ont retrouvé d’autres musiciens vénézuéliens, mais surtout des collègues dominicains qui les ont aidés à trouver un logement, des élèves et leurs repères dans la ville.',
          '> Sur une partition, personne n’est étranger. On respire ensemble, on attaque ensemble.',
          'Tous deux enseignent aussi dans une école de musique de quartier, où des enfants dominicains et vénézuéliens apprennent côte à côte. Au programme de leur concert de fin d’année : une œuvre vénézuélienne et une œuvre dominicaine.',
        ],
        fields: {
          pullQuote: 'Sur une partition, personne n’est étranger. On respire ensemble, on attaque ensemble.',
          imageAlt: 'Illustration : cinq instruments stylisés sur fond bleu.',
          credits: 'Récit recueilli par l’équipe de communication de l’Organisation et publié avec l’accord de Mariela et de Joel. Illustration : atelier graphique de l’Organisation.',
          captions: STORY_CAPTIONS.orchestra.fr,
          descriptions: STORY_DESCRIPTIONS.orchestra.fr,
        },
      },
      en: {
        slug: 'mariela-and-joel',
        title: 'Mariela and Joel: two bows in Santo Domingo',
        summary: 'A violinist and a cellist trained in Venezuela, Mariela and Joel now play alongside Dominican musicians.',
        body: [
          'Mariela has played the violin since she was seven. Joel, a cellist, grew up in the same city, Barquisimeto, where both of them learned music in a youth orchestra.',
          'When the economic situation pushed them to leave Venezuela, they moved to the Dominican Republic a few months apart. At first, Mariela gave private lessons and Joel worked in a restaurant, his cello propped in a corner of his room.',
          'An open audition held by an orchestra in Santo Domingo changed everything. There they met other Venezuelan musicians, but above all Dominican colleagues who helped them find housing, students and their way around the city.',
          '> On a score, nobody is a foreigner. We breathe together, we come in together.',
          'Both of them also teach at a neighbourhood music school, where Dominican and Venezuelan children learn side by side. Their end-of-year concert features one Venezuelan piece and one Dominican piece.',
        ],
        fields: {
          pullQuote: 'On a score, nobody is a foreigner. We breathe together, we come in together.',
          imageAlt: 'Illustration: five stylised instruments on a blue background.',
          credits: 'Story gathered by the Organization’s communication team and published with the consent of Mariela and Joel. Illustration: the Organization’s design studio.',
          captions: STORY_CAPTIONS.orchestra.en,
          descriptions: STORY_DESCRIPTIONS.orchestra.en,
        },
      },
    },
  },
];
