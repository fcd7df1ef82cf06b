import { uploadSignature } from '../document';
import { INVOICE } from './family';

export const { description, execute } = uploadSignature(INVOICE);
