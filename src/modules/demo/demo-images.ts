import { DEMO_PAGE_IMAGES } from './demo-page-images.ts';
import { DEMO_PORTRAITS } from './demo-portraits.ts';

/**
 * The demo's illustrations, drawn as SVG here and rasterised by the media module, so the demo
 * needs no downloaded or copied picture. Keys match the image fields in the demo data (pages',
 * campaigns' and stories' `image`, people's `portrait`).
 */
export const DEMO_IMAGES: Readonly<Record<string, () => string>> = {
  ...DEMO_PAGE_IMAGES,
  'story-barber': barberIllustration,
  'story-orchestra': orchestraIllustration,
  ...DEMO_PORTRAITS,
};

const frame = (defs: string, body: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="900" viewBox="0 0 1600 900"><defs>${defs}</defs>${body}</svg>`;

function barberIllustration(): string {
  const teeth = Array.from({ length: 22 }, (_, i) => `<rect x="${14 + i * 19}" y="46" width="9" height="${i % 2 ? 70 : 95}" rx="3" fill="#fbf5ea"/>`).join('');
  return frame(
    '<linearGradient id="bg" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#f6a94f"/><stop offset="1" stop-color="#d9672b"/></linearGradient>',
    `<rect width="1600" height="900" fill="url(#bg)"/>
     <circle cx="1330" cy="170" r="250" fill="#fbd29a" opacity=".45"/>
     <circle cx="180" cy="820" r="300" fill="#b9521f" opacity=".35"/>
     <g transform="translate(520 470) rotate(-18)">
       <path d="M0 -8 L470 -78 Q486 -70 474 -56 L8 22 Z" fill="#263046"/>
       <path d="M0 8 L470 78 Q486 70 474 56 L8 -22 Z" fill="#3a4663"/>
       <circle cx="-120" cy="-78" r="74" fill="none" stroke="#263046" stroke-width="30"/>
       <circle cx="-120" cy="78" r="74" fill="none" stroke="#3a4663" stroke-width="30"/>
       <circle r="14" fill="#fbf5ea"/>
     </g>
     <g transform="translate(960 560) rotate(14)">
       <rect width="440" height="54" rx="14" fill="#fbf5ea"/>${teeth}
     </g>`,
  );
}

function orchestraIllustration(): string {
  const colours = ['#f2c14e', '#f78154', '#fbf5ea', '#5fad56', '#f2c14e'];
  const instruments = colours
    .map((colour, i) => {
      const x = 230 + i * 285;
      const scale = i % 2 === 0 ? 1 : 1.25;
      const tilt = (i - 2) * 7;
      return `<g transform="translate(${x} 560) rotate(${tilt}) scale(${scale})">
        <rect x="-9" y="-330" width="18" height="260" rx="6" fill="#1c2541"/>
        <circle cx="0" cy="-340" r="20" fill="#1c2541"/>
        <ellipse cx="0" cy="-40" rx="70" ry="82" fill="${colour}"/>
        <ellipse cx="0" cy="95" rx="92" ry="105" fill="${colour}"/>
        <path d="M-22 20 Q-40 40 -22 60 M22 20 Q40 40 22 60" stroke="#1c2541" stroke-width="7" fill="none"/>
        <rect x="-5" y="-220" width="10" height="330" fill="#1c2541" opacity=".6"/>
      </g>`;
    })
    .join('');
  return frame(
    '<linearGradient id="bg" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#3a7bd5"/><stop offset="1" stop-color="#1d4e89"/></linearGradient>',
    `<rect width="1600" height="900" fill="url(#bg)"/>
     <circle cx="1400" cy="120" r="200" fill="#6fa3ef" opacity=".4"/>
     <path d="M0 760 Q800 690 1600 760 L1600 900 L0 900 Z" fill="#163d6b"/>
     ${instruments}`,
  );
}
