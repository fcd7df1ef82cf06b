// `npm run screenshots`: the images in docs/images/.
//   npm run screenshots            the icon sheet and the editor screenshots
//   npm run screenshots -- icons   only docs/images/icons-24px.png (no n8n needed)
//   npm run screenshots -- editor  only the editor screenshots (an n8n of its own on free ports,
//                                  stopped at the end; add --no-build to use dist/ as it is)
//   npm run screenshots -- check   no screenshots: the browser checks of what the editor shows
//                                  (scripts/screenshots/checks.ts); exits 1 when one fails
// Needs Chromium at /usr/bin/chromium (`apt-get install -y chromium`) or CHROMIUM_PATH.
import { join, resolve } from 'path';
import { editorChecks } from './checks';
import { editorScreenshots } from './editor';
import { renderIconSheet } from './icons';

const OUT = join(resolve(__dirname, '..', '..'), 'docs', 'images');

async function main(): Promise<void> {
	if (process.argv.includes('check')) {
		const failures = await editorChecks({ build: !process.argv.includes('--no-build') });
		if (failures.length) throw new Error(failures.join('\n'));
		return;
	}
	const only = process.argv.slice(2).find((arg) => arg === 'icons' || arg === 'editor');
	if (only !== 'editor') {
		await renderIconSheet(join(resolve(__dirname, '..', '..'), 'icons'), join(OUT, 'icons-24px.png'));
		process.stdout.write(`[screenshots] wrote ${join(OUT, 'icons-24px.png')}\n`);
	}
	if (only !== 'icons') await editorScreenshots(OUT, { build: !process.argv.includes('--no-build') });
}

main().then(
	() => process.exit(0),
	(error) => {
		process.stderr.write(`[screenshots] failed: ${(error as Error).stack ?? error}\n`);
		process.exit(1);
	},
);
