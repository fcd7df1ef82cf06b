// Options › Concurrent Requests defaults, as the editor shows them: each node raises reads (and,
// where the gate keeps the provider's budget, creates) to 3; every other operation keeps 1. The
// router runs with the same default (nodes/shared/descriptions.ts concurrencyDefault), which
// test/shared/concurrency.test.ts checks on the wire.
import type { INodeProperties, INodeType } from 'n8n-workflow';

import { Billomat } from '../../nodes/Billomat/Billomat.node';
import { IMaterialise } from '../../nodes/IMaterialise/IMaterialise.node';
import { InvoiceXpress } from '../../nodes/InvoiceXpress/InvoiceXpress.node';
import { OmnixV6 } from '../../nodes/OmnixV6/OmnixV6.node';
import { Shopwave } from '../../nodes/Shopwave/Shopwave.node';
import { concurrencyDefault, concurrencyOf, operationKind, withConcurrencyDefaults } from '../../nodes/shared/descriptions';

/** Operation name → the Concurrent Requests default its Options show. */
function defaults(node: INodeType): Map<string, Set<number>> {
	const found = new Map<string, Set<number>>();
	for (const property of node.description.properties) {
		if (property.name !== 'options' || property.type !== 'collection') continue;
		const entry = (property.options as INodeProperties[]).find((option) => option.name === 'concurrentRequests');
		if (!entry) continue;
		for (const operation of (property.displayOptions?.show?.operation ?? []) as string[]) {
			const set = found.get(operation) ?? new Set<number>();
			set.add(entry.default as number);
			found.set(operation, set);
		}
	}
	return found;
}

/** The operations whose Options show 3, sorted. */
function atThree(node: INodeType): string[] {
	const found = defaults(node);
	for (const [operation, values] of found) expect([operation, [...values]]).toEqual([operation, [values.has(3) ? 3 : 1]]);
	return [...found].filter(([, values]) => values.has(3)).map(([operation]) => operation).sort();
}

describe('Concurrent Requests defaults', () => {
	test('Billomat: reads and creates at 3 (its X-Rate-Limit headers pace them); every other write at 1', () => {
		expect(atThree(new Billomat())).toEqual([
			'create', 'downloadPdf', 'get', 'getAll', 'getAvatar', 'getCloud', 'getGroupedTotals', 'getMyself', 'getPreview', 'getPropertyValue', 'getPropertyValues',
		]);
		const one = [...defaults(new Billomat())].filter(([, v]) => v.has(1)).map(([o]) => o);
		expect(one).toEqual(expect.arrayContaining(['update', 'delete', 'complete', 'cancel', 'sendEmail', 'findOrCreate', 'set']));
	});

	test('InvoiceXpress: reads and creates at 3 (13 requests a second kept); payments, state changes, updates at 1', () => {
		expect(atThree(new InvoiceXpress())).toEqual([
			'create', 'downloadPdf', 'findByCode', 'findByName', 'get', 'getAll', 'getClientBalance', 'listInvoices', 'relatedDocuments',
		]);
		const one = [...defaults(new InvoiceXpress())].filter(([, v]) => v.has(1)).map(([o]) => o);
		expect(one).toEqual(expect.arrayContaining(['update', 'changeState', 'generatePayment', 'cancelPayment', 'sendEmail', 'findOrCreate', 'createMovement']));
	});

	test('Shopwave, i.materialise, Omnix V6: reads at 3; their writes (uploads, consignments, imports) at 1', () => {
		expect(atThree(new Shopwave())).toEqual(['findByBarcode', 'get', 'getAll']);
		expect(atThree(new IMaterialise())).toEqual(['getAll']);
		expect(atThree(new OmnixV6())).toEqual(['getAll']);
		expect([...defaults(new IMaterialise()).get('addOrUpdate')!]).toEqual([1]);
		expect([...defaults(new OmnixV6()).get('create')!]).toEqual([1]);
		expect([...defaults(new OmnixV6()).get('importCsv')!]).toEqual([1]);
	});

	test('operation kinds come from the name; find-or-create is a write', () => {
		expect(['get', 'getAll', 'findByCode', 'listInvoices', 'downloadPdf', 'relatedDocuments'].map(operationKind)).toEqual(Array(6).fill('read'));
		expect(operationKind('create')).toBe('create');
		expect(['findOrCreate', 'update', 'createMovement', 'addOrUpdate', '__CUSTOM_API_CALL__'].map(operationKind)).toEqual(Array(5).fill('write'));
		expect(concurrencyDefault('getAll', { read: 3 })).toBe(3);
		expect(concurrencyDefault('create', { read: 3 })).toBe(1);
		expect(concurrencyDefault('update', { read: 3, create: 3 })).toBe(1);
		expect(concurrencyDefault('get', { read: 50 })).toBe(10);
	});

	test('a collection shown for a read and a write takes the smaller default; the shared option object is not changed', () => {
		const option: INodeProperties = { displayName: 'Concurrent Requests', name: 'concurrentRequests', type: 'number', default: 1 };
		const collection = (operation: string[]): INodeProperties => ({
			displayName: 'Options', name: 'options', type: 'collection', default: {}, options: [option], displayOptions: { show: { operation } },
		});
		const [read, mixed] = withConcurrencyDefaults([collection(['get']), collection(['get', 'update'])], { read: 4 });
		expect((read.options as INodeProperties[])[0].default).toBe(4);
		expect((mixed.options as INodeProperties[])[0].default).toBe(1);
		expect(option.default).toBe(1);
	});

	test('the run uses the option when set, the default when not, within 1 to 10', () => {
		const context = (options: unknown) => ({ getNodeParameter: () => options }) as never;
		expect(concurrencyOf(context({}), 3)).toBe(3);
		expect(concurrencyOf(context({ concurrentRequests: 1 }), 3)).toBe(1);
		expect(concurrencyOf(context({ concurrentRequests: 25 }), 3)).toBe(10);
		expect(concurrencyOf(context({ concurrentRequests: 0 }), 3)).toBe(1);
		expect(concurrencyOf({ getNodeParameter: () => { throw new Error('no options'); } } as never, 3)).toBe(1);
	});
});
