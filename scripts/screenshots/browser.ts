// Headless Chromium for the screenshot scripts: the system's Chromium (Debian's package, not a
// browser download), driven by playwright-core, with a profile of its own that is removed after.
import { existsSync, mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { chromium, type BrowserContext } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const ARGS = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
];

export interface Browser {
	context: BrowserContext;
	close(): Promise<void>;
}

/** A fresh Chromium profile each run, so no theme or login is carried over from the last one. */
export async function launchBrowser(options: { width: number; height: number; scale?: number }): Promise<Browser> {
	if (!existsSync(CHROMIUM)) {
		throw new Error(`no Chromium at ${CHROMIUM}: install it with \`apt-get install -y chromium\` (or set CHROMIUM_PATH)`);
	}
	const profile = mkdtempSync(join(tmpdir(), 'invoicing-screenshots-'));
	let context: BrowserContext;
	try {
		context = await chromium.launchPersistentContext(profile, {
			executablePath: CHROMIUM,
			headless: true,
			args: ARGS,
			viewport: { width: options.width, height: options.height },
			deviceScaleFactor: options.scale ?? 1,
		});
	} catch (error) {
		rmSync(profile, { recursive: true, force: true });
		throw error;
	}
	return {
		context,
		close: async () => {
			await context.close().catch(() => undefined);
			rmSync(profile, { recursive: true, force: true });
		},
	};
}
