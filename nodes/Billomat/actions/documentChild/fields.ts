import type { IExecuteFunctions, ILoadOptionsFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { locatorValue, recordLocator } from '../../../shared/descriptions';
import { billomatId } from '../../helpers';
import type { ChildParent } from './parent';

const ID_PATTERN = '^[1-9][0-9]*$';

/** The document a child belongs to: picked from the account's documents of the family, or by ID. */
export function parentLocator(parent: ChildParent, description: string): INodeProperties {
	return recordLocator({
		displayName: parent.label,
		name: parent.locator.name,
		searchListMethod: parent.locator.searchMethod,
		idPattern: ID_PATTERN,
		idError: parent.locator.idError,
		placeholder: 'e.g. 12345',
		description,
	});
}

/** Get and Delete: the document whose children the child picker lists (only for the list; not sent). */
export function listParentLocator(parent: ChildParent, kind: string): INodeProperties {
	return {
		...parentLocator(parent, `Only to pick the ${kind} from a list: the ${parent.noun} whose ${kind}s the ${capital(kind)} list shows. Not needed with a ${kind} ID.`),
		displayName: `${parent.label} of the ${capital(kind)}`,
		required: false,
	};
}

/** The document's ID of an item, from the picker (any mode) or a plain value. */
export function parentIdOf(this: IExecuteFunctions, parent: ChildParent, itemIndex: number): number {
	return billomatId(this.getNode(), itemIndex, locatorValue(this, parent.locator.name, itemIndex), parent.label);
}

/**
 * A child record (`{kind}Id`, shown as the capitalised kind) picked from its picker
 * (`search{Label}{Kind}s`: per document or account-wide), or by ID.
 */
export function childLocator(parent: ChildParent, kind: string, options: { idError: string; placeholder: string; description: string }): INodeProperties {
	return recordLocator({
		displayName: capital(kind),
		name: `${kind}Id`,
		searchListMethod: `search${parent.label.replace(/ /g, '')}${capital(kind)}s`,
		idPattern: ID_PATTERN,
		...options,
	});
}

/** Create and Get Many of a per-document child: the document the children belong to. */
export function childrenParentField(parent: ChildParent, kind: string): INodeProperties {
	return parentLocator(parent, `The ${parent.noun} the ${kind}s belong to: pick it from the list (search by ${parent.noun} number) or give its numeric ID`);
}

/** A Get Many's Filters collection. */
export function filtersField(options: INodeProperties[]): INodeProperties {
	return { displayName: 'Filters', name: 'filters', type: 'collection', placeholder: 'Add Filter', default: {}, options };
}

/** The child's ID of an item, from its picker (any mode) or a plain value. */
export function childIdOf(this: IExecuteFunctions, itemIndex: number, kind: string): number {
	return billomatId(this.getNode(), itemIndex, locatorValue(this, `${kind}Id`, itemIndex), capital(kind));
}

/** The document chosen in the node, for a picker that lists per document; asks for it when missing. */
export function chosenParentId(this: ILoadOptionsFunctions, parent: ChildParent, kind: string): string {
	const raw = this.getNodeParameter(parent.locator.name, '') as unknown;
	const value = raw && typeof raw === 'object' && 'value' in raw ? (raw as { value: unknown }).value : raw;
	const id = typeof value === 'number' || typeof value === 'string' ? String(value).trim() : '';
	if (!new RegExp(ID_PATTERN).test(id)) {
		throw new NodeOperationError(this.getNode(), `Choose the ${parent.noun} first`, {
			description: `Billomat lists ${kind}s per ${parent.noun}: pick the ${parent.noun} in "${parent.label} of the ${capital(kind)}" (or give its ID), then the ${kind}.`,
		});
	}
	return id;
}

export const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Text fields Billomat sends as digits made numbers (IDs, counts), other fields unchanged. */
export function numericFields(record: Record<string, unknown>, keys: string[]): Record<string, unknown> {
	const out = { ...record };
	for (const key of keys) {
		const v = out[key];
		if (typeof v === 'string' && /^\d+$/.test(v)) out[key] = Number(v);
	}
	return out;
}
