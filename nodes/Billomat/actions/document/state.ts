import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { ItemOperation } from '../../../shared/router';
import { billomatId, pickedValues, requestOptions } from '../../helpers';
import type { DocumentAction, Target } from '../../transport';
import { changeDocumentState } from '../../transport';
import { optionsCollection } from '../invoice/common.descriptions';
import type { DocumentFamily } from './family';
import { familyOperation } from './family';

/** What a state change builder needs besides the family: Billomat's advice and the state it leads to. */
export interface StateChangeSpec {
	/** The 400 hint: in which status the action is allowed. */
	hint: string;
	target: Target;
	/** A notice above the fields (e.g. what Encash sets in motion). */
	notice?: string;
}

/** PUT {path}/{id}/{action} with an empty body (see `changeDocumentState`). */
export function stateChange(family: DocumentFamily, action: DocumentAction, spec: StateChangeSpec): ItemOperation {
	const properties: INodeProperties[] = [
		...(spec.notice ? [{ displayName: spec.notice, name: `${action}Notice`, type: 'notice' as const, default: '' }] : []),
		family.idField,
		optionsCollection(),
	];
	return familyOperation(family, action, properties, async function (this: IExecuteFunctions, itemIndex) {
		return await changeDocumentState.call(
			this,
			family,
			family.idFrom.call(this, itemIndex),
			{ action, hints: { 400: spec.hint }, target: spec.target },
			requestOptions.call(this, itemIndex),
		);
	});
}

/** Complete: PUT {path}/{id}/complete, with the template for the PDF when given. */
export function complete(family: DocumentFamily): ItemOperation {
	const properties: INodeProperties[] = [
		family.idField,
		optionsCollection([
			{
				displayName: 'Template ID',
				name: 'templateId',
				type: 'string',
				default: '',
				description: `Template for the PDF. Default: the ${family.noun}’s template, else the default template.`,
			},
		]),
	];
	return familyOperation(family, 'complete', properties, async function (this: IExecuteFunctions, itemIndex) {
		const options = pickedValues.call(this, 'options', this.getNodeParameter('options', itemIndex, {}) as IDataObject, itemIndex);
		const body: IDataObject = {};
		if (options.templateId !== undefined && options.templateId !== '') {
			body.template_id = billomatId(this.getNode(), itemIndex, options.templateId, 'Template ID');
		}
		return await changeDocumentState.call(
			this,
			family,
			family.idFrom.call(this, itemIndex),
			{
				action: 'complete',
				body: { complete: body },
				hints: { 400: family.text.completeHint },
				target: { requested: 'a status other than DRAFT', reached: (status) => status !== undefined && status !== 'DRAFT' },
			},
			requestOptions.call(this, itemIndex),
		);
	});
}

/** Cancel: the document becomes CANCELED. */
export const cancel = (family: DocumentFamily, hint: string) =>
	stateChange(family, 'cancel', { hint, target: { requested: 'CANCELED', reached: (status) => status === 'CANCELED' } });

/** Uncancel: the document leaves CANCELED. */
export const uncancel = (family: DocumentFamily, hint: string) =>
	stateChange(family, 'uncancel', {
		hint,
		target: { requested: 'a status other than CANCELED', reached: (status) => status !== undefined && status !== 'CANCELED' },
	});

/**
 * Encash: hands the document to debt collection, which has no status of its own: a read cannot show
 * it happened (a PAID invoice may have been paid by the client), so it never confirms a retried
 * encash; the error keeps saying the first attempt may have been carried out.
 */
export const encash = (family: DocumentFamily, hint: string, notice: string) =>
	stateChange(family, 'encash', {
		hint,
		notice,
		target: { requested: `handed to debt collection (which a read of the ${family.noun} cannot show)`, reached: () => false },
	});

/**
 * Win / Lose / Clear / Unclear (estimates, https://www.billomat.com/en/api/estimates/; clear and
 * unclear also confirmations): the document reaches the documented status named (WON, LOST,
 * CLEARED) or, on unclear, leaves CLEARED for the status it had before.
 */
export const win = (family: DocumentFamily, hint: string) =>
	stateChange(family, 'win', { hint, target: { requested: 'WON', reached: (status) => status === 'WON' } });
export const lose = (family: DocumentFamily, hint: string) =>
	stateChange(family, 'lose', { hint, target: { requested: 'LOST', reached: (status) => status === 'LOST' } });
export const clear = (family: DocumentFamily, hint: string) =>
	stateChange(family, 'clear', { hint, target: { requested: 'CLEARED', reached: (status) => status === 'CLEARED' } });
// transport's DocumentAction does not list 'unclear' yet; the action is only the path's last segment.
export const unclear = (family: DocumentFamily, hint: string) =>
	stateChange(family, 'unclear' as DocumentAction, {
		hint,
		target: { requested: 'a status other than CLEARED', reached: (status) => status !== undefined && status !== 'CLEARED' },
	});
