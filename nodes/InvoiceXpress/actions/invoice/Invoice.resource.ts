import { documentResource } from '../document';
import * as cancelPayment from './cancelPayment.operation';
import * as changeState from './changeState.operation';
import * as create from './create.operation';
import * as downloadPdf from './downloadPdf.operation';
import { INVOICE } from './family';
import * as generatePayment from './generatePayment.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as relatedDocuments from './relatedDocuments.operation';
import * as sendEmail from './sendEmail.operation';
import * as update from './update.operation';

export const operations = {
	cancelPayment,
	changeState,
	create,
	downloadPdf,
	generatePayment,
	get,
	getAll,
	relatedDocuments,
	sendEmail,
	update,
};

export const description = documentResource(INVOICE, operations);
