import type { IDataObject, IExecuteFunctions, ILoadOptionsFunctions, INodeListSearchResult, INodeProperties } from 'n8n-workflow';

import { returnAllOrLimit } from '../../../shared/descriptions';
import { inputError } from '../../../shared/errors';
import { numberInput, textInput } from '../../../shared/input';
import type { ItemOperation } from '../../../shared/router';
import { listShape, readList, requestOptions } from '../../helpers';
import { apiRequest } from '../../transport';
import { optionsCollection } from '../invoice/common.descriptions';
import { childIdOf, childLocator, childrenParentField, listParentLocator, numericFields, parentIdOf } from './fields';
import type { ChildParent } from './parent';
import { childOperation, childPath, childRoot, deleteChild, listChildren, operationDropdown, readChild, writeChild } from './parent';
import { perParentSearch } from './search';

/**
 * Tags of a document. Billomat's tags pages (https://www.billomat.com/api/rechnungen/schlagworte/
 * and the credit notes' one) were not readable from here: the endpoints and fields
 * (GET /{stem}-tags?{parentField}=…, GET /{stem}-tags without it as the tag cloud,
 * GET/DELETE /{stem}-tags/{id}, POST /{stem}-tags with the document and name) follow a published
 * description of the invoice page and the pattern of the comments pages. See the report of issue 16.
 */

const KIND = 'tag';

/** A tag as output: its ID, document ID and count as numbers. */
export function tagOutput(tag: IDataObject, parent: Pick<ChildParent, 'parentField'> = { parentField: 'invoice_id' }): IDataObject {
	return numericFields(tag, ['id', parent.parentField, 'count']) as IDataObject;
}

const parentField = (parent: ChildParent) => childrenParentField(parent, KIND);

const tagIdField = (parent: ChildParent) =>
	childLocator(parent, KIND, {
		idError: `A Billomat ${parent.noun} tag ID is a whole number, e.g. 4`,
		placeholder: 'e.g. 4',
		description: `The tag on the ${parent.noun}: pick it from the tags of the ${parent.noun} above, or give its numeric ID`,
	});

const tagIdOf = (ctx: IExecuteFunctions, itemIndex: number) => childIdOf.call(ctx, itemIndex, KIND);

/** POST /{stem}-tags: the document and the name. */
export function create(parent: ChildParent): ItemOperation {
	const properties: INodeProperties[] = [
		parentField(parent),
		{
			displayName: 'Name',
			name: 'name',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'e.g. Priority',
			description: 'The tag (a free keyword; case matters). One tag per call: add several with several items.',
		},
		optionsCollection(),
	];
	return childOperation(parent, 'Tag', 'create', properties, async function (this: IExecuteFunctions, itemIndex) {
		const node = this.getNode();
		const parentId = parentIdOf.call(this, parent, itemIndex);
		const name = textInput(node, itemIndex, 'Name', this.getNodeParameter('name', itemIndex));
		if (name === undefined || name.trim() === '') throw inputError(node, itemIndex, '"Name" is blank', 'Give the tag, e.g. "Priority".');
		return [{ json: tagOutput(await writeChild.call(this, parent, KIND, itemIndex, { [parent.parentField]: parentId, name: name.trim() }), parent) }];
	});
}

/** GET /{stem}-tags/{id}: a tag has three fields (ID, document, name), so there is no Simplify. */
export function get(parent: ChildParent): ItemOperation {
	return childOperation(parent, 'Tag', 'get', [listParentLocator(parent, KIND), tagIdField(parent), optionsCollection()], async function (this: IExecuteFunctions, itemIndex) {
		return await readChild.call(this, parent, KIND, tagIdOf(this, itemIndex), itemIndex, (tag) => tagOutput(tag, parent));
	});
}

/** GET /{stem}-tags?{parentField}=…, page by page. */
export function getAll(parent: ChildParent): ItemOperation {
	return childOperation(parent, 'Tag', 'getAll', [parentField(parent), ...returnAllOrLimit(), optionsCollection()], async function (this: IExecuteFunctions, itemIndex) {
		const tags = await listChildren.call(this, parent, KIND, itemIndex, { [parent.parentField]: parentIdOf.call(this, parent, itemIndex) });
		return tags.map((tag) => ({ json: tagOutput(tag, parent) }));
	});
}

/**
 * GET /{stem}-tags without the document: every tag used on the family's documents with its
 * `count`, one item per tag. The cloud's entries are described as `tag` elements (not
 * `{stem}-tag`): both are read.
 */
export function getCloud(parent: ChildParent): ItemOperation {
	const list = `${childRoot(parent, KIND)}s`;
	const properties: INodeProperties[] = [
		{
			displayName: 'Minimum Count',
			name: 'minCount',
			type: 'number',
			typeOptions: { minValue: 1 },
			default: 1,
			description: `Only tags used on at least this many ${parent.noun}s (filtered in n8n; 1: every tag)`,
		},
		optionsCollection(),
	];
	return childOperation(parent, 'Tag', 'getCloud', properties, async function (this: IExecuteFunctions, itemIndex) {
		const node = this.getNode();
		const minCount = numberInput(node, itemIndex, 'Minimum Count', this.getNodeParameter('minCount', itemIndex, 1)) ?? 1;
		if (!Number.isInteger(minCount) || minCount < 1) {
			throw inputError(node, itemIndex, `"Minimum Count" (${minCount}) is not a whole number of at least 1`, 'Give 1 for every tag, or a higher count for the most used ones.');
		}
		const body = await apiRequest.call(this, { method: 'GET', path: childPath(parent, KIND), shape: listShape(list, 'tag'), ...requestOptions.call(this, itemIndex) });
		const tags = [...readList(body, list, 'tag').records, ...readList(body, list, childRoot(parent, KIND)).records];
		return tags
			.map((tag) => tagOutput(tag, parent))
			.filter((tag) => !(typeof tag.count === 'number' && tag.count < minCount))
			.map((json) => ({ json }));
	});
}

/** DELETE /{stem}-tags/{id}: removes the tag from its document; the output is a summary. */
export function del(parent: ChildParent): ItemOperation {
	return childOperation(parent, 'Tag', 'delete', [listParentLocator(parent, KIND), tagIdField(parent), optionsCollection()], async function (this: IExecuteFunctions, itemIndex) {
		const id = tagIdOf(this, itemIndex);
		return await deleteChild.call(this, parent, KIND, id, itemIndex, { subject: `${parent.noun} tag ${id}` });
	});
}

/** The Tag picker: the tags of the document chosen in the node, page by page; the search box narrows the names. */
export function search(parent: ChildParent): (this: ILoadOptionsFunctions, filter?: string, paginationToken?: string) => Promise<INodeListSearchResult> {
	return perParentSearch(parent, KIND, (r) => String(r.name ?? ''));
}

/** The Operation dropdown of the family's tag resource. */
export function dropdown(parent: ChildParent): INodeProperties {
	const n = parent.noun;
	const a = /^[aeiou]/.test(n) ? 'an' : 'a';
	return operationDropdown(parent, 'Tag', 'create', [
		{ name: 'Create', value: 'create', description: `Add a tag to ${a} ${n}`, action: `Add a tag to ${a} ${n}` },
		{ name: 'Delete', value: 'delete', description: `Remove a tag from ${a} ${n}`, action: `Remove a tag from ${a} ${n}` },
		{ name: 'Get', value: 'get', description: `Get a tag of ${a} ${n}`, action: `Get ${a} ${n} tag` },
		{ name: 'Get Many', value: 'getAll', description: `Get the tags of ${a} ${n}`, action: `Get many ${n} tags` },
		{ name: 'Get Tag Cloud', value: 'getCloud', description: `Get every tag used on ${n}s, with how often it is used`, action: `Get the ${n} tag cloud` },
	]);
}
