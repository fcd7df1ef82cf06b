// Screenshots of the n8n editor with this package, for docs/images/: the Billomat example on the
// canvas in the light and the dark theme, a node's parameter panel in both, and the node panel
// searched for "invoice". Runs an n8n of its own, as `npm start` sets one up (the installed
// runtime, the package, the provider sandboxes, their credentials, the examples and the demo
// owner) but in a temporary user folder on free ports, so a running `npm start` or e2e is not in
// the way; everything it starts is stopped and the folder removed at the end.
//
// Flags: --no-build (use dist/ as it is); N8N_LINE=1 for n8n 1.x.
import { mkdirSync, mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import type { Page } from 'playwright-core';
import { installRuntime } from '../n8n/install-runtime';
import { linkPackage } from '../n8n/link-package';
import type { LocalServices } from '../n8n/local-services';
import { prepareExample, startLocalServices } from '../n8n/local-services';
import { ensureUserFolder, importCredentials, importWorkflows, loadExamples, ownerSession, startN8n } from '../n8n/n8n';
import { DEMO_OWNER, N8N_VERSION, freePort, n8nEnv } from '../n8n/runtime';
import { startSandboxes } from '../n8n/sandboxes';
import { launchBrowser } from './browser';

const WORKFLOW = 'billomatRows';
const PANEL_NODE = 'Create draft';
const VIEWPORT = { width: 1400, height: 800 };

type Theme = 'light' | 'dark';

function log(message: string): void {
	process.stdout.write(`[screenshots] ${message}\n`);
}

export interface Editor {
	base: string;
	stop(): Promise<void>;
}

export async function startEditor(build: boolean): Promise<Editor> {
	installRuntime();
	const userFolder = mkdtempSync(join(tmpdir(), 'invoicing-screenshots-n8n-'));
	ensureUserFolder(userFolder);
	const { running, close } = await startSandboxes(false);
	let services: LocalServices | undefined;
	let server: Awaited<ReturnType<typeof startN8n>> | undefined;
	const stop = async () => {
		await server?.stop();
		await services?.close();
		await close();
		rmSync(userFolder, { recursive: true, force: true });
	};
	try {
		linkPackage(userFolder, { build });
		const port = String(await freePort());
		services = await startLocalServices(userFolder);
		const env = n8nEnv(userFolder, { N8N_PORT: port, N8N_RUNNERS_BROKER_PORT: String(await freePort()), ...services.env });
		const credentials = [...running.map((s) => s.credential), services.credential];
		await importCredentials(credentials, env, userFolder);
		const filesDir = services.filesDir;
		await importWorkflows(
			loadExamples().map((e) => prepareExample(e.workflow, credentials, filesDir)),
			env,
			userFolder,
		);
		log(`starting n8n ${N8N_VERSION} on port ${port}`);
		server = await startN8n(env, join(userFolder, 'n8n.log'), { timeoutMs: 300_000 });
		const session = await ownerSession(port, DEMO_OWNER);
		if (!session.cookie) throw new Error('could not set up or log in as the demo owner');
		return { base: `http://localhost:${port}`, stop };
	} catch (error) {
		await stop().catch(() => undefined);
		throw error;
	}
}

export async function dismissDialogs(page: Page): Promise<void> {
	// First-login prompts (personalization survey, announcements) sit over the canvas.
	for (let i = 0; i < 3; i++) {
		const dialog = page.locator('.el-dialog:visible, [role=dialog]:visible').first();
		if (!(await dialog.isVisible().catch(() => false))) return;
		const close = dialog.locator('.el-dialog__headerbtn, button[aria-label=Close], [data-test-id=close-button]').first();
		if (await close.isVisible().catch(() => false)) await close.click();
		else await page.keyboard.press('Escape');
		await page.waitForTimeout(400);
	}
}

async function openCanvas(page: Page, base: string, workflowId = WORKFLOW): Promise<void> {
	await page.goto(`${base}/workflow/${workflowId}`);
	await page.locator('[data-test-id="canvas-node"]').first().waitFor({ timeout: 60_000 });
	await dismissDialogs(page);
	// Zoom to fit ("1"), then let the canvas settle.
	await page.locator('.vue-flow__pane').first().click({ position: { x: 5, y: 5 } });
	await page.keyboard.press('1');
	await page.waitForTimeout(800);
}

async function shoot(page: Page, outDir: string, file: string): Promise<void> {
	await page.screenshot({ path: join(outDir, file) });
	log(`wrote ${join(outDir, file)}`);
}

async function themeShots(base: string, theme: Theme, outDir: string, search: boolean): Promise<void> {
	const browser = await launchBrowser(VIEWPORT);
	try {
		const { context } = browser;
		// n8n reads its theme from localStorage N8N_THEME ('light' | 'dark'); set before any page script runs.
		await context.addInitScript({ content: `window.localStorage.setItem('N8N_THEME', '${theme}');` });
		const login = await context.request.post(`${base}/rest/login`, {
			data: { emailOrLdapLoginId: DEMO_OWNER.email, password: DEMO_OWNER.password },
		});
		if (!login.ok()) throw new Error(`login as ${DEMO_OWNER.email} failed: HTTP ${login.status()} ${await login.text()}`);
		const page = await context.newPage();
		await openCanvas(page, base);
		const bodyTheme = await page.evaluate<string | null>("document.body.getAttribute('data-theme')");
		if (bodyTheme !== theme) throw new Error(`the editor shows the ${bodyTheme ?? 'default'} theme, not ${theme}`);
		await shoot(page, outDir, `editor-${theme}.png`);

		await page.locator(`[data-test-id="canvas-node"][data-node-name="${PANEL_NODE}"]`).dblclick();
		await page.locator('[data-test-id="ndv"], .ndv-wrapper').first().waitFor({ timeout: 30_000 });
		await page.waitForTimeout(800);
		await shoot(page, outDir, `node-panel-${theme}.png`);
		await page.keyboard.press('Escape');
		await page.waitForTimeout(500);

		if (search) {
			// Every example's canvas, for the README and the provider pages.
			mkdirSync(join(outDir, 'examples'), { recursive: true });
			for (const example of loadExamples()) {
				await openCanvas(page, base, example.workflow.id);
				await shoot(page, outDir, join('examples', `${example.name}.png`));
			}
			await openCanvas(page, base);

			await page.locator('[data-test-id="canvas-plus-button"], [data-test-id="node-creator-plus-button"]').first().click();
			const input = page.locator('[data-test-id="node-creator-search-bar"] input, [data-test-id="node-creator-search-bar"]').first();
			await input.waitFor({ timeout: 15_000 });
			await page.keyboard.type('invoice');
			await page.waitForLoadState('networkidle');
			await page.waitForTimeout(800);
			await shoot(page, outDir, 'search-invoice.png');
		}
	} finally {
		await browser.close();
	}
}

export async function editorScreenshots(outDir: string, options: { build?: boolean } = {}): Promise<void> {
	mkdirSync(outDir, { recursive: true });
	const editor = await startEditor(options.build !== false);
	const onSignal = () => {
		void editor.stop().finally(() => process.exit(130));
	};
	process.once('SIGINT', onSignal);
	process.once('SIGTERM', onSignal);
	try {
		await themeShots(editor.base, 'light', outDir, true);
		await themeShots(editor.base, 'dark', outDir, false);
	} finally {
		process.off('SIGINT', onSignal);
		process.off('SIGTERM', onSignal);
		await editor.stop();
		log('n8n and the sandboxes stopped');
	}
}
