import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { VALID } from './fixtures/fixture.ts';
import { imageSize } from './image-size.ts';

/** A JPEG header: SOI, an APP0 segment, a DHT segment (C4, looks like SOF but is not), then SOF2. */
function jpeg(width: number, height: number): Uint8Array {
  const app0 = [0xff, 0xe0, 0x00, 0x06, 0x4a, 0x46, 0x49, 0x46];
  const dht = [0xff, 0xc4, 0x00, 0x04, 0x00, 0x00];
  const sof = [
    0xff,
    0xc2,
    0x00,
    0x0b,
    0x08,
    height >> 8,
    height & 255,
    width >> 8,
    width & 255,
    0x01,
    0x01,
    0x11,
    0x00,
  ];
  return Uint8Array.from([0xff, 0xd8, ...app0, 0xff, ...dht, ...sof, 0xff, 0xd9]);
}

describe('imageSize', () => {
  it('reads a PNG header', () => {
    expect(imageSize(readFileSync(join(VALID, 'images/heat-pack.png')))).toEqual({
      type: 'png',
      width: 4,
      height: 3,
    });
  });

  it('reads a JPEG frame header, skipping other segments and fill bytes', () => {
    expect(imageSize(jpeg(640, 480))).toEqual({ type: 'jpeg', width: 640, height: 480 });
  });

  it('reads from a Buffer slice, not from the start of its pool', () => {
    const pooled = Buffer.concat([Buffer.from('junk'), Buffer.from(jpeg(300, 2))]).subarray(4);
    expect(imageSize(pooled)).toEqual({ type: 'jpeg', width: 300, height: 2 });
  });

  it('returns null for other formats and truncated files', () => {
    expect(imageSize(Buffer.from('GIF89a......'))).toBeNull();
    expect(imageSize(jpeg(640, 480).subarray(0, 20))).toBeNull();
    expect(imageSize(readFileSync(join(VALID, 'images/heat-pack.png')).subarray(0, 20))).toBeNull();
    expect(imageSize(new Uint8Array())).toBeNull();
  });
});
