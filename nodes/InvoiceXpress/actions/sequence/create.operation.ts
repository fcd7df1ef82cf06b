import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { optionsCollection } from '../../../shared/descriptions';
import { textInput } from '../../../shared/input';
import { recordRequest, shown } from '../catalogue/record';
import { outputSequence, SEQUENCE, simplifyField } from './common.descriptions';

const properties: INodeProperties[] = [
	{
		displayName: 'Serie',
		name: 'serie',
		type: 'string',
		default: '',
		required: true,
		placeholder: '2024',
		description: 'Name of the sequence (serie), e.g. the year',
	},
	{
		displayName: 'Default Sequence',
		name: 'defaultSequence',
		type: 'boolean',
		default: false,
		description: 'Whether new documents use this sequence by default',
	},
	simplifyField,
	optionsCollection(),
];

export const description = shown(SEQUENCE, 'create', properties);

/**
 * POST /sequences.json with `{"sequence": {"serie", "default_sequence": 1|0}}`. One page says it
 * creates the sequence, the newer one that it creates and registers it with the Tax Authority (for
 * Portuguese accounts, with AT credentials configured): either way InvoiceXpress answers with the
 * sequence, its validation codes saying whether it was registered.
 */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const serie = textInput(this.getNode(), itemIndex, 'Serie', this.getNodeParameter('serie', itemIndex), {
		required: true,
		xml: true,
		emptyHint: 'Give the sequence a name, e.g. 2024.',
	})!.trim();
	const body = { serie, default_sequence: this.getNodeParameter('defaultSequence', itemIndex, false) ? 1 : 0 };
	const sequence = await recordRequest.call(this, SEQUENCE, itemIndex, { method: 'POST', path: SEQUENCE.path, body: { root: SEQUENCE.element, value: body } }, false);
	return [{ json: outputSequence.call(this, itemIndex, sequence!) }];
}
