import { relatedDocuments } from '../document';
import { INVOICE } from './family';

export const { description, execute } = relatedDocuments(INVOICE);
