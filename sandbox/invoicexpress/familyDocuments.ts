// What the estimate and guide files of the sandbox share: a demo line item, and a cheap way to hold
// thousands of documents of one type (the pickers' >1,000-document accounts).
import type { DocumentStore, DocumentTypeRow, IxItem } from './documents';

/** A demo line item taxed at IVA23. */
export function demoItem(name: string, unit_price: number, quantity: number, unit = 'unit'): IxItem {
	return { name, description: `${name} description`, unit_price, quantity, unit, discount: 0, tax: { name: 'IVA23', value: 23 } };
}

/**
 * Add `count` final documents of the type `row` at once: each shares the first client, one item and
 * `extra` (a guide's fields), so holding thousands costs little. Returns their IDs.
 */
export function addTypedDocuments(store: DocumentStore, row: DocumentTypeRow, count: number, extra?: Record<string, unknown>): number[] {
	const items: IxItem[] = [{ name: 'Service', description: null, unit_price: 10, quantity: 1, unit: 'unit', discount: 0, tax: null }];
	return Array.from({ length: count }, () => {
		const id = store.newId();
		store.documents.set(id, {
			id,
			type: row.className,
			path: row.path,
			status: 'final',
			archived: false,
			sequence_number: `${id}/${row.series}`,
			date: '01/06/2024',
			due_date: '01/07/2024',
			reference: null,
			observations: null,
			retention: null,
			client: store.clients[0],
			items,
			...(extra ? { extra } : {}),
		});
		return id;
	});
}
