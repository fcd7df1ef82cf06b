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
 * A node's defaults for Options › Concurrent Requests, by operation kind: `read` (Get, Get Many,
 * Find, List, Download…) and `create`. Every other operation (update, delete, state changes,
 * sending, payments, find-or-create, uploads that replace) keeps 1: two items may name the same
 * record, and their order then matters. A node sets a kind above 1 only where the gate in
 * `budget.ts` keeps the provider's budget (stated in replies, published, or learned from a 429).
 */
export interface ConcurrencyDefaults {
	read?: number;
	create?: number;
}

/**
 * An operation's kind, from its name: the package names operations after n8n's own verbs (get,
 * getAll, find…, list…, download…, create), so the name says what it does.
 */
export function operationKind(operation: string): 'read' | 'create' | 'write' {
	if (operation === 'create') return 'create';
	if (operation === 'findOrCreate') return 'write';
	if (/^(get|find|list|download|search)/.test(operation) || operation === 'relatedDocuments') return 'read';
	return 'write';
}

/** The Concurrent Requests an operation runs with when the user has not set the option. */
export function concurrencyDefault(operation: string, defaults: ConcurrencyDefaults = {}): number {
	const kind = operationKind(operation);
	const value = kind === 'write' ? 1 : (defaults[kind] ?? 1);
	return Math.min(MAX_CONCURRENT_REQUESTS, Math.max(1, Math.floor(value)));
}

/**
 * The "Concurrent Requests" entry of every operation's Options: how many input items are sent at
 * once. Its default is 1 here; a node raises it per operation kind with `withConcurrencyDefaults`.
 * The provider's rate limit is kept whatever the value (`nodes/shared/budget.ts`); the output
 * stays in input order.
 */
export const concurrencyOption: INodeProperties = {
	displayName: 'Concurrent Requests',
	name: 'concurrentRequests',
	type: 'number',
	typeOptions: { minValue: 1, maxValue: MAX_CONCURRENT_REQUESTS },
	default: 1,
	description:
		'How many input items to send at the same time (at most 10). The provider\'s rate limit is kept and the output stays in input order. Set 1 when later items depend on earlier ones (e.g. the same record twice).',
};

/**
 * A node's properties with each operation's Concurrent Requests default set from `defaults`, so
 * the default the editor shows is the one the router runs with (`concurrencyDefault`). An Options
 * collection shown for several operations takes the smallest of their defaults.
 */
export function withConcurrencyDefaults(properties: INodeProperties[], defaults: ConcurrencyDefaults): INodeProperties[] {
	return properties.map((property) => {
		if (property.name !== 'options' || property.type !== 'collection') return property;
		const entries = (property.options ?? []) as INodeProperties[];
		if (!entries.some((entry) => entry.name === concurrencyOption.name)) return property;
		const operations = property.displayOptions?.show?.operation;
		if (!Array.isArray(operations) || !operations.length) return property;
		const value = Math.min(...operations.map((operation) => concurrencyDefault(String(operation), defaults)));
		if (value === concurrencyOption.default) return property;
		return {
			...property,
			options: entries.map((entry) => (entry.name === concurrencyOption.name ? { ...entry, default: value } : entry)),
		};
	});
}

/**
 * The Concurrent Requests of the node run (read on the first item), within 1 to the maximum;
 * `fallback` (the operation's default) when the option is not set.
 */
export function concurrencyOf(context: IExecuteFunctions, fallback = 1): number {
	let options: { concurrentRequests?: unknown };
	try {
		options = context.getNodeParameter('options', 0, {}) as { concurrentRequests?: unknown };
	} catch {
		// An operation without Options (or no input item): one at a time.
		return 1;
	}
	const set = options?.concurrentRequests;
	const value = Math.floor(Number(set === undefined || set === '' || set === null ? fallback : set));
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
