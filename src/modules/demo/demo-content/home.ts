import type { DemoDocument } from '../demo.types.ts';

/** The home page and the utility pages linked from the footer (accessibility, privacy). */
export const HOME: readonly DemoDocument[] = [
  {
    key: 'home',
    type: 'page',
    fields: { facts: ['fact-migrants-2019', 'fact-member-states', 'fact-countries', 'fact-founded'], image: 'page-home' },
    translations: {
      fr: {
        slug: '',
        title: 'Accueil',
        summary: 'L’Organisation œuvre pour des migrations sûres, ordonnées et respectueuses de la dignité de chacun.',
        body: [
          'Depuis {fact:fact-founded}, nous travaillons pour que les migrations se déroulent en toute sécurité, dans l’ordre et dans le respect de la dignité humaine. Avec nos {fact:fact-member-states} États membres et nos équipes présentes dans {fact:fact-countries} pays, nous venons en aide aux personnes en mouvement, nous conseillons les gouvernements et nous soutenons les communautés qui accueillent.',
        ],
      },
      en: {
        slug: '',
        title: 'Home',
        summary: 'The Organization works for migration that is safe, orderly and respectful of everyone’s dignity.',
        body: [
          'Since {fact:fact-founded}, we have worked to make migration safe, orderly and respectful of human dignity. With our {fact:fact-member-states} Member States and teams in {fact:fact-countries} countries, we help people on the move, advise governments and support the communities that welcome them.',
        ],
      },
      es: {
        slug: '',
        title: 'Inicio',
        summary: 'La Organización trabaja por una migración segura, ordenada y respetuosa de la dignidad de todas las personas.',
        body: [
          'Desde {fact:fact-founded}, trabajamos para que la migración se produzca de forma segura, ordenada y respetuosa de la dignidad humana. Junto con nuestros {fact:fact-member-states} Estados miembros y con equipos presentes en {fact:fact-countries} países, ayudamos a las personas migrantes, asesoramos a los gobiernos y apoyamos a las comunidades que las acogen.',
        ],
      },
      ar: {
        slug: '',
        title: 'الصفحة الرئيسية',
        summary: 'تعمل المنظمة من أجل هجرة آمنة ومنظمة تحترم كرامة كل إنسان.',
        body: [
          'منذ عام {fact:fact-founded}، نعمل على أن تكون الهجرة آمنة ومنظمة وتحترم كرامة الإنسان. ومع دولنا الأعضاء البالغ عددها {fact:fact-member-states} دولة، وفرقنا الموجودة في {fact:fact-countries} بلدًا، نساعد المهاجرين، ونقدّم المشورة إلى الحكومات، وندعم المجتمعات التي تستقبلهم.',
        ],
      },
      'zh-Hans': {
        slug: '',
        title: '首页',
        summary: '本组织致力于推动安全、有序并尊重每个人尊严的移民。',
        body: [
          '自{fact:fact-founded}年以来，我们一直努力使移民安全、有序并尊重人的尊严。我们与{fact:fact-member-states}个成员国携手，团队遍布{fact:fact-countries}个国家，为流动中的人们提供帮助，为各国政府提供咨询，并支持接纳移民的社区。',
        ],
      },
      ru: {
        slug: '',
        title: 'Главная',
        summary: 'Организация добивается того, чтобы миграция была безопасной, упорядоченной и уважающей достоинство каждого человека.',
        body: [
          'С {fact:fact-founded} года мы работаем над тем, чтобы миграция была безопасной, упорядоченной и не ущемляла человеческого достоинства. Вместе с {fact:fact-member-states} государствами-членами мы помогаем людям в пути, консультируем правительства и поддерживаем принимающие сообщества. Число стран, где работают наши сотрудники, — {fact:fact-countries}.',
        ],
      },
    },
  },
  {
    key: 'accessibility',
    type: 'page',
    parent: 'home',
    translations: {
      fr: {
        slug: 'accessibilite',
        title: 'Accessibilité',
        summary: 'Notre engagement pour un site utilisable par toutes et tous, et comment nous signaler un problème.',
        body: [
          'Nous voulons que chacun puisse consulter ce site, quels que soient son handicap, son équipement ou la qualité de sa connexion.',
          '## Notre objectif',
          'Le site vise la conformité au niveau AA des [Règles pour l’accessibilité des contenus Web (WCAG) 2.1](https://www.w3.org/TR/WCAG21/). Il est conçu pour fonctionner au clavier, avec un lecteur d’écran et sur une connexion lente, dans les six langues officielles des Nations Unies : anglais, arabe, chinois, espagnol, français et russe.',
          '## Ce que nous faisons',
          '- Chaque image porte une description textuelle.\n- Les vidéos sont sous-titrées et accompagnées d’une transcription.\n- La langue de chaque page, et de chaque passage en langue étrangère, est indiquée aux technologies d’assistance.',
          '## Signaler un problème',
          'Si vous ne parvenez pas à accéder à un contenu, écrivez-nous à accessibilite@example.org en précisant la page concernée et la difficulté rencontrée. Nous vous proposerons une solution ou le contenu sous une autre forme.',
        ],
      },
      en: {
        slug: 'accessibility',
        title: 'Accessibility',
        summary: 'Our commitment to a site that everyone can use, and how to report a problem.',
        body: [
          'We want everyone to be able to use this site, whatever their disability, device or connection speed.',
          '## Our target',
          'The site aims to conform to level AA of the [Web Content Accessibility Guidelines (WCAG) 2.1](https://www.w3.org/TR/WCAG21/). It is designed to work with a keyboard, with a screen reader and over a slow connection, in the six official languages of the United Nations: Arabic, Chinese, English, French, Russian and Spanish.',
          '## What we do',
          '- Every image has a text description.\n- Videos are captioned and come with a transcript.\n- The language of each page, and of each passage in another language, is identified for assistive technologies.',
          '## Report a problem',
          'If you cannot access some content, write to accessibility@example.org, telling us which page it is and what went wrong. We will suggest a solution or provide the content in another format.',
        ],
      },
      es: {
        slug: 'accesibilidad',
        title: 'Accesibilidad',
        summary: 'Nuestro compromiso con un sitio que todas las personas puedan utilizar, y cómo comunicarnos un problema.',
        body: [
          'Queremos que cualquier persona pueda consultar este sitio, sea cual sea su discapacidad, su dispositivo o la calidad de su conexión.',
          '## Nuestro objetivo',
          'El sitio aspira a cumplir el nivel AA de las [Pautas de Accesibilidad para el Contenido Web (WCAG) 2.1](https://www.w3.org/TR/WCAG21/). Está pensado para utilizarse con el teclado, con un lector de pantalla y con una conexión lenta, en los seis idiomas oficiales de las Naciones Unidas: árabe, chino, español, francés, inglés y ruso.',
          '## Lo que hacemos',
          '- Cada imagen lleva una descripción textual.\n- Los vídeos están subtitulados y acompañados de una transcripción.\n- El idioma de cada página, y de cada pasaje en otro idioma, se indica a las tecnologías de apoyo.',
          '## Comunicar un problema',
          'Si no consigue acceder a algún contenido, escríbanos a accessibility@example.org indicando la página y la dificultad que ha encontrado. Le propondremos una solución o le facilitaremos el contenido en otro formato.',
        ],
      },
      ar: {
        slug: 'imkaniyat-al-wusul',
        title: 'إمكانية الوصول',
        summary: 'التزامنا بموقع يستطيع الجميع استخدامه، وكيفية إبلاغنا بأي مشكلة.',
        body: [
          'نريد أن يتمكن كل شخص من تصفح هذا الموقع، أيًّا كانت إعاقته أو الجهاز الذي يستخدمه أو سرعة اتصاله بالإنترنت.',
          '## هدفنا',
          'يسعى الموقع إلى التوافق مع المستوى AA من [إرشادات إتاحة محتوى الويب (WCAG) 2.1](https://www.w3.org/TR/WCAG21/). وقد صُمّم ليعمل باستخدام لوحة المفاتيح وقارئ الشاشة وعبر الاتصالات البطيئة، باللغات الرسمية الست للأمم المتحدة: الإسبانية والإنكليزية والروسية والصينية والعربية والفرنسية.',
          '## ما نقوم به',
          '- لكل صورة وصف نصي.\n- مقاطع الفيديو مصحوبة بترجمة مكتوبة وبنص كامل.\n- تُحدَّد لغة كل صفحة، ولغة كل فقرة مكتوبة بلغة أخرى، للتقنيات المساعدة.',
          '## الإبلاغ عن مشكلة',
          'إذا تعذّر عليك الوصول إلى أي محتوى، فاكتب إلينا على العنوان accessibility@example.org، مع ذكر الصفحة المعنية والصعوبة التي واجهتها. وسنقترح عليك حلًّا أو نوفر لك المحتوى بشكل آخر.',
        ],
      },
      'zh-Hans': {
        slug: 'wu-zhang-ai',
        title: '无障碍',
        summary: '我们承诺让所有人都能使用本网站，以及如何向我们报告问题。',
        body: [
          '本网站力求符合《Web内容无障碍指南》(WCAG) 2.1 的AA级标准，可使用键盘、屏幕阅读器以及在低速网络条件下访问。如果您无法访问某项内容，请写信至 accessibility@example.org，说明相关页面和遇到的问题。',
        ],
      },
      ru: {
        slug: 'dostupnost',
        title: 'Доступность',
        summary: 'Наше обязательство сделать сайт удобным для всех и как сообщить нам о проблеме.',
        body: [
          'Сайт стремится соответствовать уровню AA Руководства по обеспечению доступности веб-контента (WCAG) 2.1: им можно пользоваться с клавиатуры, с программой экранного доступа и при медленном соединении. Если какой-то материал для вас недоступен, напишите нам по адресу accessibility@example.org и укажите страницу и возникшую трудность.',
        ],
      },
    },
  },
  {
    key: 'privacy',
    type: 'page',
    parent: 'home',
    translations: {
      fr: {
        slug: 'confidentialite',
        title: 'Confidentialité',
        summary: 'Quelles données ce site collecte, et celles qu’il ne collecte pas.',
        body: [
          '## Pas de suivi',
          'Ce site n’utilise aucun outil de mesure d’audience ou de publicité fourni par des tiers. Aucune donnée sur votre navigation n’est transmise à d’autres organisations.',
          '## Données techniques',
          'Comme tout site web, notre serveur enregistre des informations techniques, telles que l’adresse IP et la page demandée, pour assurer la sécurité du service. Ces journaux sont conservés pour une durée limitée et ne sont pas utilisés à d’autres fins.',
          '## Récits de migrants',
          'Les histoires publiées dans nos campagnes ne le sont qu’avec le consentement éclairé des personnes concernées, qui peuvent le retirer à tout moment.',
          '## Site de démonstration',
          'Ce site est une démonstration. Les personnes, les récits et les citations qu’il présente sont fictifs. Seuls les chiffres clés sont réels, et leur source est indiquée.',
        ],
      },
      en: {
        slug: 'privacy',
        title: 'Privacy',
        summary: 'What data this site collects, and what it does not.',
        body: [
          '## No tracking',
          'This site uses no third-party analytics or advertising tools. No data about your browsing is passed on to other organizations.',
          '## Technical data',
          'Like any website, our server records technical information, such as the IP address and the page requested, to keep the service secure. These logs are kept for a limited time and are not used for any other purpose.',
          '## Migrants’ stories',
          'The stories in our campaigns are published only with the informed consent of the people concerned, who can withdraw it at any time.',
          '## Demonstration site',
          'This site is a demonstration. The people, stories and quotes it presents are fictional. Only the key figures are real, and their source is given.',
        ],
      },
      es: {
        slug: 'privacidad',
        title: 'Privacidad',
        summary: 'Qué datos recoge este sitio y cuáles no.',
        body: [
          '## Sin seguimiento',
          'Este sitio no utiliza herramientas de medición de audiencia ni de publicidad de terceros. No se transmite a otras organizaciones ningún dato sobre su navegación.',
          '## Datos técnicos',
          'Como cualquier sitio web, nuestro servidor registra información técnica, como la dirección IP y la página solicitada, para mantener la seguridad del servicio. Estos registros se conservan durante un tiempo limitado y no se utilizan con ningún otro fin.',
          '## Historias de personas migrantes',
          'Las historias de nuestras campañas solo se publican con el consentimiento informado de las personas que aparecen en ellas, que pueden retirarlo en cualquier momento.',
          '## Sitio de demostración',
          'Este sitio es una demostración. Las personas, las historias y las citas que presenta son ficticias. Solo las cifras clave son reales, y se indica su fuente.',
        ],
      },
      ar: {
        slug: 'al-khususiya',
        title: 'الخصوصية',
        summary: 'البيانات التي يجمعها هذا الموقع، والبيانات التي لا يجمعها.',
        body: [
          '## لا تتبّع',
          'لا يستخدم هذا الموقع أي أدوات لقياس عدد الزوار أو للإعلان تقدمها جهات خارجية. ولا تُنقل أي بيانات عن تصفحك إلى منظمات أخرى.',
          '## البيانات التقنية',
          'كأي موقع إلكتروني، يسجّل خادمنا معلومات تقنية، مثل عنوان IP والصفحة المطلوبة، للحفاظ على أمن الخدمة. وتُحفظ هذه السجلات مدة محدودة ولا تُستخدم لأي غرض آخر.',
          '## قصص المهاجرين',
          'لا تُنشر القصص الواردة في حملاتنا إلا بموافقة مستنيرة من أصحابها، ويحق لهم سحب هذه الموافقة في أي وقت.',
          '## موقع تجريبي',
          'هذا الموقع نموذج تجريبي. والأشخاص والقصص والأقوال الواردة فيه من نسج الخيال، أما الأرقام الرئيسية فحقيقية ومصدرها مذكور.',
        ],
      },
      'zh-Hans': {
        slug: 'yinsi',
        title: '隐私',
        summary: '本网站收集哪些数据，不收集哪些数据。',
        body: [
          '本网站不使用任何第三方访问统计或广告工具。服务器仅为保障安全而记录IP地址等技术信息，并只保存有限的时间。本网站为演示网站：其中的人物、故事和引语均为虚构，只有注明来源的关键数字是真实的。',
        ],
      },
      ru: {
        slug: 'konfidentsialnost',
        title: 'Конфиденциальность',
        summary: 'Какие данные собирает этот сайт, а какие нет.',
        body: [
          'Сайт не использует сторонние инструменты веб-аналитики и рекламы. Сервер записывает технические сведения, например IP-адрес, только для обеспечения безопасности и хранит их ограниченное время. Это демонстрационный сайт: люди, истории и цитаты на нем вымышлены, реальны лишь ключевые цифры с указанием источника.',
        ],
      },
    },
  },
];
