export interface ImageSize {
  type: 'png' | 'jpeg';
  width: number;
  height: number;
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
/** Start-of-frame markers carry the size; C4 (DHT), C8 (JPG) and CC (DAC) look alike but do not. */
const SOF = new Set([0xc0, 0xc1, 0xc2, 0xc3, 0xc5, 0xc6, 0xc7, 0xc9, 0xca, 0xcb, 0xcd, 0xce, 0xcf]);

/**
 * Reads width and height from a PNG or JPEG header, so the reader can reserve the space before the
 * image loads (no layout jump). Returns null for anything else or a truncated file.
 */
export function imageSize(data: Uint8Array): ImageSize | null {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  if (PNG_SIGNATURE.every((b, i) => data[i] === b)) {
    if (data.length < 24 || String.fromCharCode(...data.subarray(12, 16)) !== 'IHDR') return null;
    return sized('png', view.getUint32(16), view.getUint32(20));
  }
  if (data[0] !== 0xff || data[1] !== 0xd8) return null;
  let offset = 2;
  while (offset + 4 <= data.length) {
    if (data[offset] !== 0xff) return null;
    const marker = data[offset + 1] ?? 0;
    if (marker === 0xff) {
      offset += 1; // fill byte before a marker
      continue;
    }
    if (marker === 0xd8 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      offset += 2; // markers without a length
      continue;
    }
    if (marker === 0xd9 || marker === 0xda) return null; // end of image or scan data before any frame
    const length = view.getUint16(offset + 2);
    if (SOF.has(marker)) {
      if (offset + 9 > data.length) return null;
      return sized('jpeg', view.getUint16(offset + 7), view.getUint16(offset + 5));
    }
    offset += 2 + length;
  }
  return null;
}

function sized(type: ImageSize['type'], width: number, height: number): ImageSize | null {
  return width > 0 && height > 0 ? { type, width, height } : null;
}
