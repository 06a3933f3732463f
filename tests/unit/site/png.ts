// Reading the PNGs the build writes, as a viewer would: the size in the header, and the pixels decoded by resvg.
import { Resvg } from '@resvg/resvg-js';

const SIGNATURE = '89504e470d0a1a0a';

/** Width and height from the IHDR chunk; throws when the bytes are not a PNG. */
export function pngSize(png: Buffer): { width: number; height: number } {
  if (png.subarray(0, 8).toString('hex') !== SIGNATURE || png.subarray(12, 16).toString('latin1') !== 'IHDR') {
    throw new Error('not a PNG');
  }
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** The image's RGBA pixels: resvg decodes the PNG as an <image>, drawn 1:1. */
export function pixels(png: Buffer): { width: number; height: number; rgba: Buffer } {
  const { width, height } = pngSize(png);
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">` +
    `<image href="data:image/png;base64,${png.toString('base64')}" width="${width}" height="${height}"/></svg>`;
  const image = new Resvg(svg).render();
  return { width, height, rgba: image.pixels };
}

/** How many pixels in the box [x0, x1) × [y0, y1) have exactly the colour `hex` ("#c2410c"). */
export function countColour(
  image: { width: number; rgba: Buffer },
  hex: string,
  box: { x0: number; y0: number; x1: number; y1: number },
): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  let n = 0;
  for (let y = box.y0; y < box.y1; y++) {
    for (let x = box.x0; x < box.x1; x++) {
      const i = (y * image.width + x) * 4;
      if (image.rgba[i] === r && image.rgba[i + 1] === g && image.rgba[i + 2] === b) n++;
    }
  }
  return n;
}

/** Distinct colours in the image: a blank or flat image has one or two. */
export function distinctColours(image: { rgba: Buffer }): number {
  const seen = new Set<number>();
  for (let i = 0; i < image.rgba.length; i += 4) seen.add(image.rgba.readUInt32BE(i));
  return seen.size;
}
