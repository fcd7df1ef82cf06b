import type { IDataObject } from 'n8n-workflow';

import { joinedName, pickerSearch } from './picker';

/** A tax as its pickers list it: `IVA23 · 23%`. */
const taxName = (tax: IDataObject) => joinedName(tax.name, tax.value === undefined || tax.value === null ? '' : `${String(tax.value)}%`);

/**
 * The catalogue pickers (resource locators' "From List"): items, taxes and sequences of the
 * account, page by page as the user scrolls. None of these lists documents a search filter, so the
 * search box text is matched against each page's names.
 */
export const catalogueSearch = {
	/** Items by name; the value is the item ID. */
	searchItems: pickerSearch({ path: '/items', key: 'items', noun: 'item', name: (item) => joinedName(item.name, item.description) }),
	/** Taxes by name and rate; the value is the tax ID. */
	searchTaxes: pickerSearch({ path: '/taxes', key: 'taxes', noun: 'tax', name: taxName }),
	/**
	 * Taxes by name and rate; the value is the tax NAME, which items and document lines send
	 * (`"tax": {"name": "IVA23"}`), not its ID.
	 */
	searchTaxNames: pickerSearch({ path: '/taxes', key: 'taxes', noun: 'tax', name: taxName, value: (tax) => String(tax.name ?? '') }),
	/** Sequences by serie, the default one marked; the value is the sequence ID. */
	searchSequences: pickerSearch({
		path: '/sequences',
		key: 'sequences',
		noun: 'sequence',
		name: (sequence) => joinedName(sequence.serie, String(sequence.default_sequence) === '1' || sequence.default_sequence === true ? 'default' : ''),
	}),
};
