import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { optionsCollection } from '../../../shared/descriptions';
import { idLocator, idOf, recordRequest, shown, summary } from '../catalogue/record';
import { outputSequence, SEQUENCE, simplifyField } from './common.descriptions';

export const description = shown(SEQUENCE, 'setCurrent', [
	idLocator(SEQUENCE, 'The sequence new documents should use by default: pick it from the list or give its numeric ID'),
	simplifyField,
	optionsCollection(),
]);

/**
 * PUT /sequences/:sequence-id/set_current.json (no body): makes the sequence the default. The reply
 * is the sequence or an empty 200; the item is the sequence, or what was done. Setting the same
 * default twice changes nothing, so a lost reply may be asked again.
 */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const id = idOf.call(this, SEQUENCE, itemIndex);
	const sequence = await recordRequest.call(this, SEQUENCE, itemIndex, { method: 'PUT', path: `${SEQUENCE.path}/${id}/set_current` }, true);
	return sequence ? [{ json: outputSequence.call(this, itemIndex, sequence) }] : summary(id, 'current');
}
