import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { optionsCollection } from '../../../shared/descriptions';
import { idLocator, idOf, recordRequest, shown } from '../catalogue/record';
import { outputSequence, SEQUENCE, simplifyField } from './common.descriptions';

export const description = shown(SEQUENCE, 'get', [idLocator(SEQUENCE), simplifyField, optionsCollection()]);

/** GET /sequences/:sequence-id.json. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const id = idOf.call(this, SEQUENCE, itemIndex);
	const sequence = await recordRequest.call(this, SEQUENCE, itemIndex, { method: 'GET', path: `${SEQUENCE.path}/${id}` }, false);
	return [{ json: outputSequence.call(this, itemIndex, sequence!) }];
}
