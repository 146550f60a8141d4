/**
 * Captions and text audio descriptions of the two demo clips, written for the demo in French and
 * English. The clips are drawn by ffmpeg (a moving pattern and a tone), so the captions tell the
 * story the clip stands in for.
 */
export const STORY_CAPTIONS = {
  barber: {
    fr: `WEBVTT

1
00:00:00.500 --> 00:00:03.500
Chaque matin, Karim ouvre son salon
dans une rue commerçante de Gaziantep.

2
00:00:03.800 --> 00:00:07.000
Les premiers clients sont souvent
des voisins qui partent travailler.

3
00:00:07.300 --> 00:00:10.500
Il a appris le métier à Alep,
dans la boutique de son oncle.

4
00:00:10.800 --> 00:00:14.000
<v Karim>Ici, personne ne me demande d’où je viens.

5
00:00:14.300 --> 00:00:17.500
<v Karim>On me demande si j’ai le temps
de tailler une barbe.

6
00:00:17.800 --> 00:00:20.000
#NousEnsemble
`,
    en: `WEBVTT

1
00:00:00.500 --> 00:00:03.500
Every morning, Karim opens his shop
on a busy street in Gaziantep.

2
00:00:03.800 --> 00:00:07.000
His first customers are often
neighbours on their way to work.

3
00:00:07.300 --> 00:00:10.500
He learned the trade in Aleppo,
in his uncle’s shop.

4
00:00:10.800 --> 00:00:14.000
<v Karim>Here, nobody asks me where I’m from.

5
00:00:14.300 --> 00:00:17.500
<v Karim>They ask whether I have time
to trim a beard.

6
00:00:17.800 --> 00:00:20.000
#WeTogether
`,
  },
  orchestra: {
    fr: `WEBVTT

1
00:00:00.500 --> 00:00:04.000
Mariela et Joel ont appris la musique
dans un orchestre de jeunes, au Venezuela.

2
00:00:04.300 --> 00:00:08.000
À Saint-Domingue, une audition ouverte
leur a rendu leurs instruments.

3
00:00:08.300 --> 00:00:12.000
<v Mariela>Sur une partition, personne n’est étranger.

4
00:00:12.300 --> 00:00:16.000
<v Joel>On respire ensemble, on attaque ensemble.

5
00:00:16.300 --> 00:00:20.000
Ils enseignent aussi à des enfants
dominicains et vénézuéliens. #NousEnsemble
`,
    en: `WEBVTT

1
00:00:00.500 --> 00:00:04.000
Mariela and Joel learned music
in a youth orchestra in Venezuela.

2
00:00:04.300 --> 00:00:08.000
In Santo Domingo, an open audition
put their instruments back in their hands.

3
00:00:08.300 --> 00:00:12.000
<v Mariela>On a score, nobody is a foreigner.

4
00:00:12.300 --> 00:00:16.000
<v Joel>We breathe together, we come in together.

5
00:00:16.300 --> 00:00:20.000
They also teach Dominican and Venezuelan
children side by side. #WeTogether
`,
  },
} as const;

/** Text audio descriptions (WebVTT kind="descriptions") of what the clips show, for WCAG 1.2.5. */
export const STORY_DESCRIPTIONS = {
  barber: {
    fr: `WEBVTT

00:00:00.000 --> 00:00:03.000
Des bandes de couleur défilent sur fond orangé, avec le titre « Le salon de Karim ».

00:00:10.500 --> 00:00:13.500
Le motif tourne lentement pendant que Karim parle.
`,
    en: `WEBVTT

00:00:00.000 --> 00:00:03.000
Bands of colour scroll across an orange background, with the title "Karim’s barbershop".

00:00:10.500 --> 00:00:13.500
The pattern turns slowly while Karim speaks.
`,
  },
  orchestra: {
    fr: `WEBVTT

00:00:00.000 --> 00:00:03.000
Des bandes de couleur défilent sur fond bleu, avec le titre « Mariela et Joel ».
`,
    en: `WEBVTT

00:00:00.000 --> 00:00:03.000
Bands of colour scroll across a blue background, with the title "Mariela and Joel".
`,
  },
} as const;
