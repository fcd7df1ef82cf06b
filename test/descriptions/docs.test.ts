// The documentation a user reaches from n8n and from the repository: every node's and every
// credential's Docs link opens its provider's page in docs/ (n8n appends "?utm_source=…" to the
// URL, which breaks a "#anchor" link, so none has one), and every relative link inside README.md
// and docs/*.md leads to a file, and a heading, that exist.
import { existsSync, readdirSync, readFileSync } from 'fs';
import { dirname, join, relative, resolve } from 'path';
import type { ICredentialType } from 'n8n-workflow';

const ROOT = join(__dirname, '..', '..');
const PACKAGE = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
	n8n: { nodes: string[]; credentials: string[] };
};
const DOCS_URL = /^https:\/\/github\.com\/n8n-nodes-invoicing\/n8n-nodes-invoicing\/blob\/main\/(docs\/[a-z0-9-]+\.md)$/;

/** The page each node (by codex file) and each credential (by type name) must open. */
const NODE_PAGES: Record<string, string> = {
	'nodes/Billomat/Billomat.node.json': 'docs/billomat.md',
	'nodes/Billomat/BillomatTrigger.node.json': 'docs/billomat.md',
	'nodes/IMaterialise/IMaterialise.node.json': 'docs/imaterialise.md',
	'nodes/IMaterialise/IMaterialiseTrigger.node.json': 'docs/imaterialise.md',
	'nodes/InvoiceXpress/InvoiceXpress.node.json': 'docs/invoicexpress.md',
	'nodes/InvoiceXpress/InvoiceXpressTrigger.node.json': 'docs/invoicexpress.md',
	'nodes/OmnixV6/OmnixV6.node.json': 'docs/omnix-v6.md',
	'nodes/OmnixV6/OmnixV6Trigger.node.json': 'docs/omnix-v6.md',
	'nodes/Shopwave/Shopwave.node.json': 'docs/shopwave.md',
};
const CREDENTIAL_PAGES: Record<string, string> = {
	billomatApi: 'docs/billomat.md',
	billomatWebhookApi: 'docs/billomat.md',
	iMaterialiseApi: 'docs/imaterialise.md',
	invoiceXpressApi: 'docs/invoicexpress.md',
	omnixV6Api: 'docs/omnix-v6.md',
	shopwaveApi: 'docs/shopwave.md',
	shopwaveOAuth2Api: 'docs/shopwave.md',
};
const PROVIDER_PAGES = [...new Set(Object.values(NODE_PAGES))].sort();

/** What a Docs link names: the repository file, or why it is not one of ours. */
function docsFile(url: unknown): string {
	expect(typeof url).toBe('string');
	expect(url as string).not.toContain('#');
	const match = DOCS_URL.exec(url as string);
	if (!match) throw new Error(`${String(url)} is not https://github.com/n8n-nodes-invoicing/n8n-nodes-invoicing/blob/main/docs/<page>.md`);
	expect(existsSync(join(ROOT, match[1]))).toBe(true);
	return match[1];
}

function codexUrls(file: string): unknown[] {
	const codex = JSON.parse(readFileSync(join(ROOT, file), 'utf8')) as {
		resources?: Record<string, Array<{ url?: unknown }>>;
	};
	return Object.values(codex.resources ?? {}).flatMap((links) => links.map((link) => link.url));
}

/** Every credential class package.json declares, loaded from source as the tests run the nodes. */
function credentialTypes(): ICredentialType[] {
	return PACKAGE.n8n.credentials.map((path) => {
		const source = join(ROOT, path.replace(/^dist\//, '').replace(/\.js$/, '.ts'));
		const module = require(source) as Record<string, unknown>;
		const name = source.split('/').pop()!.replace(/\.credentials\.ts$/, '');
		const type = module[name] as new () => ICredentialType;
		expect(typeof type).toBe('function');
		return new type();
	});
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens, repeats numbered. */
function anchorsOf(markdown: string): Set<string> {
	const seen = new Map<string, number>();
	const anchors = new Set<string>();
	for (const line of markdown.replace(/^```[\s\S]*?^```/gm, '').split('\n')) {
		const heading = /^#{1,6} (.*)$/.exec(line);
		if (!heading) continue;
		const text = heading[1].replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').trim();
		const slug = text.toLowerCase().replace(/[^\p{L}\p{N}\s_-]/gu, '').replace(/\s/g, '-');
		const count = seen.get(slug) ?? 0;
		seen.set(slug, count + 1);
		anchors.add(count === 0 ? slug : `${slug}-${count}`);
	}
	return anchors;
}

/** The text without fenced code blocks and inline code, where a "[x](y)" is not a link. */
function withoutCode(markdown: string): string {
	return markdown.replace(/^```[\s\S]*?^```/gm, '').replace(/`[^`\n]*`/g, '');
}

const MARKDOWN = ['README.md', ...readdirSync(join(ROOT, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)].sort();

describe('Docs links of the nodes and credentials', () => {
	test.each(Object.keys(NODE_PAGES))('%s: every resource link is its provider page, without an anchor', (file) => {
		const urls = codexUrls(file);
		expect(urls.length).toBeGreaterThan(0);
		for (const url of urls) expect(docsFile(url)).toBe(NODE_PAGES[file]);
	});

	test('every codex file of the package is checked above', () => {
		const declared = PACKAGE.n8n.nodes.map((path) => path.replace(/^dist\//, '').replace(/\.js$/, '.json')).sort();
		expect(Object.keys(NODE_PAGES).sort()).toEqual(declared);
	});

	test('every credential class has a documentationUrl: its provider page, without an anchor', () => {
		const types = credentialTypes();
		expect(types.map((t) => t.name).sort()).toEqual(Object.keys(CREDENTIAL_PAGES).sort());
		for (const type of types) {
			expect({ credential: type.name, page: docsFile(type.documentationUrl) }).toEqual({
				credential: type.name,
				page: CREDENTIAL_PAGES[type.name],
			});
		}
	});
});

describe('README.md and docs/*.md', () => {
	test.each(MARKDOWN)('%s: every relative link leads to an existing file and heading', (file) => {
		const text = readFileSync(join(ROOT, file), 'utf8');
		const broken: string[] = [];
		const links = [...withoutCode(text).matchAll(/\[[^\]]*\]\(([^)\s]+)\)/g)].map((m) => m[1]);
		for (const link of links) {
			if (/^[a-z]+:/i.test(link)) continue;
			const [path, anchor] = link.split('#');
			const target = path === '' ? join(ROOT, file) : resolve(dirname(join(ROOT, file)), path);
			if (!existsSync(target)) {
				broken.push(`${link}: no file ${relative(ROOT, target)}`);
				continue;
			}
			if (anchor !== undefined && !anchorsOf(readFileSync(target, 'utf8')).has(decodeURIComponent(anchor))) {
				broken.push(`${link}: no heading #${anchor} in ${relative(ROOT, target)}`);
			}
		}
		expect(broken).toEqual([]);
	});

	test.each(PROVIDER_PAGES)('%s: the credential how-to first, then the operations, the example workflow and the sandbox', (page) => {
		const sections = readFileSync(join(ROOT, page), 'utf8')
			.split('\n')
			.filter((line) => line.startsWith('## '))
			.map((line) => line.slice(3).replace(/:.*$/, ''));
		expect(sections).toEqual(['Credential', 'Operations', 'Example workflow', 'Sandbox']);
	});

	test('every example workflow is described on a provider page', () => {
		const pages = PROVIDER_PAGES.map((page) => readFileSync(join(ROOT, page), 'utf8')).join('\n');
		for (const example of readdirSync(join(ROOT, 'examples')).filter((f) => f.endsWith('.json'))) {
			expect({ example, described: pages.includes(`examples/${example}`) }).toEqual({ example, described: true });
		}
	});

	test('the README links to every page in docs/', () => {
		const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
		for (const page of MARKDOWN.filter((f) => f.startsWith('docs/'))) expect(readme).toContain(`](${page})`);
	});
});
