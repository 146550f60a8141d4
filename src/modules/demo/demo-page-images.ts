/**
 * Illustrations of the home page and the top sections, drawn as SVG in the site's palette (accent
 * #0b5394) and rasterised by the media module like the stories' pictures. Abstract on purpose:
 * shapes, a globe, silhouettes; no text, so one picture serves every locale.
 */
export const DEMO_PAGE_IMAGES: Readonly<Record<string, () => string>> = {
  'page-home': homeIllustration,
  'page-who-we-are': whoWeAreIllustration,
  'page-our-work': ourWorkIllustration,
  'page-where-we-work': whereWeWorkIllustration,
  'page-take-action': takeActionIllustration,
  'page-data-research': dataResearchIllustration,
  'page-agenda-2030': agendaIllustration,
  'page-campaign': campaignIllustration,
};

const ACCENT = '#0b5394';
const DARK = '#083d6d';
const NIGHT = '#0e2a44';
const SKY = '#dbe7f3';
const MIST = '#f2f5f8';
const SAND = '#f3dfc1';
const EMBER = '#e08a4f';

const frame = (background: string, body: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="900" viewBox="0 0 1600 900">` +
  `<defs><linearGradient id="bg" x1="0" y1="0" x2="1" y2="1">${background}</linearGradient></defs>` +
  `<rect width="1600" height="900" fill="url(#bg)"/>${body}</svg>`;

const stops = (from: string, to: string) => `<stop offset="0" stop-color="${from}"/><stop offset="1" stop-color="${to}"/>`;

/** A standing figure: a head and rounded shoulders, `h` tall, its feet at (x, y). */
function person(x: number, y: number, h: number, fill: string): string {
  const head = h * 0.17;
  const w = h * 0.46;
  return `<g fill="${fill}"><circle cx="${x}" cy="${y - h + head}" r="${head}"/>` +
    `<path d="M${x - w / 2} ${y} L${x - w / 2} ${y - h * 0.42} Q${x - w / 2} ${y - h * 0.68} ${x} ${y - h * 0.68} Q${x + w / 2} ${y - h * 0.68} ${x + w / 2} ${y - h * 0.42} L${x + w / 2} ${y} Z"/></g>`;
}

/** Home: routes arcing between places over a horizon, and people gathered where they meet. */
function homeIllustration(): string {
  const places = [
    [180, 560], [420, 470], [700, 540], [980, 430], [1260, 520], [1450, 400],
  ] as const;
  const arcs = places
    .slice(1)
    .map(([x, y], i) => {
      const [px, py] = places[i]!;
      return `<path d="M${px} ${py} Q${(px + x) / 2} ${Math.min(py, y) - 190} ${x} ${y}" fill="none" stroke="${SKY}" stroke-width="6" stroke-dasharray="2 18" stroke-linecap="round"/>`;
    })
    .join('');
  const dots = places.map(([x, y]) => `<circle cx="${x}" cy="${y}" r="16" fill="${SAND}"/><circle cx="${x}" cy="${y}" r="34" fill="none" stroke="${SAND}" stroke-width="4" opacity=".5"/>`).join('');
  const crowd = [
    [560, 900, 300, '#2a6aa8'], [700, 900, 360, NIGHT], [850, 900, 320, '#1d5f9e'], [990, 900, 380, DARK], [1130, 900, 300, '#2a6aa8'],
  ] as const;
  return frame(
    stops(ACCENT, NIGHT),
    `<circle cx="1280" cy="210" r="170" fill="${EMBER}" opacity=".85"/>
     <circle cx="1280" cy="210" r="250" fill="${SAND}" opacity=".12"/>
     <path d="M0 700 Q400 620 800 680 T1600 650 L1600 900 L0 900 Z" fill="${DARK}" opacity=".8"/>
     ${arcs}${dots}
     ${crowd.map(([x, y, h, c]) => person(x, y, h, c)).join('')}`,
  );
}

/** Who we are: member states as a ring of equal circles around a shared centre. */
function whoWeAreIllustration(): string {
  const ring = (r: number, n: number, size: number, fill: string) =>
    Array.from({ length: n }, (_, i) => {
      const a = (i / n) * Math.PI * 2;
      return `<circle cx="${(800 + r * Math.cos(a)).toFixed(1)}" cy="${(450 + r * Math.sin(a)).toFixed(1)}" r="${size}" fill="${fill}"/>`;
    }).join('');
  return frame(
    stops(MIST, SKY),
    `<circle cx="800" cy="450" r="360" fill="none" stroke="${ACCENT}" stroke-width="3" opacity=".35"/>
     <circle cx="800" cy="450" r="250" fill="none" stroke="${ACCENT}" stroke-width="3" opacity=".5"/>
     ${ring(360, 36, 14, ACCENT)}${ring(250, 24, 18, DARK)}${ring(140, 12, 22, EMBER)}
     <circle cx="800" cy="450" r="70" fill="${ACCENT}"/>
     <circle cx="800" cy="450" r="30" fill="${MIST}"/>`,
  );
}

/** Our work: a bridge between two shores, carrying people across. */
function ourWorkIllustration(): string {
  const cables = Array.from({ length: 13 }, (_, i) => {
    const x = 380 + i * 70;
    const t = (x - 800) / 420;
    const top = 300 + 170 * t * t;
    return `<line x1="${x}" y1="${top.toFixed(1)}" x2="${x}" y2="560" stroke="${SKY}" stroke-width="5"/>`;
  }).join('');
  return frame(
    stops('#1d5f9e', NIGHT),
    `<circle cx="330" cy="220" r="110" fill="${SAND}" opacity=".9"/>
     <path d="M0 600 L330 560 L330 900 L0 900 Z" fill="${DARK}"/>
     <path d="M1600 600 L1270 560 L1270 900 L1600 900 Z" fill="${DARK}"/>
     <path d="M0 760 Q400 730 800 760 T1600 750 L1600 900 L0 900 Z" fill="${ACCENT}" opacity=".7"/>
     <path d="M330 300 Q800 640 1270 300" fill="none" stroke="${MIST}" stroke-width="10"/>
     ${cables}
     <rect x="300" y="545" width="1000" height="26" rx="8" fill="${MIST}"/>
     <rect x="318" y="260" width="24" height="340" fill="${MIST}"/><rect x="1258" y="260" width="24" height="340" fill="${MIST}"/>
     ${person(640, 545, 130, EMBER)}${person(760, 545, 150, SAND)}${person(900, 545, 120, EMBER)}`,
  );
}

/** Where we work: a globe with its meridians, and the places the teams work marked on it. */
function whereWeWorkIllustration(): string {
  const meridians = [-0.85, -0.55, -0.2, 0.2, 0.55, 0.85]
    .map((k) => `<ellipse cx="800" cy="450" rx="${Math.abs(k) * 330}" ry="330" fill="none" stroke="${SKY}" stroke-width="3" opacity=".6"/>`)
    .join('');
  const parallels = [-220, -110, 0, 110, 220]
    .map((dy) => {
      const half = Math.sqrt(330 * 330 - dy * dy);
      return `<line x1="${800 - half}" y1="${450 + dy}" x2="${800 + half}" y2="${450 + dy}" stroke="${SKY}" stroke-width="3" opacity=".6"/>`;
    })
    .join('');
  const pins = [
    [640, 320], [720, 470], [860, 380], [930, 560], [700, 620], [1010, 300], [560, 450], [820, 250],
  ]
    .map(([x, y]) => `<circle cx="${x}" cy="${y}" r="26" fill="${EMBER}" opacity=".35"/><circle cx="${x}" cy="${y}" r="11" fill="${SAND}"/>`)
    .join('');
  return frame(
    stops(NIGHT, ACCENT),
    `<circle cx="800" cy="450" r="400" fill="${ACCENT}" opacity=".35"/>
     <circle cx="800" cy="450" r="330" fill="${DARK}"/>
     ${meridians}${parallels}
     <path d="M600 300 Q650 240 740 270 Q790 330 720 380 Q640 400 600 300 Z M840 420 Q930 380 990 450 Q1000 560 920 600 Q860 560 840 420 Z M620 520 Q680 500 700 560 Q690 640 640 630 Q600 580 620 520 Z" fill="#2a6aa8"/>
     ${pins}`,
  );
}

/** Take action: people of every height standing in a row, a few hands raised. */
function takeActionIllustration(): string {
  const row = [
    [200, 300, DARK], [380, 380, ACCENT], [560, 330, NIGHT], [740, 400, '#2a6aa8'], [920, 350, DARK], [1100, 390, ACCENT], [1280, 320, NIGHT], [1440, 360, '#2a6aa8'],
  ] as const;
  const raised = [1, 3, 5]
    .map((i) => {
      const [x, h, c] = row[i]!;
      const shoulder = 780 - h * 0.6;
      return `<path d="M${x + h * 0.18} ${shoulder} L${x + h * 0.3} ${shoulder - h * 0.45}" stroke="${c}" stroke-width="${h * 0.09}" stroke-linecap="round"/>`;
    })
    .join('');
  return frame(
    stops(SAND, '#f7ebd8'),
    `<circle cx="800" cy="900" r="620" fill="${EMBER}" opacity=".25"/>
     <circle cx="800" cy="900" r="420" fill="${EMBER}" opacity=".25"/>
     ${raised}
     ${row.map(([x, h, c]) => person(x, 780, h, c)).join('')}
     <rect x="0" y="780" width="1600" height="120" fill="${DARK}"/>`,
  );
}

/** Data and research: bars, a trend line and its points, on a quiet grid. */
function dataResearchIllustration(): string {
  const values = [0.32, 0.38, 0.41, 0.47, 0.52, 0.58, 0.63, 0.7];
  const bars = values
    .map((v, i) => `<rect x="${250 + i * 145}" y="${760 - v * 600}" width="90" height="${v * 600}" rx="8" fill="${i === values.length - 1 ? EMBER : ACCENT}" opacity="${0.55 + i * 0.06}"/>`)
    .join('');
  const points = values.map((v, i) => [295 + i * 145, 700 - v * 600 - 40] as const);
  const line = points.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${x} ${y}`).join(' ');
  const grid = [160, 310, 460, 610]
    .map((y) => `<line x1="200" y1="${y}" x2="1400" y2="${y}" stroke="${SKY}" stroke-width="3"/>`)
    .join('');
  return frame(
    stops(MIST, '#e6eef6'),
    `${grid}${bars}
     <path d="${line}" fill="none" stroke="${NIGHT}" stroke-width="8" stroke-linejoin="round" stroke-linecap="round"/>
     ${points.map(([x, y]) => `<circle cx="${x}" cy="${y}" r="14" fill="${MIST}" stroke="${NIGHT}" stroke-width="6"/>`).join('')}
     <rect x="200" y="760" width="1200" height="8" rx="4" fill="${NIGHT}"/>`,
  );
}

/** The 2030 Agenda: seventeen segments of one ring, the goals held together. */
function agendaIllustration(): string {
  const shades = [ACCENT, DARK, '#2a6aa8', '#4f86bd', EMBER];
  const segments = Array.from({ length: 17 }, (_, i) => {
    const a0 = (i / 17) * Math.PI * 2 - Math.PI / 2 + 0.02;
    const a1 = ((i + 1) / 17) * Math.PI * 2 - Math.PI / 2 - 0.02;
    const [r0, r1] = [190, 330];
    const p = (r: number, a: number) => `${(800 + r * Math.cos(a)).toFixed(1)} ${(450 + r * Math.sin(a)).toFixed(1)}`;
    return `<path d="M${p(r1, a0)} A${r1} ${r1} 0 0 1 ${p(r1, a1)} L${p(r0, a1)} A${r0} ${r0} 0 0 0 ${p(r0, a0)} Z" fill="${shades[i % shades.length]}"/>`;
  }).join('');
  return frame(
    stops(SKY, MIST),
    `<circle cx="800" cy="450" r="400" fill="${MIST}" opacity=".7"/>
     ${segments}
     <circle cx="800" cy="450" r="120" fill="${SAND}"/>
     ${person(770, 500, 120, DARK)}${person(835, 500, 100, ACCENT)}`,
  );
}

/** The campaign: newcomers and neighbours side by side, their circles overlapping. */
function campaignIllustration(): string {
  return frame(
    stops(EMBER, '#c8662f'),
    `<circle cx="640" cy="470" r="330" fill="${SAND}" opacity=".45"/>
     <circle cx="960" cy="470" r="330" fill="${ACCENT}" opacity=".45"/>
     <circle cx="1400" cy="140" r="90" fill="${SAND}" opacity=".8"/>
     ${person(560, 900, 420, NIGHT)}${person(730, 900, 360, DARK)}${person(880, 900, 400, NIGHT)}${person(1040, 900, 340, DARK)}
     <circle cx="225" cy="200" r="40" fill="${SAND}" opacity=".7"/><circle cx="300" cy="280" r="22" fill="${SAND}" opacity=".5"/>`,
  );
}

/** What each illustration shows, per locale: stored as the image's alt text, which publishing requires. */
export const DEMO_PAGE_IMAGE_ALT: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  'page-home': {
    fr: 'Illustration : des silhouettes réunies sous un ciel bleu, reliées à des lieux lointains par des routes en pointillés.',
    en: 'Illustration: silhouettes gathered under a blue sky, linked to distant places by dotted routes.',
    es: 'Ilustración: siluetas reunidas bajo un cielo azul, unidas a lugares lejanos por rutas punteadas.',
    ar: 'رسم توضيحي: أشخاص مجتمعون تحت سماء زرقاء، تربطهم خطوط منقطة بأماكن بعيدة.',
    'zh-Hans': '插图：蓝色天空下聚在一起的人形剪影，虚线路径把他们与远方相连。',
    ru: 'Иллюстрация: силуэты людей под синим небом, пунктирные маршруты связывают их с далекими местами.',
  },
  'page-who-we-are': {
    fr: 'Illustration : des cercles égaux disposés en anneaux autour d’un centre commun.',
    en: 'Illustration: equal circles arranged in rings around a shared centre.',
    es: 'Ilustración: círculos iguales dispuestos en anillos alrededor de un centro común.',
    ar: 'رسم توضيحي: دوائر متساوية مرتبة في حلقات حول مركز مشترك.',
    'zh-Hans': '插图：大小相同的圆点围绕一个共同的中心排成数圈。',
    ru: 'Иллюстрация: одинаковые круги, расположенные кольцами вокруг общего центра.',
  },
  'page-our-work': {
    fr: 'Illustration : trois personnes traversent un pont suspendu entre deux rives.',
    en: 'Illustration: three people crossing a suspension bridge between two shores.',
    es: 'Ilustración: tres personas cruzan un puente colgante entre dos orillas.',
    ar: 'رسم توضيحي: ثلاثة أشخاص يعبرون جسرًا معلقًا بين ضفتين.',
    'zh-Hans': '插图：三个人走过连接两岸的吊桥。',
    ru: 'Иллюстрация: три человека идут по подвесному мосту между двумя берегами.',
  },
  'page-where-we-work': {
    fr: 'Illustration : un globe terrestre sur lequel des points lumineux marquent des lieux d’intervention.',
    en: 'Illustration: a globe with glowing points marking the places where teams work.',
    es: 'Ilustración: un globo terráqueo con puntos luminosos que señalan los lugares donde trabajan los equipos.',
    ar: 'رسم توضيحي: كرة أرضية تحدد عليها نقاط مضيئة الأماكن التي تعمل فيها الفرق.',
    'zh-Hans': '插图：地球仪上的亮点标出团队工作的地方。',
    ru: 'Иллюстрация: глобус, на котором светящиеся точки отмечают места работы команд.',
  },
  'page-take-action': {
    fr: 'Illustration : une rangée de personnes de toutes tailles, dont plusieurs lèvent la main.',
    en: 'Illustration: a row of people of every height, several of them raising a hand.',
    es: 'Ilustración: una fila de personas de todas las estaturas; varias levantan la mano.',
    ar: 'رسم توضيحي: صف من الأشخاص بقامات مختلفة، يرفع عدد منهم أيديهم.',
    'zh-Hans': '插图：一排高矮不同的人，其中几人举起了手。',
    ru: 'Иллюстрация: ряд людей разного роста, несколько из них подняли руку.',
  },
  'page-data-research': {
    fr: 'Illustration : un graphique en barres croissantes surmonté d’une courbe de tendance.',
    en: 'Illustration: a chart of rising bars with a trend line above them.',
    es: 'Ilustración: un gráfico de barras crecientes con una línea de tendencia encima.',
    ar: 'رسم توضيحي: مخطط بأعمدة متزايدة يعلوه خط يبيّن الاتجاه.',
    'zh-Hans': '插图：逐渐升高的柱状图，上方是一条趋势线。',
    ru: 'Иллюстрация: диаграмма с растущими столбцами и линией тренда над ними.',
  },
  'page-agenda-2030': {
    fr: 'Illustration : un anneau de dix-sept segments entourant deux personnes.',
    en: 'Illustration: a ring of seventeen segments around two people.',
    es: 'Ilustración: un anillo de diecisiete segmentos alrededor de dos personas.',
    ar: 'رسم توضيحي: حلقة من سبعة عشر جزءًا تحيط بشخصين.',
    'zh-Hans': '插图：由十七段组成的圆环围绕着两个人。',
    ru: 'Иллюстрация: кольцо из семнадцати сегментов вокруг двух человек.',
  },
  'page-campaign': {
    fr: 'Illustration : quatre personnes côte à côte devant deux grands cercles qui se chevauchent.',
    en: 'Illustration: four people side by side in front of two large overlapping circles.',
    es: 'Ilustración: cuatro personas, una al lado de otra, delante de dos grandes círculos superpuestos.',
    ar: 'رسم توضيحي: أربعة أشخاص جنبًا إلى جنب أمام دائرتين كبيرتين متداخلتين.',
    'zh-Hans': '插图：四个人并肩站在两个相互重叠的大圆前。',
    ru: 'Иллюстрация: четыре человека стоят рядом на фоне двух больших пересекающихся кругов.',
  },
};
