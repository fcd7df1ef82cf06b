import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { optionsCollection } from '../../../shared/descriptions';
import { idLocator, idOf, recordRequest, shown, summary } from '../catalogue/record';
import { outputSequence, SEQUENCE, simplifyField } from './common.descriptions';

export const description = shown(SEQUENCE, 'register', [
	idLocator(SEQUENCE, 'The sequence to register with the Tax Authority: pick it from the list or give its numeric ID'),
	simplifyField,
	optionsCollection(),
]);

/**
 * PUT /sequences/:sequence-id/register.json (no body): communicates the sequence to the Tax
 * Authority (AT). The reply is the sequence or an empty 200; the item is the sequence, or what was
 * done. Never sent twice blindly: the request reaches the AT.
 */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const id = idOf.call(this, SEQUENCE, itemIndex);
	const sequence = await recordRequest.call(this, SEQUENCE, itemIndex, { method: 'PUT', path: `${SEQUENCE.path}/${id}/register`, idempotent: false }, true);
	return sequence ? [{ json: outputSequence.call(this, itemIndex, sequence) }] : summary(id, 'registered');
}
