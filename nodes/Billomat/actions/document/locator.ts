import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { locatorValue, recordLocator } from '../../../shared/descriptions';
import { billomatId } from '../../helpers';

const ID_PATTERN = '^[1-9][0-9]*$';

/**
 * A family's record picker (From List through `searchListMethod`, By ID) and how an operation reads
 * it: the ID whichever mode it was given in, checked.
 */
export function documentLocator(options: {
	displayName: string;
	name: string;
	searchListMethod: string;
	/** What the ID is not, for the By ID error: `the invoice number RE123`. */
	notThe?: string;
	description: string;
}): { field: INodeProperties; idFrom(this: IExecuteFunctions, itemIndex: number): number } {
	const noun = options.displayName.toLowerCase();
	const field = recordLocator({
		displayName: options.displayName,
		name: options.name,
		searchListMethod: options.searchListMethod,
		idPattern: ID_PATTERN,
		idError: `A Billomat ${noun} ID is a whole number, e.g. 12345${options.notThe ? ` (not ${options.notThe})` : ''}`,
		placeholder: 'e.g. 12345',
		description: options.description,
	});
	return {
		field,
		idFrom(this: IExecuteFunctions, itemIndex: number): number {
			return billomatId(this.getNode(), itemIndex, locatorValue(this, options.name, itemIndex), options.displayName);
		},
	};
}

/** A family's Statuses filter: the invoice filter's option with the family's statuses. */
export const statusOptions = (statuses: readonly string[]) =>
	statuses.map((value) => ({ name: value.charAt(0) + value.slice(1).toLowerCase(), value }));

/** A family's options (fields, filters): the ones derived from the invoice's and its own, by display name. */
export function familyOptions(options: INodeProperties[]): INodeProperties[] {
	return [...options].sort((a, b) => a.displayName.localeCompare(b.displayName));
}
