/**
 * Draws the Teams app icons (`teamsapp/color.png` 192×192, `teamsapp/outline.png` 32×32):
 * a winding path with milestone dots that ends at a flag — the journey from preparation to
 * anchoring. Run with `npx tsx scripts/make-icons.ts`; the PNGs are committed, so this only
 * needs rerunning when the design changes.
 *
 * Shapes are described in a 0..1 unit square and rasterised with 4×4 supersampling, so edges
 * are anti-aliased without any drawing library (pngjs only encodes the pixels).
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { PNG } from "pngjs";

type Rgb = readonly [number, number, number];
type Point = readonly [number, number];
/** True when the point lies inside the shape. */
type Shape = (x: number, y: number) => boolean;

interface Layer {
  shape: Shape;
  color: Rgb;
}

const WHITE: Rgb = [255, 255, 255];
/** Dark teal background; also the manifest's accentColor. */
export const ACCENT: Rgb = [0x1b, 0x6b, 0x73];
const FLAG_YELLOW: Rgb = [0xf2, 0xb7, 0x05];

const circle =
  ([cx, cy]: Point, r: number): Shape =>
  (x, y) =>
    (x - cx) ** 2 + (y - cy) ** 2 <= r * r;

const ring = (c: Point, outer: number, inner: number): Shape => {
  const o = circle(c, outer);
  const i = circle(c, inner);
  return (x, y) => o(x, y) && !i(x, y);
};

/** A line segment with round caps and the given half-width. */
const capsule =
  ([ax, ay]: Point, [bx, by]: Point, halfWidth: number): Shape =>
  (x, y) => {
    const dx = bx - ax;
    const dy = by - ay;
    const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
    return (x - ax - t * dx) ** 2 + (y - ay - t * dy) ** 2 <= halfWidth * halfWidth;
  };

/** Convex polygon, vertices in either winding order. */
const polygon =
  (points: readonly Point[]): Shape =>
  (x, y) => {
    let sign = 0;
    for (let i = 0; i < points.length; i++) {
      const [ax, ay] = points[i] as Point;
      const [bx, by] = points[(i + 1) % points.length] as Point;
      const cross = (bx - ax) * (y - ay) - (by - ay) * (x - ax);
      if (cross !== 0) {
        if (sign !== 0 && Math.sign(cross) !== sign) return false;
        sign = Math.sign(cross);
      }
    }
    return true;
  };

const union =
  (...shapes: Shape[]): Shape =>
  (x, y) =>
    shapes.some((s) => s(x, y));

/** A smooth path as a polyline of capsules along a cubic Bézier curve. */
function curve(p0: Point, p1: Point, p2: Point, p3: Point, halfWidth: number): Shape {
  const at = (t: number): Point => {
    const u = 1 - t;
    const f = (i: 0 | 1): number =>
      u ** 3 * p0[i] + 3 * u * u * t * p1[i] + 3 * u * t * t * p2[i] + t ** 3 * p3[i];
    return [f(0), f(1)];
  };
  const steps = 24;
  const parts: Shape[] = [];
  for (let i = 0; i < steps; i++)
    parts.push(capsule(at(i / steps), at((i + 1) / steps), halfWidth));
  return union(...parts);
}

/** Renders layers (last on top) over an optional background; coverage becomes alpha when transparent. */
export function render(size: number, layers: readonly Layer[], background?: Rgb): PNG {
  const png = new PNG({ width: size, height: size });
  const n = 4;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let [r, g, b] = background ?? WHITE;
      let a = 0;
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const x = (px + (sx + 0.5) / n) / size;
          const y = (py + (sy + 0.5) / n) / size;
          const hit = [...layers].reverse().find((l) => l.shape(x, y));
          const c = hit?.color ?? background;
          if (!c) continue;
          // Accumulate premultiplied colour per subsample.
          if (a === 0) [r, g, b] = [0, 0, 0];
          r += c[0];
          g += c[1];
          b += c[2];
          a += 1;
        }
      }
      const i = (py * size + px) * 4;
      png.data[i] = a ? Math.round(r / a) : 0;
      png.data[i + 1] = a ? Math.round(g / a) : 0;
      png.data[i + 2] = a ? Math.round(b / a) : 0;
      png.data[i + 3] = Math.round((a / (n * n)) * 255);
    }
  }
  return png;
}

/** 192×192: white path and milestones on teal, yellow flag at the goal. */
export function colorIcon(): PNG {
  const path = curve([0.24, 0.8], [0.6, 0.8], [0.3, 0.5], [0.56, 0.42], 0.03);
  return render(
    192,
    [
      { shape: path, color: WHITE },
      { shape: circle([0.24, 0.8], 0.055), color: WHITE },
      { shape: circle([0.43, 0.62], 0.055), color: WHITE },
      { shape: ring([0.56, 0.42], 0.06, 0.03), color: WHITE },
      { shape: capsule([0.6, 0.45], [0.6, 0.18], 0.018), color: WHITE },
      {
        shape: polygon([
          [0.6, 0.17],
          [0.8, 0.24],
          [0.6, 0.31],
        ]),
        color: FLAG_YELLOW,
      },
    ],
    ACCENT,
  );
}

/** 32×32: the same motif, simplified and with thicker strokes so it reads at small size. */
export function outlineIcon(): PNG {
  const shape = union(
    curve([0.16, 0.84], [0.6, 0.84], [0.3, 0.6], [0.6, 0.58], 0.05),
    circle([0.16, 0.84], 0.1),
    capsule([0.6, 0.58], [0.6, 0.1], 0.05),
    polygon([
      [0.6, 0.06],
      [0.92, 0.2],
      [0.6, 0.34],
    ]),
  );
  return render(32, [{ shape, color: WHITE }]);
}

function main(): void {
  const dir = join(process.cwd(), "teamsapp");
  writeFileSync(join(dir, "color.png"), PNG.sync.write(colorIcon()));
  writeFileSync(join(dir, "outline.png"), PNG.sync.write(outlineIcon()));
  console.log(`Wrote ${dir}/color.png and ${dir}/outline.png`);
}

// Run only as a script (`tsx scripts/make-icons.ts`), not when a test imports it.
if (/make-icons\.ts$/.test(process.argv[1] ?? "")) main();
