import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { DEFAULT_TIMEOUT_MS } from './http';

/** The "Return All" switch and its "Limit"; the operation shows them through updateDisplayOptions. */
export function returnAllOrLimit(): INodeProperties[] {
	return [
		{
			displayName: 'Return All',
			name: 'returnAll',
			type: 'boolean',
			default: false,
			description: 'Whether to return all results or only up to a given limit',
		},
		{
			displayName: 'Limit',
			name: 'limit',
			type: 'number',
			default: 50,
			typeOptions: { minValue: 1 },
			displayOptions: { show: { returnAll: [false] } },
			description: 'Max number of results to return',
		},
	];
}

/** The "Timeout" entry of every operation's Options, as in n8n's HTTP Request node (milliseconds). */
export const timeoutOption: INodeProperties = {
	displayName: 'Timeout',
	name: 'timeout',
	type: 'number',
	typeOptions: { minValue: 1 },
	default: DEFAULT_TIMEOUT_MS,
	description: 'Time in ms to wait for the server to answer a request before the attempt is abandoned',
};

/** The Timeout option of an item (ms), or undefined to keep the shared default. */
export function timeoutOf(context: IExecuteFunctions, itemIndex: number): number | undefined {
	const options = context.getNodeParameter('options', itemIndex, {}) as { timeout?: unknown };
	const timeout = Number(options.timeout);
	return options.timeout !== undefined && options.timeout !== '' && Number.isFinite(timeout) && timeout > 0
		? Math.round(timeout)
		: undefined;
}

/** The most requests one node run keeps in flight. */
export const MAX_CONCURRENT_REQUESTS = 10;

/**
 * The "Concurrent Requests" entry of every operation's Options: how many input items are sent at
 * once. 1 (the default) sends one item at a time. The provider's rate limit is kept whatever the
 * value (`nodes/shared/budget.ts`); the output stays in input order.
 */
export const concurrencyOption: INodeProperties = {
	displayName: 'Concurrent Requests',
	name: 'concurrentRequests',
	type: 'number',
	typeOptions: { minValue: 1, maxValue: MAX_CONCURRENT_REQUESTS },
	default: 1,
	description:
		'How many input items to send at the same time (at most 10). The provider\'s rate limit is kept and the output stays in input order. Keep 1 when later items depend on earlier ones (e.g. the same record twice).',
};

/** The Concurrent Requests option of the node run (read on the first item), within 1 to the maximum. */
export function concurrencyOf(context: IExecuteFunctions): number {
	let options: { concurrentRequests?: unknown };
	try {
		options = context.getNodeParameter('options', 0, {}) as { concurrentRequests?: unknown };
	} catch {
		// An operation without Options (or no input item): one at a time.
		return 1;
	}
	const value = Math.floor(Number(options?.concurrentRequests));
	if (!Number.isFinite(value) || value < 1) return 1;
	return Math.min(MAX_CONCURRENT_REQUESTS, value);
}

/**
 * An operation's "Options" collection: its own options, the Timeout every operation has and, for
 * an operation that sends a request per item, Concurrent Requests (`concurrency: false` for one
 * that sends all items at once), by name.
 */
export function optionsCollection(options: INodeProperties[] = [], { concurrency = true }: { concurrency?: boolean } = {}): INodeProperties {
	return {
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [...options, timeoutOption, ...(concurrency ? [concurrencyOption] : [])].sort((a, b) => a.displayName.localeCompare(b.displayName)),
	};
}

/**
 * The Simplify switch of an operation that outputs a provider record, as n8n's own nodes have it:
 * on by default. `description` says what Simplify gives instead of the provider's data.
 */
export function simplifySwitch(description: string): INodeProperties {
	return { displayName: 'Simplify', name: 'simplify', type: 'boolean', default: true, description };
}

/**
 * A record picker, as n8n's own nodes have them: "From List" (the node's `listSearch` method
 * `searchListMethod`, with search and paging) and "By ID" (checked against `idPattern` in the
 * editor). Read it with `locatorValue`.
 */
export function recordLocator(options: {
	displayName: string;
	name: string;
	/** The node's `methods.listSearch` entry that lists the records. */
	searchListMethod: string;
	/** Regular expression (text) an ID must match, e.g. `^[1-9][0-9]*$`. */
	idPattern: string;
	/** What the ID field's error says when it does not, e.g. "A Billomat client ID is a number". */
	idError: string;
	placeholder?: string;
	/** The From List placeholder (default: "Select a <display name without ID>…"). */
	listPlaceholder?: string;
	description?: string;
	required?: boolean;
}): INodeProperties {
	return {
		displayName: options.displayName,
		name: options.name,
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		required: options.required ?? true,
		description: options.description,
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				placeholder: options.listPlaceholder ?? `Select a ${options.displayName.replace(/ ID$/, '').toLowerCase()}…`,
				typeOptions: { searchListMethod: options.searchListMethod, searchable: true },
			},
			{
				displayName: 'By ID',
				name: 'id',
				type: 'string',
				placeholder: options.placeholder,
				validation: [{ type: 'regex', properties: { regex: options.idPattern, errorMessage: options.idError } }],
			},
		],
	};
}

/**
 * The value of a record picker for an item: its ID whichever mode it was given in, or a plain
 * value (a workflow saved before the field was a picker, or an expression).
 */
export function locatorValue(context: IExecuteFunctions, name: string, itemIndex: number): unknown {
	return context.getNodeParameter(name, itemIndex, undefined, { extractValue: true });
}

/** A record's text fields joined for a picker's list, skipping empty ones: `RE123 · Musterfirma GmbH`. */
export function joinedName(...values: unknown[]): string {
	return values
		.map((value) => (value === undefined || value === null ? '' : String(value).trim()))
		.filter(Boolean)
		.join(' · ');
}
