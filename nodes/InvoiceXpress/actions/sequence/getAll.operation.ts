import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { optionsCollection, returnAllOrLimit } from '../../../shared/descriptions';
import { limitOf, listRecords, shown } from '../catalogue/record';
import { outputSequence, SEQUENCE, simplifyField } from './common.descriptions';

export const description = shown(SEQUENCE, 'getAll', [...returnAllOrLimit(), simplifyField, optionsCollection()]);

/** GET /sequences.json: every sequence in one reply (no paging or filter documented); Limit keeps the first ones. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const sequences = await listRecords.call(this, SEQUENCE, itemIndex, limitOf.call(this, itemIndex));
	return sequences.map((sequence) => ({ json: outputSequence.call(this, itemIndex, sequence) }));
}
