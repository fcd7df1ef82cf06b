import type { IDataObject, IExecuteFunctions, ILoadOptionsFunctions, INodeListSearchResult, INodeProperties } from 'n8n-workflow';

import { returnAllOrLimit } from '../../../shared/descriptions';
import { inputError } from '../../../shared/errors';
import { textInput } from '../../../shared/input';
import type { ItemOperation } from '../../../shared/router';
import { joinedName } from '../../methods/listSearch';
import { optionsCollection } from '../invoice/common.descriptions';
import { childIdOf, childLocator, childrenParentField, filtersField, listParentLocator, parentIdOf } from './fields';
import type { ChildParent } from './parent';
import { childOperation, deleteChild, listChildren, operationDropdown, readChild, writeChild } from './parent';
import { perParentSearch } from './search';
import { userIdOutput } from './payment';

/**
 * Comments and history of a document (https://www.billomat.com/en/api/invoices/comments/,
 * https://www.billomat.com/en/api/credit-notes/comments/): listed per document only (the document
 * ID is mandatory), with an actionkey filter; get, create, delete. No update.
 */

const KIND = 'comment';

/** A comment as output: `user_id` a number (as for payments), the 0/1 flag `public` a boolean. */
export function commentOutput(comment: IDataObject): IDataObject {
	const out = userIdOutput(comment);
	const flag = out.public;
	return flag === '0' || flag === '1' || flag === 0 || flag === 1 ? { ...out, public: Number(flag) === 1 } : out;
}

const parentField = (parent: ChildParent) => childrenParentField(parent, KIND);

const commentIdField = (parent: ChildParent) =>
	childLocator(parent, KIND, {
		idError: 'A Billomat comment ID is a whole number, e.g. 12',
		placeholder: 'e.g. 12',
		description: `The comment: pick it from the comments of the ${parent.noun} above, or give its numeric ID`,
	});

const commentIdOf = (ctx: IExecuteFunctions, itemIndex: number) => childIdOf.call(ctx, itemIndex, KIND);

/** POST /{stem}-comments: the document and the text, both mandatory (and `public` where the page lists it). */
export function create(parent: ChildParent): ItemOperation {
	const properties: INodeProperties[] = [
		parentField(parent),
		{
			displayName: 'Comment',
			name: 'comment',
			type: 'string',
			typeOptions: { rows: 3 },
			default: '',
			required: true,
			placeholder: 'e.g. Client will pay next week.',
			description: `The text of the comment, shown in the ${parent.noun}’s history`,
		},
		optionsCollection(
			parent.commentPublic
				? [
						{
							displayName: 'Public',
							name: 'public',
							type: 'boolean',
							default: false,
							description: 'Whether the comment is shown in the customer portal',
						},
					]
				: [],
		),
	];
	return childOperation(parent, 'Comment', 'create', properties, async function (this: IExecuteFunctions, itemIndex) {
		const node = this.getNode();
		const parentId = parentIdOf.call(this, parent, itemIndex);
		const comment = textInput(node, itemIndex, 'Comment', this.getNodeParameter('comment', itemIndex));
		if (comment === undefined || comment.trim() === '') {
			throw inputError(node, itemIndex, '"Comment" is blank', 'Give the text of the comment, e.g. "Client will pay next week."');
		}
		const record: IDataObject = { [parent.parentField]: parentId, comment };
		const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
		if (parent.commentPublic && options.public !== undefined) record.public = options.public === true ? 1 : 0;
		// A comment has seven fields (ID, created, document, user, text, action key, public): no Simplify.
		return [{ json: commentOutput(await writeChild.call(this, parent, KIND, itemIndex, record)) }];
	});
}

/** GET /{stem}-comments/{id}. A comment has seven fields, so there is no Simplify. */
export function get(parent: ChildParent): ItemOperation {
	const properties = [listParentLocator(parent, KIND), commentIdField(parent), optionsCollection()];
	return childOperation(parent, 'Comment', 'get', properties, async function (this: IExecuteFunctions, itemIndex) {
		return await readChild.call(this, parent, KIND, commentIdOf(this, itemIndex), itemIndex, commentOutput);
	});
}

/** GET /{stem}-comments?{parentField}=… (mandatory), page by page; several action keys comma-separated. */
export function getAll(parent: ChildParent): ItemOperation {
	const properties: INodeProperties[] = [
		parentField(parent),
		...returnAllOrLimit(),
		filtersField([
			{
				displayName: 'Action Keys',
				name: 'actionkey',
				type: 'multiOptions',
				default: [],
				options: parent.actionKeys.map(([name, value]) => ({ name, value })),
				description: 'Only entries of any of these kinds: Comment for what users wrote, the others for what Billomat recorded (created, sent, payment received…)',
			},
		]),
		optionsCollection(),
	];
	return childOperation(parent, 'Comment', 'getAll', properties, async function (this: IExecuteFunctions, itemIndex) {
		const qs: IDataObject = { [parent.parentField]: parentIdOf.call(this, parent, itemIndex) };
		const filters = this.getNodeParameter('filters', itemIndex, {}) as IDataObject;
		const keys = (filters.actionkey as string[] | undefined) ?? [];
		if (keys.length) qs.actionkey = keys.join(',');
		const comments = await listChildren.call(this, parent, KIND, itemIndex, qs);
		return comments.map((comment) => ({ json: commentOutput(comment) }));
	});
}

/** DELETE /{stem}-comments/{id}: Billomat answers 200 with an empty body; the output is a summary. */
export function del(parent: ChildParent): ItemOperation {
	const properties = [listParentLocator(parent, KIND), commentIdField(parent), optionsCollection()];
	return childOperation(parent, 'Comment', 'delete', properties, async function (this: IExecuteFunctions, itemIndex) {
		const id = commentIdOf(this, itemIndex);
		return await deleteChild.call(this, parent, KIND, id, itemIndex, { subject: `comment ${id}` });
	});
}

/**
 * The Comment picker: the comments of the document chosen in the node (`GET
 * /{stem}-comments?{parentField}=…`), page by page; the search box narrows the texts listed.
 */
export function search(parent: ChildParent): (this: ILoadOptionsFunctions, filter?: string, paginationToken?: string) => Promise<INodeListSearchResult> {
	return perParentSearch(parent, KIND, (r) => joinedName(String(r.created ?? '').slice(0, 10), r.actionkey, r.comment));
}

/** The Operation dropdown of the family's comment resource. */
export function dropdown(parent: ChildParent): INodeProperties {
	const n = parent.noun;
	const a = /^[aeiou]/.test(n) ? 'an' : 'a';
	return operationDropdown(parent, 'Comment', 'create', [
		{ name: 'Create', value: 'create', description: `Add a comment to ${a} ${n}’s history`, action: `Create ${a} ${n} comment` },
		{ name: 'Delete', value: 'delete', description: `Delete a comment of ${a} ${n}`, action: `Delete ${a} ${n} comment` },
		{ name: 'Get', value: 'get', description: `Get a comment of ${a} ${n}`, action: `Get ${a} ${n} comment` },
		{
			name: 'Get Many',
			value: 'getAll',
			description: `Get the comments and history entries of ${a} ${n}, optionally only some kinds of entry`,
			action: `Get many ${n} comments`,
		},
	]);
}
