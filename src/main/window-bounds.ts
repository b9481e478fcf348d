import type { Rectangle } from 'electron';

export interface WindowState {
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
}

export const DEFAULT_SIZE = { width: 1200, height: 860 } as const;
export const MIN_SIZE = { width: 480, height: 400 } as const;
/** How much of the title bar must be on a display for the saved position to be usable. */
const MIN_VISIBLE = { width: 120, height: 40 } as const;

const isInt = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n);

/** Reads saved JSON defensively; anything odd gives null (use the defaults). */
export function parseWindowState(value: unknown): WindowState | null {
  if (typeof value !== 'object' || value === null) return null;
  const r = value as Record<string, unknown>;
  if (!isInt(r.width) || !isInt(r.height) || r.width <= 0 || r.height <= 0) return null;
  const state: WindowState = {
    width: Math.round(r.width),
    height: Math.round(r.height),
    maximized: r.maximized === true,
  };
  if (isInt(r.x) && isInt(r.y)) {
    state.x = Math.round(r.x);
    state.y = Math.round(r.y);
  }
  return state;
}

function overlap(a: Rectangle, b: Rectangle): { width: number; height: number } {
  return {
    width: Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)),
    height: Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)),
  };
}

function centred(area: Rectangle, width: number, height: number): Rectangle {
  const w = Math.min(width, area.width);
  const h = Math.min(height, area.height);
  return {
    x: area.x + Math.round((area.width - w) / 2),
    y: area.y + Math.round((area.height - h) / 2),
    width: w,
    height: h,
  };
}

/**
 * Where to open the window. Saved bounds are kept when their top strip (the title bar) is
 * visible on some display, shrunk to fit that display; bounds that are off every display
 * (a monitor was unplugged, resolution changed) are replaced by a window centred on the
 * primary display (the first one given). Sizes never go below MIN_SIZE unless the display is smaller.
 */
export function fitBoundsToDisplays(
  saved: WindowState | null,
  displays: readonly { workArea: Rectangle }[],
): Rectangle {
  const primary = displays[0]?.workArea ?? { x: 0, y: 0, ...DEFAULT_SIZE };
  const width = Math.max(MIN_SIZE.width, saved?.width ?? DEFAULT_SIZE.width);
  const height = Math.max(MIN_SIZE.height, saved?.height ?? DEFAULT_SIZE.height);
  if (!saved || saved.x === undefined || saved.y === undefined) return centred(primary, width, height);

  const titleBar = { x: saved.x, y: saved.y, width, height: Math.min(height, MIN_VISIBLE.height) };
  const home = displays.find(({ workArea }) => {
    const o = overlap(titleBar, workArea);
    return o.width >= Math.min(MIN_VISIBLE.width, width) && o.height >= Math.min(MIN_VISIBLE.height, height);
  });
  if (!home) return centred(primary, width, height);

  const area = home.workArea;
  const w = Math.min(width, area.width);
  const h = Math.min(height, area.height);
  // Keep the position, but pull the window in so it fits on the display it belongs to.
  const x = Math.min(Math.max(saved.x, area.x), area.x + area.width - w);
  const y = Math.min(Math.max(saved.y, area.y), area.y + area.height - h);
  return { x, y, width: w, height: h };
}
