// The rendered icon check: every icons/<name>.svg on n8n's light node background and its
// <name>.dark.svg on the dark one, each drawn at 24 px as the canvas and the node panel do, at
// 1x (no HiDPI help) and beside it the same pixels enlarged 4x, so a reader judges what the
// editor really paints. Writes docs/images/icons-24px.png.
//
//   npm run screenshots -- icons [--icons <dir>] [--out <file.png>]
import { readdirSync, readFileSync } from 'fs';
import { basename, join, resolve } from 'path';
import { launchBrowser } from './browser';

/** n8n 2.x editor: --node--color--background is neutral-white (light) and neutral-850 (dark). */
export const NODE_BACKGROUND = { light: '#ffffff', dark: '#2b2b2b' } as const;

const SIZE = 24;
const ZOOM = 4;

function dataUrl(file: string): string {
	return `data:image/svg+xml;base64,${readFileSync(file).toString('base64')}`;
}

/** Icon pairs in `dir`: `<name>.svg` with its `<name>.dark.svg`. */
export function iconPairs(dir: string): Array<{ name: string; light: string; dark: string }> {
	return readdirSync(dir)
		.filter((file) => file.endsWith('.svg') && !file.endsWith('.dark.svg'))
		.sort()
		.map((file) => {
			const name = basename(file, '.svg');
			return { name, light: join(dir, file), dark: join(dir, `${name}.dark.svg`) };
		});
}

export async function renderIconSheet(iconsDir: string, outFile: string): Promise<void> {
	const pairs = iconPairs(iconsDir);
	const browser = await launchBrowser({ width: 800, height: 600 });
	try {
		const page = await browser.context.newPage();
		// Stage 1: the icons at their canvas size, 1 device pixel per CSS pixel.
		const cell = (theme: 'light' | 'dark', file: string) =>
			`<div style="background:${NODE_BACKGROUND[theme]};padding:8px;display:inline-block;line-height:0">` +
			`<img src="${dataUrl(file)}" width="${SIZE}" height="${SIZE}"></div>`;
		await page.setContent(
			`<body style="margin:0;background:#888"><div id="strip" style="display:inline-block">` +
				pairs.map((p) => `<div style="display:flex">${cell('light', p.light)}${cell('dark', p.dark)}</div>`).join('') +
				`</div></body>`,
		);
		const strip = await page.locator('#strip').screenshot();
		const stripUrl = `data:image/png;base64,${strip.toString('base64')}`;
		const rowHeight = SIZE + 16;
		const width = 2 * (SIZE + 16);
		const height = pairs.length * rowHeight;

		// Stage 2: the sheet: names, the 1x strip, and the same strip enlarged without smoothing.
		await page.setContent(
			`<body style="margin:0;font:13px/1 sans-serif;background:#f0f0f0">
			<div id="sheet" style="display:inline-flex;gap:16px;padding:12px;align-items:flex-start">
				<div>${pairs.map((p) => `<div style="height:${rowHeight * ZOOM}px;display:flex;align-items:center">${p.name}</div>`).join('')}</div>
				<div style="text-align:center"><img src="${stripUrl}" width="${width}" height="${height}"><div>24 px</div></div>
				<div style="text-align:center"><img src="${stripUrl}" width="${width * ZOOM}" height="${height * ZOOM}" style="image-rendering:pixelated"><div>24 px, enlarged ${ZOOM}x (light | dark)</div></div>
			</div></body>`,
		);
		await page.locator('#sheet').screenshot({ path: outFile });
	} finally {
		await browser.close();
	}
}

function flag(name: string): string | undefined {
	const at = process.argv.indexOf(name);
	return at === -1 ? undefined : process.argv[at + 1];
}

if (require.main === module) {
	const root = resolve(__dirname, '..', '..');
	const iconsDir = resolve(flag('--icons') ?? join(root, 'icons'));
	const out = resolve(flag('--out') ?? join(root, 'docs', 'images', 'icons-24px.png'));
	renderIconSheet(iconsDir, out)
		.then(() => process.stdout.write(`wrote ${out}\n`))
		.catch((error) => {
			process.stderr.write(`icon sheet failed: ${(error as Error).message}\n`);
			process.exit(1);
		});
}
