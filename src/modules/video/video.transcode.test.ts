import { describe, expect, it } from 'vitest';
import { fitPoster, fitRendition, parseProgressLine, posterTime, transcodeArgs, VIDEO_FILE_PATTERN } from './video.transcode.ts';

describe('rendition sizes', () => {
  it('limits the shorter side, keeps the aspect, keeps sides even and never enlarges', () => {
    expect(fitRendition({ width: 1920, height: 1080 }, 720)).toEqual({ width: 1280, height: 720 });
    expect(fitRendition({ width: 1920, height: 1080 }, 360)).toEqual({ width: 640, height: 360 });
    // Upright phone video: 720 on the short side, as video sites do.
    expect(fitRendition({ width: 1080, height: 1920 }, 720)).toEqual({ width: 720, height: 1280 });
    // A 360p source stays 360p in the "720p" rendition.
    expect(fitRendition({ width: 640, height: 360 }, 720)).toEqual({ width: 640, height: 360 });
    expect(fitRendition({ width: 641, height: 361 }, 720)).toEqual({ width: 640, height: 360 });
    expect(fitRendition({ width: 3840, height: 1606 }, 360)).toEqual({ width: 860, height: 360 });
  });

  it('makes posters at most 1280 wide', () => {
    expect(fitPoster({ width: 1920, height: 1080 })).toEqual({ width: 1280, height: 720 });
    expect(fitPoster({ width: 320, height: 180 })).toEqual({ width: 320, height: 180 });
  });

  it('takes the poster 1 s in, a tenth of the way into long videos, inside short ones', () => {
    expect(posterTime(60_000)).toBe(6);
    expect(posterTime(5_000)).toBe(1);
    expect(posterTime(1_000)).toBe(0.5);
  });
});

describe('ffmpeg arguments', () => {
  it('caps the low rendition and makes every MP4 start playing before it is all downloaded', () => {
    const args = transcodeArgs('/in.mov', [{ kind: '720p', target: '/a.part' }, { kind: '360p', target: '/b.part' }, { kind: 'audio', target: '/c.part' }], { width: 1920, height: 1080 });
    const joined = args.join(' ');
    expect(joined).toContain('scale=1280:720');
    expect(joined).toContain('scale=640:360');
    expect(joined).toContain('-maxrate 400k -bufsize 800k');
    expect(args.filter((a) => a === '+faststart')).toHaveLength(3);
    expect(args.filter((a) => a === '-map_metadata')).toHaveLength(3);
    expect(args.slice(-1)).toEqual(['/c.part']);
  });

  it('reads progress from out_time_us', () => {
    expect(parseProgressLine('out_time_us=1500000', 3000)).toBe(0.5);
    expect(parseProgressLine('out_time_us=9000000', 3000)).toBe(1);
    expect(parseProgressLine('out_time=00:00:01.5', 3000)).toBeUndefined();
    expect(parseProgressLine('out_time_us=N/A', 3000)).toBeUndefined();
  });

  it('names only the files the module writes', () => {
    for (const name of ['0123456789abcdef0123-720.mp4', '0123456789abcdef0123-original.mov', '0123456789abcdef0123-audio.m4a', '0123456789abcdef0123-poster.jpg']) {
      expect(VIDEO_FILE_PATTERN.test(name), name).toBe(true);
    }
    for (const name of ['../0123456789abcdef0123-720.mp4', '0123456789abcdef0123-720.mp4.part', '0123456789abcdef0123-original.exe', '.incoming', '0123456789ABCDEF0123-360.mp4']) {
      expect(VIDEO_FILE_PATTERN.test(name), name).toBe(false);
    }
  });
});
