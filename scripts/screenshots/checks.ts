// What a user sees in the editor, checked in a real browser against a real n8n (the browser checks
// of issue 14): the examples' date fields show their dates, Shopwave's line items show Name, Price
// and Quantity with the rest under "Add Field", and the node panel's search for "invoice" lists
// every provider. Same n8n set-up as the screenshots (its own user folder and free ports).
//
//   npm run screenshots -- check [--no-build]
import type { Page } from 'playwright-core';
import { DEMO_OWNER, N8N_VERSION } from '../n8n/runtime';
import { launchBrowser } from './browser';
import { dismissDialogs, startEditor } from './editor';

const PROVIDERS = ['Billomat', 'InvoiceXpress', 'i.materialise', 'Shopwave', 'Omnix V6'];

function log(message: string): void {
	process.stdout.write(`[editor-checks] ${message}\n`);
}

/** Opens a node of an example workflow on its parameters. */
async function openNode(page: Page, base: string, workflowId: string, nodeName: string): Promise<void> {
	await page.goto(`${base}/workflow/${workflowId}`);
	await page.locator('[data-test-id="canvas-node"]').first().waitFor({ timeout: 60_000 });
	await dismissDialogs(page);
	await page.locator(`[data-test-id="canvas-node"][data-node-name="${nodeName}"]`).dblclick();
	await page.locator('[data-test-id="ndv"], .ndv-wrapper').first().waitFor({ timeout: 30_000 });
	await page.waitForTimeout(800);
}

/** The text a parameter's input shows (its input element's value), by the parameter's name. */
async function shownValue(page: Page, parameter: string): Promise<string> {
	const input = page.locator(`[data-test-id="parameter-input-${parameter}"] input`).first();
	await input.waitFor({ timeout: 15_000 });
	return await input.inputValue();
}

async function check(name: string, run: () => Promise<void>, failures: string[]): Promise<void> {
	try {
		await run();
		log(`PASS ${name}`);
	} catch (error) {
		failures.push(`${name}: ${(error as Error).message}`);
		log(`FAIL ${name}: ${(error as Error).message}`);
	}
}

function expectEqual(actual: unknown, expected: unknown, what: string): void {
	if (JSON.stringify(actual) !== JSON.stringify(expected)) {
		throw new Error(`${what}: expected ${JSON.stringify(expected)}, the editor shows ${JSON.stringify(actual)}`);
	}
}

export async function editorChecks(options: { build?: boolean } = {}): Promise<string[]> {
	const editor = await startEditor(options.build !== false);
	const failures: string[] = [];
	const browser = await launchBrowser({ width: 1400, height: 900 });
	try {
		const login = await browser.context.request.post(`${editor.base}/rest/login`, {
			data: { emailOrLdapLoginId: DEMO_OWNER.email, password: DEMO_OWNER.password },
		});
		if (!login.ok()) throw new Error(`login failed: HTTP ${login.status()}`);
		const page = await browser.context.newPage();

		await check('Omnix V6 example: From shows 2018-01-01', async () => {
			await openNode(page, editor.base, 'omnixV6Invoices', 'Omnix V6');
			expectEqual(await shownValue(page, 'fromDate'), '2018-01-01', 'From');
		}, failures);

		await check('Shopwave example: Complete Date shows 2024-03-01; a line item shows Name, Price, Quantity and "Add Field"', async () => {
			await openNode(page, editor.base, 'shopwaveInvoices', 'Shopwave');
			expectEqual(await shownValue(page, 'completeDate'), '2024-03-01', 'Complete Date');
			// The first line item: its own fields, then those added under "Add Field" (the example
			// adds Barcode, Product ID and VAT Percentage); nested inputs carry a generic id, left out.
			const item = page.locator('[data-test-id="fixed-collection-lineItems"]').first();
			const ids = await item
				.locator('[data-test-id^="parameter-input-"]')
				.evaluateAll((elements) => elements.map((e) => e.getAttribute('data-test-id') ?? '').filter((id) => id !== 'parameter-input-field'));
			expectEqual(
				ids.slice(0, 6).map((id) => id.replace('parameter-input-', '')),
				['name', 'price', 'quantity', 'barcode', 'productId', 'vatPercentage'],
				'the first line item’s fields',
			);
			// The collection's "Add Field" is a select whose placeholder says it.
			const html = await item.innerHTML();
			if (!html.includes('Add Field')) throw new Error('no "Add Field" in the line items');
		}, failures);

		await check('node panel: "invoice" finds every provider', async () => {
			// From a workflow that has a trigger: on an empty canvas the panel offers triggers only.
			await page.goto(`${editor.base}/workflow/billomatRows`);
			await page.locator('[data-test-id="canvas-node"]').first().waitFor({ timeout: 60_000 });
			await dismissDialogs(page);
			await page.locator('[data-test-id="canvas-plus-button"], [data-test-id="node-creator-plus-button"]').first().click();
			await page.locator('[data-test-id="node-creator-search-bar"] input, [data-test-id="node-creator-search-bar"]').first().waitFor({ timeout: 15_000 });
			await page.keyboard.type('invoice');
			await page.waitForTimeout(1500);
			// Each result's first line is the node's name (its item elements differ by kind).
			const lines = (await page.locator('[data-test-id="node-creator"], .node-creator').first().innerText())
				.split('\n')
				.map((line) => line.trim());
			const missing = PROVIDERS.filter((provider) => !lines.includes(provider));
			if (missing.length) throw new Error(`not listed: ${missing.join(', ')} (the panel shows: ${lines.filter(Boolean).join(' | ').slice(0, 400)})`);
		}, failures);
	} finally {
		await browser.close();
		await editor.stop();
	}
	log(failures.length ? `${failures.length} failed on n8n ${N8N_VERSION}` : `all passed on n8n ${N8N_VERSION}`);
	return failures;
}
