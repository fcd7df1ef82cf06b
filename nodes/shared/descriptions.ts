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

/** An operation's "Options" collection: its own options and the Timeout every operation has, by name. */
export function optionsCollection(options: INodeProperties[] = []): INodeProperties {
	return {
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [...options, timeoutOption].sort((a, b) => a.displayName.localeCompare(b.displayName)),
	};
}

/**
 * The Simplify switch of an operation that outputs a provider record, as n8n's own nodes have it:
 * on by default. `description` says what Simplify gives instead of the provider's data.
 */
export function simplifySwitch(description: string): INodeProperties {
	return { displayName: 'Simplify', name: 'simplify', type: 'boolean', default: true, description };
}
