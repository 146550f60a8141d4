import type { LocaleCode } from '../locales/index.ts';

/**
 * Portraits of the demo's leadership, drawn here as flat SVG in the site's palette (the accent blue and the
 * warm colours of the story illustrations) and rasterised by the media module like the other demo images.
 * Every person is fictional and so is every face: simple shapes, no likeness, no text. Keys match the
 * people's `portrait` field in demo-content/people.ts.
 */
export const DEMO_PORTRAITS: Readonly<Record<string, () => string>> = {
  'portrait-dg': () =>
    drawPortrait({
      background: '#0b5394',
      glow: '#3a7bd5',
      skin: '#7a4a2e',
      shade: '#5e3721',
      hairBack: '<ellipse cx="400" cy="300" rx="168" ry="158" fill="#1f1a22"/><circle cx="300" cy="230" r="70" fill="#1f1a22"/><circle cx="500" cy="230" r="70" fill="#1f1a22"/>',
      hairFront: '<path d="M283 345 Q278 205 400 196 Q522 205 517 345 Q500 262 400 258 Q300 262 283 345 Z" fill="#1f1a22"/>',
      clothing: jacket('#d9672b', '#b9521f', '#fbf5ea'),
      extras: earrings('#f2c14e'),
    }),
  'portrait-ddg-management': () =>
    drawPortrait({
      background: '#f6a94f',
      glow: '#fbd29a',
      skin: '#d9a27a',
      shade: '#b98160',
      hairBack: '<path d="M268 360 Q246 196 400 186 Q556 196 532 360 Q546 480 572 620 L228 620 Q254 480 268 360 Z" fill="#3b2418"/>',
      hairFront: '<path d="M284 350 Q292 212 412 204 Q522 210 518 330 Q470 246 372 250 Q318 268 284 350 Z" fill="#3b2418"/>',
      clothing: jacket('#1d4e89', '#163d6b', '#fbf5ea'),
      extras: '<path d="M390 602 L400 628 L410 602 Z" fill="#f2c14e"/>',
    }),
  'portrait-ddg-operations': () =>
    drawPortrait({
      background: '#fbd29a',
      glow: '#f6a94f',
      skin: '#c58c62',
      shade: '#a56f4a',
      ears: false,
      // A headscarf: its back wraps the face and falls over the shoulders, its front band frames the forehead.
      hairBack: '<path d="M244 384 Q236 170 400 162 Q564 170 556 384 Q566 520 640 640 L160 640 Q234 520 244 384 Z" fill="#0b5394"/>',
      hairFront:
        '<path d="M286 338 Q292 212 400 206 Q508 212 514 338 Q484 252 400 248 Q316 252 286 338 Z" fill="#1d4e89"/><path d="M292 420 Q318 500 400 504 Q482 500 508 420 Q530 566 400 600 Q270 566 292 420 Z" fill="#0b5394"/>',
      clothing: jacket('#263046', '#1c2541', '#0b5394'),
    }),
  'portrait-chief-of-staff': () =>
    drawPortrait({
      background: '#3a7bd5',
      glow: '#6fa3ef',
      skin: '#f1c9a5',
      shade: '#d9a882',
      hairFront: '<path d="M283 336 Q276 204 400 194 Q526 200 517 336 Q506 266 470 250 Q400 232 328 254 Q294 272 283 336 Z" fill="#8a5a32"/>',
      beard: '<path d="M288 382 Q296 506 400 512 Q504 506 512 382 Q498 462 446 466 Q400 452 354 466 Q302 462 288 382 Z" fill="#8a5a32"/>',
      clothing: jacket('#263046', '#1c2541', '#fbf5ea') + tie('#f2c14e'),
    }),
  'portrait-partnerships': () =>
    drawPortrait({
      background: '#1d4e89',
      glow: '#3a7bd5',
      skin: '#a86b45',
      shade: '#8a5434',
      hairBack: '<circle cx="400" cy="196" r="62" fill="#141320"/>',
      hairFront: '<path d="M284 346 Q284 206 400 200 Q516 206 516 346 Q500 252 404 246 L400 232 L396 246 Q300 252 284 346 Z" fill="#141320"/>',
      clothing:
        jacket('#b9521f', '#9c4419', '#b9521f') +
        '<path d="M226 636 L318 588 L552 800 L432 800 Z" fill="#f2c14e"/><path d="M244 650 L320 610 L526 800" stroke="#d9672b" stroke-width="8" fill="none"/>',
      extras: earrings('#f2c14e'),
    }),
  'portrait-strategy': () =>
    drawPortrait({
      background: '#f2c14e',
      glow: '#fbd29a',
      skin: '#5a3520',
      shade: '#45281a',
      hairFront: '<path d="M287 326 Q288 208 400 202 Q512 208 513 326 Q500 244 400 238 Q300 244 287 326 Z" fill="#141320"/>',
      glasses: '#1c2541',
      clothing: jacket('#1c2541', '#141a30', '#fbf5ea') + stole(),
    }),
  'portrait-former-dg': () =>
    drawPortrait({
      background: '#f78154',
      glow: '#fbd29a',
      skin: '#8d5a3b',
      shade: '#70452c',
      // Grey hair, receding: only a rim of it shows around the head.
      hairBack: '<ellipse cx="400" cy="336" rx="130" ry="128" fill="#d8d4cc"/>',
      beard: '<path d="M300 410 Q310 506 400 512 Q490 506 500 410 Q486 470 440 474 Q400 462 360 474 Q314 470 300 410 Z" fill="#d8d4cc"/>',
      clothing: jacket('#3a4663', '#263046', '#fbf5ea') + tie('#0b5394'),
    }),
  // The heads of the country offices (demo-content/countries.ts).
  'portrait-head-jo': () =>
    drawPortrait({
      background: '#5fad56',
      glow: '#fbd29a',
      skin: '#e0ac86',
      shade: '#c08d68',
      hairBack:
        '<path d="M262 370 Q236 196 400 184 Q566 196 538 370 Q566 470 540 540 Q500 560 470 520 L330 520 Q300 560 260 540 Q234 470 262 370 Z" fill="#6b2f1e"/><circle cx="268" cy="500" r="40" fill="#6b2f1e"/><circle cx="532" cy="500" r="40" fill="#6b2f1e"/>',
      hairFront: '<path d="M282 350 Q280 206 400 198 Q520 206 518 350 Q492 244 420 246 Q396 282 330 270 Q296 290 282 350 Z" fill="#6b2f1e"/>',
      clothing: jacket('#fbf5ea', '#e8dcc6', '#0b5394'),
      extras: earrings('#d9672b'),
    }),
  'portrait-head-ne': () =>
    drawPortrait({
      background: '#d9672b',
      glow: '#f6a94f',
      skin: '#4e2e1c',
      shade: '#3b2215',
      // A round cap, embroidered at its rim, and a robe embroidered around the neck.
      hairFront:
        '<path d="M284 300 Q284 190 400 186 Q516 190 516 300 Z" fill="#fbf5ea"/><path d="M284 300 L516 300" stroke="#0b5394" stroke-width="14"/><path d="M300 282 L500 282" stroke="#f2c14e" stroke-width="6" stroke-dasharray="14 10"/>',
      clothing:
        '<path d="M100 800 C110 640 240 584 356 578 L444 578 C560 584 690 640 700 800 Z" fill="#0b5394"/><path d="M340 580 Q400 700 460 580" stroke="#f2c14e" stroke-width="14" fill="#163d6b"/><path d="M400 680 L400 800" stroke="#f2c14e" stroke-width="10"/>',
    }),
  'portrait-head-co': () =>
    drawPortrait({
      background: '#f78154',
      glow: '#fbd29a',
      skin: '#b98560',
      shade: '#9a6a47',
      hairBack: '<path d="M266 360 Q240 196 400 188 Q560 196 534 360 L544 470 Q520 490 500 470 L300 470 Q280 490 256 470 Z" fill="#16141c"/>',
      hairFront: '<path d="M282 340 Q282 204 400 198 Q518 204 518 340 Q512 272 490 262 Q400 286 310 262 Q288 272 282 340 Z" fill="#16141c"/>',
      glasses: '#b9521f',
      clothing: jacket('#263046', '#1c2541', '#f2c14e'),
    }),
  'portrait-head-bd': () =>
    drawPortrait({
      background: '#b9521f',
      glow: '#f78154',
      skin: '#9a6240',
      shade: '#7d4c30',
      // A long braid over one shoulder, and a sari's end over the other.
      hairBack: '<path d="M272 350 Q250 200 400 190 Q550 200 528 350 Q540 430 520 470 L280 470 Q260 430 272 350 Z" fill="#141320"/>',
      hairFront:
        '<path d="M284 346 Q284 206 400 200 Q516 206 516 346 Q500 252 404 246 L400 232 L396 246 Q300 252 284 346 Z" fill="#141320"/>',
      clothing:
        jacket('#5fad56', '#4a9443', '#f2c14e') +
        '<path d="M470 590 L610 640 L680 800 L520 800 Z" fill="#f2c14e"/><path d="M480 606 L600 650 L660 800" stroke="#d9672b" stroke-width="8" fill="none"/>' +
        '<g fill="#141320"><ellipse cx="300" cy="560" rx="26" ry="34"/><ellipse cx="296" cy="620" rx="24" ry="32"/><ellipse cx="292" cy="678" rx="22" ry="30"/><ellipse cx="290" cy="732" rx="18" ry="26"/></g>',
      extras: earrings('#f2c14e'),
    }),
  'portrait-head-tr': () =>
    drawPortrait({
      background: '#163d6b',
      glow: '#3a7bd5',
      skin: '#dcae88',
      shade: '#bd8f6a',
      hairFront:
        '<path d="M282 344 Q270 210 380 192 Q440 180 490 210 Q530 240 518 344 Q504 270 470 256 Q440 270 410 252 Q380 270 350 254 Q300 268 282 344 Z" fill="#2a1d18"/>',
      beard: '<path d="M352 438 Q400 420 448 438 Q440 450 400 444 Q360 450 352 438 Z" fill="#2a1d18"/>',
      clothing: jacket('#5a6a8a', '#3a4663', '#fbf5ea') + tie('#d9672b'),
    }),
};

/**
 * The text alternative each portrait carries in each locale. Pages put a portrait beside the person's
 * name and show it with alt="" (see portrait.view.tsx); this describes it wherever it stands alone
 * (the media library, a reuse elsewhere), and satisfies the rule that a published image is described.
 */
export function portraitAlt(locale: LocaleCode, name: string): string | undefined {
  const templates: Partial<Record<LocaleCode, string>> = {
    fr: `Portrait illustré de ${name}`,
    en: `Illustrated portrait of ${name}`,
    es: `Retrato ilustrado de ${name}`,
    ar: `صورة مرسومة لـ${name}`,
    'zh-Hans': `${name}的插画肖像`,
    ru: `Иллюстрированный портрет: ${name}`,
  };
  return templates[locale];
}

interface Look {
  readonly background: string;
  readonly glow: string;
  readonly skin: string;
  readonly shade: string;
  /** Drawn behind the head (long hair, a bun, a scarf's back). */
  readonly hairBack?: string;
  /** Drawn over the head (a hairline, a scarf's front). */
  readonly hairFront?: string;
  readonly beard?: string;
  /** Frame colour of a pair of glasses. */
  readonly glasses?: string;
  readonly ears?: boolean;
  readonly clothing: string;
  readonly extras?: string;
}

const SIZE = 800;

/** One head-and-shoulders portrait, square, on a round glow, the face a few calm strokes. */
function drawPortrait(look: Look): string {
  const ears = look.ears === false
    ? ''
    : `<ellipse cx="284" cy="372" rx="24" ry="38" fill="${look.shade}"/><ellipse cx="516" cy="372" rx="24" ry="38" fill="${look.shade}"/>`;
  const eyes =
    '<ellipse cx="354" cy="368" rx="13" ry="9" fill="#1c2541"/><ellipse cx="446" cy="368" rx="13" ry="9" fill="#1c2541"/>' +
    `<path d="M330 338 Q354 326 376 336 M424 336 Q446 326 470 338" stroke="${look.hairFront ? '#1c2541' : look.shade}" stroke-width="7" stroke-linecap="round" fill="none" opacity=".8"/>`;
  const nose = `<path d="M402 380 Q390 416 406 424" stroke="${look.shade}" stroke-width="6" stroke-linecap="round" fill="none"/>`;
  const mouth = '<path d="M372 452 Q400 470 428 452" stroke="#7a2e24" stroke-width="7" stroke-linecap="round" fill="none"/>';
  const glasses = look.glasses
    ? `<g stroke="${look.glasses}" stroke-width="6" fill="#fbf5ea" fill-opacity=".18"><rect x="318" y="342" width="72" height="52" rx="18"/><rect x="410" y="342" width="72" height="52" rx="18"/></g><path d="M390 362 Q400 354 410 362" stroke="${look.glasses}" stroke-width="6" fill="none"/>`
    : '';
  // Drawn on an 800 canvas, framed close on head and shoulders: a portrait is mostly seen a few rem wide.
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${SIZE}" height="${SIZE}" viewBox="90 100 620 620">
    <rect width="${SIZE}" height="${SIZE}" fill="${look.background}"/>
    <circle cx="400" cy="380" r="300" fill="${look.glow}" opacity=".45"/>
    ${look.hairBack ?? ''}
    <path d="M356 450 L356 600 Q400 632 444 600 L444 450 Z" fill="${look.shade}"/>
    ${look.clothing}
    ${ears}
    <ellipse cx="400" cy="356" rx="116" ry="142" fill="${look.skin}"/>
    ${look.beard ?? ''}
    ${look.hairFront ?? ''}
    ${eyes}${nose}${mouth}${glasses}
    ${look.extras ?? ''}
  </svg>`;
}

/** Shoulders in a jacket, its lapels darker, over a shirt or blouse showing at the neck. */
function jacket(cloth: string, lapel: string, shirt: string): string {
  return `<path d="M110 800 C120 650 236 588 356 578 L444 578 C564 588 680 650 690 800 Z" fill="${cloth}"/>
    <path d="M356 578 L400 660 L444 578 Z" fill="${shirt}"/>
    <path d="M346 580 L400 690 L330 800 L300 800 L318 640 Z M454 580 L400 690 L470 800 L500 800 L482 640 Z" fill="${lapel}"/>`;
}

function tie(colour: string): string {
  return `<path d="M390 640 L410 640 L418 740 L400 770 L382 740 Z" fill="${colour}"/>`;
}

function earrings(colour: string): string {
  return `<circle cx="284" cy="420" r="10" fill="${colour}"/><circle cx="516" cy="420" r="10" fill="${colour}"/>`;
}

/** A woven stole over the jacket, in bands of the palette's warm colours and green. */
function stole(): string {
  const bands = ['#f2c14e', '#5fad56', '#b9521f', '#f2c14e', '#0b5394', '#f2c14e', '#5fad56'];
  const side = (x: number) =>
    bands.map((colour, i) => `<rect x="${x}" y="${600 + i * 30}" width="54" height="30" fill="${colour}"/>`).join('');
  return `<g>${side(292)}${side(454)}</g>`;
}
