import type { DemoDocument } from '../demo.types.ts';

/** The home page and the utility pages linked from the footer (accessibility, privacy). */
export const HOME: readonly DemoDocument[] = [
  {
    key: 'home',
    type: 'page',
    fields: { facts: ['fact-founded', 'fact-member-states', 'fact-countries'] },
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
          'Le site vise la conformité au niveau AA des [Règles pour l’accessibilité des contenus Web (WCAG) 2.1](https://www.w3.org/TR/WCAG21/). Il est conçu pour fonctionner au clavier, avec un lecteur d’écran et sur une connexion lente, en français, en anglais, en espagnol et en arabe.',
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
          'The site aims to conform to level AA of the [Web Content Accessibility Guidelines (WCAG) 2.1](https://www.w3.org/TR/WCAG21/). It is designed to work with a keyboard, with a screen reader and over a slow connection, in French, English, Spanish and Arabic.',
          '## What we do',
          '- Every image has a text description.\n- Videos are captioned and come with a transcript.\n- The language of each page, and of each passage in another language, is identified for assistive technologies.',
          '## Report a problem',
          'If you cannot access some content, write to accessibility@example.org, telling us which page it is and what went wrong. We will suggest a solution or provide the content in another format.',
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
    },
  },
];
