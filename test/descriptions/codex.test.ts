// The codex files (nodes/**/<Node>.node.json) n8n reads for its node panel and the AI Agent's
// tool search: categories, the alias words users type, and the documentation link. Read from the
// repository as published, so a removed alias or a broken link fails here.
import { readdirSync, readFileSync } from 'fs';
import { join, relative } from 'path';
import type { INodeType } from 'n8n-workflow';

const ROOT = join(__dirname, '..', '..');
const PACKAGE = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { name: string; n8n: { nodes: string[] } };

interface Codex {
	node: string;
	nodeVersion: string;
	codexVersion: string;
	categories?: unknown;
	alias?: unknown;
	resources?: { primaryDocumentation?: Array<{ url?: unknown }>; credentialDocumentation?: Array<{ url?: unknown }> };
}

function codexFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return codexFiles(path);
		return entry.name.endsWith('.node.json') ? [path] : [];
	});
}

const files = codexFiles(join(ROOT, 'nodes')).map((path) => relative(ROOT, path)).sort();
const codex = (file: string) => JSON.parse(readFileSync(join(ROOT, file), 'utf8')) as Codex;

/** The node type the codex sits next to (<Node>.node.ts), by its description. */
function nodeType(file: string): INodeType {
	const module = require(join(ROOT, file.replace(/\.json$/, '.ts'))) as Record<string, new () => INodeType>;
	const classes = Object.values(module).filter((value) => typeof value === 'function');
	expect(classes).toHaveLength(1);
	return new classes[0]();
}

/** What users type for each service; every one must stay (more may be added). */
const REQUIRED_ALIASES: Record<string, string[]> = {
	'nodes/Billomat/Billomat.node.json': ['invoice', 'billing', 'accounting', 'bookkeeping', 'payment'],
	'nodes/Billomat/BillomatTrigger.node.json': ['invoice', 'payment', 'webhook', 'billing', 'accounting'],
	'nodes/IMaterialise/IMaterialise.node.json': ['invoice', '3D print', 'additive manufacturing', 'order', 'delivery note'],
	'nodes/IMaterialise/IMaterialiseTrigger.node.json': ['3D print', 'order status', 'ready to ship', 'white label'],
	'nodes/InvoiceXpress/InvoiceXpress.node.json': ['invoice', 'billing', 'accounting', 'receipt', 'credit note', 'debit note', 'payment', 'estimate', 'transport guide'],
	'nodes/InvoiceXpress/InvoiceXpressTrigger.node.json': ['invoice', 'invoice settled', 'paid', 'receipt', 'credit note', 'debit note', 'estimate', 'guide'],
	'nodes/OmnixV6/OmnixV6.node.json': ['invoice', 'credit memo', 'debit memo', 'TMS', 'transport', 'freight', 'carrier', 'shipping'],
	'nodes/OmnixV6/OmnixV6Trigger.node.json': ['invoice', 'credit memo', 'debit memo', 'TMS', 'transport', 'freight', 'carrier', 'shipping'],
	'nodes/Shopwave/Shopwave.node.json': ['invoice', 'supplier', 'purchase', 'POS', 'retail'],
};

describe('codex files (node panel search)', () => {
	test('every node the package declares, the trigger included, has a codex file next to it', () => {
		const declared = PACKAGE.n8n.nodes.map((path) => path.replace(/^dist\//, '').replace(/\.js$/, '.json')).sort();
		expect(files).toEqual(declared);
		expect(files).toEqual(Object.keys(REQUIRED_ALIASES).sort());
	});

	describe.each(files)('%s', (file) => {
		const data = codex(file);

		test('names the node type it describes, so n8n attaches it', () => {
			expect(data.node).toBe(`${PACKAGE.name}.${nodeType(file).description.name}`);
		});

		test('has categories', () => {
			expect(Array.isArray(data.categories)).toBe(true);
			expect((data.categories as unknown[]).length).toBeGreaterThan(0);
			for (const category of data.categories as unknown[]) expect(typeof category).toBe('string');
		});

		test('has the alias words users search for, "invoice" among them', () => {
			expect(Array.isArray(data.alias)).toBe(true);
			const alias = data.alias as unknown[];
			for (const word of alias) expect(typeof word === 'string' && word.trim() === word && word !== '').toBe(true);
			expect(new Set(alias).size).toBe(alias.length);
			expect(alias).toContain('invoice');
			expect(alias).toEqual(expect.arrayContaining(REQUIRED_ALIASES[file]));
		});

		test('links to its documentation: the provider page in docs/, without an anchor (see docs.test.ts)', () => {
			const links = [...(data.resources?.primaryDocumentation ?? []), ...(data.resources?.credentialDocumentation ?? [])];
			expect(links.length).toBeGreaterThan(1);
			for (const { url } of links) {
				const parsed = new URL(String(url));
				expect(parsed.protocol).toBe('https:');
				expect(parsed.hash).toBe('');
				expect(parsed.pathname).toMatch(/^\/n8n-nodes-invoicing\/n8n-nodes-invoicing\/blob\/main\/docs\/[a-z0-9-]+\.md$/);
			}
		});
	});
});
