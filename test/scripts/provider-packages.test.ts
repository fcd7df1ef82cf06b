// What `npm run build:packages` does to what it copies (scripts/packages/build.ts): a provider's page
// becomes a README whose links work on npm, and an example's nodes move to the per-provider
// packages. The packages themselves are checked by n8n's scanner and the e2e in CI
// (`npm run scan:packages`, `npm run test:e2e -- --packages single`), which need a build.
import { readFileSync } from 'fs';
import { join } from 'path';

import { PROVIDERS, absoluteLinks, onPackages, packageName, withPackageTypes } from '../../scripts/packages/build';

const HOME = 'https://github.com/n8n-nodes-invoicing/n8n-nodes-invoicing';

describe('absoluteLinks', () => {
	it('points links of a page in docs/ at the repository, and leaves absolute and in-page links alone', () => {
		const page = [
			'[← README](../README.md)',
			'[sandboxes](../README.md#the-sandboxes)',
			'[reliability](reliability.md#behaviour-common-to-every-node)',
			'[a picture](../icons/billomat.svg)',
			'[n8n](https://docs.n8n.io/)',
			'[below](#operations)',
		].join('\n');
		expect(absoluteLinks(page, 'docs/billomat.md', HOME).split('\n')).toEqual([
			`[← README](${HOME}#readme)`,
			`[sandboxes](${HOME}#the-sandboxes)`,
			`[reliability](${HOME}/blob/main/docs/reliability.md#behaviour-common-to-every-node)`,
			`[a picture](${HOME}/blob/main/icons/billomat.svg)`,
			'[n8n](https://docs.n8n.io/)',
			'[below](#operations)',
		]);
	});
});

describe('onPackages', () => {
	const packages = [
		{ name: 'n8n-nodes-invoicing-billomat', nodes: ['billomat', 'billomatTrigger'] },
		{ name: 'n8n-nodes-invoicing-imaterialise', nodes: ['iMaterialise', 'iMaterialiseTrigger'] },
	];

	it('moves each of the combined package’s nodes to the package that has its type, and nothing else', () => {
		const workflow = {
			id: 'x',
			nodes: [
				{ name: 'Start', type: 'n8n-nodes-base.manualTrigger', parameters: {} },
				{ name: 'Invoice PDF', type: 'n8n-nodes-invoicing.billomat', parameters: { operation: 'downloadPdf' } },
				{ name: 'Upload', type: 'n8n-nodes-invoicing.iMaterialise', parameters: {} },
				{ name: 'Other', type: 'n8n-nodes-invoicing.shopwave', parameters: {} },
			],
		};
		const moved = onPackages(workflow, packages);
		expect(moved.nodes.map((n) => n.type)).toEqual([
			'n8n-nodes-base.manualTrigger',
			'n8n-nodes-invoicing-billomat.billomat',
			'n8n-nodes-invoicing-imaterialise.iMaterialise',
			// No package given has it: left as it was.
			'n8n-nodes-invoicing.shopwave',
		]);
		expect(moved.nodes[1].parameters).toEqual({ operation: 'downloadPdf' });
		expect(workflow.nodes[1].type).toBe('n8n-nodes-invoicing.billomat');
	});

	it('moves a repository example as the package ships it', () => {
		const text = readFileSync(join(__dirname, '..', '..', 'examples', 'billomat-payment-trigger.json'), 'utf8');
		const shipped = JSON.parse(withPackageTypes(text, ['billomat', 'billomatTrigger'], 'n8n-nodes-invoicing-billomat')) as { nodes: Array<{ type: string }> };
		const types = shipped.nodes.map((n) => n.type);
		expect(types).toContain('n8n-nodes-invoicing-billomat.billomatTrigger');
		expect(types.filter((t) => t.startsWith('n8n-nodes-invoicing.'))).toEqual([]);
	});
});

describe('package names', () => {
	it('follow n8n’s n8n-nodes-… convention, one per provider, none twice', () => {
		const names = PROVIDERS.map(packageName);
		expect(names).toEqual([
			'n8n-nodes-invoicing-billomat',
			'n8n-nodes-invoicing-invoicexpress',
			'n8n-nodes-invoicing-imaterialise',
			'n8n-nodes-invoicing-shopwave',
			'n8n-nodes-invoicing-omnix-v6',
		]);
		expect(new Set(names).size).toBe(names.length);
	});
});
