import type { Image, Root } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import { imageSize } from './image-size.ts';
import { withoutControls } from './links.ts';
import { report, type PageContext } from './page-context.ts';

/** Images live in content/images and keep their path in the output, under the reader's content/. */
const LOCAL_IMAGE = /^(?:\.\/)?(images\/[A-Za-z0-9][A-Za-z0-9._-]*\.(?:png|jpe?g|svg))$/i;

/** Checks each image, records it for copying, and gives it its size so the page does not jump. */
export function rewriteImages(tree: Root, ctx: PageContext): void {
  visit(tree, 'image', (node: Image, index, parent) => {
    if (rewrite(node, ctx) || !parent || index === undefined) return undefined;
    parent.children.splice(index, 1);
    return [SKIP, index];
  });
}

function rewrite(node: Image, ctx: PageContext): boolean {
  let ok = true;
  if (!node.alt?.trim()) {
    report(ctx, node, 'the image needs alt text describing it: ![what it shows](images/file.png)');
    ok = false;
  }
  const url = withoutControls(node.url);
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//')) {
    report(ctx, node, `images must be files in content/images, not web addresses ("${node.url}")`);
    return false;
  }
  const path = LOCAL_IMAGE.exec(url)?.[1];
  if (path === undefined) {
    report(ctx, node, `image "${node.url}" must be a .png, .jpg or .svg file in content/images`);
    return false;
  }
  if (/\.svg$/i.test(path)) return ok && inlineDrawing(node, path, ctx);
  const data = ctx.readImage(path);
  if (data === null) {
    report(ctx, node, `missing image: content/${path} does not exist`);
    return false;
  }
  const size = imageSize(data);
  if (size === null) {
    report(ctx, node, `content/${path} is not a readable PNG or JPEG file`);
    return false;
  }
  node.url = `content/${path}`;
  node.data = { ...node.data, hProperties: { width: size.width, height: size.height } };
  if (!ctx.images.some((i) => i.path === path)) ctx.images.push({ path, ...size });
  return ok;
}

/**
 * A drawing goes into the page itself rather than an <img>: only inline SVG takes the reader's
 * text colour (`currentColor`) and theme accent, so it stays visible in dark and high contrast.
 */
function inlineDrawing(node: Image, path: string, ctx: PageContext): boolean {
  const drawing = ctx.readDrawing(path);
  if (drawing === undefined) {
    report(ctx, node, `missing image: content/${path} does not exist`);
    return false;
  }
  // The drawing's own problems are reported once, against the SVG file.
  if (drawing === null) return false;
  node.data = {
    ...node.data,
    hName: 'svg',
    hProperties: {
      // The <img> attributes the image handler sets do not belong on <svg>.
      src: undefined,
      alt: undefined,
      ...drawing.properties,
      width: drawing.width,
      height: drawing.height,
      className: ['drawing'],
      role: 'img',
      ariaLabel: node.alt ?? undefined,
    },
    hChildren: structuredClone(drawing.children),
  };
  return true;
}
