// The provider icons (icons/<name>.svg for n8n's light theme, <name>.dark.svg for its dark theme)
// must read at 24 px, the size of the node panel and of the canvas node's glyph. What makes them
// read is checked on the drawing itself:
//   - shapes only (a word such as "V6" is a grey smudge at 24 px): no <text>, images or styles;
//   - no circled cross (reads as an error badge on a canvas node);
//   - every stroke and every shape at least 1.5 px at 24 px, so nothing dissolves into anti-aliasing;
//   - every colour at least 3:1 (WCAG non-text contrast) against what it is painted on: another
//     shape of the icon, or the canvas node's background in that theme;
//   - the drawing spans most of its viewBox, so it is not shrunk further.
// Issue 14's InvoiceXpress and Omnix V6 drawings are kept below as fixtures that these rules
// refuse. The rendered check is `npm run screenshots -- icons` (docs/images/icons-24px.png).
import { existsSync, readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { XMLParser } from 'fast-xml-parser';

const ROOT = join(__dirname, '..', '..');
const ICONS = join(ROOT, 'icons');

/**
 * n8n's canvas node background (--node--color--background in the n8n 2.x editor CSS): neutral
 * white in the light theme, neutral-850 in the dark one.
 */
const NODE_BACKGROUND = { light: '#ffffff', dark: '#2b2b2b' } as const;
type Theme = keyof typeof NODE_BACKGROUND;

const MIN_CONTRAST = 3;
const MIN_FEATURE_PX = 1.5;
const MIN_SPAN = 0.75;
const SHAPES = new Set(['rect', 'circle', 'ellipse', 'path', 'line', 'polygon', 'polyline']);
/** Attributes that change what is painted in ways these rules cannot measure. */
const UNMEASURED = ['opacity', 'fill-opacity', 'stroke-opacity', 'transform', 'style', 'class', 'filter', 'mask', 'clip-path'];

interface Box {
	x0: number;
	y0: number;
	x1: number;
	y1: number;
}
interface Segment {
	ax: number;
	ay: number;
	bx: number;
	by: number;
}
interface Shape {
	tag: string;
	attrs: Record<string, string>;
	fill: string;
	stroke: string;
	strokeWidth: number;
	/** The filled area's bounds (control points included: never smaller than the shape). */
	box: Box;
	/** Straight pieces of the outline or stroke, to find crossed strokes. */
	segments: Segment[];
	/** Smallest dimension of a basic shape (its width, height or diameter). */
	minSide?: number;
}
interface Icon {
	viewBox: number[];
	shapes: Shape[];
	problems: string[];
}

const num = (value: string | undefined, fallback = 0) => (value === undefined ? fallback : Number(value));

/** Points and straight segments of an SVG path, absolute. Arcs contribute their radius around both ends. */
function tracePath(d: string): { points: Array<[number, number]>; segments: Segment[] } {
	const tokens = d.match(/[MmLlHhVvCcSsQqTtAaZz]|[-+]?(?:\d*\.\d+|\d+\.?)(?:[eE][-+]?\d+)?/g) ?? [];
	const points: Array<[number, number]> = [];
	const segments: Segment[] = [];
	let x = 0;
	let y = 0;
	let startX = 0;
	let startY = 0;
	let command = '';
	let i = 0;
	const next = () => Number(tokens[i++]);
	const lineTo = (nx: number, ny: number) => {
		segments.push({ ax: x, ay: y, bx: nx, by: ny });
		x = nx;
		y = ny;
		points.push([x, y]);
	};
	while (i < tokens.length) {
		if (/[A-Za-z]/.test(tokens[i])) command = tokens[i++];
		const rel = command === command.toLowerCase();
		const ox = rel ? x : 0;
		const oy = rel ? y : 0;
		switch (command.toUpperCase()) {
			case 'M':
				x = ox + next();
				y = oy + next();
				startX = x;
				startY = y;
				points.push([x, y]);
				command = rel ? 'l' : 'L';
				break;
			case 'L':
				lineTo(ox + next(), oy + next());
				break;
			case 'H':
				lineTo(ox + next(), y);
				break;
			case 'V':
				lineTo(x, oy + next());
				break;
			case 'C':
			case 'S':
			case 'Q':
			case 'T': {
				const pairs = { C: 3, S: 2, Q: 2, T: 1 }[command.toUpperCase() as 'C'];
				for (let p = 0; p < pairs; p++) points.push([ox + next(), oy + next()]);
				[x, y] = points[points.length - 1];
				break;
			}
			case 'A': {
				const rx = Math.abs(next());
				const ry = Math.abs(next());
				i += 3; // rotation, large-arc and sweep flags
				const ex = ox + next();
				const ey = oy + next();
				for (const [px, py] of [
					[x, y],
					[ex, ey],
				]) {
					points.push([px - rx, py - ry], [px + rx, py + ry]);
				}
				x = ex;
				y = ey;
				points.push([x, y]);
				break;
			}
			case 'Z':
				segments.push({ ax: x, ay: y, bx: startX, by: startY });
				x = startX;
				y = startY;
				break;
			default:
				throw new Error(`path command "${command}" in "${d}"`);
		}
	}
	return { points, segments };
}

function boxOf(points: Array<[number, number]>): Box {
	const xs = points.map(([x]) => x);
	const ys = points.map(([, y]) => y);
	return { x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys) };
}

function geometry(tag: string, a: Record<string, string>): Pick<Shape, 'box' | 'segments' | 'minSide'> {
	switch (tag) {
		case 'rect': {
			const [x, y, w, h] = [num(a.x), num(a.y), num(a.width), num(a.height)];
			return { box: { x0: x, y0: y, x1: x + w, y1: y + h }, segments: [], minSide: Math.min(w, h) };
		}
		case 'circle':
		case 'ellipse': {
			const rx = num(a.rx ?? a.r);
			const ry = num(a.ry ?? a.r);
			const [cx, cy] = [num(a.cx), num(a.cy)];
			return { box: { x0: cx - rx, y0: cy - ry, x1: cx + rx, y1: cy + ry }, segments: [], minSide: 2 * Math.min(rx, ry) };
		}
		case 'line': {
			const segment = { ax: num(a.x1), ay: num(a.y1), bx: num(a.x2), by: num(a.y2) };
			return { box: boxOf([[segment.ax, segment.ay], [segment.bx, segment.by]]), segments: [segment] };
		}
		case 'polygon':
		case 'polyline': {
			const values = (a.points ?? '').trim().split(/[\s,]+/).map(Number);
			const points: Array<[number, number]> = [];
			for (let i = 0; i + 1 < values.length; i += 2) points.push([values[i], values[i + 1]]);
			const segments = points.slice(1).map(([bx, by], i) => ({ ax: points[i][0], ay: points[i][1], bx, by }));
			return { box: boxOf(points), segments };
		}
		default: {
			const { points, segments } = tracePath(a.d ?? '');
			return { box: boxOf(points), segments };
		}
	}
}

type XmlNode = Record<string, unknown> & { ':@'?: Record<string, string> };

function parseIcon(svg: string): Icon {
	const parser = new XMLParser({ preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: '' });
	const document = parser.parse(svg) as XmlNode[];
	const root = document.find((node) => 'svg' in node);
	if (!root) return { viewBox: [], shapes: [], problems: ['no <svg> element'] };
	const problems: string[] = [];
	const viewBox = (root[':@']?.viewBox ?? '').trim().split(/[\s,]+/).map(Number);
	if (viewBox.length !== 4 || viewBox.some((v) => !Number.isFinite(v))) problems.push('no viewBox');
	else if (viewBox[2] !== viewBox[3]) problems.push(`viewBox ${viewBox.join(' ')} is not square`);

	const shapes: Shape[] = [];
	for (const child of root.svg as XmlNode[]) {
		const tag = Object.keys(child).find((key) => key !== ':@')!;
		const attrs = child[':@'] ?? {};
		if (!SHAPES.has(tag)) {
			problems.push(`<${tag}> (only shapes: ${[...SHAPES].join(', ')})`);
			continue;
		}
		for (const name of UNMEASURED) if (name in attrs) problems.push(`<${tag}> has ${name}`);
		// SVG's defaults: shapes are filled black unless told otherwise; lines have no area.
		const fill = attrs.fill ?? (tag === 'line' ? 'none' : '#000000');
		const stroke = attrs.stroke ?? 'none';
		for (const [what, colour] of [
			['fill', fill],
			['stroke', stroke],
		]) {
			if (colour !== 'none' && !/^#([0-9a-f]{3}|[0-9a-f]{6})$/i.test(colour)) {
				problems.push(`<${tag}> ${what} "${colour}" (an explicit opaque #rgb / #rrggbb or none)`);
			}
		}
		shapes.push({ tag, attrs, fill, stroke, strokeWidth: stroke === 'none' ? 0 : num(attrs['stroke-width'], 1), ...geometry(tag, attrs) });
	}
	if (shapes.length === 0) problems.push('draws nothing');
	return { viewBox, shapes, problems };
}

function luminance(hex: string): number {
	const six = hex.length === 4 ? hex.replace(/[0-9a-f]/gi, (c) => c + c) : hex;
	const [r, g, b] = [1, 3, 5].map((at) => {
		const c = parseInt(six.slice(at, at + 2), 16) / 255;
		return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
	});
	return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
	const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
	return (hi + 0.05) / (lo + 0.05);
}

const inflate = (box: Box, by: number): Box => ({ x0: box.x0 - by, y0: box.y0 - by, x1: box.x1 + by, y1: box.y1 + by });
const contains = (outer: Box, inner: Box) =>
	inner.x0 >= outer.x0 && inner.y0 >= outer.y0 && inner.x1 <= outer.x1 && inner.y1 <= outer.y1;

/** Two straight strokes crossing near both their middles, both diagonal: an "×". */
function crossing(s: Segment, t: Segment): { x: number; y: number } | undefined {
	const diagonal = (g: Segment) => {
		const angle = (Math.abs(Math.atan2(g.by - g.ay, g.bx - g.ax)) * 180) / Math.PI % 90;
		return angle > 25 && angle < 65;
	};
	if (!diagonal(s) || !diagonal(t)) return undefined;
	const [dx1, dy1, dx2, dy2] = [s.bx - s.ax, s.by - s.ay, t.bx - t.ax, t.by - t.ay];
	const denominator = dx1 * dy2 - dy1 * dx2;
	if (Math.abs(denominator) < 1e-9) return undefined;
	const u = ((t.ax - s.ax) * dy2 - (t.ay - s.ay) * dx2) / denominator;
	const v = ((t.ax - s.ax) * dy1 - (t.ay - s.ay) * dx1) / denominator;
	if (u < 0.2 || u > 0.8 || v < 0.2 || v > 0.8) return undefined;
	return { x: s.ax + u * dx1, y: s.ay + u * dy1 };
}

/** Everything that keeps `svg` from reading at 24 px on the canvas node of `theme`. */
function legibilityProblems(svg: string, theme: Theme): string[] {
	const { viewBox, shapes, problems } = parseIcon(svg);
	if (problems.length || viewBox.length !== 4) return problems;
	const unitsPerPixel = viewBox[2] / 24;
	const px = (units: number) => Math.round((units / unitsPerPixel) * 100) / 100;

	shapes.forEach((shape, index) => {
		const label = `<${shape.tag}> #${index + 1}`;
		if (shape.strokeWidth && px(shape.strokeWidth) < MIN_FEATURE_PX) {
			problems.push(`${label}: stroke ${px(shape.strokeWidth)} px wide at 24 px (at least ${MIN_FEATURE_PX})`);
		}
		if (shape.minSide !== undefined && px(shape.minSide) < MIN_FEATURE_PX) {
			problems.push(`${label}: ${px(shape.minSide)} px across at 24 px (at least ${MIN_FEATURE_PX})`);
		}

		// What it is painted on: the last filled shape before it that covers it, else the node.
		const painted = inflate(shape.box, shape.strokeWidth / 2);
		const under = shapes
			.slice(0, index)
			.reverse()
			.find((below) => below.fill !== 'none' && contains(below.box, painted));
		const background = under ? under.fill : NODE_BACKGROUND[theme];
		const where = under ? `the ${under.fill} <${under.tag}> under it` : `the ${theme} node background ${background}`;
		// A stroke is its edge; an unstroked shape's edge is its fill.
		const edge = shape.stroke !== 'none' ? shape.stroke : shape.fill;
		const ratio = contrast(edge, background);
		if (ratio < MIN_CONTRAST) {
			problems.push(`${label}: ${edge} on ${where} is ${ratio.toFixed(2)}:1 (at least ${MIN_CONTRAST}:1)`);
		}
	});

	const segments = shapes.flatMap((shape) => shape.segments.map((segment) => ({ segment, shape })));
	const rings = shapes.filter((shape) => shape.tag === 'circle' || shape.tag === 'ellipse');
	for (let i = 0; i < segments.length; i++) {
		for (let j = i + 1; j < segments.length; j++) {
			const at = crossing(segments[i].segment, segments[j].segment);
			if (!at) continue;
			const ring = rings.find((r) => contains(r.box, { x0: at.x, y0: at.y, x1: at.x, y1: at.y }));
			if (ring) problems.push(`a circled cross at ${at.x},${at.y} (reads as an error badge)`);
		}
	}

	const all = shapes.map((shape) => inflate(shape.box, shape.strokeWidth / 2));
	const span = boxOf(all.flatMap((b) => [[b.x0, b.y0] as [number, number], [b.x1, b.y1] as [number, number]]));
	const spanShare = Math.min(span.x1 - span.x0, span.y1 - span.y0) / viewBox[2];
	if (spanShare < MIN_SPAN) problems.push(`the drawing spans ${Math.round(spanShare * 100)}% of its viewBox (at least ${MIN_SPAN * 100}%)`);
	return problems;
}

const names = readdirSync(ICONS)
	.filter((file) => file.endsWith('.svg') && !file.endsWith('.dark.svg'))
	.map((file) => file.slice(0, -'.svg'.length))
	.sort();
const read = (file: string) => readFileSync(join(ICONS, file), 'utf8');

describe('provider icons', () => {
	it('are the five providers, each a light and a dark drawing, and every icon the nodes and credentials name exists', () => {
		expect(names).toEqual(['billomat', 'iMaterialise', 'invoiceXpress', 'omnixV6', 'shopwave']);
		expect(readdirSync(ICONS).sort()).toEqual(names.flatMap((name) => [`${name}.dark.svg`, `${name}.svg`]).sort());
		const walk = (dir: string): string[] =>
			readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) =>
				entry.isDirectory() ? walk(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
			);
		const sources = [...walk('nodes'), ...walk('credentials')];
		const named = new Set(sources.flatMap((file) => [...readFileSync(join(ROOT, file), 'utf8').matchAll(/file:[./]*icons\/([\w.]+\.svg)/g)].map((m) => m[1])));
		expect([...named].sort()).toEqual(readdirSync(ICONS).sort());
		for (const file of named) expect(existsSync(join(ICONS, file))).toBe(true);
	});

	describe.each(names)('%s', (name) => {
		it('reads at 24 px on the light theme node (the .svg)', () => {
			expect(legibilityProblems(read(`${name}.svg`), 'light')).toEqual([]);
		});

		it('reads at 24 px on the dark theme node (the .dark.svg)', () => {
			expect(legibilityProblems(read(`${name}.dark.svg`), 'dark')).toEqual([]);
		});

		it('has a dark drawing of the same size that is not the light one', () => {
			const light = parseIcon(read(`${name}.svg`));
			const dark = parseIcon(read(`${name}.dark.svg`));
			expect(dark.viewBox).toEqual(light.viewBox);
			expect(dark.shapes.map((s) => s.tag)).toEqual(light.shapes.map((s) => s.tag));
			expect(dark.shapes.map((s) => [s.fill, s.stroke])).not.toEqual(light.shapes.map((s) => [s.fill, s.stroke]));
		});
	});
});

describe('the legibility rules refuse the drawings issue 14 reported', () => {
	// Before issue 14: InvoiceXpress with a circled "×" badge, Omnix V6 with the word "V6",
	// i.materialise with hairline document lines, Shopwave with a translucent cart.
	const oldInvoiceXpress = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64" width="64" height="64">
  <rect x="10" y="4" width="40" height="52" rx="4" fill="#ffffff" stroke="#1f6fb2" stroke-width="3"/>
  <path d="M18 16h24M18 24h24M18 32h14" stroke="#1f6fb2" stroke-width="3" stroke-linecap="round"/>
  <circle cx="46" cy="46" r="14" fill="#f28c28"/>
  <path d="M40 40l12 12M52 40L40 52" stroke="#ffffff" stroke-width="3.5" stroke-linecap="round"/>
</svg>`;
	const oldOmnix = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64" width="64" height="64"><rect x="4" y="4" width="56" height="56" rx="12" fill="#0b5cab"/><circle cx="32" cy="32" r="15" fill="none" stroke="#ffffff" stroke-width="6"/><text x="32" y="58" font-family="Arial, sans-serif" font-size="11" font-weight="700" fill="#ffffff" text-anchor="middle">V6</text></svg>`;
	const oldIMaterialise = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64" width="64" height="64"><rect x="4" y="4" width="56" height="56" rx="12" fill="#e4572e"/><circle cx="20" cy="17" r="5" fill="#ffffff"/><rect x="15.5" y="26" width="9" height="24" rx="2" fill="#ffffff"/><path d="M32 16h11l8 8v26a2 2 0 0 1-2 2H32a2 2 0 0 1-2-2V18a2 2 0 0 1 2-2z" fill="#ffffff"/><path d="M43 16v8h8" fill="none" stroke="#e4572e" stroke-width="2"/><path d="M35 32h12M35 38h12M35 44h8" stroke="#e4572e" stroke-width="2.5" stroke-linecap="round"/></svg>`;
	const oldShopwave = `<svg xmlns="http://www.w3.org/2000/svg" width="60" height="60" viewBox="0 0 60 60">
  <rect x="4" y="4" width="52" height="52" rx="12" fill="#1f6feb"/>
  <path d="M12 34c5-8 10-8 15 0s10 8 15 0 6-6 6-6" fill="none" stroke="#ffffff" stroke-width="5" stroke-linecap="round"/>
  <path d="M20 22h20l-2 8H22z" fill="#ffffff" opacity="0.9"/>
</svg>`;

	it('InvoiceXpress: the circled cross, the pale orange badge, the 1.1 px lines', () => {
		expect(legibilityProblems(oldInvoiceXpress, 'light')).toEqual([
			'<rect> #1: stroke 1.13 px wide at 24 px (at least 1.5)',
			'<path> #2: stroke 1.13 px wide at 24 px (at least 1.5)',
			'<circle> #3: #f28c28 on the light node background #ffffff is 2.45:1 (at least 3:1)',
			'<path> #4: stroke 1.31 px wide at 24 px (at least 1.5)',
			'<path> #4: #ffffff on the #f28c28 <circle> under it is 2.45:1 (at least 3:1)',
			'a circled cross at 46,46 (reads as an error badge)',
		]);
	});

	it('Omnix V6: the word "V6"', () => {
		expect(legibilityProblems(oldOmnix, 'light')).toEqual(['<text> (only shapes: rect, circle, ellipse, path, line, polygon, polyline)']);
	});

	it('i.materialise: hairline document lines', () => {
		expect(legibilityProblems(oldIMaterialise, 'light')).toEqual([
			'<path> #5: stroke 0.75 px wide at 24 px (at least 1.5)',
			'<path> #6: stroke 0.94 px wide at 24 px (at least 1.5)',
		]);
	});

	it('Shopwave: a translucent shape, whose contrast cannot be known', () => {
		expect(legibilityProblems(oldShopwave, 'light')).toEqual(['<path> has opacity']);
	});

	it('a mark that vanishes into the dark node background', () => {
		const darkOnDark = `<svg viewBox="0 0 24 24"><circle cx="12" cy="12" r="10" fill="#333333"/></svg>`;
		expect(legibilityProblems(darkOnDark, 'dark')).toEqual([
			'<circle> #1: #333333 on the dark node background #2b2b2b is 1.12:1 (at least 3:1)',
		]);
	});

	it('a drawing in one corner of its viewBox', () => {
		const small = `<svg viewBox="0 0 24 24"><rect x="2" y="2" width="8" height="8" fill="#1f6fb2"/></svg>`;
		expect(legibilityProblems(small, 'light')).toEqual(['the drawing spans 33% of its viewBox (at least 75%)']);
	});
});
