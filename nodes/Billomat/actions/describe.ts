import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

// What the descriptions of every Billomat resource share: Operation dropdowns, Filters collections,
// field labels, money fields.

/** Get Many's Filters collection with the list's documented filters. */
export function filtersOf(options: INodeProperties[]): INodeProperties {
	return { displayName: 'Filters', name: 'filters', type: 'collection', placeholder: 'Add Filter', default: {}, options };
}

/** The display name of each field (by its Billomat name), as input errors name it. */
export function labelsOf(options: INodeProperties[]): Record<string, string> {
	return Object.fromEntries(options.map((option) => [option.name, option.displayName]));
}

/** An amount of money (a price, a total): a number with two decimals, 0 unless given. */
export function moneyField(displayName: string, name: string, description: string): INodeProperties {
	return { displayName, name, type: 'number', typeOptions: { numberPrecision: 2 }, default: 0, description };
}

/** An entry of an Operation dropdown: its name, a description and the action sentence. */
export type OperationWords = Pick<INodePropertyOptions, 'name' | 'description' | 'action'>;

/**
 * A resource's Operation dropdown, every resource's the same way: the options alphabetical by
 * name, each with its action.
 */
export function operationDropdown(resource: string, options: INodePropertyOptions[], defaultOperation = 'getAll'): INodeProperties {
	return {
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: [resource] } },
		options: [...options].sort((a, b) => a.name.localeCompare(b.name)),
		default: defaultOperation,
	};
}

/**
 * A resource's description: its Operation dropdown (each operation in `words`) and then each
 * operation's fields, in the order of `operations`.
 */
export function resourceOperations(
	resource: string,
	operations: Record<string, { description: INodeProperties[] }>,
	words: Record<string, OperationWords>,
	defaultOperation = 'getAll',
): INodeProperties[] {
	const options = Object.keys(operations).map((value) => ({ ...words[value], value }));
	return [operationDropdown(resource, options, defaultOperation), ...Object.values(operations).flatMap((operation) => operation.description)];
}
