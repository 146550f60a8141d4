/**
 * Captions and text audio descriptions of the two demo clips, written for the demo in French, English,
 * Spanish and Arabic (both clips), and in Chinese and Russian (Karim’s clip only). The clips are drawn
 * by ffmpeg from the story's illustration, and a voice (espeak-ng) speaks the French captions at their times.
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
    es: `WEBVTT

1
00:00:00.500 --> 00:00:03.500
Cada mañana, Karim abre su barbería
en una calle comercial de Gaziantep.

2
00:00:03.800 --> 00:00:07.000
Sus primeros clientes suelen ser
vecinos que van camino del trabajo.

3
00:00:07.300 --> 00:00:10.500
Aprendió el oficio en Alepo,
en la tienda de su tío.

4
00:00:10.800 --> 00:00:14.000
<v Karim>Aquí nadie me pregunta de dónde vengo.

5
00:00:14.300 --> 00:00:17.500
<v Karim>Me preguntan si tengo tiempo
para arreglarles la barba.

6
00:00:17.800 --> 00:00:20.000
#NosotrosJuntos
`,
    ar: `WEBVTT

1
00:00:00.500 --> 00:00:03.500
كل صباح، يفتح كريم صالونه
في أحد الشوارع التجارية في غازي عنتاب.

2
00:00:03.800 --> 00:00:07.000
غالبًا ما يكون أول زبائنه
جيرانًا في طريقهم إلى العمل.

3
00:00:07.300 --> 00:00:10.500
تعلّم المهنة في حلب،
في محل عمّه.

4
00:00:10.800 --> 00:00:14.000
<v كريم>هنا لا يسألني أحد من أين أتيت.

5
00:00:14.300 --> 00:00:17.500
<v كريم>يسألونني إن كان لديّ وقت
لتهذيب اللحية.

6
00:00:17.800 --> 00:00:20.000
#نحن_معا
`,
    'zh-Hans': `WEBVTT

1
00:00:00.500 --> 00:00:03.500
每天早上，卡里姆都会打开
他在加济安泰普商业街上的理发店。

2
00:00:03.800 --> 00:00:07.000
最早上门的顾客
常常是赶着去上班的邻居。

3
00:00:07.300 --> 00:00:10.500
他在阿勒颇
叔叔的店里学会了这门手艺。

4
00:00:10.800 --> 00:00:14.000
<v 卡里姆>在这里，没人问我从哪里来。

5
00:00:14.300 --> 00:00:17.500
<v 卡里姆>他们只问我
有没有空修一下胡子。

6
00:00:17.800 --> 00:00:20.000
#我们在一起
`,
    ru: `WEBVTT

1
00:00:00.500 --> 00:00:03.500
Каждое утро Карим открывает парикмахерскую
на торговой улице Газиантепа.

2
00:00:03.800 --> 00:00:07.000
Первые клиенты — чаще всего соседи,
которые спешат на работу.

3
00:00:07.300 --> 00:00:10.500
Ремеслу он научился в Алеппо,
в мастерской своего дяди.

4
00:00:10.800 --> 00:00:14.000
<v Карим>Здесь никто не спрашивает, откуда я.

5
00:00:14.300 --> 00:00:17.500
<v Карим>Спрашивают, найдется ли у меня время
подровнять бороду.

6
00:00:17.800 --> 00:00:20.000
#МыВместе
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
    es: `WEBVTT

1
00:00:00.500 --> 00:00:04.000
Mariela y Joel aprendieron música
en una orquesta juvenil de Venezuela.

2
00:00:04.300 --> 00:00:08.000
En Santo Domingo, una audición abierta
les devolvió sus instrumentos.

3
00:00:08.300 --> 00:00:12.000
<v Mariela>En una partitura, nadie es extranjero.

4
00:00:12.300 --> 00:00:16.000
<v Joel>Respiramos juntos, entramos juntos.

5
00:00:16.300 --> 00:00:20.000
También enseñan a niños dominicanos
y venezolanos. #NosotrosJuntos
`,
    ar: `WEBVTT

1
00:00:00.500 --> 00:00:04.000
تعلّمت مارييلا وجويل الموسيقى
في أوركسترا للشباب في فنزويلا.

2
00:00:04.300 --> 00:00:08.000
وفي سانتو دومينغو، أعاد إليهما
اختبار أداء مفتوح آلتيهما.

3
00:00:08.300 --> 00:00:12.000
<v مارييلا>في النوتة الموسيقية، لا أحد غريب.

4
00:00:12.300 --> 00:00:16.000
<v جويل>نتنفس معًا، ونبدأ العزف معًا.

5
00:00:16.300 --> 00:00:20.000
ويعلّمان أيضًا أطفالًا دومينيكيين
وفنزويليين جنبًا إلى جنب. #نحن_معا
`,
  },
} as const;

/** Text audio descriptions (WebVTT kind="descriptions") of what the clips show, for WCAG 1.2.5. */
export const STORY_DESCRIPTIONS = {
  barber: {
    fr: `WEBVTT

00:00:00.000 --> 00:00:03.000
Des ciseaux et un peigne dessinés sur fond orangé ; l’image se rapproche lentement. En bas : « Karim · Gaziantep ».

00:00:10.500 --> 00:00:13.500
Le dessin reste à l’écran pendant que Karim parle.
`,
    en: `WEBVTT

00:00:00.000 --> 00:00:03.000
Drawn scissors and a comb on an orange background; the picture slowly draws closer. At the bottom: "Karim · Gaziantep".

00:00:10.500 --> 00:00:13.500
The drawing stays on screen while Karim speaks.
`,
    es: `WEBVTT

00:00:00.000 --> 00:00:03.000
Unas tijeras y un peine dibujados sobre un fondo anaranjado; la imagen se acerca despacio. Abajo: «Karim · Gaziantep».

00:00:10.500 --> 00:00:13.500
El dibujo sigue en pantalla mientras Karim habla.
`,
    ar: `WEBVTT

00:00:00.000 --> 00:00:03.000
مقصّ ومشط مرسومان على خلفية برتقالية، والصورة تقترب ببطء. في الأسفل: «Karim · Gaziantep».

00:00:10.500 --> 00:00:13.500
يبقى الرسم على الشاشة بينما يتحدث كريم.
`,
    'zh-Hans': `WEBVTT

00:00:00.000 --> 00:00:03.000
橙色背景上画着一把剪刀和一把梳子，画面缓缓推近。下方写着“Karim · Gaziantep”。

00:00:10.500 --> 00:00:13.500
卡里姆说话时，这幅画一直留在画面上。
`,
    ru: `WEBVTT

00:00:00.000 --> 00:00:03.000
На оранжевом фоне нарисованы ножницы и расчёска; изображение медленно приближается. Внизу подпись «Karim · Gaziantep».

00:00:10.500 --> 00:00:13.500
Пока Карим говорит, рисунок остаётся на экране.
`,
  },
  orchestra: {
    fr: `WEBVTT

00:00:00.000 --> 00:00:03.000
Cinq violons dessinés, penchés côte à côte sur fond bleu ; l’image se rapproche lentement. En bas : « Mariela &amp; Joel · Santo Domingo ».
`,
    en: `WEBVTT

00:00:00.000 --> 00:00:03.000
Five drawn violins leaning side by side on a blue background; the picture slowly draws closer. At the bottom: "Mariela &amp; Joel · Santo Domingo".
`,
    es: `WEBVTT

00:00:00.000 --> 00:00:03.000
Cinco violines dibujados, inclinados uno junto a otro sobre un fondo azul; la imagen se acerca despacio. Abajo: «Mariela &amp; Joel · Santo Domingo».
`,
    ar: `WEBVTT

00:00:00.000 --> 00:00:03.000
خمس كمنجات مرسومة مائلة جنبًا إلى جنب على خلفية زرقاء، والصورة تقترب ببطء. في الأسفل: «Mariela &amp; Joel · Santo Domingo».
`,
  },
} as const;
